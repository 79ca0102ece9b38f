import { startApi, type TestApi } from './support/api.js';
import { COMPLETE_SURVEY, districtWithCompound, type Place } from './support/fixtures.js';

type User = Awaited<ReturnType<TestApi['user']>>;

describe('concurrent requests and the append-only trail', () => {
  let api: TestApi;
  let place: Place;
  let pm: User;

  beforeAll(async () => {
    api = await startApi();
    place = await districtWithCompound(api, 'race');
    pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] });
  });

  afterAll(() => api.close());

  async function newCompound(name: string): Promise<string> {
    const res = await api.http
      .post('/compounds')
      .set(pm.auth)
      .send({ districtId: place.districtId, name, address: '并发路 1 号', buildYear: 1993 })
      .expect(201);
    return res.body.id;
  }

  it('lets exactly one of twenty parallel COMPLETE_SURVEY requests through', async () => {
    const project = await api.http.post('/projects').set(pm.auth).send({ compoundId: place.compoundId, name: '并发改造' }).expect(201);
    const id: string = project.body.id;
    await api.http.put(`/projects/${id}/survey`).set(pm.auth).send(COMPLETE_SURVEY).expect(200);

    const responses = await Promise.all(
      Array.from({ length: 20 }, () => api.http.post(`/projects/${id}/transitions`).set(pm.auth).send({ event: 'COMPLETE_SURVEY' })),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    for (const r of responses.filter((x) => x.status === 409)) expect(r.body.code).toBe('MACHINE.EVENT_NOT_ALLOWED');

    const [row] = await api.db.query('SELECT state, version FROM projects WHERE id = $1', [id]);
    expect(row).toEqual({ state: 'ORGANIZING', version: 2 });
    const entries = await api.db.query(`SELECT from_state, to_state FROM audit_log WHERE project_id = $1 AND action = 'COMPLETE_SURVEY'`, [
      id,
    ]);
    expect(entries).toEqual([{ from_state: 'SURVEY', to_state: 'ORGANIZING' }]);
  });

  it('creates exactly one of ten parallel projects for the same compound', async () => {
    const compoundId = await newCompound('并发小区');
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        api.http
          .post('/projects')
          .set(pm.auth)
          .send({ compoundId, name: `抢先立项 ${i}` }),
      ),
    );
    const created = responses.filter((r) => r.status === 201);
    const refused = responses.filter((r) => r.status !== 201);
    expect(created).toHaveLength(1);
    expect(refused).toHaveLength(9);
    for (const r of refused) expect([r.status, r.body.code]).toEqual([409, 'PROJECT.ACTIVE_EXISTS']);

    const rows = await api.db.query('SELECT id FROM projects WHERE compound_id = $1', [compoundId]);
    expect(rows).toEqual([{ id: created[0].body.id }]);
    const [audit] = await api.db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'project.created' AND detail->>'compoundId' = $1`,
      [compoundId],
    );
    expect(audit.n).toBe(1);
  });

  describe('the audit log is append-only in the database', () => {
    const snapshot = () => api.db.query('SELECT id, action, from_state, to_state, reason, actor_id FROM audit_log ORDER BY id');

    it.each([
      ['UPDATE', "UPDATE audit_log SET action = 'x'"],
      ['DELETE', 'DELETE FROM audit_log'],
      ['TRUNCATE', 'TRUNCATE audit_log'],
    ])('refuses %s and keeps every row', async (_op, sql) => {
      const before = await snapshot();
      expect(before.length).toBeGreaterThan(0);
      await expect(api.db.query(sql)).rejects.toThrow(/append-only/);
      expect(await snapshot()).toEqual(before);
    });
  });
});
