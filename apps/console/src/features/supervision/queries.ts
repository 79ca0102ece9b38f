import { queryOptions } from '@tanstack/react-query';
import type { FindingSeverity } from '@domain/construction/supervision';
import type { ProjectState } from '@domain/lifecycle/lifecycle.machine';
import { api, read, type ResponseOf } from '../../api/client';

export type Portfolio = ResponseOf<'/portfolio', 'get', never>;
export type DistrictFigures = Portfolio['districts'][number];
export type LedgerFinding = ResponseOf<'/findings', 'get', never>[number];
export type BulletinSummary = ResponseOf<'/bulletins', 'get', never>[number];
export type Bulletin = ResponseOf<'/bulletins/{month}', 'get', never>;
export type Report = ResponseOf<'/projects/{id}/reports', 'get', never>[number];
export type Progress = ResponseOf<'/projects/{id}/progress', 'get', never>;
export type PlanVersion = ResponseOf<'/projects/{id}/plans', 'get', never>[number];

export interface PortfolioFilter {
  cityId?: string;
  districtId?: string;
  state?: ProjectState;
  planYear?: number;
}

export const portfolioQuery = (filter: PortfolioFilter) =>
  queryOptions({
    queryKey: ['portfolio', filter],
    queryFn: () => read<Portfolio>(api.GET('/portfolio', { params: { query: filter } })),
  });

export interface LedgerFilter {
  districtId?: string;
  projectId?: string;
  severity?: FindingSeverity;
}

export const ledgerQuery = (filter: LedgerFilter) =>
  queryOptions({
    queryKey: ['findings', filter],
    queryFn: () => read<LedgerFinding[]>(api.GET('/findings', { params: { query: filter } })),
  });

export const bulletinsQuery = (cityId?: string) =>
  queryOptions({
    queryKey: ['bulletins', { cityId }],
    queryFn: () => read<BulletinSummary[]>(api.GET('/bulletins', { params: { query: { cityId } } })),
  });

export const bulletinQuery = (month: string, cityId?: string) =>
  queryOptions({
    queryKey: ['bulletins', month, { cityId }],
    queryFn: () => read<Bulletin>(api.GET('/bulletins/{month}', { params: { path: { month }, query: { cityId } } })),
  });

export const reportsQuery = (projectId: string) =>
  queryOptions({
    queryKey: ['projects', projectId, 'reports'],
    queryFn: () => read<Report[]>(api.GET('/projects/{id}/reports', { params: { path: { id: projectId } } })),
  });

export const progressQuery = (projectId: string) =>
  queryOptions({
    queryKey: ['projects', projectId, 'progress'],
    queryFn: () => read<Progress>(api.GET('/projects/{id}/progress', { params: { path: { id: projectId } } })),
  });

/** The plan version in force: the last one. */
export const currentPlanQuery = (projectId: string) =>
  queryOptions({
    queryKey: ['projects', projectId, 'plans'],
    queryFn: () => read<PlanVersion[]>(api.GET('/projects/{id}/plans', { params: { path: { id: projectId } } })),
    select: (versions) => versions.at(-1) ?? null,
  });

export type QueuedReport = ResponseOf<'/reports', 'get', never>[number];

/** The submitted reports of every project in scope: what waits for a supervisor. */
export const reportQueueQuery = (districtId?: string) =>
  queryOptions({
    queryKey: ['reports', { state: 'SUBMITTED', districtId }],
    queryFn: () => read<QueuedReport[]>(api.GET('/reports', { params: { query: { state: 'SUBMITTED', districtId } } })),
  });
