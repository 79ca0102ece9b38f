import { PROJECT_EVENTS, PROJECT_STATES, ROLES } from '@app/domain';
import { enumOf } from './view-properties.js';

/** The domain's enums that more than one feature's views name. */
export const ProjectStateEnum = enumOf(PROJECT_STATES, 'ProjectState');
export const ProjectEventEnum = enumOf(PROJECT_EVENTS, 'ProjectEvent');
export const RoleEnum = enumOf(ROLES, 'Role');
