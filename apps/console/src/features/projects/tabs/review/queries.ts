import { queryOptions } from '@tanstack/react-query';
import { api, read, type ResponseOf } from '../../../../api/client';

export type Review = NonNullable<ResponseOf<'/projects/{id}/review', 'get', never>>;
export type ReviewOpinion = Review['opinions'][number];
type Departments = ResponseOf<'/reviewers', 'get', never>;

export const reviewQuery = (projectId: string) =>
  queryOptions({
    queryKey: ['projects', projectId, 'review'],
    queryFn: () => read<Review | null>(api.GET('/projects/{id}/review', { params: { path: { id: projectId } } })),
  });

/** Every department that can sit on a review, by code: the names the review's codes are shown by. */
export const departmentsQuery = () =>
  queryOptions({
    queryKey: ['reviewers'],
    queryFn: async () => new Map((await read<Departments>(api.GET('/reviewers'))).map((d) => [d.code, d.name.zh])),
    staleTime: Infinity,
  });
