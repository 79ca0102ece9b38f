import { startApi, type TestApi } from './support/api.js';
import { rowCounts } from './support/database.js';
import { confirmRoster, districtWithCompound, type Place } from './support/fixtures.js';
import { expectProblem } from './support/problem.js';

type User = Awaited<ReturnType<TestApi['user']>>;

const TWO_POW_63 = '9223372036854775808';
const json = { 'Content-Type': 'application/json' };
const fields = (body: { errors?: { field: string; code: string }[] }) => (body.errors ?? []).map((e) => [e.field, e.code]);

/**
 * Input built to break the server rather than to be wrong: every one used to answer 500 (or
 * worse, 200 with a broken ledger). Each is a 4xx problem now, with nothing written.
 */
describe('hostile input', () => {
  let api: TestApi;
  let place: Place;
  let admin: User;
  let pm: User;
  let committee: User;
  let supervisor: User;
  let projectId: string;
  let roundId: string;
  let householdId: string;
  /** Login attempts are written before the password is checked; a refused request is not an attempt. */
  const unchanged = async <T>(request: () => Promise<T>): Promise<T> => {
    const before = await rowCounts(api.db);
    const result = await request();
    expect(await rowCounts(api.db)).toEqual(before);
    return result;
  };

  beforeAll(async () => {
    api = await startApi();
    place = await districtWithCompound(api, 'hostile');
    admin = await api.user('ADMIN');
    pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] });
    committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [place.compoundId] });
    supervisor = await api.user('SUPERVISOR', { districtIds: [place.districtId] });
    householdId = (
      await api.http
        .post(`/compounds/${place.compoundId}/households`)
        .set(committee.auth)
        .send({ building: '1', unit: '1', room: '101', floorArea: 80 })
        .expect(201)
    ).body.id;
    projectId = (await api.http.post('/projects').set(pm.auth).send({ compoundId: place.compoundId, name: '改造' }).expect(201)).body.id;
    roundId = (
      await api.http.post(`/projects/${projectId}/rounds`).set(committee.auth).send({ subject: 'WILLINGNESS', title: '改不改' }).expect(201)
    ).body.id;
    await confirmRoster(api, place.compoundId, committee);
    await api.http.post(`/rounds/${roundId}/transitions`).set(committee.auth).send({ event: 'OPEN' }).expect(200);
  });

  afterAll(() => api.close());

  describe('text the database would not keep as sent', () => {
    const vote = (formNumber: string) =>
      api.http
        .post(`/rounds/${roundId}/votes`)
        .set(committee.auth)
        .set(json)
        // Written by hand: JSON.stringify would turn the escapes into the characters themselves.
        .send(`{"householdId":"${householdId}","choice":"AGREE","signed":true,"channel":"PAPER_FORM","formNumber":"${formNumber}"}`);

    it('a vote whose form number holds a lone surrogate is 422 naming the field, and the ledger still verifies', async () => {
      const res = await unchanged(() => vote('NO.\\ud800-7'));
      expectProblem(res, 422, 'REQUEST.ILL_FORMED_TEXT');
      expect(fields(res.body)).toEqual([['formNumber', 'LONE_SURROGATE']]);
      await vote('NO.7').expect(200);
      expect((await api.http.get(`/rounds/${roundId}/ledger/verify`).set(supervisor.auth).expect(200)).body).toMatchObject({
        ok: true,
        count: 1,
      });
    });

    it('a NUL in a vote is refused the same way', async () => {
      const res = await unchanged(() => vote('NO.\\u0000-7'));
      expectProblem(res, 422, 'REQUEST.ILL_FORMED_TEXT');
      expect(fields(res.body)).toEqual([['formNumber', 'NUL']]);
    });

    it('a NUL in the username of an unauthenticated login is 422, and is not counted as an attempt', async () => {
      const res = await unchanged(() =>
        api.http.post('/auth/login').set(json).send('{"username":"admin\\u0000","password":"whatever it is"}'),
      );
      expectProblem(res, 422, 'REQUEST.ILL_FORMED_TEXT');
      expect(fields(res.body)).toEqual([['username', 'NUL']]);
    });

    it('a NUL in a path parameter of a public route is 422 naming it', async () => {
      const res = await api.http.get('/practices/abc%00def');
      expectProblem(res, 422, 'REQUEST.ILL_FORMED_TEXT');
      expect(fields(res.body)).toEqual([['id', 'NUL']]);
    });

    it('a NUL in a query parameter is 422 naming it', async () => {
      const res = await api.http.get('/practices?q=%E6%98%8E%00');
      expectProblem(res, 422, 'REQUEST.ILL_FORMED_TEXT');
      expect(fields(res.body)).toEqual([['q', 'NUL']]);
    });

    it("a NUL in a household's owner name is 422 and no household is added", async () => {
      const res = await unchanged(() =>
        api.http
          .post(`/compounds/${place.compoundId}/households`)
          .set(committee.auth)
          .send({ building: '1', unit: '1', room: '102', floorArea: 80, ownerName: '张\u0000三' }),
      );
      expectProblem(res, 422, 'REQUEST.ILL_FORMED_TEXT');
      expect(fields(res.body)).toEqual([['ownerName', 'NUL']]);
    });

    it('a lone surrogate in a member name is 422, with the name written as an escape', async () => {
      const res = await api.http.post('/auth/login').set(json).send('{"username":"a","password":"b","x\\udc00":1}');
      expectProblem(res, 422, 'REQUEST.ILL_FORMED_TEXT');
      expect(fields(res.body)).toEqual([['x\\udc00', 'LONE_SURROGATE']]);
    });

    it('nested fields are named by their path', async () => {
      const res = await api.http
        .put(`/projects/${projectId}/survey`)
        .set(pm.auth)
        .set(json)
        .send('{"assets":{"items":[{"kind":"OTHER","description":"ok"},{"kind":"OTHER","description":"\\ud83d"}]}}');
      expectProblem(res, 422, 'REQUEST.ILL_FORMED_TEXT');
      expect(fields(res.body)).toEqual([['assets.items.1.description', 'LONE_SURROGATE']]);
    });

    it('a paper tally with a NUL in a cell is refused as a row error, and nothing is written', async () => {
      const tally = `楼栋,单元,房号,意见,签字,表单编号\n1,1,101,同意,是,NO.\u0000-9\n`;
      const res = await unchanged(() =>
        api.http.post(`/rounds/${roundId}/votes/import`).set(committee.auth).attach('file', Buffer.from(tally), 'tally.csv'),
      );
      expectProblem(res, 422, 'IMPORT.REJECTED');
      expect(res.body.errors).toEqual([expect.objectContaining({ line: 2, column: '表单编号', code: 'NUL' })]);
    });

    it('a dry run of a paper tally and of a roster with a NUL in a unit cell lists it, and nothing is written', async () => {
      const tally = `楼栋,单元,房号,意见,签字\n1,1,10\u00001,同意,是\n`;
      const votes = await unchanged(() =>
        api.http
          .post(`/rounds/${roundId}/votes/import`)
          .query({ dryRun: 'true' })
          .set(committee.auth)
          .attach('file', Buffer.from(tally), 'tally.csv'),
      );
      expect(votes.status).toBe(200);
      expect(votes.body.errors).toEqual([expect.objectContaining({ line: 2, column: '房号', code: 'NUL' })]);
      const roster = await unchanged(() =>
        api.http
          .post(`/compounds/${place.compoundId}/households/import`)
          .query({ dryRun: 'true' })
          .set(committee.auth)
          .attach('file', Buffer.from(`楼栋,单元,房号,面积\n1,1,10\u00001,80\n`), 'roster.csv'),
      );
      expect(roster.status).toBe(200);
      expect(roster.body.errors).toEqual([expect.objectContaining({ line: 2, column: '房号', code: 'NUL' })]);
    });

    it('a NUL in a multipart text field is 422 naming it', async () => {
      const res = await unchanged(() =>
        api.http
          .post(`/projects/${projectId}/archive/documents`)
          .set(pm.auth)
          .field('kind', 'CONTRACT')
          .field('title', '合同\u0000')
          .attach('file', Buffer.from('%PDF-1.4\n'), 'contract.pdf'),
      );
      expectProblem(res, 422, 'REQUEST.ILL_FORMED_TEXT');
      expect(fields(res.body)).toEqual([['title', 'NUL']]);
    });
  });

  describe('shapes the DTOs did not expect', () => {
    it('PATCH a compound with address null is 400 and the compound keeps its address', async () => {
      const res = await unchanged(() => api.http.patch(`/compounds/${place.compoundId}`).set(admin.auth).send({ address: null }));
      expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
      expect(new Set(fields(res.body).map(([f]) => f))).toEqual(new Set(['address']));
    });

    it('a field that may be cleared still takes null', async () => {
      await api.http.patch(`/compounds/${place.compoundId}`).set(admin.auth).send({ latitude: 28.1 }).expect(200);
      const res = await api.http.patch(`/compounds/${place.compoundId}`).set(admin.auth).send({ latitude: null }).expect(200);
      expect(res.body.latitude).toBeNull();
    });

    it.each([
      ['a funding plan', () => `/projects/${projectId}/planning/funding`, 'put', { budget: 100, sources: [[]] }, 'sources'],
      [
        'a change order',
        () => `/projects/${projectId}/change-orders`,
        'post',
        { kind: 'MINOR', title: '变更', reason: '现场', lines: [[]] },
        'lines',
      ],
      ['a survey', () => `/projects/${projectId}/survey`, 'put', { baseData: [] }, 'baseData'],
    ] as const)('an array where %s expects objects is 400 naming the field', async (_, path, method, body, field) => {
      const res = await unchanged(() => api.http[method](path()).set(pm.auth).send(body));
      expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
      expect(fields(res.body).map(([f]) => f)).toContain(field);
    });

    it('a plan version of 2^63 on a new round is 400', async () => {
      const res = await unchanged(() =>
        api.http
          .post(`/projects/${projectId}/rounds`)
          .set(committee.auth)
          .set(json)
          .send(`{"subject":"PLAN","title":"方案","planVersion":${TWO_POW_63}}`),
      );
      expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
      expect(fields(res.body).map(([f]) => f)).toEqual(['planVersion']);
    });

    it('a plan version of 2^63 in the path is 400', async () => {
      const res = await api.http.get(`/projects/${projectId}/plans/${TWO_POW_63}`).set(pm.auth);
      expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
      expect(fields(res.body)).toEqual([['version', 'isInt']]);
    });

    it('a revisit for 2^63 months is 400, nothing written', async () => {
      const res = await unchanged(() =>
        api.http
          .post(`/projects/${projectId}/long-term/revisits/${TWO_POW_63}`)
          .set(supervisor.auth)
          .send({ score: 90, summary: '良好', findings: [] }),
      );
      expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
      expect(fields(res.body)).toEqual([['months', 'isInt']]);
    });

    it('an offset past the integer range is 400', async () => {
      for (const path of [`/projects?offset=${TWO_POW_63}`, `/rounds/${roundId}/votes?offset=${TWO_POW_63}`]) {
        const res = await api.http.get(path).set(pm.auth);
        expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
        expect(fields(res.body).map(([f]) => f)).toEqual(['offset']);
      }
    });
  });

  describe('the framework refuses in the same shape', () => {
    it('a 10,000-character path parameter is 414', async () => {
      expectProblem(await api.http.get(`/practices/${'a'.repeat(10_000)}`), 414, 'REQUEST.URI_TOO_LONG');
      expectProblem(await api.http.get(`/projects/${'a'.repeat(10_000)}`).set(pm.auth), 414, 'REQUEST.URI_TOO_LONG');
    });

    it('a malformed escape in the URL is 400, and a URL past the header limit 431, both as problems', async () => {
      expectProblem(await api.http.get('/practices/%E4%B'), 400, 'REQUEST.MALFORMED');
      expectProblem(await api.http.get(`/practices?q=${'a'.repeat(20_000)}`), 431, 'REQUEST.HEADERS_TOO_LARGE');
    });

    it('an array longer than any DTO takes is refused before validation looks at each element', async () => {
      const res = await api.http
        .put(`/projects/${projectId}/survey`)
        .set(pm.auth)
        .send({ assets: { items: Array.from({ length: 1001 }, () => 'x') } });
      expectProblem(res, 400, 'REQUEST.MALFORMED');
      expect(res.body.detail).toBe('the request has an array of more than 1000 elements (assets.items)');
    });

    it('a multipart request without a boundary on an upload route is 400', async () => {
      const res = await unchanged(() =>
        api.http
          .post(`/compounds/${place.compoundId}/households/import`)
          .set(committee.auth)
          .set('Content-Type', 'multipart/form-data')
          .send('--x\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\n1\r\n--x--\r\n'),
      );
      expectProblem(res, 400, 'REQUEST.MALFORMED');
    });

    it('a body over 1 MB is 413, plain text 415, broken JSON 400, a bad content type 415, an unknown method 404', async () => {
      expectProblem(
        await api.http
          .post('/auth/login')
          .set(json)
          .send(`{"username":"${'x'.repeat(1024 * 1024)}"}`),
        413,
        'REQUEST.TOO_LARGE',
      );
      expectProblem(
        await api.http.post('/auth/login').set('Content-Type', 'text/plain').send('admin'),
        415,
        'REQUEST.UNSUPPORTED_MEDIA_TYPE',
      );
      expectProblem(await api.http.post('/auth/login').set(json).send('{"username": '), 400, 'REQUEST.MALFORMED');
      expectProblem(await api.http.post('/auth/login').set('Content-Type', '/;;').send('{}'), 415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE');
      expectProblem(await api.http.post('/auth/login').set(json).send('{"__proto__": {"admin": true}}'), 400, 'REQUEST.MALFORMED');
      expectProblem(await api.http.propfind('/districts'), 404, 'RESOURCE.NOT_FOUND');
    });

    it('JSON nested 100,000 deep is 400 before validation, and a client error logs nothing', async () => {
      // Nest's logger writes errors to stderr itself.
      const written: string[] = [];
      const write = process.stderr.write;
      process.stderr.write = ((chunk: string | Uint8Array) => written.push(String(chunk)) > 0) as typeof process.stderr.write;
      try {
        const deep = '['.repeat(100_000) + ']'.repeat(100_000);
        const res = await unchanged(() => api.http.post('/auth/login').set(json).send(`{"username":${deep},"password":"x"}`));
        expectProblem(res, 400, 'REQUEST.MALFORMED');
        expect(res.body.detail).toBe('the request is nested deeper than 32 levels');
        // 32 levels are allowed: a body that deep reaches validation and is refused there.
        const deepest = '['.repeat(31) + ']'.repeat(31);
        expectProblem(await api.http.post('/auth/login').set(json).send(`{"username":${deepest}}`), 400, 'REQUEST.VALIDATION_FAILED');
      } finally {
        process.stderr.write = write;
      }
      expect(written).toEqual([]);
    });
  });
});
