import { DomainError, inScope, notFound, type Actor, type Place } from '@app/domain';

export type AccessMode = 'read' | 'write';

/**
 * Out of scope reads look exactly like missing rows (404) so that existence does not leak;
 * out of scope writes are refused outright (403).
 */
export function assertInScope(actor: Actor, place: Place | null, mode: AccessMode, what: string): asserts place is Place {
  if (!place) throw notFound(what);
  if (inScope(actor, place)) return;
  if (mode === 'read') throw notFound(what);
  throw new DomainError('ACCESS.OUT_OF_SCOPE', `${what} is outside your jurisdiction`);
}

/**
 * SQL fragment restricting rows with district_id / compound_id columns to the actor's scope. A
 * project's own rows (`byProject`: the project itself, its findings) are a committee's when the
 * project covers one of its compounds.
 */
export function scopeFilter(
  actor: Actor,
  alias: string,
  compound: { column?: string; byProject?: string } = {},
): { sql: string; params: Record<string, unknown> } {
  switch (actor.role) {
    case 'ADMIN':
      return { sql: 'TRUE', params: {} };
    case 'DISTRICT_PM':
    case 'SUPERVISOR':
      return { sql: `${alias}.district_id = ANY(:scopeDistrictIds)`, params: { scopeDistrictIds: [...actor.districtIds] } };
    case 'RESIDENTS_COMMITTEE': {
      const params = { scopeCompoundIds: [...actor.compoundIds] };
      return compound.byProject
        ? {
            sql: `EXISTS (SELECT 1 FROM project_compounds pc WHERE pc.project_id = ${alias}.${compound.byProject} AND pc.compound_id = ANY(:scopeCompoundIds))`,
            params,
          }
        : { sql: `${alias}.${compound.column ?? 'compound_id'} = ANY(:scopeCompoundIds)`, params };
    }
  }
}
