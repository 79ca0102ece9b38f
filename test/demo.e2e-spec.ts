import { PROJECT_STATES, SYSTEM_ARCHIVE_KINDS } from '@app/domain';
import { DemoSeeder, type DemoCredentials } from '@app/workflow';
import { startApi, type TestApi } from './support/api.js';

interface Project {
  id: string;
  compoundId: string;
  state: string;
  resumeState: string | null;
}
interface HistoryEntry {
  at: string;
  action: string;
  subjectType: string;
  fromState: string | null;
  toState: string | null;
}

describe('demo data', () => {
  let api: TestApi;
  let credentials: DemoCredentials[];
  let auth: { Authorization: string };
  let byState: Map<string, Project>;
  const get = (path: string, who = auth) => api.http.get(path).set(who).expect(200);
  const login = async (role: string) => {
    const user = credentials.find((c) => c.role === role)!;
    const res = await api.http.post('/auth/login').send({ username: user.username, password: user.password }).expect(200);
    return { Authorization: `Bearer ${res.body.accessToken}` };
  };
  const tables = ['compounds', 'households', 'projects', 'consultation_rounds', 'votes', 'deadlines', 'audit_log'];
  const counts = async () =>
    Promise.all(tables.map(async (t) => (await api.db.query(`SELECT count(*)::int AS n FROM ${t}`))[0].n as number));

  beforeAll(async () => {
    api = await startApi();
    credentials = (await api.app.get(DemoSeeder).seed())!;
    auth = await login('DISTRICT_PM');
    const projects: Project[] = (await get('/projects?limit=50')).body.items;
    byState = new Map(projects.map((p) => [p.state, p]));
  });
  afterAll(() => api.close());

  it('is seeded once, with generated passwords that work', async () => {
    expect(credentials.map((c) => c.role).sort()).toEqual(['ADMIN', 'DISTRICT_PM', 'RESIDENTS_COMMITTEE', 'SUPERVISOR']);
    expect(new Set(credentials.map((c) => c.password)).size).toBe(4);
    const before = await counts();
    expect(await api.app.get(DemoSeeder).seed()).toBeNull();
    expect(await counts()).toEqual(before);
  });

  it('holds one project in every lifecycle state, each on its own compound with a roster behind it', async () => {
    const { items, total } = (await get('/projects?limit=50')).body as { items: Project[]; total: number };
    expect(total).toBe(PROJECT_STATES.length);
    expect(items.map((p) => p.state).sort()).toEqual([...PROJECT_STATES].sort());
    expect(new Set(items.map((p) => p.compoundId)).size).toBe(PROJECT_STATES.length);
    for (const p of items) {
      const compound = (await get(`/compounds/${p.compoundId}`)).body;
      const [{ n }] = await api.db.query('SELECT count(*)::int AS n FROM households WHERE compound_id = $1', [p.compoundId]);
      expect(compound.households).toBe(n);
      expect(n).toBeGreaterThanOrEqual(24);
      expect(n).toBeLessThanOrEqual(40);
      expect(compound.buildYear).toBeLessThanOrEqual(2000);
      await get(`/projects/${p.id}/transitions`);
    }
    expect(byState.get('ON_HOLD')!.resumeState).toBe('CONSTRUCTION');
    // The committee speaks for the residents of every demo compound; the supervisor watches the district.
    expect((await get('/projects?limit=50', await login('RESIDENTS_COMMITTEE'))).body.total).toBe(PROJECT_STATES.length);
    expect((await get('/projects?limit=50', await login('SUPERVISOR'))).body.total).toBe(PROJECT_STATES.length);
  });

  it('holds a project area in ORGANIZING: two compounds, each surveyed and with its own renovation council', async () => {
    const area = byState.get('ORGANIZING')!;
    const covered: { compoundId: string; lead: boolean }[] = (await get(`/projects/${area.id}/compounds`)).body;
    expect(covered.map((c) => c.lead)).toEqual([true, false]);
    expect(covered[0]!.compoundId).toBe(area.compoundId);
    for (const { compoundId } of covered) {
      expect((await get(`/projects/${area.id}/survey?compoundId=${compoundId}`)).body).toMatchObject({
        compoundId,
        baseData: expect.any(Object),
        willingness: expect.any(Object),
      });
    }
    const bodies: { compoundId: string; kind: string }[] = (await get(`/projects/${area.id}/bodies`)).body;
    expect(bodies.map((b) => [b.compoundId, b.kind]).sort()).toEqual(covered.map((c) => [c.compoundId, 'RENOVATION_COUNCIL']).sort());
    // Ready for consultation: every guard passes for both compounds.
    const options = (await get(`/projects/${area.id}/transitions`)).body;
    expect(options.events.find((e: { event: string }) => e.event === 'START_CONSULTATION')).toMatchObject({ ready: true });
    // Searched by the neighbour's name, the area is listed under its lead compound.
    const found = (await get(`/projects?q=${encodeURIComponent('北区')}`)).body.items as { id: string; compoundId: string }[];
    expect(found.map((p) => [p.id, p.compoundId])).toEqual([[area.id, area.compoundId]]);
    // Every other project covers its one compound.
    const others = [...byState.values()].filter((p) => p.id !== area.id);
    for (const p of others) expect((await get(`/projects/${p.id}/compounds`)).body).toHaveLength(1);
  });

  it('keeps households free of personal data', async () => {
    const [{ n }] = await api.db.query('SELECT count(*)::int AS n FROM households WHERE owner_name IS NOT NULL OR owner_phone IS NOT NULL');
    expect(n).toBe(0);
  });

  it('closed a project through the whole lifecycle, in the past, with both revisits done', async () => {
    const closed = byState.get('CLOSED')!;
    const history: HistoryEntry[] = (await get(`/projects/${closed.id}/history?limit=500`)).body.items;
    const transitions = history.filter((e) => e.subjectType === 'project' && e.fromState);
    expect(transitions.map((e) => [e.fromState, e.toState])).toEqual([
      ['SURVEY', 'ORGANIZING'],
      ['ORGANIZING', 'CONSULTATION'],
      ['CONSULTATION', 'APPLIED'],
      ['APPLIED', 'PLANNED'],
      ['PLANNED', 'DESIGN'],
      ['DESIGN', 'JOINT_REVIEW'],
      ['JOINT_REVIEW', 'PERMITTING'],
      ['PERMITTING', 'CONSTRUCTION'],
      ['CONSTRUCTION', 'ACCEPTANCE'],
      ['ACCEPTANCE', 'ARCHIVING'],
      ['ARCHIVING', 'LONG_TERM'],
      ['LONG_TERM', 'CLOSED'],
    ]);
    const times = transitions.map((e) => new Date(e.at).getTime());
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThan(times[i - 1]!);
    expect(times.at(-1)).toBeLessThan(api.clock.now().getTime());
    // The story begins about twenty months back.
    const created = new Date(history.find((e) => e.action === 'project.created')!.at).getTime();
    expect(api.clock.now().getTime() - created).toBeGreaterThan(18 * 30 * 24 * 3600 * 1000);

    const longTerm = (await get(`/projects/${closed.id}/long-term`)).body;
    expect(longTerm.revisits.map((r: { months: number; state: string }) => [r.months, r.state])).toEqual([
      [6, 'DONE'],
      [12, 'DONE'],
    ]);
    // The company and the raising of the fund were the owners' decisions, each by the tier the Civil Code sets.
    expect(longTerm.property).toMatchObject({ mode: 'PROFESSIONAL', consentRoundId: expect.any(String) });
    const tiers = await api.db.query(
      'SELECT id, subject, rule_profile, state, result FROM consultation_rounds WHERE id = ANY($1) ORDER BY subject',
      [[longTerm.property.consentRoundId, longTerm.fund.consentRoundId]],
    );
    expect(tiers.map((r: Record<string, string>) => [r.subject, r.rule_profile, r.state, r.result])).toEqual([
      ['MAINTENANCE_FUND_RAISING', 'civil-code-278-major', 'CONCLUDED', 'PASSED'],
      ['PROPERTY_COMPANY', 'civil-code-278-ordinary', 'CONCLUDED', 'PASSED'],
    ]);
    expect(longTerm.ownersCommittee).not.toBeNull();
    expect(BigInt(longTerm.fund.collectedFen)).toBeGreaterThan(0n);
  });

  it('a project in LONG_TERM has done its 6-month revisit and waits for the 12-month one', async () => {
    const { revisits } = (await get(`/projects/${byState.get('LONG_TERM')!.id}/long-term`)).body;
    expect(revisits.map((r: { months: number; state: string }) => [r.months, r.state])).toEqual([
      [6, 'DONE'],
      [12, 'SCHEDULED'],
    ]);
    expect(new Date(revisits[1].dueAt).getTime()).toBeGreaterThan(api.clock.now().getTime());
  });

  it("a project in ARCHIVING has the system's records filed at acceptance", async () => {
    const checklist = (await get(`/projects/${byState.get('ARCHIVING')!.id}/archive`)).body;
    const systemKinds = new Set(
      (checklist.items as { kind: string; documents: { source: string }[] }[])
        .filter((i) => i.documents.some((d) => d.source === 'SYSTEM'))
        .map((i) => i.kind),
    );
    // No change order was needed, so there is none to file.
    expect([...systemKinds].sort()).toEqual(SYSTEM_ARCHIVE_KINDS.filter((k) => k !== 'CHANGE_ORDERS').sort());
    expect(checklist.complete).toBe(false);
  });

  it('a project in CONSTRUCTION has its progress reports audited, and the next one due', async () => {
    const reports: { state: string; dueAt: string }[] = (await get(`/projects/${byState.get('CONSTRUCTION')!.id}/reports`)).body;
    expect(reports.filter((r) => r.state === 'ACCEPTED').length).toBeGreaterThanOrEqual(2);
    const due = reports.filter((r) => r.state === 'DUE');
    expect(due).toHaveLength(1);
    expect(new Date(due[0]!.dueAt).getTime()).toBeGreaterThan(api.clock.now().getTime());
  });

  it('a content change is argued, reviewed and decided by the government; the others confirmed their quantities on site', async () => {
    const orders = async (state: string) => (await get(`/projects/${byState.get(state)!.id}/change-orders`)).body;
    const [approved] = await orders('CONSTRUCTION');
    const supervisor = credentials.find((c) => c.role === 'SUPERVISOR')!;
    const [{ id: supervisorId }] = await api.db.query('SELECT id FROM users WHERE username = $1', [supervisor.username]);
    expect(approved).toMatchObject({ state: 'APPROVED', planVersion: 3, decision: { recordedBy: supervisorId } });
    expect((await orders('ON_HOLD')).map((o: { state: string }) => o.state)).toEqual(['BUDGET_REVIEWED']);
    for (const state of ['ACCEPTANCE', 'ARCHIVING', 'LONG_TERM', 'CLOSED']) {
      expect(await orders(state)).toEqual([]);
      const confirmation = (await get(`/projects/${byState.get(state)!.id}/site-confirmation`)).body;
      expect(confirmation).toMatchObject({ planVersion: 2, residentRepresentatives: [{ name: '张建国' }, { name: '李秀英' }] });
    }
  });

  it('every project past consultation had its rounds pass, and nothing is dated in the future', async () => {
    const rounds: { result: string | null; subject: string }[] = await api.db.query(
      'SELECT subject, result FROM consultation_rounds WHERE closed_at IS NOT NULL',
    );
    expect(rounds.length).toBeGreaterThan(0);
    expect(rounds.every((r) => r.result === 'PASSED')).toBe(true);
    const [{ n }] = await api.db.query('SELECT count(*)::int AS n FROM audit_log WHERE at > $1', [api.clock.now()]);
    expect(n).toBe(0);
  });

  it('stores no password in clear', async () => {
    const rows: { password_hash: string }[] = await api.db.query(`SELECT password_hash FROM users WHERE username LIKE 'demo-%'`);
    expect(rows.length).toBe(4);
    for (const r of rows) expect(r.password_hash).toMatch(/^scrypt\$/);
  });
});
