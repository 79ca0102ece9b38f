import { queryOptions } from '@tanstack/react-query';
import type { ProjectState } from '@domain/lifecycle/lifecycle.machine';
import type { Role } from '@domain/roles';
import { api, read, type ResponseOf } from '../../../api/client';
import type { components } from '../../../api/schema';

/** The work before construction: the survey, the planning, the plan versions, the permits and the team. */
export type Survey = ResponseOf<'/projects/{id}/survey', 'get', components['schemas']['SurveyView'] | null>;
export type SurveyBody = components['schemas']['SurveyDto'];
export type CoveredCompound = ResponseOf<'/projects/{id}/compounds', 'get', components['schemas']['CoveredCompoundView'][]>[number];
export type Planning = ResponseOf<'/projects/{id}/planning', 'get', components['schemas']['PlanningView']>;
export type FundingBody = components['schemas']['FundingPlanDto'];
export type PlanVersion = ResponseOf<'/projects/{id}/plans/{version}', 'get', components['schemas']['PlanVersionView']>;
export type PlanBody = components['schemas']['PlanDto'];
export type PlanItemBody = components['schemas']['PlanItemDto'];
export type Permits = ResponseOf<'/projects/{id}/permits', 'get', components['schemas']['PermitsView']>;
export type Body = ResponseOf<'/projects/{id}/bodies', 'get', components['schemas']['BodyView'][]>[number];

const path = (id: string) => ({ params: { path: { id } } });

export const coveredCompoundsQuery = (id: string) =>
  queryOptions({
    queryKey: ['projects', id, 'compounds'],
    queryFn: () => read<CoveredCompound[]>(api.GET('/projects/{id}/compounds', path(id))),
  });

type CompoundPage = ResponseOf<'/compounds', 'get', { items: components['schemas']['CompoundView'][]; total: number }>;

/** The compounds of a district a project area may take in. */
export const districtCompoundsQuery = (districtId: string) =>
  queryOptions({
    queryKey: ['compounds', 'district', districtId],
    queryFn: () => read<CompoundPage>(api.GET('/compounds', { params: { query: { districtId, limit: 500 } } })).then((p) => p.items),
  });

export const surveyQuery = (id: string, compoundId: string) =>
  queryOptions({
    queryKey: ['projects', id, 'survey', compoundId],
    queryFn: () =>
      read<Survey>(api.GET('/projects/{id}/survey', { params: { path: { id }, query: { compoundId } } })).then((s) => s ?? null),
  });

export const planningQuery = (id: string) =>
  queryOptions({ queryKey: ['projects', id, 'planning'], queryFn: () => read<Planning>(api.GET('/projects/{id}/planning', path(id))) });

export const plansQuery = (id: string) =>
  queryOptions({ queryKey: ['projects', id, 'plans'], queryFn: () => read<PlanVersion[]>(api.GET('/projects/{id}/plans', path(id))) });

export const planVersionQuery = (id: string, version: number) =>
  queryOptions({
    queryKey: ['projects', id, 'plans', version],
    queryFn: () => read<PlanVersion>(api.GET('/projects/{id}/plans/{version}', { params: { path: { id, version } } })),
  });

export type Objection = ResponseOf<'/rounds/{id}/objections', 'get', components['schemas']['ObjectionView'][]>[number];

export const objectionsQuery = (roundId: string) =>
  queryOptions({
    queryKey: ['rounds', roundId, 'objections'],
    queryFn: () => read<Objection[]>(api.GET('/rounds/{id}/objections', { params: { path: { id: roundId } } })),
  });

export const permitsQuery = (id: string) =>
  queryOptions({ queryKey: ['projects', id, 'permits'], queryFn: () => read<Permits>(api.GET('/projects/{id}/permits', path(id))) });

export const bodiesQuery = (id: string) =>
  queryOptions({ queryKey: ['projects', id, 'bodies'], queryFn: () => read<Body[]>(api.GET('/projects/{id}/bodies', path(id))) });

/**
 * Whether the user's role may make this change and the project stands where the API takes it:
 * the controls of a change the API would refuse are not offered (it still refuses, and says why).
 */
export function mayChange(role: Role | undefined, roles: readonly Role[], state: ProjectState, states?: readonly ProjectState[]): boolean {
  if (!role || !roles.includes(role)) return false;
  if (states) return states.includes(state);
  return state !== 'CLOSED' && state !== 'CANCELLED';
}
