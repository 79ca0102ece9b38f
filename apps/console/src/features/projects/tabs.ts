import type { Role } from '@domain/roles';
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { ALL_ROLES } from '../../app/route';
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

/** In the order of the lifecycle, the complaints last: they come at any stage. */
export const PROJECT_TABS: ProjectTab[] = [
  { key: 'survey', label: '勘察', roles: READERS, page: lazy(() => import('./tabs/SurveyTab')) },
  { key: 'planning', label: '立项与资金', roles: READERS, page: lazy(() => import('./tabs/PlanningTab')) },
  { key: 'plans', label: '改造方案', roles: READERS, page: lazy(() => import('./tabs/PlansTab')) },
  { key: 'review', label: '联合审查', roles: ['DISTRICT_PM', 'SUPERVISOR'], page: lazy(() => import('./tabs/review/ReviewTab')) },
  { key: 'permits', label: '审批许可', roles: READERS, page: lazy(() => import('./tabs/PermitsTab')) },
  { key: 'team', label: '团队', roles: READERS, page: lazy(() => import('./tabs/TeamTab')) },
  {
    key: 'construction',
    label: '施工',
    roles: ['DISTRICT_PM', 'SUPERVISOR'],
    page: lazy(() => import('./tabs/construction/ConstructionTab')),
  },
  { key: 'reports', label: '进度报告', roles: ['DISTRICT_PM', 'SUPERVISOR', 'ADMIN'], page: lazy(() => import('./tabs/ReportsTab')) },
  { key: 'acceptance', label: '联合验收', roles: ALL_ROLES, page: lazy(() => import('./tabs/AcceptanceTab')) },
  { key: 'archive', label: '档案', roles: ALL_ROLES, page: lazy(() => import('./tabs/ArchiveTab')) },
  { key: 'long-term', label: '长效管理', roles: ALL_ROLES, page: lazy(() => import('./tabs/LongTermTab')) },
  // Everyone in scope reads them (masked for supervisors); the committee and the PM record and move them.
  { key: 'complaints', label: '居民投诉', roles: ALL_ROLES, page: lazy(() => import('./tabs/ComplaintsTab')) },
];
