import { startApi, type TestApi } from './support/api.js';
import { concludedRound, COUNCIL, districtWithCompound, type Place } from './support/fixtures.js';

type User = Awaited<ReturnType<TestApi['user']>>;

/** A compound renovated once starts a later project: same roster, its bodies carried over, the earlier project on record. */
describe("a compound's history across projects", () => {
  let api: TestApi;
  let place: Place;
  let admin: User;
  let pm: User;
  let committee: User;
  let supervisor: User;
  let outsider: User;
  let first: string;
  let firstBodies: { id: string; name: string }[];
  let firstRound: string;

  const newProject = (name: string) => api.http.post('/projects').set(pm.auth).send({ compoundId: place.compoundId, name });
  const history = (who: User, compoundId = place.compoundId) => api.http.get(`/compounds/${compoundId}/history`).set(who.auth);
  const bodies = async (projectId: string) => (await api.http.get(`/projects/${projectId}/bodies`).set(pm.auth).expect(200)).body;

  /**
   * Closing a project takes the whole lifecycle, walked elsewhere; here it is set as CLOSE leaves
   * it: the state, and the compound released for a later project.
   */
  async function closed(projectId: string): Promise<void> {
    await api.db.query(`UPDATE projects SET state = 'CLOSED' WHERE id = $1`, [projectId]);
    await api.db.query('UPDATE project_compounds SET released_at = $2 WHERE project_id = $1 AND released_at IS NULL', [
      projectId,
      api.clock.now(),
    ]);
  }

  beforeAll(async () => {
    api = await startApi();
    place = await districtWithCompound(api, 'history-a');
    const other = await districtWithCompound(api, 'history-b');
    admin = await api.user('ADMIN');
    pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] });
    committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [place.compoundId] });
    supervisor = await api.user('SUPERVISOR', { districtIds: [place.districtId] });
    outsider = await api.user('DISTRICT_PM', { districtIds: [other.districtId] });
    await api.http
      .post(`/compounds/${place.compoundId}/households/import`)
      .set(pm.auth)
      .attach('file', Buffer.from(['楼栋,单元,房号,面积', '1,1,101,80', '1,1,102,90', '2,1,101,70'].join('\n')), 'r.csv')
      .expect(200);

    first = (await newProject('一期综合改造').expect(201)).body.id;
    await api.http.post(`/projects/${first}/bodies`).set(pm.auth).send(COUNCIL).expect(201);
    await api.http
      .post(`/projects/${first}/bodies`)
      .set(pm.auth)
      .send({
        kind: 'OWNERS_COMMITTEE',
        name: '业主委员会',
        establishedOn: '2025-03-01',
        members: [{ name: '赵敏', position: '主任', resident: true }],
      })
      .expect(201);
    firstBodies = await bodies(first);
    firstRound = await concludedRound(api, first, 'WILLINGNESS', committee);
  });
  afterAll(() => api?.close());

  it('a compound in an active project cannot start another (409)', async () => {
    expect((await newProject('二期加装电梯').expect(409)).body.code).toBe('PROJECT.ACTIVE_EXISTS');
  });

  describe('once the first project is closed', () => {
    let second: string;

    beforeAll(async () => {
      await closed(first);
      await api.db.query(
        `INSERT INTO revisits (project_id, months, due_at, state, score, summary, findings, recorded_by, done_at)
         VALUES ($1, 6, $2, 'DONE', 92, '设施运行良好', '[]', $3, $2)`,
        [first, api.clock.now(), supervisor.id],
      );
      second = (await newProject('二期加装电梯').expect(201)).body.id;
    });

    it("the later project takes over the compound's bodies, each naming the one it continues; the closed record is unchanged", async () => {
      const carried = await bodies(second);
      expect(carried.map((b: { name: string; carriedFrom: string; projectId: string }) => [b.name, b.carriedFrom, b.projectId])).toEqual(
        firstBodies.map((b) => [b.name, b.id, second]),
      );
      expect(carried[0]).toMatchObject({ kind: 'RENOVATION_COUNCIL', members: COUNCIL.members, establishedOn: COUNCIL.establishedOn });
      expect((await bodies(first)).map((b: { id: string; carriedFrom: string | null }) => [b.id, b.carriedFrom])).toEqual(
        firstBodies.map((b) => [b.id, null]),
      );
      const [audit] = await api.db.query(`SELECT detail FROM audit_log WHERE project_id = $1 AND action = 'bodies.carried-over'`, [second]);
      expect(audit.detail).toEqual({ compoundId: place.compoundId, fromProject: first, bodies: firstBodies.map((b) => b.id) });
    });

    it('the later project works on the same roster', async () => {
      const round = (
        await api.http
          .post(`/projects/${second}/rounds`)
          .set(committee.auth)
          .send({ subject: 'WILLINGNESS', title: '加装电梯意愿' })
          .expect(201)
      ).body;
      expect(round.compoundId).toBe(place.compoundId);
      const [{ n }] = await api.db.query('SELECT count(*)::int AS n FROM households WHERE compound_id = $1', [place.compoundId]);
      expect(n).toBe(3);
    });

    it('the history shows both projects, newest first, with the earlier one’s rounds and revisits', async () => {
      const body = (await history(committee).expect(200)).body;
      expect(body.compoundId).toBe(place.compoundId);
      expect(body.projects.map((p: { projectId: string; state: string }) => [p.projectId, p.state])).toEqual([
        [second, 'SURVEY'],
        [first, 'CLOSED'],
      ]);
      const earlier = body.projects[1];
      expect(earlier).toMatchObject({ name: '一期综合改造', lead: true, releasedAt: api.clock.now().toISOString() });
      expect(earlier.rounds).toEqual([
        expect.objectContaining({ id: firstRound, subject: 'WILLINGNESS', state: 'CONCLUDED', result: 'PASSED' }),
      ]);
      expect(earlier.revisits).toEqual([expect.objectContaining({ months: 6, state: 'DONE', score: 92, summary: '设施运行良好' })]);
      expect(body.projects[0]).toMatchObject({ releasedAt: null, revisits: [] });
    });

    it("the district's supervisor reads it; a PM of another district gets 404, as for a missing compound", async () => {
      await history(supervisor).expect(200);
      const hidden = await history(outsider).expect(404);
      const missing = await history(admin, '00000000-0000-4000-8000-000000000000').expect(404);
      expect(hidden.body.code).toBe(missing.body.code);
    });
  });

  it('a project cancelled before it closed hands no bodies on', async () => {
    const place2 = await districtWithCompound(api, 'history-c');
    const pm2 = await api.user('DISTRICT_PM', { districtIds: [place2.districtId] });
    const create = () => api.http.post('/projects').set(pm2.auth).send({ compoundId: place2.compoundId, name: '综合改造' }).expect(201);
    const cancelled = (await create()).body.id;
    await api.http.post(`/projects/${cancelled}/bodies`).set(pm2.auth).send(COUNCIL).expect(201);
    await api.http.post(`/projects/${cancelled}/transitions`).set(pm2.auth).send({ event: 'CANCEL', reason: '居民意愿不足' }).expect(200);
    const later = (await create()).body.id;
    expect((await api.http.get(`/projects/${later}/bodies`).set(pm2.auth).expect(200)).body).toEqual([]);
  });
});
