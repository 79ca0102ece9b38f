import { inScope, notFound, type Actor, type Place } from '@app/domain';

/**
 * A resource out of the actor's scope looks exactly like a missing one (404), to read and to write
 * alike, so that ids cannot be probed for existence. Only inside the scope may a refusal say more
 * (a role that may not do this: 403).
 */
export function assertInScope(actor: Actor, place: Place | null, what: string): asserts place is Place {
  if (!place || !inScope(actor, place)) throw notFound(what);
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
