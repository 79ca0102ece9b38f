import type { Actor } from '../roles.js';

/** Where a resource lives; a compound-level resource names both. */
export interface Place {
  districtId: string;
  compoundId?: string;
}

/**
 * Whether a resource is inside the actor's jurisdiction at all. Callers turn "no" into 404 for
 * reads (existence must not leak) and 403 for writes.
 */
export function inScope(actor: Actor, place: Place): boolean {
  switch (actor.role) {
    case 'ADMIN':
      return true;
    case 'DISTRICT_PM':
    case 'SUPERVISOR':
      return actor.districtIds.includes(place.districtId);
    case 'RESIDENTS_COMMITTEE':
      return actor.compoundIds.includes(place.compoundId ?? '');
  }
}
