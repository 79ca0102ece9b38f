import { PROJECT_STATES, type ProjectState } from '@app/domain';
import { startApi, type TestApi } from './support/api.js';
import { Rows } from './support/rows.js';

type User = Awaited<ReturnType<TestApi['user']>>;

const zeros = Object.fromEntries(PROJECT_STATES.map((s) => [s, 0])) as Record<ProjectState, number>;
const states = (counts: Partial<Record<ProjectState, number>>) => ({ ...zeros, ...counts });
const figures = (
  counts: Partial<Record<ProjectState, number>>,
  [reports, findings, complaints]: [number, number, number],
  [budgetFen, raisedFen, gapFen]: [string, string, string],
) => ({
  projects: { total: Object.values(counts).reduce((s, n) => s + n, 0), byState: states(counts) },
  overdue: { reports, findings, complaints, total: reports + findings + complaints },
  funds: { budgetFen, raisedFen, gapFen },
});

/** The supervisors' portfolio over a known dataset written straight into the tables. */
describe('GET /portfolio', () => {
  let api: TestApi;
  let admin: User;
  let supervisorA: User;
  let pmAB: User;
  let committee: User;
  const ids = { A: '', B: '', C: '', changsha: '', yichang: '' };
  const NOW = '2026-06-10T04:00:00.000Z';

  const get = (who: User, query = '') => api.http.get(`/portfolio${query}`).set(who.auth);
  const body = async (who: User, query = '') => (await get(who, query).expect(200)).body;

  // District A: six projects, overfunded and underfunded, overdue items of every kind and some that are not.
  const A = figures({ SURVEY: 1, PLANNED: 1, CONSTRUCTION: 2, ON_HOLD: 1, CANCELLED: 1 }, [2, 2, 2], ['6000000', '2000000', '4500000']);
  const B = figures({ DESIGN: 1, CONSTRUCTION: 1, ARCHIVING: 1 }, [1, 0, 1], ['6000000', '5400000', '600000']);
  const C = figures({}, [0, 0, 0], ['0', '0', '0']);
  const TOTAL = figures(
    { SURVEY: 1, PLANNED: 1, DESIGN: 1, CONSTRUCTION: 3, ARCHIVING: 1, ON_HOLD: 1, CANCELLED: 1 },
    [3, 2, 3],
    ['12000000', '7400000', '5100000'],
  );

  beforeAll(async () => {
    api = await startApi();
    admin = await api.user('ADMIN');
    const rows = new Rows(api.db, admin.id);
    ids.changsha = await rows.city('changsha', '长沙市');
    ids.yichang = await rows.city('yichang', '宜昌市');
    ids.A = await rows.district('430181', '甲区');
    ids.B = await rows.district('430182', '乙区');
    ids.C = await rows.district('430183', '丙区', '宜昌市');
    supervisorA = await api.user('SUPERVISOR', { districtIds: [ids.A] });
    pmAB = await api.user('DISTRICT_PM', { districtIds: [ids.A, ids.B] });

    const a1 = await rows.project(ids.A, 'SURVEY');
    committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [a1.compoundId] });
    await rows.project(ids.A, 'PLANNED', { planYear: 2026, budgetFen: 1_000_000, sourcesFen: [1_500_000] });
    const a3 = await rows.project(ids.A, 'CONSTRUCTION', { planYear: 2026, budgetFen: 2_000_000, sourcesFen: [300_000, 200_000] });
    const a4 = await rows.project(ids.A, 'CONSTRUCTION', { planYear: 2025, budgetFen: 3_000_000 });
    const a5 = await rows.project(ids.A, 'ON_HOLD', { planYear: 2025 });
    await rows.project(ids.A, 'CANCELLED');

    await rows.report(a3, 1, '2026-05-01T00:00:00Z', 'ACCEPTED', '2026-04-30T00:00:00Z');
    await rows.report(a3, 2, '2026-05-16T00:00:00Z', 'OVERDUE');
    // Past due but not yet marked by the worker: overdue all the same.
    await rows.report(a4, 1, '2026-06-09T00:00:00Z', 'DUE');
    await rows.report(a5, 1, '2026-05-20T00:00:00Z', 'RETURNED', '2026-05-19T00:00:00Z');
    await rows.finding(a3, '2026-06-05T00:00:00Z', 'OPEN');
    await rows.finding(a3, '2026-06-05T00:00:00Z', 'RECTIFIED');
    await rows.finding(a3, '2026-06-05T00:00:00Z', 'CLOSED', '2026-06-06T00:00:00Z');
    await rows.finding(a4, '2026-06-15T00:00:00Z', 'OPEN');
    await rows.complaint(a3, '2026-06-01T00:00:00Z', '2026-06-04T00:00:00Z', 'RECEIVED');
    await rows.complaint(a3, '2026-06-01T00:00:00Z', '2026-06-04T00:00:00Z', 'HANDLING', [['HANDLE', '2026-06-02T00:00:00Z']]);
    await rows.complaint(a4, '2026-06-01T00:00:00Z', '2026-06-04T00:00:00Z', 'RESOLVED', [
      ['HANDLE', '2026-06-02T00:00:00Z'],
      ['RESOLVE', '2026-06-03T00:00:00Z'],
    ]);
    await rows.complaint(a4, '2026-06-08T00:00:00Z', '2026-06-11T00:00:00Z', 'RECEIVED');
    await rows.complaint(a5, '2026-04-01T00:00:00Z', '2026-04-04T00:00:00Z', 'CLOSED', [
      ['HANDLE', '2026-04-02T00:00:00Z'],
      ['RESOLVE', '2026-04-03T00:00:00Z'],
      ['REVISIT', '2026-04-05T00:00:00Z'],
      ['CLOSE', '2026-04-06T00:00:00Z'],
    ]);

    await rows.project(ids.B, 'DESIGN', { planYear: 2026, budgetFen: 5_000_000, sourcesFen: [5_000_000] });
    const b2 = await rows.project(ids.B, 'CONSTRUCTION', { planYear: 2026, budgetFen: 1_000_000, sourcesFen: [400_000] });
    const b3 = await rows.project(ids.B, 'ARCHIVING', { planYear: 2024 });
    await rows.report(b2, 1, '2026-06-01T00:00:00Z', 'OVERDUE');
    // Never sent while it was built: history now, not an overdue item to chase.
    await rows.report(b3, 6, '2026-03-01T00:00:00Z', 'OVERDUE');
    await rows.complaint(b2, '2026-06-02T00:00:00Z', '2026-06-05T00:00:00Z', 'RECEIVED');

    api.clock.set(NOW);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('an administrator sees every district, zeros included, each city and the total', async () => {
    const p = await body(admin);
    expect(p.asOf).toBe(NOW);
    expect(p.districts).toEqual([
      { id: ids.A, code: '430181', name: '甲区', cityId: ids.changsha, ...A },
      { id: ids.B, code: '430182', name: '乙区', cityId: ids.changsha, ...B },
      { id: ids.C, code: '430183', name: '丙区', cityId: ids.yichang, ...C },
    ]);
    expect(p.cities).toEqual([
      { id: ids.changsha, code: 'changsha', name: '长沙市', ...TOTAL },
      { id: ids.yichang, code: 'yichang', name: '宜昌市', ...C },
    ]);
    expect(p.total).toEqual(TOTAL);
  });

  it("filters by city: that city's districts of the scope; a city without any is 404", async () => {
    const p = await body(admin, `?cityId=${ids.yichang}`);
    expect(p.districts.map((d: { id: string }) => d.id)).toEqual([ids.C]);
    expect(p.cities.map((c: { code: string }) => c.code)).toEqual(['yichang']);
    expect((await body(pmAB, `?cityId=${ids.changsha}`)).districts.map((d: { id: string }) => d.id)).toEqual([ids.A, ids.B]);
    expect((await get(supervisorA, `?cityId=${ids.yichang}`).expect(404)).body.code).toBe('RESOURCE.NOT_FOUND');
    expect((await get(admin, `?cityId=${ids.yichang}&districtId=${ids.A}`).expect(404)).body.code).toBe('RESOURCE.NOT_FOUND');
    await get(admin, '?cityId=00000000-0000-4000-8000-000000000000').expect(404);
  });

  it('filters by state: counts, overdue items and funds of the projects in that state only', async () => {
    const p = await body(admin, '?state=CONSTRUCTION');
    expect(p.districts.map((d: { code: string }) => d.code)).toEqual(['430181', '430182', '430183']);
    expect(p.districts[0]).toMatchObject(figures({ CONSTRUCTION: 2 }, [2, 2, 2], ['5000000', '500000', '4500000']));
    expect(p.districts[1]).toMatchObject(figures({ CONSTRUCTION: 1 }, [1, 0, 1], ['1000000', '400000', '600000']));
    expect(p.total).toEqual(figures({ CONSTRUCTION: 3 }, [3, 2, 3], ['6000000', '900000', '5100000']));
  });

  it('filters by plan year', async () => {
    const p = await body(admin, '?planYear=2026');
    expect(p.districts[0]).toMatchObject(figures({ PLANNED: 1, CONSTRUCTION: 1 }, [1, 2, 2], ['3000000', '2000000', '1500000']));
    expect(p.districts[1]).toMatchObject(figures({ DESIGN: 1, CONSTRUCTION: 1 }, [1, 0, 1], ['6000000', '5400000', '600000']));
    expect(p.total.projects.total).toBe(4);
    expect((await body(admin, '?planYear=2030')).total).toEqual(figures({}, [0, 0, 0], ['0', '0', '0']));
  });

  it('filters by district, combined with the other filters', async () => {
    const p = await body(admin, `?districtId=${ids.B}`);
    expect(p.districts).toEqual([{ id: ids.B, code: '430182', name: '乙区', cityId: ids.changsha, ...B }]);
    expect(p.total).toEqual(B);
    expect((await body(admin, `?districtId=${ids.A}&state=ON_HOLD&planYear=2025`)).total).toEqual(
      figures({ ON_HOLD: 1 }, [0, 0, 0], ['0', '0', '0']),
    );
  });

  it('a supervisor sees only the districts of their scope', async () => {
    const p = await body(supervisorA);
    expect(p.districts).toEqual([{ id: ids.A, code: '430181', name: '甲区', cityId: ids.changsha, ...A }]);
    expect(p.cities).toEqual([{ id: ids.changsha, code: 'changsha', name: '长沙市', ...A }]);
    expect(p.total).toEqual(A);
    expect((await body(pmAB)).districts.map((d: { id: string }) => d.id)).toEqual([ids.A, ids.B]);
  });

  it('a district outside the scope, or unknown, answers 404 like every scoped read', async () => {
    expect((await get(supervisorA, `?districtId=${ids.B}`).expect(404)).body.code).toBe('RESOURCE.NOT_FOUND');
    expect((await get(admin, '?districtId=00000000-0000-4000-8000-000000000000').expect(404)).body.code).toBe('RESOURCE.NOT_FOUND');
  });

  it('refuses residents committees', async () => {
    await get(committee).expect(403);
  });

  it.each([
    ['?districtId=not-a-uuid', 'districtId'],
    ['?cityId=changsha', 'cityId'],
    ['?state=FINISHED', 'state'],
    ['?planYear=twenty', 'planYear'],
    ['?planYear=2026.5', 'planYear'],
    ['?planYear=1999', 'planYear'],
    ['?color=red', 'color'],
  ])('a bad filter %s answers 400 naming the field', async (query, field) => {
    const res = await get(admin, query).expect(400);
    expect(res.body).toMatchObject({ status: 400, code: 'REQUEST.VALIDATION_FAILED' });
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('judges deadlines by the clock: a finding falls overdue when its deadline passes', async () => {
    api.clock.set('2026-06-16T00:00:00Z');
    try {
      const p = await body(supervisorA);
      // The finding due 15 June, and the complaint whose limit was 11 June.
      expect(p.total.overdue).toEqual({ reports: 2, findings: 3, complaints: 3, total: 8 });
    } finally {
      api.clock.set(NOW);
    }
  });
});
