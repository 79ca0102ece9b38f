import { randomUUID } from 'node:crypto';
import type { Role } from '@app/domain';
import type { Response } from 'supertest';
import { expectProblem } from './support/problem.js';
import { startApi, TEST_PASSWORD, type TestApi } from './support/api.js';
import { cityOf, districtWithCompound, type Place } from './support/fixtures.js';

type User = Awaited<ReturnType<TestApi['user']>>;

const fields = (res: Response) => (res.body.errors ?? []).map((e: { field: string; code: string }) => [e.field, e.code]);

describe('administration', () => {
  let api: TestApi;
  let admin: User;
  let a: Place;
  let b: Place;
  let changsha: string;
  let seq = 0;

  const newUser = (role: Role, scope: { districtIds?: string[]; compoundIds?: string[] } = {}, username = `adm-user-${++seq}`) =>
    api.http
      .post('/users')
      .set(admin.auth)
      .send({ username, displayName: `用户 ${username}`, role, password: TEST_PASSWORD, ...scope });
  const userCount = async (username: string) =>
    (await api.db.query('SELECT count(*)::int AS n FROM users WHERE username = $1', [username]))[0].n as number;

  /**
   * Runs a request while another transaction holds an uncommitted row with the same unique key,
   * commits that row once the request waits on it, and returns the request's response: the
   * interleaving two simultaneous creations can always take.
   */
  async function racing(sql: string, params: unknown[], send: () => PromiseLike<Response>): Promise<Response> {
    const other = api.db.createQueryRunner();
    await other.connect();
    try {
      await other.startTransaction();
      await other.query(sql, params);
      const pending = Promise.resolve(send());
      const deadline = Date.now() + 10_000;
      const waiting = async () =>
        (
          await api.db.query(
            "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
          )
        )[0].n as number;
      while ((await waiting()) === 0) {
        if (Date.now() > deadline) throw new Error('the request never waited on the uncommitted row');
        await new Promise((r) => setTimeout(r, 20));
      }
      await other.commitTransaction();
      return await pending;
    } finally {
      if (other.isTransactionActive) await other.rollbackTransaction();
      await other.release();
    }
  }

  beforeAll(async () => {
    api = await startApi();
    a = await districtWithCompound(api, 'adm-a');
    b = await districtWithCompound(api, 'adm-b');
    admin = await api.user('ADMIN');
    changsha = await cityOf(api, admin);
  });

  afterAll(() => api.close());

  describe('districts', () => {
    it('an admin creates a district, which is stored and listed', async () => {
      const res = await api.http
        .post('/districts')
        .set(admin.auth)
        .send({ code: 'cs-yuhua', name: '雨花区', cityCode: 'changsha' })
        .expect(201);
      expect(res.body).toMatchObject({ id: expect.any(String), code: 'cs-yuhua', name: '雨花区', cityId: changsha, city: '长沙市' });
      const rows = await api.db.query('SELECT code, name, city_id, city FROM districts WHERE id = $1', [res.body.id]);
      expect(rows).toEqual([{ code: 'cs-yuhua', name: '雨花区', city_id: changsha, city: '长沙市' }]);
      const list = await api.http.get('/districts').set(admin.auth).expect(200);
      expect(list.body.map((d: { code: string }) => d.code)).toEqual(expect.arrayContaining(['cs-yuhua', 'adm-a', 'adm-b']));
    });

    it('a duplicate district code is 409 RESOURCE.TAKEN and nothing is added', async () => {
      await api.http.post('/districts').set(admin.auth).send({ code: 'cs-tianxin', name: '天心区', cityCode: 'changsha' }).expect(201);
      const dup = await api.http
        .post('/districts')
        .set(admin.auth)
        .send({ code: 'cs-tianxin', name: '另一个天心区', cityCode: 'changsha' });
      expectProblem(dup, 409, 'RESOURCE.TAKEN');
      const rows = await api.db.query('SELECT name FROM districts WHERE code = $1', ['cs-tianxin']);
      expect(rows).toEqual([{ name: '天心区' }]);
    });

    it('a code taken by a concurrent request is 409 RESOURCE.TAKEN, never a 500', async () => {
      const res = await racing('INSERT INTO districts (code, name, city_id) VALUES ($1, $2, $3)', ['adm-race', '先到区', changsha], () =>
        api.http.post('/districts').set(admin.auth).send({ code: 'adm-race', name: '后到区', cityCode: 'changsha' }),
      );
      expectProblem(res, 409, 'RESOURCE.TAKEN');
      expect(await api.db.query('SELECT name FROM districts WHERE code = $1', ['adm-race'])).toEqual([{ name: '先到区' }]);
    });
  });

  describe('cities', () => {
    it('an admin creates a city; its districts name it by id or code, and follow its new name', async () => {
      const city = await api.http.post('/cities').set(admin.auth).send({ code: 'yichang', name: '宜昌市' }).expect(201);
      expect(city.body).toMatchObject({ id: expect.any(String), code: 'yichang', name: '宜昌市' });
      const byId = await api.http.post('/districts').set(admin.auth).send({ code: 'yc-xiling', name: '西陵区', cityId: city.body.id });
      const byCode = await api.http.post('/districts').set(admin.auth).send({ code: 'yc-wujia', name: '伍家岗区', cityCode: 'yichang' });
      expect([byId.status, byCode.status]).toEqual([201, 201]);
      expect([byId.body.city, byCode.body.cityId]).toEqual(['宜昌市', city.body.id]);

      const renamed = await api.http.patch(`/cities/${city.body.id}`).set(admin.auth).send({ code: 'yc', name: '宜昌' }).expect(200);
      expect(renamed.body).toMatchObject({ code: 'yc', name: '宜昌' });
      expect(await api.db.query('SELECT city FROM districts WHERE city_id = $1 ORDER BY code', [city.body.id])).toEqual([
        { city: '宜昌' },
        { city: '宜昌' },
      ]);
      const listed = (await api.http.get('/cities').set(admin.auth).expect(200)).body.map((c: { code: string }) => c.code);
      expect(listed).toEqual(expect.arrayContaining(['changsha', 'yc']));
      const audit = await api.db.query(`SELECT action FROM audit_log WHERE subject_type = 'city' AND subject_id = $1 ORDER BY id`, [
        city.body.id,
      ]);
      expect(audit.map((r: { action: string }) => r.action)).toEqual(['city.created', 'city.updated']);
    });

    it('a district names exactly one existing city', async () => {
      const send = (body: object) =>
        api.http
          .post('/districts')
          .set(admin.auth)
          .send({ code: 'adm-nocity', name: '无市区', ...body });
      const neither = await send({});
      expectProblem(neither, 422, 'DOMAIN.INVALID');
      expect(neither.body.errors).toEqual([expect.objectContaining({ code: 'ONE_CITY' })]);
      expectProblem(await send({ cityId: changsha, cityCode: 'changsha' }), 422, 'DOMAIN.INVALID');
      const unknown = await send({ cityCode: 'atlantis' });
      expectProblem(unknown, 422, 'DOMAIN.INVALID');
      expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'cityCode', code: 'UNKNOWN' })]);
      expectProblem(await send({ cityId: randomUUID() }), 422, 'DOMAIN.INVALID');
      expectProblem(await send({ city: '长沙市' }), 400, 'REQUEST.VALIDATION_FAILED');
      expect(await api.db.query(`SELECT 1 FROM districts WHERE code = 'adm-nocity'`)).toEqual([]);
    });

    it('city codes and names are unique; bad ones are 400; only an admin writes cities', async () => {
      expectProblem(await api.http.post('/cities').set(admin.auth).send({ code: 'changsha', name: '另一个' }), 409, 'RESOURCE.TAKEN');
      expectProblem(await api.http.post('/cities').set(admin.auth).send({ code: 'cs2', name: '长沙市' }), 409, 'RESOURCE.TAKEN');
      expectProblem(
        await api.http.post('/cities').set(admin.auth).send({ code: 'Bad Code', name: '某市' }),
        400,
        'REQUEST.VALIDATION_FAILED',
      );
      expectProblem(await api.http.post('/cities').set(admin.auth).send({ code: 'blank', name: '   ' }), 400, 'REQUEST.VALIDATION_FAILED');
      expectProblem(await api.http.patch(`/cities/${randomUUID()}`).set(admin.auth).send({ name: '无' }), 404, 'RESOURCE.NOT_FOUND');
      // A change that changes nothing, or clears what cannot be cleared, is refused before anything is written.
      const before = await api.db.query('SELECT count(*)::int AS n FROM audit_log');
      for (const body of [{}, { name: null }, { code: null }]) {
        expectProblem(await api.http.patch(`/cities/${changsha}`).set(admin.auth).send(body), 400, 'REQUEST.VALIDATION_FAILED');
      }
      expect(await api.db.query('SELECT count(*)::int AS n FROM audit_log')).toEqual(before);
      const pm = await api.user('DISTRICT_PM', { districtIds: [a.districtId] });
      expectProblem(await api.http.post('/cities').set(pm.auth).send({ code: 'pm-city', name: '经理市' }), 403, 'ACCESS.FORBIDDEN');
      expectProblem(await api.http.patch(`/cities/${changsha}`).set(pm.auth).send({ name: '改名' }), 403, 'ACCESS.FORBIDDEN');
      await api.http.get('/cities').set(pm.auth).expect(200);
    });

    it('a writer that still names the city by text gets that city, found by name or created', async () => {
      await api.db.query(
        `INSERT INTO districts (code, name, city) VALUES ('adm-text-1', '文本一区', '长沙市'), ('adm-text-2', '文本二区', '株洲市')`,
      );
      const rows = await api.db.query(
        `SELECT d.code, c.name, c.code AS city_code FROM districts d JOIN cities c ON c.id = d.city_id WHERE d.code LIKE 'adm-text-%' ORDER BY d.code`,
      );
      expect(rows).toEqual([
        { code: 'adm-text-1', name: '长沙市', city_code: 'changsha' },
        { code: 'adm-text-2', name: '株洲市', city_code: expect.stringMatching(/^city-[0-9a-f]{10}$/) },
      ]);
      await api.db.query(`UPDATE districts SET city = '长沙市' WHERE code = 'adm-text-2'`);
      expect(await api.db.query(`SELECT city_id FROM districts WHERE code = 'adm-text-2'`)).toEqual([{ city_id: changsha }]);
    });
  });

  describe('users', () => {
    it('an admin creates a PM, a supervisor, a committee recorder and an admin with their scopes', async () => {
      const pm = await newUser('DISTRICT_PM', { districtIds: [a.districtId] }, 'adm-pm').expect(201);
      const sup = await newUser('SUPERVISOR', { districtIds: [a.districtId, b.districtId] }, 'adm-sup').expect(201);
      const com = await newUser('RESIDENTS_COMMITTEE', { compoundIds: [b.compoundId] }, 'adm-com').expect(201);
      const adm = await newUser('ADMIN', {}, 'adm-admin').expect(201);
      expect(pm.body).toMatchObject({
        username: 'adm-pm',
        role: 'DISTRICT_PM',
        active: true,
        districtIds: [a.districtId],
        compoundIds: [],
      });
      expect(sup.body).toMatchObject({
        role: 'SUPERVISOR',
        districtIds: expect.arrayContaining([a.districtId, b.districtId]),
        compoundIds: [],
      });
      expect(com.body).toMatchObject({ role: 'RESIDENTS_COMMITTEE', districtIds: [], compoundIds: [b.compoundId] });
      expect(adm.body).toMatchObject({ role: 'ADMIN', districtIds: [], compoundIds: [] });

      const rows = await api.db.query('SELECT role, district_ids, compound_ids FROM users WHERE id = $1', [com.body.id]);
      expect(rows).toEqual([{ role: 'RESIDENTS_COMMITTEE', district_ids: [], compound_ids: [b.compoundId] }]);

      const login = await api.http.post('/auth/login').send({ username: 'adm-pm', password: TEST_PASSWORD }).expect(200);
      const me = await api.http.get('/me').set('Authorization', `Bearer ${login.body.accessToken}`).expect(200);
      expect(me.body).toMatchObject({ userId: pm.body.id, role: 'DISTRICT_PM', districtIds: [a.districtId] });

      const list = await api.http.get('/users').set(admin.auth).expect(200);
      expect(list.body.map((u: { username: string }) => u.username)).toEqual(
        expect.arrayContaining(['adm-pm', 'adm-sup', 'adm-com', 'adm-admin']),
      );
    });

    it('a duplicate username is 409 RESOURCE.TAKEN', async () => {
      await newUser('ADMIN', {}, 'adm-twice').expect(201);
      expectProblem(await newUser('ADMIN', {}, 'adm-twice'), 409, 'RESOURCE.TAKEN');
      expect(await userCount('adm-twice')).toBe(1);
    });

    it('a username taken by a concurrent request is 409 RESOURCE.TAKEN, never a 500', async () => {
      const res = await racing(
        "INSERT INTO users (username, display_name, role, password_hash) VALUES ($1, 'first', 'ADMIN', 'scrypt$x')",
        ['adm-race'],
        () => newUser('ADMIN', {}, 'adm-race'),
      );
      expectProblem(res, 409, 'RESOURCE.TAKEN');
      expect(await api.db.query('SELECT display_name FROM users WHERE username = $1', ['adm-race'])).toEqual([{ display_name: 'first' }]);
    });

    it('deactivating a user that does not exist is 404', async () => {
      expectProblem(await api.http.patch(`/users/${randomUUID()}`).set(admin.auth).send({ active: false }), 404, 'RESOURCE.NOT_FOUND');
    });
  });

  describe.each(['DISTRICT_PM', 'RESIDENTS_COMMITTEE', 'SUPERVISOR'] as const)('a %s', (role) => {
    let caller: User;

    beforeAll(async () => {
      caller = await api.user(role, role === 'RESIDENTS_COMMITTEE' ? { compoundIds: [a.compoundId] } : { districtIds: [a.districtId] });
    });

    it('gets 403 ACCESS.FORBIDDEN on POST /districts and nothing is created', async () => {
      const code = `adm-x-${role.toLowerCase().replace(/_/g, '-')}`;
      expectProblem(
        await api.http.post('/districts').set(caller.auth).send({ code, name: 'x', cityCode: 'changsha' }),
        403,
        'ACCESS.FORBIDDEN',
      );
      expect(await api.db.query('SELECT id FROM districts WHERE code = $1', [code])).toEqual([]);
    });

    it('gets 403 ACCESS.FORBIDDEN on POST /users and nothing is created', async () => {
      const username = `adm-x-${role.toLowerCase()}`;
      expectProblem(
        await api.http.post('/users').set(caller.auth).send({ username, displayName: 'x', role: 'ADMIN', password: TEST_PASSWORD }),
        403,
        'ACCESS.FORBIDDEN',
      );
      expect(await userCount(username)).toBe(0);
    });

    it('gets 403 ACCESS.FORBIDDEN on GET /users', async () => {
      const res = await api.http.get('/users').set(caller.auth);
      expectProblem(res, 403, 'ACCESS.FORBIDDEN');
      expect(Array.isArray(res.body)).toBe(false);
    });

    it('gets 403 ACCESS.FORBIDDEN changing its own scope or deactivating someone', async () => {
      expectProblem(
        await api.http
          .put(`/users/${caller.id}/scope`)
          .set(caller.auth)
          .send({ replace: true, districtIds: [b.districtId] }),
        403,
        'ACCESS.FORBIDDEN',
      );
      expectProblem(await api.http.patch(`/users/${admin.id}`).set(caller.auth).send({ active: false }), 403, 'ACCESS.FORBIDDEN');
      const [me] = await api.db.query('SELECT district_ids, compound_ids FROM users WHERE id = $1', [caller.id]);
      expect(me.district_ids).not.toContain(b.districtId);
      await api.http.get('/me').set(admin.auth).expect(200);
    });
  });

  describe('scope rules', () => {
    const unknownDistrict = randomUUID();
    const unknownCompound = randomUUID();

    it.each<[string, Role, () => Record<string, string[]>, [string, string]]>([
      ['a PM without districts', 'DISTRICT_PM', () => ({}), ['districtIds', 'REQUIRED']],
      ['a supervisor without districts', 'SUPERVISOR', () => ({}), ['districtIds', 'REQUIRED']],
      ['a committee recorder without compounds', 'RESIDENTS_COMMITTEE', () => ({}), ['compoundIds', 'REQUIRED']],
      [
        'a committee recorder given districts',
        'RESIDENTS_COMMITTEE',
        () => ({ compoundIds: [a.compoundId], districtIds: [a.districtId] }),
        ['districtIds', 'NOT_FOR_ROLE'],
      ],
      [
        'a PM given compounds',
        'DISTRICT_PM',
        () => ({ districtIds: [a.districtId], compoundIds: [a.compoundId] }),
        ['compoundIds', 'NOT_FOR_ROLE'],
      ],
      ['a supervisor given only compounds', 'SUPERVISOR', () => ({ compoundIds: [a.compoundId] }), ['compoundIds', 'NOT_FOR_ROLE']],
      ['an admin given districts', 'ADMIN', () => ({ districtIds: [a.districtId] }), ['districtIds', 'NOT_FOR_ROLE']],
      ['a PM in an unknown district', 'DISTRICT_PM', () => ({ districtIds: [a.districtId, unknownDistrict] }), ['districtIds', 'UNKNOWN']],
      [
        'a committee recorder of an unknown compound',
        'RESIDENTS_COMMITTEE',
        () => ({ compoundIds: [unknownCompound] }),
        ['compoundIds', 'UNKNOWN'],
      ],
    ])('%s is 422 DOMAIN.INVALID naming the field, and no user is created', async (_, role, scope, expected) => {
      const username = `adm-bad-${++seq}`;
      const res = await newUser(role, scope(), username);
      expectProblem(res, 422, 'DOMAIN.INVALID');
      expect(fields(res)).toContainEqual(expected);
      expect(await userCount(username)).toBe(0);
    });

    it('a PM without districts and given compounds lists both problems in one response', async () => {
      const res = await newUser('DISTRICT_PM', { compoundIds: [a.compoundId] });
      expectProblem(res, 422, 'DOMAIN.INVALID');
      expect(fields(res)).toEqual(
        expect.arrayContaining([
          ['compoundIds', 'NOT_FOR_ROLE'],
          ['districtIds', 'REQUIRED'],
        ]),
      );
    });

    it('PUT /users/:id/scope refuses the wrong kind or unknown ids with 422 and leaves the scope unchanged', async () => {
      const pm = await api.user('DISTRICT_PM', { districtIds: [a.districtId] });
      const wrongKind = await api.http
        .put(`/users/${pm.id}/scope`)
        .set(admin.auth)
        .send({ replace: true, compoundIds: [a.compoundId] });
      expectProblem(wrongKind, 422, 'DOMAIN.INVALID');
      expect(fields(wrongKind)).toEqual(
        expect.arrayContaining([
          ['compoundIds', 'NOT_FOR_ROLE'],
          ['districtIds', 'REQUIRED'],
        ]),
      );

      const unknown = await api.http
        .put(`/users/${pm.id}/scope`)
        .set(admin.auth)
        .send({ replace: true, districtIds: [unknownDistrict] });
      expectProblem(unknown, 422, 'DOMAIN.INVALID');
      expect(fields(unknown)).toContainEqual(['districtIds', 'UNKNOWN']);

      const rows = await api.db.query('SELECT district_ids, compound_ids FROM users WHERE id = $1', [pm.id]);
      expect(rows).toEqual([{ district_ids: [a.districtId], compound_ids: [] }]);
    });

    it('PUT /users/:id/scope for a user that does not exist is 404', async () => {
      expectProblem(
        await api.http
          .put(`/users/${randomUUID()}/scope`)
          .set(admin.auth)
          .send({ replace: true, districtIds: [a.districtId] }),
        404,
        'RESOURCE.NOT_FOUND',
      );
    });

    it('PUT /users/:id/scope without replace: true is refused (400 naming replace) and leaves the scope as it was', async () => {
      const pm = await api.user('DISTRICT_PM', { districtIds: [a.districtId, b.districtId] });
      for (const body of [
        { districtIds: [b.districtId] },
        { replace: false, districtIds: [b.districtId] },
        { replace: 'true', districtIds: [b.districtId] },
      ]) {
        const res = await api.http.put(`/users/${pm.id}/scope`).set(admin.auth).send(body);
        expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
        expect(fields(res)[0]?.[0]).toBe('replace');
      }
      const rows = await api.db.query('SELECT district_ids FROM users WHERE id = $1', [pm.id]);
      expect(rows).toEqual([{ district_ids: [a.districtId, b.districtId] }]);
      await api.http.get(`/compounds/${a.compoundId}`).set(pm.auth).expect(200);
    });

    it('PATCH /users/:id/scope adds and removes entries, keeps the rest, audits what changed, and access follows at once', async () => {
      const recorder = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [a.compoundId] });
      expectProblem(await api.http.get(`/compounds/${b.compoundId}`).set(recorder.auth), 404, 'RESOURCE.NOT_FOUND');

      const added = await api.http
        .patch(`/users/${recorder.id}/scope`)
        .set(admin.auth)
        .send({ add: { compoundIds: [b.compoundId] } })
        .expect(200);
      expect(added.body.compoundIds).toEqual([a.compoundId, b.compoundId]);
      await api.http.get(`/compounds/${b.compoundId}`).set(recorder.auth).expect(200);
      await api.http.get(`/compounds/${a.compoundId}`).set(recorder.auth).expect(200);
      // Adding what is there already changes nothing.
      const again = await api.http
        .patch(`/users/${recorder.id}/scope`)
        .set(admin.auth)
        .send({ add: { compoundIds: [a.compoundId] } })
        .expect(200);
      expect(again.body.compoundIds).toEqual([a.compoundId, b.compoundId]);

      const removed = await api.http
        .patch(`/users/${recorder.id}/scope`)
        .set(admin.auth)
        .send({ remove: { compoundIds: [a.compoundId] } })
        .expect(200);
      expect(removed.body.compoundIds).toEqual([b.compoundId]);
      expectProblem(await api.http.get(`/compounds/${a.compoundId}`).set(recorder.auth), 404, 'RESOURCE.NOT_FOUND');
      await api.http.get(`/compounds/${b.compoundId}`).set(recorder.auth).expect(200);
      expect((await api.http.get('/me').set(recorder.auth).expect(200)).body.compoundIds).toEqual([b.compoundId]);

      const audit = await api.db.query(
        `SELECT actor_id, detail FROM audit_log WHERE subject_id = $1 AND action = 'user.scope-set' ORDER BY id`,
        [recorder.id],
      );
      expect(audit.map((r: { detail: unknown }) => r.detail)).toEqual([
        {
          districtIds: [],
          compoundIds: [a.compoundId, b.compoundId],
          added: { districtIds: [], compoundIds: [b.compoundId] },
          removed: { districtIds: [], compoundIds: [] },
        },
        {
          districtIds: [],
          compoundIds: [a.compoundId, b.compoundId],
          added: { districtIds: [], compoundIds: [] },
          removed: { districtIds: [], compoundIds: [] },
        },
        {
          districtIds: [],
          compoundIds: [b.compoundId],
          added: { districtIds: [], compoundIds: [] },
          removed: { districtIds: [], compoundIds: [a.compoundId] },
        },
      ]);
      expect(audit.every((r: { actor_id: string }) => r.actor_id === admin.id)).toBe(true);
    });

    it('PATCH /users/:id/scope refuses an empty change, an id both added and removed, the last entry removed and the wrong kind (422), changing nothing', async () => {
      const pm = await api.user('DISTRICT_PM', { districtIds: [a.districtId] });
      const cases: [Record<string, unknown>, [string, string]][] = [
        [{}, ['add', 'REQUIRED']],
        [{ add: { districtIds: [] }, remove: {} }, ['add', 'REQUIRED']],
        [{ add: { districtIds: [b.districtId] }, remove: { districtIds: [b.districtId] } }, ['remove.districtIds', 'ADDED_AND_REMOVED']],
        [{ remove: { districtIds: [a.districtId] } }, ['districtIds', 'REQUIRED']],
        [{ add: { compoundIds: [a.compoundId] } }, ['compoundIds', 'NOT_FOR_ROLE']],
        [{ add: { districtIds: [unknownDistrict] } }, ['districtIds', 'UNKNOWN']],
      ];
      for (const [body, expected] of cases) {
        const res = await api.http.patch(`/users/${pm.id}/scope`).set(admin.auth).send(body);
        expectProblem(res, 422, 'DOMAIN.INVALID');
        expect(fields(res)).toContainEqual(expected);
      }
      expectProblem(
        await api.http
          .patch(`/users/${pm.id}/scope`)
          .set(admin.auth)
          .send({ add: [a.districtId] }),
        400,
        'REQUEST.VALIDATION_FAILED',
      );
      expectProblem(
        await api.http
          .patch(`/users/${randomUUID()}/scope`)
          .set(admin.auth)
          .send({ add: { districtIds: [a.districtId] } }),
        404,
        'RESOURCE.NOT_FOUND',
      );
      expect(await api.db.query('SELECT district_ids, compound_ids FROM users WHERE id = $1', [pm.id])).toEqual([
        { district_ids: [a.districtId], compound_ids: [] },
      ]);
      expect(
        (await api.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE subject_id = $1 AND action = 'user.scope-set'`, [pm.id]))[0].n,
      ).toBe(0);
    });

    it('PUT with the full list audits what the replacement dropped', async () => {
      const pm = await api.user('DISTRICT_PM', { districtIds: [a.districtId, b.districtId] });
      await api.http
        .put(`/users/${pm.id}/scope`)
        .set(admin.auth)
        .send({ replace: true, districtIds: [b.districtId] })
        .expect(200);
      const [row] = await api.db.query(`SELECT detail FROM audit_log WHERE subject_id = $1 AND action = 'user.scope-set'`, [pm.id]);
      expect(row.detail).toEqual({
        districtIds: [b.districtId],
        compoundIds: [],
        added: { districtIds: [], compoundIds: [] },
        removed: { districtIds: [a.districtId], compoundIds: [] },
      });
    });

    it("a new scope takes effect on the user's very next request with the same token", async () => {
      const pm = await api.user('DISTRICT_PM', { districtIds: [a.districtId] });
      await api.http.get(`/compounds/${a.compoundId}`).set(pm.auth).expect(200);
      expectProblem(await api.http.get(`/compounds/${b.compoundId}`).set(pm.auth), 404, 'RESOURCE.NOT_FOUND');

      const moved = await api.http
        .put(`/users/${pm.id}/scope`)
        .set(admin.auth)
        .send({ replace: true, districtIds: [b.districtId] })
        .expect(200);
      expect(moved.body).toMatchObject({ id: pm.id, districtIds: [b.districtId], compoundIds: [] });

      expectProblem(await api.http.get(`/compounds/${a.compoundId}`).set(pm.auth), 404, 'RESOURCE.NOT_FOUND');
      const inB = await api.http.get(`/compounds/${b.compoundId}`).set(pm.auth).expect(200);
      expect(inB.body.id).toBe(b.compoundId);
      const me = await api.http.get('/me').set(pm.auth).expect(200);
      expect(me.body.districtIds).toEqual([b.districtId]);
      const list = await api.http.get('/compounds').set(pm.auth).expect(200);
      expect(list.body.items.map((c: { id: string }) => c.id)).toEqual([b.compoundId]);
    });
  });

  describe('audit trail', () => {
    it("every accepted admin change is in audit_log with the admin's actor_id, and a refused one is not", async () => {
      const auditor = await api.user('ADMIN');
      const as = (req: ReturnType<TestApi['http']['post']>) => req.set(auditor.auth);

      const district = await as(api.http.post('/districts')).send({ code: 'adm-audit', name: '审计区', cityCode: 'changsha' }).expect(201);
      const user = await as(api.http.post('/users'))
        .send({ username: 'adm-audited', displayName: '被审计', role: 'SUPERVISOR', password: TEST_PASSWORD, districtIds: [a.districtId] })
        .expect(201);
      await api.http
        .put(`/users/${user.body.id}/scope`)
        .set(auditor.auth)
        .send({ replace: true, districtIds: [district.body.id] })
        .expect(200);
      await api.http.patch(`/users/${user.body.id}`).set(auditor.auth).send({ active: false }).expect(200);
      await api.http.patch(`/users/${user.body.id}`).set(auditor.auth).send({ active: true }).expect(200);
      // Refused changes leave no trace.
      expectProblem(
        await as(api.http.post('/districts')).send({ code: 'adm-audit', name: '重复', cityCode: 'changsha' }),
        409,
        'RESOURCE.TAKEN',
      );
      expectProblem(
        await api.http
          .put(`/users/${user.body.id}/scope`)
          .set(auditor.auth)
          .send({ replace: true, compoundIds: [a.compoundId] }),
        422,
        'DOMAIN.INVALID',
      );

      const rows = await api.db.query(
        'SELECT actor_id, actor_role, subject_type, subject_id, action, detail FROM audit_log WHERE actor_id = $1 ORDER BY id',
        [auditor.id],
      );
      expect(rows.map((r: Record<string, unknown>) => [r.actor_role, r.subject_type, r.subject_id, r.action])).toEqual([
        ['ADMIN', 'district', district.body.id, 'district.created'],
        ['ADMIN', 'user', user.body.id, 'user.created'],
        ['ADMIN', 'user', user.body.id, 'user.scope-set'],
        ['ADMIN', 'user', user.body.id, 'user.deactivated'],
        ['ADMIN', 'user', user.body.id, 'user.activated'],
      ]);
      expect(rows[2].detail).toMatchObject({ districtIds: [district.body.id] });
      expect(JSON.stringify(rows)).not.toContain(TEST_PASSWORD);
    });
  });
});

describe('the last active admin', () => {
  let api: TestApi;
  const active = async (id: string) => (await api.db.query('SELECT active FROM users WHERE id = $1', [id]))[0].active as boolean;
  const deactivate = (by: User, id: string) => api.http.patch(`/users/${id}`).set(by.auth).send({ active: false });

  beforeAll(async () => {
    api = await startApi();
  });

  afterAll(() => api.close());

  it('cannot deactivate themselves: 409 USER.LAST_ADMIN, and stays active', async () => {
    const only = await api.user('ADMIN');
    const res = await deactivate(only, only.id);
    expectProblem(res, 409, 'USER.LAST_ADMIN');
    expect(res.body.detail).toMatch(/last active admin/);
    expect(await active(only.id)).toBe(true);

    // With a second admin, one of the two may go; then the other is the last.
    const second = await api.user('ADMIN');
    await deactivate(only, second.id).expect(200);
    expectProblem(await deactivate(only, only.id), 409, 'USER.LAST_ADMIN');
    await api.http.patch(`/users/${second.id}`).set(only.auth).send({ active: true }).expect(200);
    await deactivate(second, only.id).expect(200);
    expectProblem(await deactivate(second, second.id), 409, 'USER.LAST_ADMIN');
  });

  it('two admins deactivating each other at the same time: one succeeds, the other is refused, one admin is left', async () => {
    const [{ n: before }] = await api.db.query(`SELECT count(*)::int AS n FROM users WHERE role = 'ADMIN' AND active`);
    await api.db.query(`UPDATE users SET active = false WHERE role = 'ADMIN'`);
    expect(before).toBe(1);
    const x = await api.user('ADMIN');
    const y = await api.user('ADMIN');
    // Both past the auth guard, both waiting on the admins' rows: the interleaving that a check without the lock lets through.
    const holder = api.db.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query(`SELECT id FROM users WHERE role = 'ADMIN' AND active FOR UPDATE`);
    const racing = Promise.all([deactivate(x, y.id), deactivate(y, x.id)]);
    const waiting = async () =>
      (
        await api.db.query(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
        )
      )[0].n as number;
    for (const deadline = Date.now() + 10_000; (await waiting()) < 2;) {
      if (Date.now() > deadline) throw new Error('the two requests never both waited on the admin rows');
      await new Promise((r) => setTimeout(r, 20));
    }
    await holder.commitTransaction();
    await holder.release();
    const [one, other] = await racing;
    expect([one.status, other.status].sort()).toEqual([200, 409]);
    expect([await active(x.id), await active(y.id)].filter(Boolean)).toHaveLength(1);
  });

  it('the last admin still deactivates users of other roles', async () => {
    const [{ id }]: { id: string }[] = await api.db.query(`SELECT id FROM users WHERE role = 'ADMIN' AND active`);
    await api.db.query(`UPDATE users SET active = false WHERE role = 'ADMIN'`);
    const last = await api.user('ADMIN');
    expect(id).not.toBe(last.id);
    const cityId = await cityOf(api, last);
    const district = await api.http.post('/districts').set(last.auth).send({ code: 'last-admin', name: '区', cityId }).expect(201);
    const supervisor = await api.user('SUPERVISOR', { districtIds: [district.body.id] });
    await deactivate(last, supervisor.id).expect(200);
  });
});
