import { chinaDate } from '@app/domain';
import { DeadlineRunner } from '@app/workflow';
import { startApi, type TestApi } from './support/api.js';
import { cityOf, COMPLETE_SURVEY, COUNCIL, planItem, startConstruction } from './support/fixtures.js';

type User = Awaited<ReturnType<TestApi['user']>>;
const DAY = 24 * 3600 * 1000;

/**
 * A project area (片区, Changsha's "片区平衡", Shuangqing's bundled tender): one project over three
 * compounds of one district, one plan and one funding ledger, each compound's residents deciding
 * for themselves, and nobody acting on a compound that is not theirs.
 */
describe('project areas: one project covering several compounds', () => {
  let api: TestApi;
  let admin: User;
  let pm: User;
  let supervisor: User;
  /** Committees of compounds A and B, and of a compound outside the area. */
  let committeeA: User;
  let committeeB: User;
  let outsider: User;
  let districtId: string;
  let otherDistrictCompound: string;
  const c = { A: '', B: '', C: '', D: '' };
  let projectId: string;

  const post = (path: string, body: object, who: User = pm) => api.http.post(path).set(who.auth).send(body);
  const get = (path: string, who: User = pm) => api.http.get(path).set(who.auth);
  const fire = (event: string, who: User = pm, reason?: string) => post(`/projects/${projectId}/transitions`, { event, reason }, who);
  const refusal = async (event: string) => {
    const res = await fire(event).expect(422);
    return res.body.errors.filter((e: { ok: boolean }) => !e.ok) as { code: string; message: { zh: string; en: string } }[];
  };
  const compound = async (name: string, buildYear = 1995, district = districtId) =>
    (await post('/compounds', { districtId: district, name, address: '片区路', buildYear }, admin).expect(201)).body.id as string;
  const roster = (compoundId: string, who: User, n = 10) =>
    api.http
      .post(`/compounds/${compoundId}/households/import`)
      .set(who.auth)
      .attach('file', Buffer.from(['楼栋,单元,房号,面积', ...Array.from({ length: n }, (_, i) => `1,1,${101 + i},80`)].join('\n')), 'r.csv')
      .expect(200);

  /** A round of one compound's households, everyone agreeing, through to CONCLUDED. */
  async function passRound(compoundId: string, who: User, subject: string, extra: object = {}): Promise<string> {
    const id = (
      await post(`/projects/${projectId}/rounds`, { subject, title: subject, publicityDays: 1, compoundId, ...extra }, who).expect(201)
    ).body.id;
    await post(`/rounds/${id}/transitions`, { event: 'OPEN' }, who).expect(200);
    const households = (await get(`/compounds/${compoundId}/households`, who).expect(200)).body.items;
    for (const h of households) {
      await post(`/rounds/${id}/votes`, { householdId: h.id, choice: 'AGREE', signed: true, channel: 'DOOR_TO_DOOR' }, who).expect(200);
    }
    await post(`/rounds/${id}/transitions`, { event: 'CLOSE' }, who).expect(200);
    await post(`/rounds/${id}/transitions`, { event: 'START_PUBLICITY' }, who).expect(200);
    api.clock.advance(DAY + 1000);
    const [{ id: deadlineId }] = await api.db.query(`SELECT id FROM deadlines WHERE subject_id = $1 AND state = 'PENDING'`, [id]);
    expect(await api.app.get(DeadlineRunner).fire(deadlineId, api.clock.now())).toBe('ACTED');
    return id;
  }

  beforeAll(async () => {
    api = await startApi();
    admin = await api.user('ADMIN');
    const cityId = await cityOf(api, admin);
    districtId = (await post('/districts', { code: 'area', name: '片区区', cityId }, admin).expect(201)).body.id;
    const other = (await post('/districts', { code: 'area-other', name: '另一区', cityId }, admin).expect(201)).body.id;
    c.A = await compound('东园');
    c.B = await compound('西园');
    c.C = await compound('南园', 2005);
    c.D = await compound('北园');
    otherDistrictCompound = await compound('外区小区', 1995, other);
    pm = await api.user('DISTRICT_PM', { districtIds: [districtId, other] });
    supervisor = await api.user('SUPERVISOR', { districtIds: [districtId] });
    committeeA = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [c.A] });
    committeeB = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [c.B] });
    outsider = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [c.D] });
    await roster(c.A, committeeA);
    await roster(c.B, committeeB, 6);
    projectId = (await post('/projects', { compoundId: c.A, name: '东西园片区改造' }).expect(201)).body.id;
  });

  afterAll(() => api.close());

  describe('the area is drawn while it is surveyed', () => {
    it('adds compounds of its district; the lead comes first', async () => {
      await post(`/projects/${projectId}/compounds`, { compoundId: c.B }).expect(200);
      const res = await post(`/projects/${projectId}/compounds`, { compoundId: c.C }).expect(200);
      expect(res.body.map((x: { name: string; lead: boolean }) => [x.name, x.lead])).toEqual([
        ['东园', true],
        ['西园', false],
        ['南园', false],
      ]);
      const audit = await api.db.query(`SELECT action, detail FROM audit_log WHERE project_id = $1 AND action LIKE 'project.compound-%'`, [
        projectId,
      ]);
      expect(audit).toEqual([
        { action: 'project.compound-added', detail: { compoundId: c.B } },
        { action: 'project.compound-added', detail: { compoundId: c.C } },
      ]);
    });

    it('refuses a compound twice, one of another district, one in another active project, and from anyone but the PM', async () => {
      expect((await post(`/projects/${projectId}/compounds`, { compoundId: c.B }).expect(409)).body.code).toBe('RESOURCE.ALREADY_RECORDED');
      const elsewhere = await post(`/projects/${projectId}/compounds`, { compoundId: otherDistrictCompound }).expect(422);
      expect(elsewhere.body.errors).toEqual([expect.objectContaining({ field: 'compoundId', code: 'OTHER_DISTRICT' })]);
      // A compound of the area cannot start a project of its own, nor join another area.
      expect((await post('/projects', { compoundId: c.B, name: '西园单独改造' }).expect(409)).body.code).toBe('PROJECT.ACTIVE_EXISTS');
      const rival = (await post('/projects', { compoundId: c.D, name: '北园改造' }).expect(201)).body.id;
      expect((await post(`/projects/${rival}/compounds`, { compoundId: c.C }).expect(409)).body.code).toBe('PROJECT.ACTIVE_EXISTS');
      await post(`/projects/${rival}/transitions`, { event: 'CANCEL', reason: '并入片区' }).expect(200);
      expect((await post(`/projects/${projectId}/compounds`, { compoundId: c.D }, committeeA).expect(403)).body.code).toBe(
        'ACCESS.FORBIDDEN',
      );
      expect((await post(`/projects/${projectId}/compounds`, { compoundId: 'x' }).expect(400)).body.code).toBe('REQUEST.VALIDATION_FAILED');
      expect(await api.db.query('SELECT count(*)::int AS n FROM project_compounds WHERE project_id = $1', [projectId])).toEqual([{ n: 3 }]);
    });

    it('two areas claiming the same compound at once: one gets it', async () => {
      const [p1, p2] = await Promise.all(
        ['甲', '乙'].map(async (n) => (await post('/projects', { compoundId: await compound(`${n}园`), name: n }).expect(201)).body.id),
      );
      const loose = await compound('争议园');
      const results = await Promise.all([p1, p2].map((p) => post(`/projects/${p}/compounds`, { compoundId: loose })));
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(results.find((r) => r.status === 409)!.body.code).toBe('PROJECT.ACTIVE_EXISTS');
    });

    it('every covered compound is surveyed and eligible; a refusal names the compound that blocks', async () => {
      const survey = (compoundId: string | undefined, body: object = COMPLETE_SURVEY) =>
        api.http
          .put(`/projects/${projectId}/survey`)
          .set(pm.auth)
          .send({ ...body, ...(compoundId && { compoundId }) });
      const ambiguous = await survey(undefined).expect(400);
      expect(ambiguous.body.errors).toEqual([expect.objectContaining({ field: 'compoundId', code: 'COMPOUND_REQUIRED' })]);
      const base = (n: number) => ({
        ...COMPLETE_SURVEY,
        baseData: { ...COMPLETE_SURVEY.baseData, households: n },
        willingness: { ...COMPLETE_SURVEY.willingness, surveyedHouseholds: n, willingHouseholds: n },
      });
      await survey(c.A, base(10)).expect(200);
      expect((await survey(otherDistrictCompound).expect(422)).body.errors[0].code).toBe('NOT_COVERED');
      const missing = await refusal('COMPLETE_SURVEY');
      expect(missing.map((g) => g.code)).toEqual([
        'SURVEY.BASE_DATA_INCOMPLETE',
        'SURVEY.ASSETS_MISSING',
        'SURVEY.WILLINGNESS_MISSING',
        'ELIGIBILITY.BUILT_AFTER_2000',
      ]);
      for (const g of missing.slice(0, 3)) expect(g.message.zh).toMatch(/^西园、南园：/);
      expect(missing[3].message.zh).toContain('南园建成于2005年');

      await survey(c.B, base(6)).expect(200);
      expect((await get(`/projects/${projectId}/survey?compoundId=${c.B}`).expect(200)).body).toMatchObject({ compoundId: c.B });
      expect((await get(`/projects/${projectId}/survey`).expect(200)).body).toMatchObject({ compoundId: c.A });
    });

    it('a compound leaves the area, unless it is the lead or its residents have records in the project', async () => {
      await post(`/projects/${projectId}/bodies`, { ...COUNCIL, compoundId: c.B }, committeeB).expect(201);
      expect((await api.http.delete(`/projects/${projectId}/compounds/${c.B}`).set(pm.auth).expect(409)).body.code).toBe('RESOURCE.IN_USE');
      expect((await api.http.delete(`/projects/${projectId}/compounds/${c.A}`).set(pm.auth).expect(409)).body.code).toBe('RESOURCE.IN_USE');
      await api.http.delete(`/projects/${projectId}/compounds/${c.C}`).set(committeeA.auth).expect(403);
      const left = await api.http.delete(`/projects/${projectId}/compounds/${c.C}`).set(pm.auth).expect(200);
      expect(left.body.map((x: { compoundId: string }) => x.compoundId)).toEqual([c.A, c.B]);
      await api.http.delete(`/projects/${projectId}/compounds/${c.C}`).set(pm.auth).expect(404);
      await fire('COMPLETE_SURVEY').expect(200);
      expect((await post(`/projects/${projectId}/compounds`, { compoundId: c.C }).expect(409)).body.code).toBe('PROJECT.WRONG_STAGE');
    });
  });

  describe('each compound speaks for itself, and only for itself', () => {
    it("committees of every covered compound see the project; others don't", async () => {
      for (const who of [committeeA, committeeB]) {
        await get(`/projects/${projectId}`, who).expect(200);
        expect((await get('/projects', who).expect(200)).body.items.map((p: { id: string }) => p.id)).toContain(projectId);
      }
      expect((await get(`/projects/${projectId}`, outsider).expect(404)).body.code).toBe('RESOURCE.NOT_FOUND');
      expect((await get(`/projects?compoundId=${c.B}`).expect(200)).body.items.map((p: { id: string }) => p.id)).toEqual([projectId]);
    });

    it('a self-governance body per compound: ORGANIZING names the compound without one', async () => {
      const blocked = await refusal('START_CONSULTATION');
      expect(blocked.map((g) => [g.code, g.message.zh.split('：')[0]])).toEqual([['BODY.MISSING', '东园']]);
      // Committee A cannot register a body for compound B, even in its own area.
      const foreign = await post(`/projects/${projectId}/bodies`, { ...COUNCIL, compoundId: c.B }, committeeA).expect(404);
      expect(foreign.body.code).toBe('RESOURCE.NOT_FOUND');
      const body = (await post(`/projects/${projectId}/bodies`, COUNCIL, committeeA).expect(201)).body;
      expect(body.compoundId).toBe(c.A);
      expect(
        (await get(`/projects/${projectId}/bodies`, committeeA).expect(200)).body.map((b: { compoundId: string }) => b.compoundId),
      ).toEqual([c.A]);
      expect((await get(`/projects/${projectId}/bodies`).expect(200)).body).toHaveLength(2);
      await fire('START_CONSULTATION').expect(200);
    });

    it("a committee acts on its own compound's rounds only", async () => {
      const theirs = (
        await post(`/projects/${projectId}/rounds`, { subject: 'WILLINGNESS', title: '西园改不改', compoundId: c.B }, committeeB).expect(
          201,
        )
      ).body;
      expect(theirs.compoundId).toBe(c.B);
      const create = await post(
        `/projects/${projectId}/rounds`,
        { subject: 'WILLINGNESS', title: '越权', compoundId: c.B },
        committeeA,
      ).expect(404);
      expect(create.body.code).toBe('RESOURCE.NOT_FOUND');
      expect((await post(`/rounds/${theirs.id}/transitions`, { event: 'OPEN' }, committeeA).expect(404)).body.code).toBe(
        'RESOURCE.NOT_FOUND',
      );
      expect((await get(`/rounds/${theirs.id}`, committeeA).expect(404)).body.code).toBe('RESOURCE.NOT_FOUND');
      // A round opens on its own compound's confirmed roster: the lead's confirmation does not stand for the other compounds.
      await post(`/compounds/${c.A}/roster/confirmation`, {}, committeeA).expect(201);
      const unconfirmed = await post(`/rounds/${theirs.id}/transitions`, { event: 'OPEN' }, committeeB).expect(422);
      expect(unconfirmed.body.errors.map((e: { code: string }) => e.code)).toEqual(['ROUND.ROSTER_UNCONFIRMED']);
      await post(`/compounds/${c.B}/roster/confirmation`, {}, committeeA).expect(404);
      // Compound B's roster is held against B's own survey (6 households), not the lead's (10): no reason is asked.
      expect((await get(`/compounds/${c.B}/roster/confirmation`, committeeB).expect(200)).body).toMatchObject({
        households: 6,
        surveyHouseholds: 6,
      });
      const confirmed = await post(`/compounds/${c.B}/roster/confirmation`, {}, committeeB).expect(201);
      expect(confirmed.body.confirmation).toMatchObject({ households: 6, surveyHouseholds: 6, reason: null });
      const [{ project_id: confirmedIn }] = await api.db.query('SELECT project_id FROM roster_confirmations WHERE compound_id = $1', [c.B]);
      expect(confirmedIn).toBe(projectId);
      await post(`/rounds/${theirs.id}/transitions`, { event: 'OPEN' }, committeeB).expect(200);
      const [household] = (await get(`/compounds/${c.B}/households`, committeeB).expect(200)).body.items;
      const vote = { householdId: household.id, choice: 'AGREE', signed: true, channel: 'DOOR_TO_DOOR' };
      expect((await post(`/rounds/${theirs.id}/votes`, vote, committeeA).expect(404)).body.code).toBe('RESOURCE.NOT_FOUND');
      expect((await get(`/projects/${projectId}/rounds`, committeeA).expect(200)).body).toEqual([]);
      expect((await get(`/projects/${projectId}/rounds`).expect(200)).body).toHaveLength(1);
      await post(`/rounds/${theirs.id}/transitions`, { event: 'CANCEL', reason: '重新发起' }).expect(200);
    });

    it('APPLY waits for every compound’s willingness round, naming the one still to pass', async () => {
      await passRound(c.A, committeeA, 'WILLINGNESS');
      const blocked = await refusal('APPLY');
      expect(blocked.map((g) => g.code)).toEqual(['CONSENT.NO_PASSED_WILLINGNESS_ROUND']);
      expect(blocked[0].message.zh).toMatch(/^西园：/);
      expect(blocked[0].message.zh).not.toContain('东园');
      await passRound(c.B, committeeB, 'WILLINGNESS');
      await fire('APPLY').expect(200);
    });

    it('each compound accepts the admission conditions for itself', async () => {
      await api.http
        .put(`/projects/${projectId}/planning/plan-year`)
        .set(pm.auth)
        .send({ planYear: api.clock.now().getUTCFullYear() })
        .expect(200);
      const items = ['DEMOLISH_ILLEGAL_STRUCTURES', 'ACCEPT_PROPERTY_MANAGEMENT', 'REPLENISH_MAINTENANCE_FUND'];
      for (const item of items) {
        await api.http
          .put(`/projects/${projectId}/planning/admission/${item}`)
          .set(committeeA.auth)
          .send({ basis: '东园居民议事会决议' })
          .expect(200);
      }
      const foreign = await api.http
        .put(`/projects/${projectId}/planning/admission/${items[0]}`)
        .set(committeeA.auth)
        .send({ basis: '代签', compoundId: c.B })
        .expect(404);
      expect(foreign.body.code).toBe('RESOURCE.NOT_FOUND');
      const planning = (await get(`/projects/${projectId}/planning`).expect(200)).body;
      expect(planning.missingByCompound).toEqual([{ compoundId: c.B, items }]);
      const blocked = await refusal('ADMIT_TO_PLAN');
      expect(blocked.map((g) => g.code)).toEqual(['ADMISSION.CHECKLIST_INCOMPLETE']);
      expect(blocked[0].message.zh).toContain('西园');
      expect(blocked[0].message.zh).not.toContain('东园');
      for (const item of items) {
        await api.http
          .put(`/projects/${projectId}/planning/admission/${item}`)
          .set(committeeB.auth)
          .send({ basis: '西园业主大会决议' })
          .expect(200);
      }
      await fire('ADMIT_TO_PLAN').expect(200);
    });

    it('complaints come from a compound: each committee sees and moves its own', async () => {
      const mine = (
        await post(`/projects/${projectId}/complaints`, { subject: '西园夜间施工', complainantName: '刘女士' }, committeeB).expect(201)
      ).body;
      expect(mine.compoundId).toBe(c.B);
      expect((await get(`/projects/${projectId}/complaints`, committeeA).expect(200)).body).toEqual([]);
      const move = await post(`/complaints/${mine.id}/transitions`, { event: 'HANDLE', handler: '越权' }, committeeA).expect(404);
      expect(move.body.code).toBe('RESOURCE.NOT_FOUND');
      expect((await post(`/projects/${projectId}/complaints`, { subject: '无指明' }).expect(400)).body.errors[0].code).toBe(
        'COMPOUND_REQUIRED',
      );
    });
  });

  describe('one plan, one ledger, counted once', () => {
    it("progress rolls up by budget: a compound's items, the area's shared ones, and the whole", async () => {
      await api.db.query(`UPDATE projects SET state = 'DESIGN' WHERE id = $1`, [projectId]);
      const items = [
        { ...planItem('east-roads', 9000), compoundId: c.A },
        { ...planItem('west-roads', 1000), compoundId: c.B },
        planItem('shared-pipes', 10000),
      ];
      const bad = await post(`/projects/${projectId}/plans`, {
        items: [{ ...planItem('x', 1), compoundId: otherDistrictCompound }],
      }).expect(422);
      expect(bad.body.errors[0].code).toBe('NOT_COVERED');
      await post(`/projects/${projectId}/plans`, { items }).expect(201);
      await startConstruction(api, projectId, pm);
      const [report] = (await get(`/projects/${projectId}/reports`).expect(200)).body;
      await post(`/reports/${report.id}/submit`, {
        items: [
          { key: 'east-roads', percent: 10 },
          { key: 'west-roads', percent: 100 },
          { key: 'shared-pipes', percent: 50 },
        ],
        narrative: '东园道路开工，西园完工，管网过半',
      }).expect(200);
      await post(`/reports/${report.id}/accept`, {}, supervisor).expect(200);
      const progress = (await get(`/projects/${projectId}/progress`, committeeB).expect(200)).body;
      // (9000 × 10% + 1000 × 100% + 10000 × 50%) / 20000 = 34.5%
      expect(progress).toMatchObject({ basisPoints: 3450, percent: '34.50' });
      expect(progress.compounds).toEqual([
        { compoundId: c.A, budget: '9000.00', basisPoints: 1000, percent: '10.00' },
        { compoundId: null, budget: '10000.00', basisPoints: 5000, percent: '50.00' },
        { compoundId: c.B, budget: '1000.00', basisPoints: 10000, percent: '100.00' },
      ]);
    });

    it('the on-site confirmation of the quantities needs resident representatives of every covered compound', async () => {
      const confirm = (residentRepresentatives: object[]) =>
        api.http
          .put(`/projects/${projectId}/site-confirmation`)
          .set(pm.auth)
          .send({
            documentNumber: 'QZ-片区-1',
            confirmedOn: chinaDate(api.clock.now()),
            residentRepresentatives,
            items: [
              { key: 'east-roads', quantity: 1 },
              { key: 'west-roads', quantity: 1 },
              { key: 'shared-pipes', quantity: 1 },
            ],
          });
      const unnamed = await confirm([{ name: '张建国' }]).expect(422);
      expect(unnamed.body.errors).toEqual([
        expect.objectContaining({ field: 'residentRepresentatives.0.compoundId', code: 'COMPOUND_REQUIRED' }),
      ]);
      await confirm([{ name: '张建国', compoundId: c.A }]).expect(200);
      const blocked = await refusal('COMPLETE_CONSTRUCTION');
      const unconfirmed = blocked.find((g) => g.code === 'CONSTRUCTION.QUANTITIES_UNCONFIRMED')!;
      expect(unconfirmed.message.zh).toMatch(/^西园：/);
      await confirm([
        { name: '张建国', compoundId: c.A },
        { name: '李秀英', compoundId: c.B },
      ]).expect(200);
      expect((await refusal('COMPLETE_CONSTRUCTION')).map((g) => g.code)).not.toContain('CONSTRUCTION.QUANTITIES_UNCONFIRMED');
    });

    it('the portfolio counts the area as one project', async () => {
      const portfolio = (await get(`/portfolio?districtId=${districtId}`, supervisor).expect(200)).body;
      expect(portfolio.districts[0].projects.byState.CONSTRUCTION).toBe(1);
    });

    it('the owners of every covered compound choose the property company, each in their own round', async () => {
      await api.db.query(`UPDATE projects SET state = 'LONG_TERM' WHERE id = $1`, [projectId]);
      const property = { mode: 'PROFESSIONAL', provider: '片区物业服务有限公司', contractStart: '2026-07-01', contractEnd: '2029-06-30' };
      const put = () => api.http.put(`/projects/${projectId}/long-term/property`).set(pm.auth).send(property);
      const unvoted = await put().expect(422);
      expect(unvoted.body.errors.map((e: { code: string }) => e.code)).toEqual(['CONSENT.PROPERTY_COMPANY_NOT_VOTED']);
      expect(unvoted.body.errors[0].message.zh).toMatch(/^东园：.*；西园：/);
      const east = await passRound(c.A, committeeA, 'PROPERTY_COMPANY');
      const one = await put().expect(422);
      expect(one.body.errors[0].message.zh).toMatch(/^西园：/);
      expect(one.body.errors[0].message.zh).not.toContain('东园');
      expect((await get(`/projects/${projectId}/long-term`).expect(200)).body.property).toBeNull();
      const west = await passRound(c.B, committeeB, 'PROPERTY_COMPANY');
      const recorded = (await put().expect(200)).body;
      // The record names the lead compound's round; the trail, every compound's.
      expect(recorded.property).toMatchObject({ mode: 'PROFESSIONAL', consentRoundId: east });
      const [audit] = await api.db.query(
        `SELECT detail FROM audit_log WHERE project_id = $1 AND action = 'long-term.property-set' ORDER BY id DESC LIMIT 1`,
        [projectId],
      );
      expect(audit.detail).toEqual({ mode: 'PROFESSIONAL', consentRoundId: east, consentRounds: { [c.A]: east, [c.B]: west } });
      await api.db.query(`UPDATE projects SET state = 'CONSTRUCTION' WHERE id = $1`, [projectId]);
    });

    it('cancelling the area releases every compound for a project of its own', async () => {
      await fire('CANCEL', pm, '改为分期实施').expect(200);
      const covered = (await get(`/projects/${projectId}/compounds`, committeeB).expect(200)).body;
      expect(covered.every((x: { releasedAt: string | null }) => x.releasedAt !== null)).toBe(true);
      await post('/projects', { compoundId: c.B, name: '西园单独改造' }).expect(201);
    });
  });
});
