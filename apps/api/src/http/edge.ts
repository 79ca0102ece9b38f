import { DomainError, printable, TEXT_FAULT_MESSAGES, textFault, type FieldError } from '@app/domain';
import type { Socket } from 'node:net';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { problemFor } from './problem.js';

/** No request of this API nests deeper; the pipes that follow recurse, so depth is bounded before them. */
export const MAX_DEPTH = 32;
/** Values in one body; a full plan of 500 items is about 5,000. */
export const MAX_VALUES = 100_000;
/**
 * Elements of one array: no DTO takes more (the DTO audit checks it), and validating a longer one
 * element by element is work an attacker would choose.
 */
export const MAX_ARRAY_LENGTH = 1000;
/** Fields named in one refusal; the count says how many there were. */
const MAX_NAMED = 20;

const tooComplex = (what: string) => new DomainError('REQUEST.MALFORMED', `the request ${what}`);

/**
 * Walks a parsed body, query or set of path parameters once, without recursion: refuses one
 * nested too deep or too large, and any string or member name the database could not store as
 * sent (see textFault), naming each field.
 */
export function inspect(value: unknown, root = ''): DomainError | null {
  const faults: FieldError[] = [];
  let found = 0;
  const note = (field: string, text: string, what: string) => {
    const fault = textFault(text);
    if (!fault) return;
    if (++found <= MAX_NAMED) faults.push({ field: field || 'body', code: fault, message: `${what} ${TEXT_FAULT_MESSAGES[fault]}` });
  };
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: root, depth: 0 }];
  let values = 0;
  while (stack.length) {
    const { value, path, depth } = stack.pop()!;
    if (++values > MAX_VALUES) return tooComplex(`has more than ${MAX_VALUES} values`);
    if (typeof value === 'string') {
      note(path, value, 'the value');
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DEPTH) return tooComplex(`is nested deeper than ${MAX_DEPTH} levels`);
    const at = (key: string) => (path ? `${path}.${printable(key)}` : printable(key));
    // Pushed last to first, so that fields are reported in the order they were written.
    if (Array.isArray(value)) {
      if (value.length > MAX_ARRAY_LENGTH) return tooComplex(`has an array of more than ${MAX_ARRAY_LENGTH} elements (${path || 'body'})`);
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: at(String(i)), depth: depth + 1 });
    } else {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        note(at(keys[i]), keys[i], 'the member name');
        stack.push({ value: (value as Record<string, unknown>)[keys[i]], path: at(keys[i]), depth: depth + 1 });
      }
    }
  }
  if (!faults.length) return null;
  const more = found > faults.length ? ` (+${found - faults.length} more)` : '';
  return new DomainError('REQUEST.ILL_FORMED_TEXT', faults.map((f) => `${f.field}: ${f.message}`).join('; ') + more, {
    errors: faults,
  });
}

export function sendProblem(reply: FastifyReply, error: unknown): void {
  const problem = { ...problemFor(error), requestId: reply.request.id };
  void reply.code(problem.status).type('application/problem+json').send(problem);
}

/**
 * Requests Node's HTTP parser refuses before Fastify sees them (headers or URL over its limit, a
 * malformed request line, a timeout), answered in the same problem shape on the raw socket.
 */
export function clientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const statusCode = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const problem = problemFor({ statusCode });
  const body = JSON.stringify(problem);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${problem.status} ${problem.title}\r\nContent-Type: application/problem+json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}

/**
 * What every request passes before a guard, pipe or handler sees it: JSON bodies only (besides
 * the multipart uploads, read by their routes), bounded by size and depth, and well-formed text
 * in the body, the query and the path.
 */
export function guardTheEdge(instance: FastifyInstance): void {
  const parseJson = instance.getDefaultJsonParser('error', 'error');
  instance.removeAllContentTypeParsers();
  instance.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) =>
    parseJson(request, String(body), (error, parsed) => {
      if (error) return done(error, undefined);
      const refusal = inspect(parsed);
      return refusal ? done(refusal, undefined) : done(null, parsed);
    }),
  );
  instance.addHook('preValidation', (request: FastifyRequest, _reply, done) => {
    done(inspect(request.params) ?? inspect(request.query) ?? undefined);
  });
}
