import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Role } from '@app/domain';
import fc from 'fast-check';
import { startApi, type TestApi } from './support/api.js';
import { rowCounts } from './support/database.js';
import { cityOf, confirmRoster, districtWithCompound, projectInConstruction } from './support/fixtures.js';
import { problemShapeFaults } from './support/problem.js';

/**
 * Every operation of the API's own OpenAPI document, sent bad input: a fixed list of the inputs
 * that broke it before (NUL, lone surrogates, 2^63, arrays for objects, deep nesting, oversized
 * parameters, broken bodies and content types) and property-based mutations from a fixed seed.
 * Authorized as a role the route allows, with scope over a seeded project so that requests reach
 * validation and the services, and unauthenticated. Nothing may answer 5xx, every refusal must be
 * a problem body, and a refused request must leave every table as it was. A route added later is
 * fuzzed as soon as it is in the document.
 */

const SEED = 20_260_603;
/** Property-based runs per operation, beside the fixed cases. */
const RUNS = 8;
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';
/** Counted before a password is checked, by design (see LoginThrottle). */
const WRITTEN_WHEN_REFUSED = ['login_throttle'];

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  allOf?: Schema[];
  minimum?: number;
};
interface Parameter {
  name: string;
  in: 'path' | 'query';
  schema?: Schema;
}
interface Operation {
  method: string;
  path: string;
  roles: Role[] | null;
  parameters: Parameter[];
  json?: Schema;
  multipart?: Schema;
}
interface Request {
  label: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  role?: Role | null;
}
interface Answer {
  status: number;
  contentType: string | undefined;
  text: string;
}

/** A value written into the JSON text as it is: numbers JSON.stringify would round or normalise. */
const RAW = '\u0001raw:';
const raw = (text: string) => `${RAW}${text}\u0001`;
const toJson = (value: unknown) => JSON.stringify(value)?.replace(/"\\u0001raw:(.*?)\\u0001"/g, '$1') ?? '';

const TWO_POW_63 = raw('9223372036854775808');
const nested = (depth: number): unknown => (depth === 0 ? [] : [nested(depth - 1)]);
/** Bad values for any field, whatever its type. */
const BAD_VALUES: [string, unknown][] = [
  ['null', null],
  ['an array of arrays', [[]]],
  ['an object', {}],
  ['a number', 12345],
  ['a boolean', true],
  ['a string', 'x'],
  ['2^63', TWO_POW_63],
  ['1e308', 1e308],
  ['-0', raw('-0')],
  ['1.5', 1.5],
  ['100,000 characters', 'x'.repeat(100_000)],
  ['a NUL', 'a\u0000b'],
  ['a lone surrogate', 'a\ud800b'],
  ['40 levels deep', nested(40)],
  ['10,000 elements', Array.from({ length: 10_000 }, () => 'x')],
];
/** Bad values for a path or query parameter, written into the URL as they are. */
const BAD_PARAMETERS: [string, string][] = [
  ['10,000 characters', 'a'.repeat(10_000)],
  ['not a UUID', 'not-a-uuid'],
  ['a NUL', 'a%00b'],
  ['a lone surrogate in WTF-8', '%ED%A0%80'],
  ['invalid UTF-8', '%FF%FE'],
  ['a broken escape', '%E4%B'],
  ['2^63', '9223372036854775808'],
  ['-1', '-1'],
  ['1e308', '1e308'],
  ['an empty string', ''],
  ['a space', '%20'],
];

/** Percent-encodes any string, lone surrogates too (as WTF-8 bytes, which no decoder accepts). */
function encode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const pair = unit >= 0xd800 && unit <= 0xdbff && /[\udc00-\udfff]/.test(text[i + 1] ?? '');
    if (pair) {
      out += encodeURIComponent(text.slice(i, i + 2));
      i++;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      out += `%${(0xe0 | (unit >> 12)).toString(16)}%${(0x80 | ((unit >> 6) & 0x3f)).toString(16)}%${(0x80 | (unit & 0x3f)).toString(16)}`;
    } else out += encodeURIComponent(text[i]);
  }
  return out;
}

describe('the API under generated bad input', () => {
  let api: TestApi;
  let port: number;
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  let doc: { paths: Record<string, Record<string, Record<string, unknown>>>; components: { schemas: Record<string, Schema> } };
  const auth: Partial<Record<Role, string>> = {};
  /** Real ids by the path segment naming their resource, so that requests reach the services. */
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await startApi();
    await new Promise<void>((resolve) => api.app.getHttpServer().listen(0, '127.0.0.1', resolve));
    port = (api.app.getHttpServer().address() as AddressInfo).port;
    const place = await districtWithCompound(api, 'fuzz');
    const scoped = (role: Role) =>
      api.user(
        role,
        role === 'RESIDENTS_COMMITTEE' ? { compoundIds: [place.compoundId] } : role === 'ADMIN' ? {} : { districtIds: [place.districtId] },
      );
    for (const role of ['ADMIN', 'DISTRICT_PM', 'RESIDENTS_COMMITTEE', 'SUPERVISOR'] as const) {
      auth[role] = (await scoped(role)).auth.Authorization;
    }
    const as = (role: Role) => ({ Authorization: auth[role]! });
    ids.cities = await cityOf(api, await api.user('ADMIN'));
    ids.districts = place.districtId;
    ids.compounds = place.compoundId;
    for (const room of ['101', '102', '103']) {
      ids.households = (
        await api.http
          .post(`/compounds/${place.compoundId}/households`)
          .set(as('RESIDENTS_COMMITTEE'))
          .send({ building: '1', unit: '1', room, floorArea: 80, ownerName: '张三' })
          .expect(201)
      ).body.id;
    }
    ids.projects = await projectInConstruction(api, place, { auth: as('DISTRICT_PM') });
    ids.rounds = (
      await api.http
        .post(`/projects/${ids.projects}/rounds`)
        .set(as('RESIDENTS_COMMITTEE'))
        .send({ subject: 'SATISFACTION', title: '满意度' })
        .expect(201)
    ).body.id;
    await confirmRoster(api, place.compoundId, { auth: as('RESIDENTS_COMMITTEE') });
    await api.http.post(`/rounds/${ids.rounds}/transitions`).set(as('RESIDENTS_COMMITTEE')).send({ event: 'OPEN' }).expect(200);
    ids.objections = (
      await api.http.post(`/rounds/${ids.rounds}/objections`).set(as('RESIDENTS_COMMITTEE')).send({ text: '反对' }).expect(201)
    ).body.id;
    ids.complaints = (
      await api.http.post(`/projects/${ids.projects}/complaints`).set(as('DISTRICT_PM')).send({ subject: '噪音' }).expect(201)
    ).body.id;
    ids['change-orders'] = (
      await api.http
        .post(`/projects/${ids.projects}/change-orders`)
        .set(as('DISTRICT_PM'))
        .send({ title: '变更', reason: '现场', lines: [{ key: 'a', quantity: 2 }] })
        .expect(201)
    ).body.id;
    [{ id: ids.reports }] = await api.db.query('SELECT id FROM progress_reports WHERE project_id = $1 LIMIT 1', [ids.projects]);
    // Not one of the users the fuzzer acts as, so that nothing it does to this one locks it out.
    ids.users = (await api.user('SUPERVISOR', { districtIds: [place.districtId] })).id;
    doc = (await api.http.get('/docs-json').expect(200)).body;
  });

  afterAll(async () => {
    agent.destroy();
    await api.close();
  });

  const resolve = (schema: Schema | undefined): Schema => {
    if (!schema) return {};
    if (schema.$ref) return resolve(doc.components.schemas[schema.$ref.split('/').pop()!]);
    if (schema.allOf?.length === 1 && !schema.type) return { ...resolve(schema.allOf[0]), ...schema, allOf: undefined };
    return schema;
  };

  function operations(): Operation[] {
    return Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => {
        const content = (op.requestBody as { content?: Record<string, { schema: Schema }> } | undefined)?.content ?? {};
        return {
          method: method.toUpperCase(),
          path,
          roles: (op['x-roles'] as Role[] | undefined) ?? null,
          parameters: (op.parameters as Parameter[] | undefined) ?? [],
          json: content['application/json']?.schema,
          multipart: content['multipart/form-data']?.schema,
        };
      }),
    );
  }

  /** A plausible value of a schema: what each case then breaks in one place. */
  function plausible(schema: Schema | undefined, depth = 0): unknown {
    const s = resolve(schema);
    if (s.example !== undefined) return s.example;
    if (s.enum?.length) return s.enum[0];
    if (s.type === 'object' || s.properties) {
      if (depth > 4) return {};
      return Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, plausible(v, depth + 1)]));
    }
    if (s.type === 'array') return depth > 4 ? [] : [plausible(s.items, depth + 1)];
    if (s.type === 'number' || s.type === 'integer') return s.minimum ?? 1;
    if (s.type === 'boolean') return true;
    return s.format === 'uuid' ? NO_SUCH_ID : 'x';
  }

  /** Paths into a body where a case puts its value: every property, and one level into nested objects and arrays. */
  function fieldPaths(schema: Schema | undefined, prefix: (string | number)[] = [], depth = 0): (string | number)[][] {
    const s = resolve(schema);
    if (depth > 1) return [];
    const inner = s.type === 'array' ? resolve(s.items) : s;
    const at = s.type === 'array' ? [...prefix, 0] : prefix;
    return Object.entries(inner.properties ?? {}).flatMap(([k, v]) => [[...at, k], ...fieldPaths(v, [...at, k], depth + 1)]);
  }

  function setAt(body: unknown, path: (string | number)[], value: unknown): unknown {
    const start = typeof body === 'object' && body !== null ? body : typeof path[0] === 'number' ? [] : {};
    const copy = structuredClone(start) as Record<string | number, unknown>;
    let node = copy;
    for (const key of path.slice(0, -1)) {
      if (typeof node[key] !== 'object' || node[key] === null) node[key] = typeof key === 'number' ? [] : {};
      node = node[key] as Record<string | number, unknown>;
    }
    const last = path[path.length - 1];
    if (value === undefined) delete node[last];
    else node[last] = value;
    return copy;
  }

  /** A value that reaches the service: an id of the seeded resource the segment before names, or a fixed unknown one. */
  function parameterValue(p: Parameter, before: string | undefined): string {
    const s = resolve(p.schema);
    if (s.enum?.length) return String(s.enum[0]);
    if (s.type === 'number' || s.type === 'integer') return p.name === 'months' ? '6' : '1';
    if (p.name === 'month') return '2026-05';
    if (p.name === 'name') return 'lifecycle';
    if (p.name === 'reviewer') return 'HOUSING';
    // `{id}` after the resource's segment, or a named id after it (`/projects/{id}/compounds/{compoundId}`).
    return ((p.name === 'id' || p.name.endsWith('Id')) && before && ids[before]) || NO_SUCH_ID;
  }

  /** The operation's URL with plausible parameters, some replaced by raw (already encoded) text. */
  function url(op: Operation, override: Record<string, string> = {}, query = ''): string {
    const segments = op.path.split('/');
    const filled = segments.map((segment, i) =>
      segment.replace(/\{(\w+)\}/g, (_, name: string) => {
        if (name in override) return override[name];
        const p = op.parameters.find((q) => q.name === name && q.in === 'path') ?? { name, in: 'path' as const };
        return encode(parameterValue(p, segments[i - 1]));
      }),
    );
    return filled.join('/') + (query ? `?${query}` : '');
  }

  function multipartBody(parts: { name: string; value: string | Buffer; filename?: string }[], boundary = 'fuzzboundary'): Buffer {
    const chunks: Buffer[] = [];
    for (const part of parts) {
      const disposition = `form-data; name="${part.name}"${part.filename ? `; filename="${part.filename}"` : ''}`;
      chunks.push(
        Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n\r\n`),
        Buffer.from(part.value),
        Buffer.from('\r\n'),
      );
    }
    chunks.push(Buffer.from(`--${boundary}--\r\n`));
    return Buffer.concat(chunks);
  }

  /** The fixed cases of one operation. */
  function fixedCases(op: Operation): Request[] {
    const role = op.roles?.[0] ?? null;
    const cases: Request[] = [];
    const json = (label: string, body: string, contentType = 'application/json', at = url(op)): Request => ({
      label,
      method: op.method,
      url: at,
      headers: { 'content-type': contentType },
      body,
      role,
    });
    for (const p of op.parameters.filter((q) => q.in === 'path')) {
      for (const [what, value] of BAD_PARAMETERS) {
        if (value === '' && op.path.endsWith(`{${p.name}}`)) continue; // a different route, not a bad parameter
        cases.push({ label: `path ${p.name}: ${what}`, method: op.method, url: url(op, { [p.name]: value }), role });
      }
    }
    for (const p of op.parameters.filter((q) => q.in === 'query')) {
      for (const [what, value] of [...BAD_PARAMETERS, ['repeated', `1&${p.name}=2`] as [string, string]]) {
        cases.push({ label: `query ${p.name}: ${what}`, method: op.method, url: url(op, {}, `${p.name}=${value}`), role });
      }
      cases.push({ label: `query ${p.name}: nested`, method: op.method, url: url(op, {}, `${p.name}[a][b]=1`), role });
    }
    cases.push({ label: 'an unknown query parameter with a NUL', method: op.method, url: url(op, {}, 'zz%00=1'), role });
    cases.push({ label: 'a URL of 20,000 characters', method: op.method, url: url(op, {}, `q=${'a'.repeat(20_000)}`), role });
    if (op.json) {
      const base = plausible(op.json);
      for (const [what, text] of [
        ['an empty body', ''],
        ['broken JSON', '{"a": '],
        ['a bare value', '"x"'],
        ['null', 'null'],
        ['an array', '[]'],
        ['an array of arrays', '[[]]'],
        ['a number', '123'],
        ['64 levels deep', toJson(nested(64))],
        ['100,000 levels deep', '['.repeat(100_000) + ']'.repeat(100_000)],
        ['__proto__', '{"__proto__": {"admin": true}}'],
        ['constructor.prototype', '{"constructor": {"prototype": {"admin": true}}}'],
        ['a lone surrogate member name', `{"\\ud800": 1}`],
        ['a NUL member name', `{"a\\u0000": 1}`],
        ['an unknown property', toJson({ ...(base as object), zzUnknown: 1 })],
      ] as [string, string][]) {
        cases.push(json(`body: ${what}`, text));
      }
      for (const [what, type] of [
        ['text/plain', 'text/plain'],
        ['XML', 'application/xml'],
        ['a form', 'application/x-www-form-urlencoded'],
        ['multipart without a boundary', 'multipart/form-data'],
        ['a broken content type', '/;;'],
      ]) {
        cases.push(json(`content type ${what}`, 'a=b', type));
      }
      for (const path of fieldPaths(op.json)) {
        const field = path.join('.');
        cases.push(json(`${field}: missing`, toJson(setAt(base, path, undefined))));
        for (const [what, value] of BAD_VALUES) cases.push(json(`${field}: ${what}`, toJson(setAt(base, path, value))));
      }
    }
    if (op.multipart) {
      const schema = resolve(op.multipart);
      const fields = Object.entries(schema.properties ?? {}).filter(([k]) => k !== 'file');
      const parts = (over: Record<string, string | undefined> = {}, file: Buffer | null = Buffer.from('x')) => [
        ...fields.flatMap(([k, v]) =>
          k in over ? (over[k] === undefined ? [] : [{ name: k, value: over[k]! }]) : [{ name: k, value: String(plausible(v)) }],
        ),
        ...(file ? [{ name: 'file', value: file, filename: 'a.csv' }] : []),
      ];
      const send = (label: string, body: Buffer, contentType = 'multipart/form-data; boundary=fuzzboundary'): Request => ({
        label,
        method: op.method,
        url: url(op),
        headers: { 'content-type': contentType },
        body,
        role,
      });
      cases.push(send('multipart: no boundary', multipartBody(parts()), 'multipart/form-data'));
      cases.push(send('multipart: truncated', multipartBody(parts()).subarray(0, 40)));
      cases.push(send('multipart: no file', multipartBody(parts({}, null))));
      cases.push(send('multipart: an unknown field', multipartBody([...parts(), { name: 'zz', value: '1' }])));
      cases.push(send('multipart: a file in another field', multipartBody([...parts(), { name: 'other', value: 'x', filename: 'b.csv' }])));
      cases.push(send('multipart: two files', multipartBody([...parts(), { name: 'file', value: 'y', filename: 'c.csv' }])));
      cases.push(send('multipart: JSON instead', Buffer.from('{}'), 'application/json'));
      for (const [k] of fields) {
        for (const [what, value] of [
          ['a NUL', 'a\u0000b'],
          ['100,000 characters', 'x'.repeat(100_000)],
          ['missing', undefined],
        ] as [string, string | undefined][]) {
          cases.push(send(`multipart ${k}: ${what}`, multipartBody(parts({ [k]: value }))));
        }
      }
    }
    if (op.roles) {
      cases.push({
        label: 'unauthenticated',
        method: op.method,
        url: url(op),
        role: null,
        ...(op.json ? { headers: { 'content-type': 'application/json' }, body: toJson(plausible(op.json)) } : {}),
      });
      cases.push({ label: 'unauthenticated, NUL in the path', method: op.method, url: url(op, {}, 'x=%00'), role: null });
      cases.push({
        label: 'a token signed by no one',
        method: op.method,
        url: url(op),
        role: null,
        headers: { authorization: 'Bearer e30.e30.' },
      });
    }
    return cases;
  }

  /** Property-based cases: random values, strings of any code units and random member names, in random places. */
  function generatedCases(op: Operation): fc.Arbitrary<Request> {
    const roles = op.roles ?? [null];
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom(...BAD_VALUES.map(([, v]) => v)),
      fc.dictionary(fc.string({ unit: 'binary', maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 4 }),
    );
    const paths = op.json ? [[], ...fieldPaths(op.json)] : [];
    const parameters = op.parameters;
    return fc
      .record({
        role: fc.constantFrom(...roles),
        edits: fc.array(fc.tuple(fc.constantFrom(...(paths.length ? paths : [[]])), value), { minLength: 1, maxLength: 3 }),
        parameter: parameters.length
          ? fc.option(fc.tuple(fc.constantFrom(...parameters), fc.string({ unit: 'binary', maxLength: 30 })))
          : fc.constant(null),
      })
      .map(({ role, edits, parameter }) => {
        let body: unknown = op.json ? plausible(op.json) : undefined;
        for (const [path, v] of edits) body = path.length ? setAt(body, path, v) : v;
        const override: Record<string, string> = {};
        let query = '';
        if (parameter) {
          const [p, text] = parameter;
          if (p.in === 'path') override[p.name] = encode(text) || 'x';
          else query = `${p.name}=${encode(text)}`;
        }
        return {
          label: `generated ${toJson({ edits, parameter: parameter && [parameter[0].name, parameter[1]] }).slice(0, 300)}`,
          method: op.method,
          url: url(op, override, query),
          role,
          ...(op.json ? { headers: { 'content-type': 'application/json' }, body: toJson(body) } : {}),
        };
      });
  }

  function send(r: Request): Promise<Answer> {
    const headers: Record<string, string | number> = { ...(r.headers ?? {}) };
    if (r.role) headers.authorization = auth[r.role]!;
    if (r.body !== undefined) headers['content-length'] = Buffer.byteLength(r.body);
    // A connection the server drops without answering is an answer too: status 0, and a failure.
    const dropped = (e: Error): Answer => ({ status: 0, contentType: undefined, text: e.message });
    return new Promise((done) => {
      const req = request({ host: '127.0.0.1', port, method: r.method, path: r.url, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          done({ status: res.statusCode ?? 0, contentType: res.headers['content-type'], text: Buffer.concat(chunks).toString() }),
        );
        res.on('error', (e) => done(dropped(e)));
      });
      req.on('error', (e) => done(dropped(e)));
      req.end(r.body);
    });
  }

  it('answers every operation of the document with a 4xx problem for bad input, never a 5xx, and writes nothing when it refuses', async () => {
    const failures: string[] = [];
    const validated = new Set<string>();
    let sent = 0;
    // The counts after the last request: a refused one must leave them as they were.
    let counts = await rowCounts(api.db, WRITTEN_WHEN_REFUSED);
    const check = async (op: Operation, r: Request): Promise<void> => {
      const answer = await send(r);
      sent++;
      const before = counts;
      counts = await rowCounts(api.db, WRITTEN_WHEN_REFUSED);
      if (answer.status === 0) return void failures.push(`${op.method} ${op.path} [${r.label}]: no answer (${answer.text})`);
      if (answer.status < 400) return;
      const where = `${op.method} ${op.path} [${r.label}]`;
      let body: { code?: string } | undefined;
      try {
        body = JSON.parse(answer.text);
      } catch {
        body = undefined;
      }
      if (body?.code === 'REQUEST.VALIDATION_FAILED' && r.role) validated.add(`${op.method} ${op.path}`);
      if (answer.status >= 500) failures.push(`${where}: ${answer.status} ${answer.text.slice(0, 200)}`);
      const shape = problemShapeFaults(answer.status, answer.contentType, body);
      if (shape.length) failures.push(`${where}: ${answer.status} not a problem body (${shape.join(', ')}): ${answer.text.slice(0, 200)}`);
      const changed = Object.keys(counts).filter((t) => counts[t] !== before[t]);
      if (changed.length) failures.push(`${where}: refused with ${answer.status} but wrote to ${changed.join(', ')}`);
    };

    const ops = operations();
    for (const op of ops) {
      for (const r of fixedCases(op)) await check(op, r);
      await fc.assert(
        fc.asyncProperty(generatedCases(op), async (r) => {
          await check(op, r);
        }),
        { seed: SEED, numRuns: RUNS },
      );
    }

    expect(failures).toEqual([]);
    // The cases reached validation: every operation taking a JSON body refused some as a field error.
    const withBody = ops.filter((op) => op.json && op.roles).map((op) => `${op.method} ${op.path}`);
    expect(withBody.filter((op) => !validated.has(op))).toEqual([]);
    expect(ops.length).toBeGreaterThan(100);
    expect(sent).toBeGreaterThan(ops.length * 10);
  }, 300_000);
});
