import type { Role } from '@domain/roles';
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Project } from './queries';

/** What a tab of the project page is given: the project as the header shows it. */
export interface ProjectTabProps {
  project: Project;
}

/**
 * One tab of the project page beside its overview. A feature adds its tab as one entry here and
 * its component under `tabs/`; `?tab=<key>` opens it, so a link or a test can point straight at it.
 */
export interface ProjectTab {
  key: string;
  /** Chinese; the tab's title. */
  label: string;
  /** Who sees the tab; the API still decides what each of them may change in it. */
  roles: readonly Role[];
  /** `lazy(() => import('./tabs/SomeTab'))`: a tab's code loads when it is first opened. */
  page: LazyExoticComponent<ComponentType<ProjectTabProps>>;
}

const READERS: readonly Role[] = ['DISTRICT_PM', 'SUPERVISOR', 'RESIDENTS_COMMITTEE'];

export const PROJECT_TABS: ProjectTab[] = [
  { key: 'survey', label: '勘察', roles: READERS, page: lazy(() => import('./tabs/SurveyTab')) },
  { key: 'planning', label: '立项与资金', roles: READERS, page: lazy(() => import('./tabs/PlanningTab')) },
  { key: 'plans', label: '改造方案', roles: READERS, page: lazy(() => import('./tabs/PlansTab')) },
  { key: 'permits', label: '审批许可', roles: READERS, page: lazy(() => import('./tabs/PermitsTab')) },
  { key: 'team', label: '团队', roles: READERS, page: lazy(() => import('./tabs/TeamTab')) },
];
