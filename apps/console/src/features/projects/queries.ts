import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ProjectState } from '@domain/lifecycle/lifecycle.machine';
import { api, read, type ResponseOf } from '../../api/client';
import type { MachineDescription } from './lifecycle-layout';

interface ProjectListFallback {
  items: {
    id: string;
    name: string;
    state: ProjectState;
    compoundId: string;
    compoundName: string;
    districtId: string;
    districtName: string;
    planYear: number | null;
    overdue: number;
    updatedAt: string;
  }[];
  total: number;
}

interface ProjectFallback {
  id: string;
  name: string;
  state: ProjectState;
  resumeState: ProjectState | null;
  compoundId: string;
  districtId: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

interface GuardReportFallback {
  guard: string;
  ok: boolean;
  code?: string;
  message?: { zh: string; en: string };
  practices?: string[];
}

interface OptionsFallback {
  state: string;
  version: number;
  events: {
    event: string;
    to: string;
    label: { zh: string; en: string };
    permitted: boolean;
    ready: boolean;
    guards: GuardReportFallback[];
  }[];
}

interface HistoryFallback {
  items: {
    id: string;
    at: string;
    actorRole: string | null;
    action: string;
    fromState: string | null;
    toState: string | null;
    reason: string | null;
  }[];
  total: number;
}

export type ProjectList = ResponseOf<'/projects', 'get', ProjectListFallback>;
export type ProjectListItem = ProjectList['items'][number];
export type Project = ResponseOf<'/projects/{id}', 'get', ProjectFallback>;
export type TransitionOptions = ResponseOf<'/projects/{id}/transitions', 'get', OptionsFallback>;
export type EventOption = TransitionOptions['events'][number];
type Portfolio = ResponseOf<'/portfolio', 'get', { districts: { id: string; name: string }[] }>;
export type History = ResponseOf<'/projects/{id}/history', 'get', HistoryFallback>;

export interface ProjectFilter {
  districtId?: string;
  state?: ProjectState;
  planYear?: number;
  q?: string;
  sort: 'overdue' | 'recent';
  limit: number;
  offset: number;
}

export const projectListQuery = (filter: ProjectFilter) =>
  queryOptions({
    queryKey: ['projects', 'list', filter],
    queryFn: () => read<ProjectList>(api.GET('/projects', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });

export const projectQuery = (id: string) =>
  queryOptions({ queryKey: ['projects', id], queryFn: () => read<Project>(api.GET('/projects/{id}', { params: { path: { id } } })) });

export const transitionsQuery = (id: string) =>
  queryOptions({
    queryKey: ['projects', id, 'transitions'],
    queryFn: () => read<TransitionOptions>(api.GET('/projects/{id}/transitions', { params: { path: { id } } })),
  });

export const historyQuery = (id: string) =>
  queryOptions({
    queryKey: ['projects', id, 'history'],
    queryFn: () => read<History>(api.GET('/projects/{id}/history', { params: { path: { id }, query: { limit: 500 } } })),
  });

/** The lifecycle as data; the same for everyone and every project. */
export const lifecycleQuery = () =>
  queryOptions({
    queryKey: ['meta', 'project-lifecycle'],
    queryFn: () => read<MachineDescription>(api.GET('/meta/machines/{name}', { params: { path: { name: 'project-lifecycle' } } })),
    staleTime: Infinity,
  });

/** The districts the user may filter by, with names (the portfolio lists every district in scope). */
export const districtOptionsQuery = () =>
  queryOptions({
    queryKey: ['districts', 'in-scope'],
    queryFn: async () => (await read<Portfolio>(api.GET('/portfolio'))).districts.map((d) => ({ value: d.id, label: d.name })),
    staleTime: 5 * 60_000,
  });

type Compound = ResponseOf<'/compounds/{id}', 'get', { id: string; name: string; address: string; districtId: string }>;

export const compoundQuery = (id: string) =>
  queryOptions({ queryKey: ['compounds', id], queryFn: () => read<Compound>(api.GET('/compounds/{id}', { params: { path: { id } } })) });
