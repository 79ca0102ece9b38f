import { queryOptions } from '@tanstack/react-query';
import { api, read, readAll, type ResponseOf } from '../../api/client';

export type District = ResponseOf<'/districts', 'get', never>[number];
export type User = ResponseOf<'/users', 'get', never>[number];
export type Compound = ResponseOf<'/compounds', 'get', never>['items'][number];
export type Organisation = ResponseOf<'/organisations', 'get', never>[number];
export type RuleProfile = ResponseOf<'/rule-profiles', 'get', never>[number];
export type DistrictRuleProfiles = ResponseOf<'/districts/{id}/rule-profiles', 'get', never>;
export type DistrictSettings = ResponseOf<'/districts/{id}/settings', 'get', never>;

export const districtsQuery = () => queryOptions({ queryKey: ['districts'], queryFn: () => read<District[]>(api.GET('/districts')) });

export const usersQuery = () => queryOptions({ queryKey: ['users'], queryFn: () => read<User[]>(api.GET('/users')) });

/** Every compound an admin may name in a recorder's scope. */
export const compoundsQuery = () =>
  queryOptions({
    queryKey: ['compounds', 'all'],
    queryFn: async () =>
      (await readAll<{ items: Compound[]; total: number }>((page) => api.GET('/compounds', { params: { query: page } }))).items,
    staleTime: 60_000,
  });

export const organisationsQuery = () =>
  queryOptions({ queryKey: ['organisations'], queryFn: () => read<Organisation[]>(api.GET('/organisations')), staleTime: Infinity });

export const ruleProfileCatalogQuery = () =>
  queryOptions({ queryKey: ['rule-profiles'], queryFn: () => read<RuleProfile[]>(api.GET('/rule-profiles')), staleTime: Infinity });

export const districtRuleProfilesQuery = (id: string) =>
  queryOptions({
    queryKey: ['districts', id, 'rule-profiles'],
    queryFn: () => read<DistrictRuleProfiles>(api.GET('/districts/{id}/rule-profiles', { params: { path: { id } } })),
  });

export const districtSettingsQuery = (id: string) =>
  queryOptions({
    queryKey: ['districts', id, 'settings'],
    queryFn: () => read<DistrictSettings>(api.GET('/districts/{id}/settings', { params: { path: { id } } })),
  });

/** The per-district lists of who takes part in a step, and how the console speaks of each. */
export const DISTRICT_LISTS = {
  'acceptance-parties': {
    label: '验收签字单位',
    save: '保存签字单位',
    note: '已开启的验收单保留原有签字单位；业主代表始终参与签字。',
    // Residents sign every acceptance form: the API keeps them on every list, so the box cannot be cleared.
    always: 'OWNER_REPRESENTATIVES',
  },
  reviewers: {
    label: '联合审查部门',
    save: '保存审查部门',
    note: '已开启的联合审查保留原有部门；本区县没有名单时，全部部门参加审查。',
    always: null,
  },
} as const;
export type DistrictListKind = keyof typeof DISTRICT_LISTS;

export const listCatalogQuery = (kind: DistrictListKind) =>
  queryOptions({
    queryKey: [kind],
    queryFn: () => read<Organisation[]>(kind === 'reviewers' ? api.GET('/reviewers') : api.GET('/acceptance-parties')),
    staleTime: Infinity,
  });

export const districtListQuery = (id: string, kind: DistrictListKind) =>
  queryOptions({
    queryKey: ['districts', id, kind],
    queryFn: () =>
      read<string[]>(
        kind === 'reviewers'
          ? api.GET('/districts/{id}/reviewers', { params: { path: { id } } })
          : api.GET('/districts/{id}/acceptance-parties', { params: { path: { id } } }),
      ),
  });

export const saveDistrictList = (id: string, kind: DistrictListKind, codes: string[]) =>
  read<string[]>(
    kind === 'reviewers'
      ? api.PUT('/districts/{id}/reviewers', { params: { path: { id } }, body: { reviewers: codes } })
      : api.PUT('/districts/{id}/acceptance-parties', { params: { path: { id } }, body: { parties: codes } }),
  );
