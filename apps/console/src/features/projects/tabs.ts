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

export const PROJECT_TABS: ProjectTab[] = [
  // Everyone in scope reads them (masked for supervisors); the committee and the PM record and move them.
  { key: 'complaints', label: '居民投诉', roles: ALL_ROLES, page: lazy(() => import('./tabs/ComplaintsTab')) },
];
