import { queryOptions } from '@tanstack/react-query';
import { api, read, type ResponseOf } from '../../../api/client';
import type { components } from '../../../api/schema';

/** The end of a project's lifecycle: its joint acceptance, its archive and its long-term management. */
export type AcceptanceForm = NonNullable<ResponseOf<'/projects/{id}/acceptance', 'get', never>>;
export type Signature = AcceptanceForm['signatures'][number];
export type SignatureBody = components['schemas']['SignatureDto'];
type Party = ResponseOf<'/acceptance-parties', 'get', never>[number];
export type Checklist = ResponseOf<'/projects/{id}/archive', 'get', never>;
export type ArchiveDocument = Checklist['items'][number]['documents'][number];
export type ArchiveKind = ArchiveDocument['kind'];
export type Verification = ResponseOf<'/projects/{id}/archive/verify', 'get', never>;
export type LongTerm = ResponseOf<'/projects/{id}/long-term', 'get', never>;
export type Revisit = LongTerm['revisits'][number];

const path = (id: string) => ({ params: { path: { id } } });

export const acceptanceQuery = (id: string) =>
  queryOptions({
    queryKey: ['projects', id, 'acceptance'],
    queryFn: () => read<AcceptanceForm | null>(api.GET('/projects/{id}/acceptance', path(id))),
  });

/** Party codes with their Chinese names; the same for every project. */
export const partyNamesQuery = () =>
  queryOptions({
    queryKey: ['meta', 'acceptance-parties'],
    queryFn: async () => new Map((await read<Party[]>(api.GET('/acceptance-parties'))).map((p) => [p.code, p.name.zh])),
    staleTime: Infinity,
  });

export const archiveQuery = (id: string) =>
  queryOptions({ queryKey: ['projects', id, 'archive'], queryFn: () => read<Checklist>(api.GET('/projects/{id}/archive', path(id))) });

export const longTermQuery = (id: string) =>
  queryOptions({ queryKey: ['projects', id, 'long-term'], queryFn: () => read<LongTerm>(api.GET('/projects/{id}/long-term', path(id))) });
