import { queryOptions } from '@tanstack/react-query';
import { api, read, type ResponseOf } from '../../../../api/client';

export type ChangeOrder = ResponseOf<'/projects/{id}/change-orders', 'get', never>[number];
export type SiteConfirmation = NonNullable<ResponseOf<'/projects/{id}/site-confirmation', 'get', never>>;
export type Progress = ResponseOf<'/projects/{id}/progress', 'get', never>;
type Plans = ResponseOf<'/projects/{id}/plans', 'get', never>;
export type PlanVersion = Plans[number];
export type PlanItem = PlanVersion['items'][number];
type Machine = ResponseOf<'/meta/machines/{name}', 'get', never>;

export const changeOrdersQuery = (projectId: string) =>
  queryOptions({
    queryKey: ['projects', projectId, 'change-orders'],
    queryFn: () => read<ChangeOrder[]>(api.GET('/projects/{id}/change-orders', { params: { path: { id: projectId } } })),
  });

/** The plan version in force: the last one (an approved change order makes the next). */
export const planInForceQuery = (projectId: string) =>
  queryOptions({
    queryKey: ['projects', projectId, 'plans'],
    queryFn: () => read<Plans>(api.GET('/projects/{id}/plans', { params: { path: { id: projectId } } })),
    select: (plans): PlanVersion | null => plans.at(-1) ?? null,
  });

export const siteConfirmationQuery = (projectId: string) =>
  queryOptions({
    queryKey: ['projects', projectId, 'site-confirmation'],
    queryFn: () => read<SiteConfirmation | null>(api.GET('/projects/{id}/site-confirmation', { params: { path: { id: projectId } } })),
  });

export const progressQuery = (projectId: string) =>
  queryOptions({
    queryKey: ['projects', projectId, 'progress'],
    queryFn: () => read<Progress>(api.GET('/projects/{id}/progress', { params: { path: { id: projectId } } })),
  });

/** The change-order machine as data: the steps from each state, who takes them, what they check. */
export const changeOrderMachineQuery = () =>
  queryOptions({
    queryKey: ['meta', 'change-order'],
    queryFn: () => read<Machine>(api.GET('/meta/machines/{name}', { params: { path: { name: 'change-order' } } })),
    staleTime: Infinity,
  });

type Coverage = ResponseOf<'/projects/{id}/compounds', 'get', never>;

/** The compounds the project covers, the lead first: several in a project area (片区). */
export const coverageQuery = (projectId: string) =>
  queryOptions({
    queryKey: ['projects', projectId, 'compounds'],
    queryFn: () => read<Coverage>(api.GET('/projects/{id}/compounds', { params: { path: { id: projectId } } })),
  });
