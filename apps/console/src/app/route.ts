import type { Role } from '@domain/roles';
import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';

export const ALL_ROLES: readonly Role[] = ['ADMIN', 'DISTRICT_PM', 'RESIDENTS_COMMITTEE', 'SUPERVISOR'];

/**
 * One page of the console. A feature folder exports its pages as a list of these
 * (`features/<feature>/routes.ts`); `app/routes.ts` is the one place that lists the features.
 */
export interface ConsoleRoute {
  /** Under /console/, react-router syntax: `projects/:id`. */
  path: string;
  /** Chinese; the menu entry and the browser tab. */
  title: string;
  /** Who may open it; the menu shows it only to them, and others get "无权访问". */
  roles: readonly Role[];
  /** In the side menu, in the order listed; absent for pages reached by a link (a detail page). */
  menu?: { icon: ReactNode };
  /** `lazy(() => import('./SomePage'))`: each page is its own chunk, loaded when first opened. */
  page: LazyExoticComponent<ComponentType>;
}
