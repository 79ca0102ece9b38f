import type { Actor } from '../roles.js';

/**
 * Where a resource lives; a compound-level resource names both. A project's own records (its plan,
 * reports, acceptance) live in every compound the project covers: a project area's records are its
 * compounds' together.
 */
export interface Place {
  districtId: string;
  compoundId?: string;
  /** The compounds a project covers: the place is in a committee's scope if any of them is. */
  compoundIds?: readonly string[];
}

/**
 * Whether a resource is inside the actor's jurisdiction at all. Callers turn "no" into 404, to read
 * and to write (existence must not leak).
 */
export function inScope(actor: Actor, place: Place): boolean {
  switch (actor.role) {
    case 'ADMIN':
      return true;
    case 'DISTRICT_PM':
    case 'SUPERVISOR':
      return actor.districtIds.includes(place.districtId);
    case 'RESIDENTS_COMMITTEE':
      return place.compoundIds
        ? place.compoundIds.some((id) => actor.compoundIds.includes(id))
        : actor.compoundIds.includes(place.compoundId ?? '');
  }
}
