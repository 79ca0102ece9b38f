import { maskName } from '@app/domain';
import { DeadlineRunner } from '@app/workflow';
import type { Response } from 'supertest';
import { startApi, type TestApi } from './support/api.js';
import { COMPLETE_SURVEY, COUNCIL, confirmRoster, districtWithCompound, type Place, PAPER_OPINION } from './support/fixtures.js';

type User = Awaited<ReturnType<TestApi['user']>>;
interface FieldError {
  field: string;
  code: string;
  message: string;
}

const DAY = 24 * 3600 * 1000;
const HOUSEHOLDS = 4;
const REVIEWERS = ['HOUSING', 'FIRE_EMERGENCY'];
const ALL_BASES = ['NO_ADDED_FLOOR_AREA', 'NO_FUNCTION_OR_STRUCTURE_CHANGE', 'NO_PLANNING_CONDITION_CHANGE'];

const SECTIONS = {
  basicFacts: '小区建于1990年',
  residentOpinions: '入户调查4户',
  mainProblems: '雨污合流',
  contentAndMethod: '五项必改',
  riskAssessment: '可控',
  investmentEstimate: '约65万元',
  fundingAndBalance: '政府补助',
  smartCompound: '门禁',
  longTermManagement: '引入物业',
};

const item = (key: string, kind: string | null, quantity: number, unitPrice: number, extra: Record<string, unknown> = {}) => ({
  key,
  name: key,
  ...(kind ? { kind } : {}),
  category: 'BASIC',
  quantity,
  unit: 'm',
  unitPrice,
  paidBy: 'GOVERNMENT',
  required: true,
  ...extra,
});

/** The five mandatory items; 646890.13 in all. */
const MANDATORY = [
  item('demolition', 'ILLEGAL_STRUCTURE_DEMOLITION', 120, 150), // 18000.00
  item('rain-sewage', 'RAIN_SEWAGE_SEPARATION', 1200.5, 380.25), // 456490.125 -> 456490.13
  item('fire', 'FIRE_SAFETY', 40, 2500), // 100000.00
  item('weak-current', 'WEAK_CURRENT_TIDYING', 800, 45.5), // 36400.00
  item('sanitation', 'SANITATION_FACILITIES', 12, 3000), // 36000.00
];

/** A plan that meets every plan guard but the rounds. */
const COMPLETE_PLAN = {
  sections: SECTIONS,
  currentStateSurvey: true,
  fireLanes: true,
  ageFriendly: true,
  elevatorPositionReserved: true,
  // Government money only: residents and social capital put in nothing, and the plan says so.
  contributions: { residentSharePercent: 0, residents: 0, socialCapital: 0 },
  items: MANDATORY,
};

describe('plans, joint review and permits refuse bad input', () => {
  let api: TestApi;
  let place: Place;
  let other: Place;
  let secondCompoundId: string;
  let admin: User;
  let pm: User;
  let otherPm: User;
  let committee: User;
  let supervisor: User;
  /** Walked through each test below, from DESIGN to PERMITTING. */
  let p1: string;
  /** Taken to PERMITTING by the helper, on the district's second compound. */
  let p2: string;
  let round1: string;
  let adopted: string;
  let explained: string;

  beforeAll(async () => {
    api = await startApi();
    place = await districtWithCompound(api, 'plan-bad');
    other = await districtWithCompound(api, 'plan-bad-other');
    admin = await api.user('ADMIN');
    secondCompoundId = (
      await api.http
        .post('/compounds')
        .set(admin.auth)
        .send({ districtId: place.districtId, name: '第二小区', address: '测试路 2 号', buildYear: 1992 })
        .expect(201)
    ).body.id;
    pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] });
    otherPm = await api.user('DISTRICT_PM', { districtIds: [other.districtId] });
    committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [place.compoundId, secondCompoundId] });
    supervisor = await api.user('SUPERVISOR', { districtIds: [place.districtId] });
    await api.http.put(`/districts/${place.districtId}/reviewers`).set(admin.auth).send({ reviewers: REVIEWERS }).expect(200);
    p1 = await toDesign(place.compoundId);
    p2 = await toDesign(secondCompoundId);
  });

  afterAll(async () => {
    await api?.close();
  });

  const post = (path: string, body: object, who = pm) => api.http.post(path).set(who.auth).send(body);
  const put = (path: string, body: object, who = pm) => api.http.put(path).set(who.auth).send(body);
  const fire = (projectId: string, event: string, extra: object = {}, who = pm) =>
    post(`/projects/${projectId}/transitions`, { event, ...extra }, who);
  const fieldErrors = (res: Response) => res.body.errors as FieldError[];
  const refused = (res: Response, status: number, code: string) => expect([res.status, res.body.code]).toEqual([status, code]);

  // ---- set-up over HTTP --------------------------------------------------------------------

  function tallyCsv(agree: number): string {
    return [
      '楼栋,单元,房号,意见,签字,方式',
      ...Array.from({ length: HOUSEHOLDS }, (_, i) => `1,1,${101 + i},${i < agree ? '同意' : '不同意'},是,纸质`),
    ].join('\n');
  }

  /** Creates, opens, tallies and closes a round, and starts its public notice. */
  async function roundInPublicity(projectId: string, body: object, agree: number): Promise<string> {
    const id = (await post(`/projects/${projectId}/rounds`, { title: '征询', publicityDays: 3, ...body }, committee).expect(201)).body.id;
    const [{ compound_id }] = await api.db.query('SELECT compound_id FROM projects WHERE id = $1', [projectId]);
    await confirmRoster(api, compound_id, committee);
    await post(`/rounds/${id}/transitions`, { event: 'OPEN' }, committee).expect(200);
    await api.http
      .post(`/rounds/${id}/votes/import`)
      .set(committee.auth)
      .attach('file', Buffer.from(tallyCsv(agree)), 'tally.csv')
      .expect(200);
    await post(`/rounds/${id}/transitions`, { event: 'CLOSE' }, committee).expect(200);
    await post(`/rounds/${id}/transitions`, { event: 'START_PUBLICITY' }, committee).expect(200);
    return id;
  }

  async function conclude(roundId: string): Promise<void> {
    api.clock.advance(3 * DAY);
    const [{ id }] = await api.db.query(`SELECT id FROM deadlines WHERE subject_id = $1 AND state = 'PENDING'`, [roundId]);
    expect(await api.app.get(DeadlineRunner).fire(id, api.clock.now())).toBe('ACTED');
  }

  async function toDesign(compoundId: string): Promise<string> {
    const roster = ['楼栋,单元,房号,面积', ...Array.from({ length: HOUSEHOLDS }, (_, i) => `1,1,${101 + i},90`)].join('\n');
    await api.http
      .post(`/compounds/${compoundId}/households/import`)
      .set(committee.auth)
      .attach('file', Buffer.from(roster), 'roster.csv')
      .expect(200);
    const id = (await post('/projects', { compoundId, name: '综合改造' }).expect(201)).body.id;
    await put(`/projects/${id}/survey`, {
      ...COMPLETE_SURVEY,
      baseData: { ...COMPLETE_SURVEY.baseData, households: HOUSEHOLDS, floorArea: 360 },
      willingness: { surveyedHouseholds: HOUSEHOLDS, willingHouseholds: HOUSEHOLDS, method: 'DOOR_TO_DOOR' },
    }).expect(200);
    await fire(id, 'COMPLETE_SURVEY').expect(200);
    await post(`/projects/${id}/bodies`, COUNCIL, committee).expect(201);
    await fire(id, 'START_CONSULTATION').expect(200);
    await conclude(await roundInPublicity(id, { subject: 'WILLINGNESS' }, HOUSEHOLDS));
    await fire(id, 'APPLY').expect(200);
    await put(`/projects/${id}/planning/plan-year`, { planYear: 2026 }).expect(200);
    for (const a of ['DEMOLISH_ILLEGAL_STRUCTURES', 'ACCEPT_PROPERTY_MANAGEMENT', 'REPLENISH_MAINTENANCE_FUND']) {
      await put(`/projects/${id}/planning/admission/${a}`, { basis: '业主大会决议' }, committee).expect(200);
    }
    await fire(id, 'ADMIT_TO_PLAN').expect(200);
    await put(`/projects/${id}/planning/implementing-entity`, { name: '区城市更新公司' }).expect(200);
    await put(`/projects/${id}/planning/funding`, {
      budget: 1000000,
      sources: [{ source: 'LOCAL_BUDGET', amount: 1000000 }],
    }).expect(200);
    expect((await fire(id, 'START_DESIGN').expect(200)).body.project.state).toBe('DESIGN');
    return id;
  }

  /** Two plan rounds, one failing and one passing on a revised version, a clean review: PERMITTING. */
  async function toPermitting(id: string): Promise<void> {
    const first = (await post(`/projects/${id}/plans`, COMPLETE_PLAN).expect(201)).body.version;
    await conclude(await roundInPublicity(id, { subject: 'PLAN', planVersion: first }, 1));
    const second = (await post(`/projects/${id}/plans`, { changeNote: '修改' }).expect(201)).body.version;
    await conclude(await roundInPublicity(id, { subject: 'PLAN', planVersion: second }, HOUSEHOLDS));
    await fire(id, 'SUBMIT_FOR_REVIEW').expect(200);
    for (const reviewer of REVIEWERS) {
      await post(`/projects/${id}/review/opinions`, { reviewer, opinion: 'APPROVE', comments: '同意', ...PAPER_OPINION }).expect(201);
    }
    expect((await fire(id, 'PASS_REVIEW').expect(200)).body.project.state).toBe('PERMITTING');
  }

  // ---- plan versions -----------------------------------------------------------------------

  describe('plan versions', () => {
    it('budgets are exact: each line rounded half up to the fen, the plan the sum of its lines', async () => {
      const res = await post(`/projects/${p1}/plans`, {
        ...COMPLETE_PLAN,
        items: [
          ...MANDATORY,
          item('half-fen', null, 0.5, 0.01, { required: false }), // 0.005 -> 0.01
          item('two-and-a-half-fen', null, 2.5, 0.01, { required: false }), // 0.025 -> 0.03
          item('under-half-fen', null, 0.49, 0.01, { required: false }), // 0.0049 -> 0.00
        ],
      }).expect(201);
      expect(res.body).toMatchObject({ version: 1, frozen: false });
      const line = (key: string) => res.body.items.find((i: { key: string }) => i.key === key);
      expect(line('rain-sewage')).toMatchObject({ quantity: '1200.50', unitPrice: '380.25', budget: '456490.13' });
      expect(line('half-fen').budget).toBe('0.01');
      expect(line('two-and-a-half-fen').budget).toBe('0.03');
      expect(line('under-half-fen').budget).toBe('0.00');
      expect(line('weak-current')).toMatchObject({ unitPrice: '45.50', budget: '36400.00' });
      // The sum of rounded lines (…0.17), not the rounding of the exact total (…0.155).
      expect(res.body.budget).toBe('646890.17');

      const read = await api.http.get(`/projects/${p1}/plans/1`).set(supervisor.auth).expect(200);
      expect(read.body.budget).toBe('646890.17');
      expect(read.body.items.map((i: { budget: string }) => i.budget).sort()).toEqual(
        ['0.00', '0.01', '0.03', '18000.00', '36000.00', '36400.00', '100000.00', '456490.13'].sort(),
      );
    });

    it('refuses a negative quantity or unit price with 400, naming the field', async () => {
      const negativeQuantity = await post(`/projects/${p1}/plans`, { items: [item('fire', 'FIRE_SAFETY', -1, 2500)] }).expect(400);
      expect(negativeQuantity.body).toMatchObject({ status: 400, code: 'REQUEST.VALIDATION_FAILED' });
      expect(fieldErrors(negativeQuantity).map((e) => e.field)).toEqual(['items.0.quantity']);

      const negativePrice = await put(`/projects/${p1}/plans/1`, { items: [...MANDATORY, item('shed', null, 1, -0.01)] }).expect(400);
      expect(negativePrice.body.code).toBe('REQUEST.VALIDATION_FAILED');
      expect(fieldErrors(negativePrice).map((e) => e.field)).toEqual(['items.5.unitPrice']);

      const versions = await api.http.get(`/projects/${p1}/plans`).set(pm.auth).expect(200);
      expect(versions.body.map((p: { version: number; budget: string }) => [p.version, p.budget])).toEqual([[1, '646890.17']]);
    });

    it('refuses duplicate item keys with 422', async () => {
      const dup = [...MANDATORY, item('fire', null, 1, 1)];
      const drafted = await post(`/projects/${p1}/plans`, { items: dup }).expect(422);
      expect(drafted.body).toMatchObject({ status: 422, code: 'DOMAIN.INVALID' });
      expect(fieldErrors(drafted)).toEqual([expect.objectContaining({ field: 'items', code: 'DUPLICATE' })]);
      const edited = await put(`/projects/${p1}/plans/1`, { items: dup }).expect(422);
      expect(fieldErrors(edited)[0]).toMatchObject({ field: 'items', code: 'DUPLICATE' });

      const versions = await api.http.get(`/projects/${p1}/plans`).set(pm.auth).expect(200);
      expect(versions.body).toHaveLength(1);
      expect(versions.body[0].items).toHaveLength(8);
    });

    it('refuses a PLAN round without a plan version or with an unknown one (422)', async () => {
      const rounds = `/projects/${p1}/rounds`;
      const none = await post(rounds, { subject: 'PLAN', title: '方案征询' }, committee).expect(422);
      expect(none.body.code).toBe('DOMAIN.INVALID');
      expect(fieldErrors(none)[0]).toMatchObject({ field: 'planVersion' });
      const unknown = await post(rounds, { subject: 'PLAN', title: '方案征询', planVersion: 9 }, committee).expect(422);
      expect(fieldErrors(unknown)[0]).toMatchObject({ field: 'planVersion' });
      const notAPlanRound = await post(rounds, { subject: 'WILLINGNESS', title: '改不改', planVersion: 1 }, committee).expect(422);
      expect(fieldErrors(notAPlanRound)[0]).toMatchObject({ field: 'planVersion', code: 'NOT_A_PLAN_ROUND' });

      const listed = await api.http.get(rounds).set(pm.auth).expect(200);
      expect(listed.body.map((r: { subject: string }) => r.subject)).toEqual(['WILLINGNESS']);
    });

    it('freezes a version once its round opens (409 PLAN.FROZEN) while a new version is drafted and edited', async () => {
      round1 = (
        await post(`/projects/${p1}/rounds`, { subject: 'PLAN', title: '第一轮', planVersion: 1, publicityDays: 3 }, committee).expect(201)
      ).body.id;
      await confirmRoster(api, place.compoundId, committee);
      await post(`/rounds/${round1}/transitions`, { event: 'OPEN' }, committee).expect(200);

      const frozen = await put(`/projects/${p1}/plans/1`, { changeNote: '偷偷修改', items: MANDATORY }).expect(409);
      expect(frozen.body).toMatchObject({ status: 409, code: 'PLAN.FROZEN', title: 'Conflict' });
      const v1 = await api.http.get(`/projects/${p1}/plans/1`).set(pm.auth).expect(200);
      expect(v1.body).toMatchObject({ frozen: true, changeNote: null, budget: '646890.17' });
      expect(v1.body.items).toHaveLength(8);

      const v2 = await post(`/projects/${p1}/plans`, { items: MANDATORY, changeNote: '去掉可选项' }).expect(201);
      expect(v2.body).toMatchObject({ version: 2, frozen: false, changeNote: '去掉可选项', budget: '646890.13' });
      const edited = await put(`/projects/${p1}/plans/2`, { changeNote: '去掉三项可选项' }).expect(200);
      expect(edited.body).toMatchObject({ version: 2, frozen: false, changeNote: '去掉三项可选项', budget: '646890.13' });
      expect(edited.body.sections).toEqual(SECTIONS);

      // Round 1 fails and draws two objections, one adopted and one explained.
      await api.http
        .post(`/rounds/${round1}/votes/import`)
        .set(committee.auth)
        .attach('file', Buffer.from(tallyCsv(1)), 'tally.csv')
        .expect(200);
      expect((await post(`/rounds/${round1}/transitions`, { event: 'CLOSE' }, committee).expect(200)).body.result).toBe('FAILED');
      await post(`/rounds/${round1}/transitions`, { event: 'START_PUBLICITY' }, committee).expect(200);
      adopted = (await post(`/rounds/${round1}/objections`, { text: '保留车棚' }, committee).expect(201)).body.id;
      explained = (await post(`/rounds/${round1}/objections`, { text: '不拆院墙' }, committee).expect(201)).body.id;
      await post(`/objections/${adopted}/response`, { response: 'ADOPTED', text: '采纳' }).expect(200);
      await post(`/objections/${explained}/response`, { response: 'EXPLAINED', text: '院墙为违建' }).expect(200);
    });

    it('refuses adoptedObjections naming an objection that was EXPLAINED, not ADOPTED (422)', async () => {
      const explainedOne = await put(`/projects/${p1}/plans/2`, { adoptedObjections: [explained] }).expect(422);
      expect(explainedOne.body.code).toBe('DOMAIN.INVALID');
      expect(fieldErrors(explainedOne)).toEqual([expect.objectContaining({ field: 'adoptedObjections', code: 'NOT_ADOPTED' })]);
      expect(fieldErrors(explainedOne)[0].message).toContain(explained);

      const mixed = await post(`/projects/${p1}/plans`, { adoptedObjections: [adopted, explained] }).expect(422);
      expect(fieldErrors(mixed).map((e) => e.message.includes(explained))).toEqual([true]);
      const unknown = await put(`/projects/${p1}/plans/2`, { adoptedObjections: ['00000000-0000-4000-8000-000000000000'] }).expect(422);
      expect(fieldErrors(unknown)[0]).toMatchObject({ code: 'NOT_ADOPTED' });
      await put(`/projects/${p1}/plans/2`, { adoptedObjections: ['not-a-uuid'] }).expect(400);

      const versions = await api.http.get(`/projects/${p1}/plans`).set(pm.auth).expect(200);
      expect(versions.body.map((p: { version: number; adoptedObjections: string[] }) => [p.version, p.adoptedObjections])).toEqual([
        [1, []],
        [2, []],
      ]);
      const ok = await put(`/projects/${p1}/plans/2`, { adoptedObjections: [adopted] }).expect(200);
      expect(ok.body.adoptedObjections).toEqual([adopted]);
    });

    it('refuses plan and round writes by a supervisor (403)', async () => {
      const writes = [
        await post(`/projects/${p1}/plans`, COMPLETE_PLAN, supervisor),
        await put(`/projects/${p1}/plans/2`, { changeNote: '监督员修改' }, supervisor),
        await post(`/projects/${p1}/rounds`, { subject: 'PLAN', title: '第二轮', planVersion: 2 }, supervisor),
        await post(`/objections/${adopted}/response`, { response: 'EXPLAINED', text: 'x' }, supervisor),
      ];
      for (const res of writes) refused(res, 403, 'ACCESS.FORBIDDEN');
      refused(await fire(p1, 'SUBMIT_FOR_REVIEW', {}, supervisor), 403, 'MACHINE.ROLE_NOT_ALLOWED');
      const v2 = await api.http.get(`/projects/${p1}/plans/2`).set(pm.auth).expect(200);
      expect(v2.body.changeNote).toBe('去掉三项可选项');
    });

    it('keeps the sections a draft or an edit leaves out', async () => {
      // On the second project, still in DESIGN and without rounds.
      await post(`/projects/${p2}/plans`, COMPLETE_PLAN).expect(201);
      const edited = await put(`/projects/${p2}/plans/1`, { sections: { riskAssessment: '夜间施工扰民' } }).expect(200);
      expect(edited.body.sections).toEqual({ ...SECTIONS, riskAssessment: '夜间施工扰民' });
      const drafted = await post(`/projects/${p2}/plans`, { sections: { smartCompound: '人脸门禁' }, changeNote: '补充智慧小区' }).expect(
        201,
      );
      expect(drafted.body.sections).toEqual({ ...SECTIONS, riskAssessment: '夜间施工扰民', smartCompound: '人脸门禁' });
    });

    it('refuses a PM of another district as if the project did not exist (404)', async () => {
      refused(await post(`/projects/${p1}/plans`, COMPLETE_PLAN, otherPm), 404, 'RESOURCE.NOT_FOUND');
      refused(await put(`/projects/${p1}/plans/2`, { changeNote: '越权' }, otherPm), 404, 'RESOURCE.NOT_FOUND');
      refused(await post(`/projects/${p1}/rounds`, { subject: 'PLAN', title: '越权', planVersion: 2 }, otherPm), 404, 'RESOURCE.NOT_FOUND');
      refused(await api.http.get(`/projects/${p1}/plans`).set(otherPm.auth), 404, 'RESOURCE.NOT_FOUND');
      const versions = await api.http.get(`/projects/${p1}/plans`).set(pm.auth).expect(200);
      expect(versions.body).toHaveLength(2);
    });
  });

  // ---- joint review ------------------------------------------------------------------------

  describe('joint review', () => {
    it('refuses an opinion on a project not in JOINT_REVIEW (409)', async () => {
      const res = await post(`/projects/${p1}/review/opinions`, {
        reviewer: 'HOUSING',
        opinion: 'APPROVE',
        comments: '同意',
        ...PAPER_OPINION,
      }).expect(409);
      expect(res.body).toMatchObject({ status: 409, code: 'PROJECT.WRONG_STAGE' });
      expect((await api.http.get(`/projects/${p1}/review`).set(pm.auth).expect(200)).body).toBeNull();
    });

    it('takes the project into JOINT_REVIEW after the second round', async () => {
      await conclude(round1);
      await conclude(await roundInPublicity(p1, { subject: 'PLAN', planVersion: 2 }, HOUSEHOLDS));
      await fire(p1, 'SUBMIT_FOR_REVIEW').expect(200);
      const review = await api.http.get(`/projects/${p1}/review`).set(pm.auth).expect(200);
      expect(review.body).toMatchObject({ planVersion: 2, state: 'OPEN', reviewers: REVIEWERS, opinions: [] });
    });

    it('refuses an opinion from a department not on the list (422)', async () => {
      const gas = await post(`/projects/${p1}/review/opinions`, {
        reviewer: 'GAS',
        opinion: 'APPROVE',
        comments: '同意',
        ...PAPER_OPINION,
      }).expect(422);
      expect(gas.body).toMatchObject({ status: 422, code: 'DOMAIN.INVALID' });
      expect(fieldErrors(gas)).toEqual([expect.objectContaining({ field: 'reviewer', code: 'NOT_ON_LIST' })]);
      await post(`/projects/${p1}/review/opinions`, { reviewer: 'housing', opinion: 'APPROVE', comments: '同意', ...PAPER_OPINION }).expect(
        400,
      );
    });

    it('refuses APPROVE_WITH_CONDITIONS without conditions, and conditions on other opinions (422)', async () => {
      const opinion = (body: object) => post(`/projects/${p1}/review/opinions`, { reviewer: 'FIRE_EMERGENCY', comments: '意见', ...body });
      for (const conditions of [undefined, [], ['   ']]) {
        const res = await opinion({ opinion: 'APPROVE_WITH_CONDITIONS', ...(conditions ? { conditions } : {}) }).expect(422);
        expect(fieldErrors(res)).toEqual([expect.objectContaining({ field: 'conditions', code: 'REQUIRED' })]);
      }
      const approve = await opinion({ opinion: 'APPROVE', conditions: ['保持通道畅通'] }).expect(422);
      expect(fieldErrors(approve)[0]).toMatchObject({ field: 'conditions', code: 'NOT_ALLOWED' });
      await opinion({ opinion: 'REJECT', conditions: ['保持通道畅通'] }).expect(422);
      expect((await api.http.get(`/projects/${p1}/review`).set(pm.auth).expect(200)).body.opinions).toEqual([]);
    });

    it('takes an opinion from the department itself, or from a PM with all the paper; from nobody else', async () => {
      const opinions = async () =>
        (
          await api.db.query(
            'SELECT count(*)::int AS n FROM review_opinions o JOIN joint_reviews r ON r.id = o.review_id WHERE r.project_id = $1',
            [p1],
          )
        )[0].n;
      const housing = { reviewer: 'HOUSING', opinion: 'APPROVE', comments: '同意' };
      const fields = (res: Response) => fieldErrors(res).map((e) => [e.field, e.code]);
      expect(fields(await post(`/projects/${p1}/review/opinions`, housing).expect(422))).toEqual([
        ['signer', 'EVIDENCE_REQUIRED'],
        ['formNumber', 'EVIDENCE_REQUIRED'],
        ['photoSha256', 'EVIDENCE_REQUIRED'],
      ]);
      const { photoSha256: _photo, ...noPhoto } = PAPER_OPINION;
      expect(fields(await post(`/projects/${p1}/review/opinions`, { ...housing, ...noPhoto }).expect(422))).toEqual([
        ['photoSha256', 'EVIDENCE_REQUIRED'],
      ]);
      refused(
        await post(`/projects/${p1}/review/opinions`, { ...housing, ...PAPER_OPINION, photoSha256: 'A'.repeat(64) }),
        400,
        'REQUEST.VALIDATION_FAILED',
      );
      refused(await post(`/projects/${p1}/review/opinions`, { ...housing, ...PAPER_OPINION }, committee), 403, 'ACCESS.FORBIDDEN');
      const fireOfficer = await api.user('SUPERVISOR', { districtIds: [place.districtId] });
      await put(`/users/${fireOfficer.id}/organisation`, { organisation: 'FIRE_EMERGENCY' }, admin).expect(200);
      refused(await post(`/projects/${p1}/review/opinions`, housing, fireOfficer), 403, 'ACCESS.FORBIDDEN');
      const housingOfficer = await api.user('SUPERVISOR', { districtIds: [place.districtId] });
      await put(`/users/${housingOfficer.id}/organisation`, { organisation: 'HOUSING' }, admin).expect(200);
      expect(fields(await post(`/projects/${p1}/review/opinions`, { ...housing, ...PAPER_OPINION }, housingOfficer).expect(422))).toEqual([
        ['formNumber', 'NOT_ON_BEHALF'],
        ['photoSha256', 'NOT_ON_BEHALF'],
      ]);
      expect(await opinions()).toBe(0);

      const own = (await post(`/projects/${p1}/review/opinions`, housing, housingOfficer).expect(201)).body.opinions[0];
      expect(own).toMatchObject({ reviewer: 'HOUSING', entry: 'SELF', formNumber: null, photoSha256: null, recordedBy: housingOfficer.id });
      // Signed in the officer's own name, which a supervisor reads masked like every signer's.
      const [row] = await api.db.query(`SELECT signer FROM review_opinions WHERE reviewer = 'HOUSING'`);
      expect(row.signer).toMatch(/^supervisor-\d+$/);
      expect(own.signer).toBe(maskName(row.signer));
    });

    it('takes one opinion per reviewer (409 for a second)', async () => {
      const again = await post(`/projects/${p1}/review/opinions`, {
        reviewer: 'HOUSING',
        opinion: 'REJECT',
        comments: '改主意',
        ...PAPER_OPINION,
      }).expect(409);
      expect(again.body).toMatchObject({ status: 409, code: 'RESOURCE.ALREADY_RECORDED' });
      const review = await api.http.get(`/projects/${p1}/review`).set(pm.auth).expect(200);
      expect(review.body.opinions.map((o: { reviewer: string; opinion: string }) => [o.reviewer, o.opinion])).toEqual([
        ['HOUSING', 'APPROVE'],
      ]);
    });

    it('refuses review writes by a supervisor (403) or a PM of another district (404)', async () => {
      await post(`/projects/${p1}/review/opinions`, {
        reviewer: 'FIRE_EMERGENCY',
        ...PAPER_OPINION,
        opinion: 'APPROVE_WITH_CONDITIONS',
        comments: '原则同意',
        conditions: ['施工期间保持消防通道畅通'],
      }).expect(201);
      const acknowledge = `/projects/${p1}/review/opinions/FIRE_EMERGENCY/conditions/0/acknowledge`;
      const opinion = { reviewer: 'FIRE_EMERGENCY', opinion: 'APPROVE', comments: '同意' };
      refused(await post(`/projects/${p1}/review/opinions`, opinion, supervisor), 403, 'ACCESS.FORBIDDEN');
      refused(await post(acknowledge, {}, supervisor), 403, 'ACCESS.FORBIDDEN');
      refused(await post(`/projects/${p1}/review/opinions`, opinion, otherPm), 404, 'RESOURCE.NOT_FOUND');
      refused(await post(acknowledge, {}, otherPm), 404, 'RESOURCE.NOT_FOUND');
      refused(await fire(p1, 'PASS_REVIEW', {}, supervisor), 403, 'MACHINE.ROLE_NOT_ALLOWED');
      refused(await put(`/districts/${place.districtId}/reviewers`, { reviewers: ['HOUSING'] }, supervisor), 403, 'ACCESS.FORBIDDEN');
      refused(await put(`/districts/${place.districtId}/reviewers`, { reviewers: ['HOUSING'] }, pm), 403, 'ACCESS.FORBIDDEN');

      const review = await api.http.get(`/projects/${p1}/review`).set(supervisor.auth).expect(200);
      const fireOpinion = review.body.opinions.find((o: { reviewer: string }) => o.reviewer === 'FIRE_EMERGENCY');
      expect(fireOpinion.conditions).toEqual([{ text: '施工期间保持消防通道畅通', acknowledgedBy: null, acknowledgedAt: null }]);
      // Entered by the PM from the department's paper: the form says so, and who signed it (masked here).
      expect(fireOpinion).toMatchObject({
        entry: 'ON_BEHALF',
        signer: '李**',
        formNumber: 'SC-2026-001',
        photoSha256: 'a'.repeat(64),
        recordedBy: pm.id,
      });
    });

    it('refuses an unknown reviewer list, a missing condition and a second acknowledgement', async () => {
      const unknown = await put(`/districts/${place.districtId}/reviewers`, { reviewers: ['HOUSING', 'NOT_A_DEPARTMENT'] }, admin).expect(
        422,
      );
      expect(fieldErrors(unknown)[0]).toMatchObject({ field: 'reviewers', code: 'UNKNOWN' });
      await post(`/projects/${p1}/review/opinions/FIRE_EMERGENCY/conditions/5/acknowledge`, {}).expect(404);
      await post(`/projects/${p1}/review/opinions/FIRE_EMERGENCY/conditions/0/acknowledge`, {}).expect(200);
      const twice = await post(`/projects/${p1}/review/opinions/FIRE_EMERGENCY/conditions/0/acknowledge`, {}).expect(409);
      expect(twice.body.code).toBe('RESOURCE.ALREADY_RECORDED');
      expect((await fire(p1, 'PASS_REVIEW').expect(200)).body.project.state).toBe('PERMITTING');
    });

    it('refuses an opinion once the review has passed (409)', async () => {
      const late = await post(`/projects/${p1}/review/opinions`, {
        reviewer: 'HOUSING',
        opinion: 'REJECT',
        comments: '迟到',
        ...PAPER_OPINION,
      }).expect(409);
      expect(late.body.code).toBe('PROJECT.WRONG_STAGE');
      expect((await api.http.get(`/projects/${p1}/review`).set(pm.auth).expect(200)).body.state).toBe('PASSED');
    });
  });

  // ---- permits and the team ----------------------------------------------------------------

  describe('permits and the construction team', () => {
    const permit = (number: string) => ({ type: '建筑工程施工许可证', number, issuer: '区住建局', issuedOn: '2026-07-01' });

    it('refuses a duplicate permit number, across projects too (409)', async () => {
      await toPermitting(p2);
      const first = await post(`/projects/${p1}/permits`, permit('430111-2026-001')).expect(201);
      expect(first.body.permits).toEqual([expect.objectContaining({ number: '430111-2026-001', issuedOn: '2026-07-01' })]);
      const same = await post(`/projects/${p1}/permits`, permit('430111-2026-001')).expect(409);
      expect(same.body).toMatchObject({ status: 409, code: 'RESOURCE.TAKEN' });
      const elsewhere = await post(`/projects/${p2}/permits`, permit('430111-2026-001')).expect(409);
      expect(elsewhere.body).toMatchObject({ status: 409, code: 'RESOURCE.TAKEN' });

      await post(`/projects/${p2}/permits`, permit('430111-2026-002')).expect(201);
      const p1Permits = await api.http.get(`/projects/${p1}/permits`).set(pm.auth).expect(200);
      expect(p1Permits.body.permits.map((p: { number: string }) => p.number)).toEqual(['430111-2026-001']);
      const p2Permits = await api.http.get(`/projects/${p2}/permits`).set(pm.auth).expect(200);
      expect(p2Permits.body.permits.map((p: { number: string }) => p.number)).toEqual(['430111-2026-002']);
    });

    it('refuses zero or three volunteer supervisors (422)', async () => {
      const team = (volunteerSupervisors: object[]) =>
        put(`/projects/${p2}/team`, { contractor: '某建设公司', supervisionCompany: '某监理公司', epc: false, volunteerSupervisors });
      for (const n of [0, 3]) {
        const res = await team(Array.from({ length: n }, (_, i) => ({ name: `志愿者${i}` }))).expect(422);
        expect(res.body).toMatchObject({ status: 422, code: 'DOMAIN.INVALID' });
        expect(fieldErrors(res)).toEqual([expect.objectContaining({ field: 'volunteerSupervisors', code: 'COUNT' })]);
      }
      expect((await api.http.get(`/projects/${p2}/permits`).set(pm.auth).expect(200)).body.team).toBeNull();
      await team([{ name: '王芳' }]).expect(200);
      const two = await team([{ name: '王芳' }, { name: '赵强' }]).expect(200);
      expect(two.body.team.volunteerSupervisors).toHaveLength(2);
    });

    it('refuses an exemption without every basis (422) or with an unknown one (400)', async () => {
      const exempt = (body: object) => put(`/projects/${p2}/permits/exemption`, body);
      const none = await exempt({ bases: [] }).expect(422);
      expect(fieldErrors(none)).toEqual([expect.objectContaining({ field: 'bases', code: 'INCOMPLETE_BASIS' })]);
      const two = await exempt({ bases: ALL_BASES.slice(0, 2) }).expect(422);
      expect(fieldErrors(two)[0]).toMatchObject({ field: 'bases', code: 'INCOMPLETE_BASIS' });
      expect(fieldErrors(two)[0].message).toContain('NO_PLANNING_CONDITION_CHANGE');
      const repeated = await exempt({ bases: [ALL_BASES[0], ALL_BASES[0], ALL_BASES[1]] }).expect(422);
      expect(fieldErrors(repeated)[0]).toMatchObject({ code: 'INCOMPLETE_BASIS' });
      const unknown = await exempt({ bases: [...ALL_BASES.slice(0, 2), 'NO_NOISE'] }).expect(400);
      expect(unknown.body).toMatchObject({ status: 400, code: 'REQUEST.VALIDATION_FAILED' });
      await exempt({ note: '无依据' }).expect(400);
      expect((await api.http.get(`/projects/${p2}/permits`).set(pm.auth).expect(200)).body.exemption).toBeNull();
      await exempt({ bases: ALL_BASES }).expect(200);
    });

    it('refuses permit, exemption and team writes by a supervisor (403) or a PM of another district (404)', async () => {
      const team = { contractor: '越权公司', supervisionCompany: '越权监理', epc: true, volunteerSupervisors: [{ name: '某人' }] };
      for (const [who, status, code] of [
        [supervisor, 403, 'ACCESS.FORBIDDEN'],
        [otherPm, 404, 'RESOURCE.NOT_FOUND'],
      ] as const) {
        refused(await post(`/projects/${p1}/permits`, permit(`X-${status}`), who), status, code);
        refused(await put(`/projects/${p1}/permits/exemption`, { bases: ALL_BASES }, who), status, code);
        refused(await put(`/projects/${p1}/team`, team, who), status, code);
      }
      const view = await api.http.get(`/projects/${p1}/permits`).set(pm.auth).expect(200);
      expect(view.body).toMatchObject({ exemption: null, team: null });
      expect(view.body.permits).toHaveLength(1);
    });

    it("masks volunteer supervisors' names for supervisors only", async () => {
      await put(`/projects/${p1}/team`, {
        contractor: '湖南某建设工程有限公司',
        supervisionCompany: '某工程监理有限公司',
        epc: false,
        volunteerSupervisors: [{ name: '刘建华', phone: '13900001111' }, { name: 'Li Lei' }],
      }).expect(200);
      const full = await api.http.get(`/projects/${p1}/permits`).set(pm.auth).expect(200);
      expect(full.body.team.volunteerSupervisors).toEqual([{ name: '刘建华', phone: '13900001111' }, { name: 'Li Lei' }]);
      const byCommittee = await api.http.get(`/projects/${p1}/permits`).set(committee.auth).expect(200);
      expect(byCommittee.body.team.volunteerSupervisors[0].name).toBe('刘建华');

      const masked = await api.http.get(`/projects/${p1}/permits`).set(supervisor.auth).expect(200);
      expect(masked.body.team).toMatchObject({
        contractor: '湖南某建设工程有限公司',
        supervisionCompany: '某工程监理有限公司',
        epc: false,
      });
      expect(masked.body.team.volunteerSupervisors).toEqual([
        { name: '刘**', phone: null },
        { name: 'L*****', phone: null },
      ]);
      expect(JSON.stringify(masked.body)).not.toContain('13900001111');
    });
  });
});
