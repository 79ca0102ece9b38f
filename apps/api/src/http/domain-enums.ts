import { ENTRIES, PROJECT_EVENTS, PROJECT_STATES, ROLES } from '@app/domain';
import { enumOf } from './view-properties.js';

/** The domain's enums that more than one feature's views name. */
export const ProjectStateEnum = enumOf(PROJECT_STATES, 'ProjectState');
export const ProjectEventEnum = enumOf(PROJECT_EVENTS, 'ProjectEvent');
export const RoleEnum = enumOf(ROLES, 'Role');
/** How a signature or a review opinion was entered: by the party itself, on its behalf with evidence, or before evidence was asked. */
export const EntryEnum = enumOf(ENTRIES, 'Entry');
