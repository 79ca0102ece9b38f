import { queryOptions } from '@tanstack/react-query';
import { api, read, type ResponseOf } from '../../api/client';

export type District = ResponseOf<'/districts', 'get', never>[number];
export type User = ResponseOf<'/users', 'get', never>[number];
export type Compound = ResponseOf<'/compounds', 'get', never>['items'][number];
export type Organisation = ResponseOf<'/organisations', 'get', never>[number];
export type RuleProfile = ResponseOf<'/rule-profiles', 'get', never>[number];
export type DistrictRuleProfiles = ResponseOf<'/districts/{id}/rule-profiles', 'get', never>;
export type DistrictSettings = ResponseOf<'/districts/{id}/settings', 'get', never>;

export const districtsQuery = () => queryOptions({ queryKey: ['districts'], queryFn: () => read<District[]>(api.GET('/districts')) });

export const usersQuery = () => queryOptions({ queryKey: ['users'], queryFn: () => read<User[]>(api.GET('/users')) });

/** Every compound an admin may name in a recorder's scope (the API lists at most 500 a page). */
export const compoundsQuery = () =>
  queryOptions({
    queryKey: ['compounds', 'all'],
    queryFn: async () => {
      const all: Compound[] = [];
      for (let offset = 0; ; offset += 500) {
        const page = await read<{ items: Compound[]; total: number }>(api.GET('/compounds', { params: { query: { limit: 500, offset } } }));
        all.push(...page.items);
        if (all.length >= page.total || page.items.length === 0) return all;
      }
    },
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

export const acceptancePartiesQuery = () =>
  queryOptions({
    queryKey: ['acceptance-parties'],
    queryFn: () => read<Organisation[]>(api.GET('/acceptance-parties')),
    staleTime: Infinity,
  });

export const districtPartiesQuery = (id: string) =>
  queryOptions({
    queryKey: ['districts', id, 'acceptance-parties'],
    queryFn: () => read<string[]>(api.GET('/districts/{id}/acceptance-parties', { params: { path: { id } } })),
  });
