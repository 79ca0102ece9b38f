import { startApi, type TestApi } from './support/api.js';
import { districtWithCompound, projectInConstruction, type Place } from './support/fixtures.js';

type User = Awaited<ReturnType<TestApi['user']>>;
interface Listed {
  id: string;
  projectId: string;
  projectName: string;
  districtId: string;
  seq: number;
  state: string;
  submittedAt: string | null;
}

const ITEMS = [
  { key: 'a', percent: 40 },
  { key: 'b', percent: 20 },
];

/** GET /reports: the reports of every project in scope, a supervisor's queue of submitted ones first among them. */
describe('the reports across projects', () => {
  let api: TestApi;
  let here: Place;
  let there: Place;
  let pm: User;
  let otherPm: User;
  let supervisor: User;
  let stranger: User;
  let admin: User;
  let committee: User;
  let first: string;
  let second: string;

  const list = async (who: User, query = '') => (await api.http.get(`/reports${query}`).set(who.auth).expect(200)).body as Listed[];
  const dueOf = async (projectId: string, who: User) =>
    ((await api.http.get(`/projects/${projectId}/reports`).set(who.auth).expect(200)).body as Listed[]).find((r) => r.state === 'DUE')!;
  const submit = (id: string, who: User) =>
    api.http.post(`/reports/${id}/submit`).set(who.auth).send({ items: ITEMS, narrative: '按计划推进' }).expect(200);

  beforeAll(async () => {
    api = await startApi();
    here = await districtWithCompound(api, 'queue-here');
    there = await districtWithCompound(api, 'queue-there');
    pm = await api.user('DISTRICT_PM', { districtIds: [here.districtId] });
    otherPm = await api.user('DISTRICT_PM', { districtIds: [there.districtId] });
    supervisor = await api.user('SUPERVISOR', { districtIds: [here.districtId, there.districtId] });
    stranger = await api.user('SUPERVISOR', { districtIds: [there.districtId] });
    admin = await api.user('ADMIN');
    committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [here.compoundId] });
    first = await projectInConstruction(api, here, pm);
    second = await projectInConstruction(api, there, otherPm);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('lists the submitted reports waiting for a supervisor, the longest waiting first, named by project', async () => {
    expect(await list(supervisor, '?state=SUBMITTED')).toEqual([]);
    const later = await dueOf(second, otherPm);
    const earlier = await dueOf(first, pm);
    await submit(earlier.id, pm);
    api.clock.advance(60_000);
    await submit(later.id, otherPm);
    const queue = await list(supervisor, '?state=SUBMITTED');
    expect(queue.map((r) => [r.id, r.projectId, r.projectName, r.districtId, r.seq, r.state])).toEqual([
      [earlier.id, first, '综合改造', here.districtId, 1, 'SUBMITTED'],
      [later.id, second, '综合改造', there.districtId, 1, 'SUBMITTED'],
    ]);
    expect(queue[0]!.submittedAt! < queue[1]!.submittedAt!).toBe(true);
    expect((await list(supervisor, `?state=SUBMITTED&districtId=${there.districtId}`)).map((r) => r.id)).toEqual([later.id]);
  });

  it('shows each caller only the projects in scope: the district, the compound, every district for an admin', async () => {
    expect((await list(stranger)).map((r) => r.projectId)).toEqual([second]);
    expect((await list(pm)).map((r) => r.projectId)).toEqual([first]);
    expect((await list(committee)).map((r) => r.projectId)).toEqual([first]);
    expect((await list(admin, '?state=SUBMITTED')).map((r) => r.projectId)).toEqual([first, second]);
    // A district outside the scope is no way round it: nothing, as for the findings ledger.
    expect(await list(stranger, `?districtId=${here.districtId}`)).toEqual([]);
  });

  it('drops a report from the queue once audited, and keeps it under its new state', async () => {
    const [waiting] = await list(supervisor, '?state=SUBMITTED');
    await api.http.post(`/reports/${waiting!.id}/accept`).set(supervisor.auth).send({}).expect(200);
    expect((await list(supervisor, '?state=SUBMITTED')).map((r) => r.id)).not.toContain(waiting!.id);
    expect((await list(supervisor, '?state=ACCEPTED')).map((r) => r.id)).toEqual([waiting!.id]);
    // The next report fell due on acceptance, and is listed among the due ones.
    expect((await list(pm, '?state=DUE')).map((r) => [r.projectId, r.seq])).toEqual([[first, 2]]);
  });

  it('refuses a state or a district that is not one', async () => {
    const bad = await api.http.get('/reports?state=LOST').set(supervisor.auth).expect(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'state' });
    await api.http.get('/reports?districtId=nope').set(supervisor.auth).expect(400);
    await api.http.get('/reports').expect(401);
  });
});
