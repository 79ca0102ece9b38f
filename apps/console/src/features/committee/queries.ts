import { queryOptions } from '@tanstack/react-query';
import { api, read, readAll, type ResponseOf } from '../../api/client';
import type { MachineDescription } from '../projects/lifecycle-layout';

export type Roster = ResponseOf<'/compounds/{id}/households', 'get', never>;
export type Household = Roster['items'][number];
export type RosterImport = ResponseOf<'/compounds/{id}/households/import', 'post', never>;
export type HouseholdMove = ResponseOf<'/households/{id}/moves', 'post', never>;
export type VoteImport = ResponseOf<'/rounds/{id}/votes/import', 'post', never>;
export type Objection = ResponseOf<'/rounds/{id}/objections', 'get', never>[number];
export type Round = ResponseOf<'/rounds/{id}', 'get', never>;
export type Votes = ResponseOf<'/rounds/{id}/votes', 'get', never>;
export type Tally = ResponseOf<'/rounds/{id}/tally', 'get', never>;
export type Pending = ResponseOf<'/rounds/{id}/pending', 'get', never>;
export type LedgerCheck = ResponseOf<'/rounds/{id}/ledger/verify', 'get', never>;
type RuleProfiles = ResponseOf<'/rule-profiles', 'get', never>;
export type RuleProfile = RuleProfiles[number];

export const rosterQuery = (compoundId: string, page: { limit: number; offset: number }, includeDeparted = false) =>
  queryOptions({
    queryKey: ['compounds', compoundId, 'households', page, includeDeparted],
    queryFn: () =>
      read<Roster>(
        api.GET('/compounds/{id}/households', {
          params: { path: { id: compoundId }, query: { ...page, includeDeparted: includeDeparted ? 'true' : 'false' } },
        }),
      ),
  });

/** Every household on the roster now: what a merge may name. */
export const currentHouseholdsQuery = (compoundId: string) =>
  queryOptions({
    queryKey: ['compounds', compoundId, 'households', 'all'],
    queryFn: () => readAll<Roster>((page) => api.GET('/compounds/{id}/households', { params: { path: { id: compoundId }, query: page } })),
  });

export const objectionsQuery = (roundId: string) =>
  queryOptions({
    queryKey: ['rounds', roundId, 'objections'],
    queryFn: () => read<Objection[]>(api.GET('/rounds/{id}/objections', { params: { path: { id: roundId } } })),
  });

export const roundsQuery = (projectId: string) =>
  queryOptions({
    queryKey: ['projects', projectId, 'rounds'],
    queryFn: () => read<Round[]>(api.GET('/projects/{id}/rounds', { params: { path: { id: projectId } } })),
  });

export const roundQuery = (id: string) =>
  queryOptions({ queryKey: ['rounds', id], queryFn: () => read<Round>(api.GET('/rounds/{id}', { params: { path: { id } } })) });

export const votesQuery = (id: string) =>
  queryOptions({
    queryKey: ['rounds', id, 'votes'],
    queryFn: () => readAll<Votes>((page) => api.GET('/rounds/{id}/votes', { params: { path: { id }, query: page } })),
  });

export const pendingQuery = (id: string) =>
  queryOptions({
    queryKey: ['rounds', id, 'pending'],
    queryFn: () => readAll<Pending>((page) => api.GET('/rounds/{id}/pending', { params: { path: { id }, query: page } })),
  });

export const tallyQuery = (id: string) =>
  queryOptions({
    queryKey: ['rounds', id, 'tally'],
    queryFn: () => read<Tally>(api.GET('/rounds/{id}/tally', { params: { path: { id } } })),
  });

export const ruleProfilesQuery = () =>
  queryOptions({ queryKey: ['rule-profiles'], queryFn: () => read<RuleProfiles>(api.GET('/rule-profiles')), staleTime: Infinity });

export const roundMachineQuery = () =>
  queryOptions({
    queryKey: ['meta', 'consultation-round'],
    queryFn: () => read<MachineDescription>(api.GET('/meta/machines/{name}', { params: { path: { name: 'consultation-round' } } })),
    staleTime: Infinity,
  });
