import createClient from 'openapi-fetch';
import { currentSession, endSession } from '../session/session';
import { ApiError, problemOf } from '../shared/problem';
import type { paths } from './schema';

/**
 * The typed client of the API (same origin: the API serves the console). Paths, parameters and
 * request bodies are checked against `schema.d.ts`, generated from the API's OpenAPI document.
 */
export const api = createClient<paths>({ baseUrl: '' });

api.use({
  onRequest({ request }) {
    const session = currentSession();
    if (session) request.headers.set('Authorization', `Bearer ${session.token}`);
    return request;
  },
  onResponse({ request, response }) {
    // A 401 anywhere but at the login itself means the session is over: back to the login page.
    if (response.status === 401 && !new URL(request.url, location.href).pathname.startsWith('/auth/')) {
      endSession('登录已过期或已失效，请重新登录。');
    }
    return response;
  },
});

type Methods = 'get' | 'post' | 'put' | 'delete' | 'patch';
type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type SuccessOf<Op> = Op extends { responses: infer R } ? JsonOf<R[keyof R & (200 | 201)]> : never;

/**
 * The body of a successful answer as the OpenAPI document declares it; `Fallback` while the
 * document declares none. When `npm run console:client` brings the declared type, it replaces the
 * fallback everywhere without a change at the call sites.
 */
export type ResponseOf<P extends keyof paths, M extends Methods & keyof paths[P], Fallback> = [SuccessOf<paths[P][M]>] extends [never]
  ? Fallback
  : SuccessOf<paths[P][M]>;

/** Awaits a client call: its body on success, an ApiError (with Chinese text) otherwise. */
export async function read<T>(call: Call): Promise<T> {
  let result: { data?: unknown; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (cause) {
    throw new ApiError(problemOf(0, null), cause);
  }
  if (result.response.ok) return result.data as T;
  throw new ApiError(problemOf(result.response.status, result.error));
}

type Call = Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** The most items the API answers in one page of a list. */
export const PAGE_MAX = 500;

/**
 * Every item of a paged `{ items, total }` list, read page after page: a compound of 3,000
 * households is six calls, where one page would silently stop at the 500th.
 */
export async function readAll<T extends { items: unknown[]; total: number }>(
  page: (p: { limit: number; offset: number }) => Call,
): Promise<T> {
  const items: T['items'] = [];
  for (let offset = 0; ; offset += PAGE_MAX) {
    const answer = await read<T>(page({ limit: PAGE_MAX, offset }));
    items.push(...answer.items);
    if (items.length >= answer.total || answer.items.length === 0) return { ...answer, items };
  }
}
