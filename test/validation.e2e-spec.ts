import type { Response } from 'supertest';
import { expectProblem } from './support/problem.js';
import { startApi, type TestApi } from './support/api.js';
import { COMPLETE_SURVEY, districtWithCompound, type Place } from './support/fixtures.js';

type User = Awaited<ReturnType<TestApi['user']>>;

const failing = (res: Response) => (res.body.errors ?? []).map((e: { field: string }) => e.field);

describe('bad input', () => {
  let api: TestApi;
  let place: Place;
  let admin: User;
  let pm: User;
  let projectId: string;

  const compound = (extra: Record<string, unknown> = {}) => ({
    districtId: place.districtId,
    name: '校验小区',
    address: '校验路 2 号',
    buildYear: 1990,
    ...extra,
  });
  const compoundCount = async () => (await api.db.query('SELECT count(*)::int AS n FROM compounds'))[0].n as number;
  const surveyRow = async () =>
    (
      await api.db.query('SELECT base_data, assets, willingness, updated_by, updated_at FROM project_surveys WHERE project_id = $1', [
        projectId,
      ])
    )[0];

  beforeAll(async () => {
    api = await startApi();
    place = await districtWithCompound(api, 'val');
    admin = await api.user('ADMIN');
    pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] });
    const project = await api.http.post('/projects').set(pm.auth).send({ compoundId: place.compoundId, name: '校验改造' }).expect(201);
    projectId = project.body.id;
  });

  afterAll(() => api.close());

  describe('request bodies', () => {
    it('malformed JSON is 400 REQUEST.MALFORMED, never 500', async () => {
      const res = await api.http.post('/compounds').set(admin.auth).set('Content-Type', 'application/json').send('{"name": "桂花苑", ');
      expectProblem(res, 400, 'REQUEST.MALFORMED');
      const login = await api.http.post('/auth/login').set('Content-Type', 'application/json').send('{username: admin}');
      expectProblem(login, 400, 'REQUEST.MALFORMED');
    });

    it('a body that is not JSON is 415 REQUEST.UNSUPPORTED_MEDIA_TYPE', async () => {
      const res = await api.http.post('/compounds').set(admin.auth).set('Content-Type', 'application/xml').send('<name>桂花苑</name>');
      expectProblem(res, 415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE');
    });

    it('an unknown field is 400 REQUEST.VALIDATION_FAILED naming it with code UNKNOWN_FIELD', async () => {
      const before = await compoundCount();
      const res = await api.http
        .post('/compounds')
        .set(admin.auth)
        .send(compound({ colour: 'red' }));
      expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
      expect(res.body.errors).toContainEqual(expect.objectContaining({ field: 'colour', code: 'UNKNOWN_FIELD' }));
      expect(await compoundCount()).toBe(before);
    });

    it('an unknown nested field is named with its path', async () => {
      const res = await api.http
        .put(`/projects/${projectId}/survey`)
        .set(pm.auth)
        .send({ baseData: { ...COMPLETE_SURVEY.baseData, storeys: 6 } });
      expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
      expect(res.body.errors).toContainEqual(expect.objectContaining({ field: 'baseData.storeys', code: 'UNKNOWN_FIELD' }));
    });

    it('wrong types and out-of-range values are one 400 listing every failing field', async () => {
      const before = await compoundCount();
      const res = await api.http
        .post('/compounds')
        .set(admin.auth)
        .send(compound({ buildYear: 'abc', households: -1, floorArea: 1.234, latitude: 100, hasElevator: 'yes' }));
      expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
      expect(new Set(failing(res))).toEqual(new Set(['buildYear', 'households', 'floorArea', 'latitude', 'hasElevator']));
      for (const field of ['buildYear', 'households', 'floorArea', 'latitude', 'hasElevator']) expect(res.body.detail).toContain(field);
      expect(await compoundCount()).toBe(before);
    });

    it('a negative floor area is 400 naming floorArea', async () => {
      const res = await api.http
        .post('/compounds')
        .set(admin.auth)
        .send(compound({ floorArea: -5 }));
      expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
      expect(failing(res)).toEqual(['floorArea']);
    });

    it('missing required fields are all listed', async () => {
      const res = await api.http.post('/compounds').set(admin.auth).send({ districtId: place.districtId });
      expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
      expect(new Set(failing(res))).toEqual(new Set(['name', 'address', 'buildYear']));
    });

    it('a build year in the future is 422 DOMAIN.INVALID and nothing is written', async () => {
      expect(api.clock.now().getUTCFullYear()).toBe(2026);
      const before = await compoundCount();
      const res = await api.http
        .post('/compounds')
        .set(admin.auth)
        .send(compound({ name: '未来小区', buildYear: 2027 }));
      expectProblem(res, 422, 'DOMAIN.INVALID');
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'buildYear', code: 'IN_FUTURE' })]);
      expect(await compoundCount()).toBe(before);
      expect(await api.db.query('SELECT id FROM compounds WHERE name = $1', ['未来小区'])).toEqual([]);
    });

    it('this year is accepted as a build year', async () => {
      const before = await compoundCount();
      await api.http
        .post('/compounds')
        .set(admin.auth)
        .send(compound({ name: '今年小区', buildYear: 2026 }))
        .expect(201);
      expect(await compoundCount()).toBe(before + 1);
    });

    it('correcting a compound to a future build year is 422 and the compound keeps its year', async () => {
      const res = await api.http.patch(`/compounds/${place.compoundId}`).set(admin.auth).send({ buildYear: 2027 });
      expectProblem(res, 422, 'DOMAIN.INVALID');
      const [row] = await api.db.query('SELECT build_year FROM compounds WHERE id = $1', [place.compoundId]);
      expect(row.build_year).toBe(1995);
    });

    it('a body over 1 MB is 413 REQUEST.TOO_LARGE', async () => {
      const res = await api.http
        .post('/compounds')
        .set(admin.auth)
        .send(compound({ address: 'x'.repeat(1024 * 1024 + 10) }));
      expectProblem(res, 413, 'REQUEST.TOO_LARGE');
    });
  });

  describe('paths and queries', () => {
    it.each(['/compounds/not-a-uuid', '/projects/123', '/projects/123/survey'])(
      'a non-UUID path id (%s) is 400 naming id',
      async (path) => {
        const res = await api.http.get(path).set(admin.auth);
        expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
        expect(failing(res)).toEqual(['id']);
      },
    );

    it('an unknown route is 404 with a problem body', async () => {
      expectProblem(await api.http.get('/no-such-route').set(admin.auth), 404, 'RESOURCE.NOT_FOUND');
      expectProblem(await api.http.delete('/districts'), 404, 'RESOURCE.NOT_FOUND');
    });

    it('GET /projects?state=NOPE is 400 listing state', async () => {
      const res = await api.http.get('/projects?state=NOPE').set(pm.auth);
      expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
      expect(failing(res)).toEqual(['state']);
      await api.http.get('/projects?state=SURVEY').set(pm.auth).expect(200);
    });

    it('bad paging is 400 listing limit and offset together', async () => {
      const res = await api.http.get('/projects?limit=abc&offset=-1').set(pm.auth);
      expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
      expect(new Set(failing(res))).toEqual(new Set(['limit', 'offset']));
      expectProblem(await api.http.get('/compounds?limit=501').set(pm.auth), 400, 'REQUEST.VALIDATION_FAILED');
    });

    it('GET /practices?stage=NOPE is 400 listing stage', async () => {
      const res = await api.http.get('/practices?stage=NOPE');
      expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
      expect(failing(res)).toEqual(['stage']);
      await api.http.get('/practices?stage=SURVEY').expect(200);
    });
  });

  describe('the survey', () => {
    let recorded: Record<string, unknown>;

    beforeAll(async () => {
      await api.http.put(`/projects/${projectId}/survey`).set(pm.auth).send(COMPLETE_SURVEY).expect(200);
      recorded = await surveyRow();
    });

    it('negative households is 400 and the survey row is unchanged', async () => {
      const res = await api.http
        .put(`/projects/${projectId}/survey`)
        .set(pm.auth)
        .send({ baseData: { ...COMPLETE_SURVEY.baseData, households: -5 } });
      expectProblem(res, 400, 'REQUEST.VALIDATION_FAILED');
      expect(failing(res)).toEqual(['baseData.households']);
      expect(await surveyRow()).toEqual(recorded);
      const [c] = await api.db.query('SELECT households FROM compounds WHERE id = $1', [place.compoundId]);
      expect(c.households).toBe(COMPLETE_SURVEY.baseData.households);
    });

    it('more willing than surveyed households is 422 and the survey row is unchanged', async () => {
      const res = await api.http
        .put(`/projects/${projectId}/survey`)
        .set(pm.auth)
        .send({ willingness: { surveyedHouseholds: 50, willingHouseholds: 60, method: 'MEETING' } });
      expectProblem(res, 422, 'DOMAIN.INVALID');
      expect(failing(res)).toEqual(['willingness.willingHouseholds']);
      expect(await surveyRow()).toEqual(recorded);
    });

    it('a future survey build year is 422 and neither the survey nor the compound changes', async () => {
      const res = await api.http
        .put(`/projects/${projectId}/survey`)
        .set(pm.auth)
        .send({ baseData: { ...COMPLETE_SURVEY.baseData, buildYear: 2027, households: 130 } });
      expectProblem(res, 422, 'DOMAIN.INVALID');
      expect(failing(res)).toEqual(['baseData.buildYear']);
      expect(await surveyRow()).toEqual(recorded);
      const [c] = await api.db.query('SELECT households, build_year FROM compounds WHERE id = $1', [place.compoundId]);
      expect(c).toEqual({ households: COMPLETE_SURVEY.baseData.households, build_year: COMPLETE_SURVEY.baseData.buildYear });
    });
  });
});
