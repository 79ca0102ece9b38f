import type { Role } from '@domain/roles';
import { accountRoutes } from '../features/account/routes';
import { committeeRoutes } from '../features/committee/routes';
import { adminRoutes } from '../features/admin/routes';
import { inboxRoutes } from '../features/inbox/routes';
import { projectRoutes } from '../features/projects/routes';
import { supervisionRoutes } from '../features/supervision/routes';
import type { ConsoleRoute } from './route';

/**
 * Every page of the console, feature by feature: a new feature adds its folder and one line here.
 * The menu lists the entries with `menu`, in this order, for the roles each names.
 */
export const ROUTES: ConsoleRoute[] = [
  ...projectRoutes,
  ...committeeRoutes,
  ...supervisionRoutes,
  ...adminRoutes,
  ...inboxRoutes,
  ...accountRoutes,
];

export function menuFor(role: Role): ConsoleRoute[] {
  return ROUTES.filter((r) => r.menu && r.roles.includes(role));
}

/** Where a role lands after signing in: its first menu entry. */
export function homeOf(role: Role): string {
  return `/${menuFor(role)[0]?.path ?? 'account'}`;
}
