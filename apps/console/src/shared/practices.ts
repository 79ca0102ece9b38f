import { useQuery } from '@tanstack/react-query';
import { api, read, type ResponseOf } from '../api/client';

interface PracticeFallback {
  id: string;
  place: { zh: string; en: string };
  year: number;
  title: { zh: string; en: string };
  problem: { zh: string; en: string };
  practice: { zh: string; en: string };
  stages: string[];
  guards: string[];
}

export type Practice = ResponseOf<'/practices', 'get', PracticeFallback[]>[number];

/** The reference-practice catalog, read once per session: it changes only with a release. */
export function usePractices() {
  return useQuery({
    queryKey: ['practices'],
    queryFn: async () => new Map((await read<Practice[]>(api.GET('/practices'))).map((p) => [p.id, p])),
    staleTime: Infinity,
  });
}
