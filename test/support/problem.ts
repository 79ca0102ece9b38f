import type { Response } from 'supertest';

export const PROBLEM_KEYS = ['type', 'title', 'status', 'detail', 'code'] as const;

/** What is wrong with an error answer's shape, if anything: one problem-details body for every refusal. */
export function problemShapeFaults(status: number, contentType: string | undefined, body: unknown): string[] {
  const faults: string[] = [];
  if (!/^application\/problem\+json/.test(contentType ?? '')) faults.push(`content type ${contentType ?? '(none)'}`);
  const b = (body ?? {}) as Record<string, unknown>;
  for (const key of ['type', 'title', 'detail', 'code'] as const) if (typeof b[key] !== 'string') faults.push(`${key} is not a string`);
  if (b.status !== status) faults.push(`status ${String(b.status)} in a ${status} answer`);
  if (typeof b.code === 'string' && b.type !== `urn:renovation:problem:${b.code.toLowerCase()}`) faults.push(`type ${String(b.type)}`);
  return faults;
}

/** Every refusal has one shape: status, stable code, problem+json with the RFC 9457 keys. */
export function expectProblem(res: Response, status: number, code?: string): void {
  expect({ status: res.status, code: code ? res.body.code : undefined }).toEqual({ status, code });
  expect(problemShapeFaults(res.status, res.headers['content-type'], res.body)).toEqual([]);
}
