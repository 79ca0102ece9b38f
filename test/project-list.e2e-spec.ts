import { startApi, type TestApi } from './support/api.js';
import { Rows, type ProjectRow } from './support/rows.js';

type User = Awaited<ReturnType<TestApi['user']>>;

interface Item {
  id: string;
  compoundName: string;
  districtName: string;
  planYear: number | null;
  overdue: number;
  state: string;
}

/** The project list the console shows: names, plan year, overdue items, filters, search and scope. */
describe('GET /projects', () => {
  let api: TestApi;
  let admin: User;
  let pmA: User;
  let committee: User;
  let a: Record<'survey' | 'late' | 'lateOnce' | 'planned', ProjectRow>;
  let b: ProjectRow;
  const ids = { A: '', B: '' };

  const list = async (who: User, query = '') =>
    (await api.http.get(`/projects${query}`).set(who.auth).expect(200)).body as { items: Item[]; total: number };

  beforeAll(async () => {
    api = await startApi();
    admin = await api.user('ADMIN');
    const rows = new Rows(api.db, admin.id);
    ids.A = await rows.district('430191', '甲区');
    ids.B = await rows.district('430192', '乙区');
    pmA = await api.user('DISTRICT_PM', { districtIds: [ids.A] });
    // Created one after another, so that "newest first" is a known order.
    a = {
      survey: await rows.project(ids.A, 'SURVEY'),
      late: await rows.project(ids.A, 'CONSTRUCTION', { planYear: 2026 }),
      lateOnce: await rows.project(ids.A, 'CONSTRUCTION', { planYear: 2025 }),
      planned: await rows.project(ids.A, 'PLANNED', { planYear: 2026 }),
    };
    b = await rows.project(ids.B, 'CONSTRUCTION', { planYear: 2026 });
    committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [a.late.compoundId] });

    // Five items overdue on `late` (the portfolio's own cases), one on `lateOnce`, one on B's project.
    await rows.report(a.late, 1, '2026-05-16T00:00:00Z', 'OVERDUE');
    await rows.finding(a.late, '2026-06-05T00:00:00Z', 'OPEN');
    await rows.finding(a.late, '2026-06-05T00:00:00Z', 'RECTIFIED');
    await rows.finding(a.late, '2026-06-05T00:00:00Z', 'CLOSED', '2026-06-06T00:00:00Z');
    await rows.complaint(a.late, '2026-06-01T00:00:00Z', '2026-06-04T00:00:00Z', 'RECEIVED');
    await rows.complaint(a.late, '2026-06-01T00:00:00Z', '2026-06-04T00:00:00Z', 'HANDLING', [['HANDLE', '2026-06-02T00:00:00Z']]);
    await rows.report(a.lateOnce, 1, '2026-06-09T00:00:00Z', 'DUE');
    await rows.finding(a.lateOnce, '2026-06-15T00:00:00Z', 'OPEN');
    await rows.report(b, 1, '2026-06-01T00:00:00Z', 'OVERDUE');
    api.clock.set('2026-06-10T04:00:00.000Z');
  });

  afterAll(async () => {
    await api?.close();
  });

  it('lists each project with its compound and district by name, its plan year and its overdue items now', async () => {
    const { items, total } = await list(pmA);
    expect(total).toBe(4);
    expect(items.map((p) => p.id)).toEqual([a.planned.id, a.lateOnce.id, a.late.id, a.survey.id]);
    const late = items.find((p) => p.id === a.late.id)!;
    expect(late).toMatchObject({ districtName: '甲区', planYear: 2026, overdue: 5, state: 'CONSTRUCTION' });
    expect(late.compoundName).toMatch(/^小区\d+$/);
    expect(items.find((p) => p.id === a.lateOnce.id)?.overdue).toBe(1);
    expect(items.find((p) => p.id === a.survey.id)).toMatchObject({ planYear: null, overdue: 0 });
  });

  it('sorts the most overdue first on request, then newest first', async () => {
    const { items } = await list(pmA, '?sort=overdue');
    expect(items.map((p) => [p.id, p.overdue])).toEqual([
      [a.late.id, 5],
      [a.lateOnce.id, 1],
      [a.planned.id, 0],
      [a.survey.id, 0],
    ]);
    // Paging keeps the same order.
    expect((await list(pmA, '?sort=overdue&limit=1&offset=1')).items.map((p) => p.id)).toEqual([a.lateOnce.id]);
  });

  it('filters by plan year, alone and with the state', async () => {
    expect((await list(pmA, '?planYear=2026')).items.map((p) => p.id)).toEqual([a.planned.id, a.late.id]);
    expect((await list(pmA, '?planYear=2026&state=CONSTRUCTION')).items.map((p) => p.id)).toEqual([a.late.id]);
    expect(await list(pmA, '?planYear=2030')).toEqual({ items: [], total: 0 });
  });

  it("searches the project's and the compound's names, taking % and _ literally", async () => {
    const compound = (await list(pmA)).items.find((p) => p.id === a.lateOnce.id)!.compoundName;
    expect((await list(pmA, `?q=${encodeURIComponent(compound)}`)).items.map((p) => p.id)).toEqual([a.lateOnce.id]);
    expect((await list(pmA, `?q=${encodeURIComponent('综合')}`)).total).toBe(4);
    expect((await list(pmA, '?q=%25')).total).toBe(0);
    expect((await list(pmA, '?q=_')).total).toBe(0);
    expect((await list(pmA, '?q=!')).total).toBe(0);
  });

  it('keeps to the scope: another district is empty for a PM, however asked, and a committee sees its compound', async () => {
    expect(await list(pmA, `?districtId=${ids.B}`)).toEqual({ items: [], total: 0 });
    const compoundOfB = (await list(admin, `?districtId=${ids.B}`)).items[0]!.compoundName;
    expect((await list(pmA, `?q=${encodeURIComponent(compoundOfB)}&sort=overdue`)).items.map((p) => p.id)).not.toContain(b.id);
    expect((await list(committee)).items.map((p) => p.id)).toEqual([a.late.id]);
    expect((await list(admin, '?sort=overdue')).items.slice(0, 2).map((p) => p.id)).toEqual([a.late.id, expect.any(String)]);
    expect((await list(admin)).total).toBe(5);
  });

  it('refuses an unknown sort or a plan year out of range with the field named', async () => {
    for (const query of ['?sort=name', '?planYear=1999', '?planYear=soon']) {
      const res = await api.http.get(`/projects${query}`).set(pmA.auth).expect(400);
      expect(res.body.code).toBe('REQUEST.VALIDATION_FAILED');
      expect(new Set(res.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set([query.slice(1).split('=')[0]]));
    }
  });
});

describe('GET /me', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => {
    await api?.close();
  });

  it('names the districts and compounds of the scope, beside their ids', async () => {
    const admin = await api.user('ADMIN');
    const rows = new Rows(api.db, admin.id);
    const district = await rows.district('430193', '丙区');
    const project = await rows.project(district, 'SURVEY');
    const pm = await api.user('DISTRICT_PM', { districtIds: [district] }, 'pm-of-c');
    expect((await api.http.get('/me').set(pm.auth).expect(200)).body).toMatchObject({
      username: 'pm-of-c',
      displayName: 'pm-of-c',
      role: 'DISTRICT_PM',
      districtIds: [district],
      districts: [{ id: district, name: '丙区' }],
      compounds: [],
    });
    const committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [project.compoundId] });
    const me = (await api.http.get('/me').set(committee.auth).expect(200)).body;
    expect(me.districts).toEqual([]);
    expect(me.compounds).toEqual([{ id: project.compoundId, name: expect.stringMatching(/^小区\d+$/), districtId: district }]);
  });
});
