import { DeadlineRunner } from '@app/workflow';
import type { Response } from 'supertest';
import { startApi, type TestApi } from './support/api.js';
import { COMPLETE_SURVEY, COUNCIL, confirmRoster, districtWithCompound, type Place, PAPER_OPINION } from './support/fixtures.js';

type User = Awaited<ReturnType<TestApi['user']>>;
interface GuardError {
  guard: string;
  ok: boolean;
  code: string;
  practices?: string[];
}
interface HistoryEntry {
  action: string;
  subjectType: string;
  fromState: string | null;
  toState: string | null;
  actorId: string | null;
  reason: string | null;
}

const DAY = 24 * 3600 * 1000;
const HOUSEHOLDS = 10;
const REVIEWERS = ['HOUSING', 'FIRE_EMERGENCY', 'WATER'];

/** Ten households: 3-1-101 .. 3-1-110. */
const ROSTER_CSV = [
  '楼栋,单元,房号,面积,业主姓名,联系电话',
  ...Array.from({ length: HOUSEHOLDS }, (_, i) => `3,1,${101 + i},80,业主${i},1390000${1000 + i}`),
].join('\n');

/** A paper tally: the first `agree` households agree (signed), the rest disagree. */
function tallyCsv(agree: number): string {
  return [
    '楼栋,单元,房号,意见,签字,方式,表单编号',
    ...Array.from({ length: HOUSEHOLDS }, (_, i) => `3,1,${101 + i},${i < agree ? '同意' : '不同意'},是,纸质,P-${101 + i}`),
  ].join('\n');
}

const SECTIONS = {
  basicFacts: '小区建于1995年，4栋10户',
  residentOpinions: '入户调查10户，主要诉求为雨污分流和消防',
  mainProblems: '雨污合流，消防通道被占',
  contentAndMethod: '基础类五项必改，完善类车棚',
  riskAssessment: '施工扰民风险可控',
  investmentEstimate: '约70万元',
  fundingAndBalance: '政府补助为主，居民出资车棚',
  smartCompound: '门禁与监控',
  longTermManagement: '引入物业，业委会监督',
};

const item = (
  key: string,
  kind: string | null,
  quantity: number,
  unitPrice: number,
  extra: Partial<{ name: string; category: string; unit: string; paidBy: string; required: boolean }> = {},
) => ({
  key,
  name: extra.name ?? key,
  ...(kind ? { kind } : {}),
  category: extra.category ?? 'BASIC',
  quantity,
  unit: extra.unit ?? 'm',
  unitPrice,
  paidBy: extra.paidBy ?? 'GOVERNMENT',
  required: extra.required ?? true,
});

/** Every mandatory item, and an optional bike shed paid by residents. Budget 696890.13. */
const FULL_ITEMS = [
  item('demolition', 'ILLEGAL_STRUCTURE_DEMOLITION', 120, 150, { name: '拆除违章建筑', unit: 'm²' }), // 18000.00
  item('rain-sewage', 'RAIN_SEWAGE_SEPARATION', 1200.5, 380.25, { name: '雨污分流改造' }), // 456490.13
  item('fire', 'FIRE_SAFETY', 40, 2500, { name: '消防设施', unit: '套' }), // 100000.00
  item('weak-current', 'WEAK_CURRENT_TIDYING', 800, 45.5, { name: '弱电线路整治' }), // 36400.00
  item('sanitation', 'SANITATION_FACILITIES', 12, 3000, { name: '环卫设施', unit: '处' }), // 36000.00
  item('bike-shed', null, 1, 50000, { name: '自行车棚', category: 'IMPROVEMENT', unit: '座', paidBy: 'RESIDENTS', required: false }), // 50000.00
];

describe('a plan through two rounds, joint review and permits, to CONSTRUCTION', () => {
  let api: TestApi;
  let place: Place;
  let admin: User;
  let pm: User;
  let committee: User;
  let supervisor: User;
  let projectId: string;
  let round1: string;
  let round2: string;
  let adoptedId: string;
  let explainedId: string;

  beforeAll(async () => {
    api = await startApi();
    place = await districtWithCompound(api, 'plan-walk');
    admin = await api.user('ADMIN');
    pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] });
    committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [place.compoundId] });
    supervisor = await api.user('SUPERVISOR', { districtIds: [place.districtId] });
  });

  afterAll(async () => {
    await api?.close();
  });

  const post = (path: string, body: object, who = pm) => api.http.post(path).set(who.auth).send(body);
  const put = (path: string, body: object, who = pm) => api.http.put(path).set(who.auth).send(body);
  const fire = (event: string, extra: object = {}, who = pm) => post(`/projects/${projectId}/transitions`, { event, ...extra }, who);
  const guardCodes = (res: Response) => (res.body.errors as GuardError[]).map((e) => e.code);

  /** Ends a round's public notice the way the worker does: the clock passes its end and the deadline fires. */
  async function endPublicity(roundId: string, days: number): Promise<void> {
    api.clock.advance(days * DAY);
    const [{ id }] = await api.db.query(`SELECT id FROM deadlines WHERE subject_id = $1 AND state = 'PENDING'`, [roundId]);
    expect(await api.app.get(DeadlineRunner).fire(id, api.clock.now())).toBe('ACTED');
  }

  async function tallyRound(roundId: string, agree: number): Promise<void> {
    await confirmRoster(api, place.compoundId, committee);
    await post(`/rounds/${roundId}/transitions`, { event: 'OPEN' }, committee).expect(200);
    const imported = await api.http
      .post(`/rounds/${roundId}/votes/import`)
      .set(committee.auth)
      .attach('file', Buffer.from(tallyCsv(agree)), 'tally.csv')
      .expect(200);
    expect(imported.body).toMatchObject({ recorded: HOUSEHOLDS, total: HOUSEHOLDS });
  }

  it('an admin shortens the district review list, which anyone then reads back', async () => {
    const url = `/districts/${place.districtId}/reviewers`;
    const shipped: { code: string }[] = (await api.http.get('/reviewers').set(pm.auth).expect(200)).body;
    expect((await api.http.get(url).set(pm.auth).expect(200)).body).toEqual(shipped.map((r) => r.code));
    const set = await put(url, { reviewers: REVIEWERS }, admin).expect(200);
    expect(set.body).toEqual(REVIEWERS);
    expect((await api.http.get(url).set(pm.auth).expect(200)).body).toEqual(REVIEWERS);
    await api.http.get('/districts/00000000-0000-4000-8000-000000000000/reviewers').set(pm.auth).expect(404);
  });

  it('takes the project to DESIGN', async () => {
    await api.http
      .post(`/compounds/${place.compoundId}/households/import`)
      .set(committee.auth)
      .attach('file', Buffer.from(ROSTER_CSV), 'roster.csv')
      .expect(200);
    projectId = (await post('/projects', { compoundId: place.compoundId, name: '综合改造' }).expect(201)).body.id;
    await put(`/projects/${projectId}/survey`, {
      ...COMPLETE_SURVEY,
      baseData: { ...COMPLETE_SURVEY.baseData, households: HOUSEHOLDS, floorArea: 800 },
      willingness: { surveyedHouseholds: HOUSEHOLDS, willingHouseholds: 9, method: 'DOOR_TO_DOOR' },
    }).expect(200);
    await fire('COMPLETE_SURVEY').expect(200);
    await post(`/projects/${projectId}/bodies`, COUNCIL, committee).expect(201);
    await fire('START_CONSULTATION').expect(200);

    const willingness = (
      await post(`/projects/${projectId}/rounds`, { subject: 'WILLINGNESS', title: '改不改', publicityDays: 5 }, committee).expect(201)
    ).body.id;
    await tallyRound(willingness, HOUSEHOLDS);
    await post(`/rounds/${willingness}/transitions`, { event: 'CLOSE' }, committee).expect(200);
    await post(`/rounds/${willingness}/transitions`, { event: 'START_PUBLICITY' }, committee).expect(200);
    await endPublicity(willingness, 5);

    await fire('APPLY').expect(200);
    await put(`/projects/${projectId}/planning/plan-year`, { planYear: 2026 }).expect(200);
    for (const a of ['DEMOLISH_ILLEGAL_STRUCTURES', 'ACCEPT_PROPERTY_MANAGEMENT', 'REPLENISH_MAINTENANCE_FUND']) {
      await put(`/projects/${projectId}/planning/admission/${a}`, { basis: '业主大会决议' }, committee).expect(200);
    }
    await fire('ADMIT_TO_PLAN').expect(200);
    await put(`/projects/${projectId}/planning/implementing-entity`, { name: '区城市更新公司' }).expect(200);
    // Less raised than the plan will cost: the funding gap shows at submission.
    await put(`/projects/${projectId}/planning/funding`, {
      budget: 700000,
      sources: [
        { source: 'LOCAL_BUDGET', amount: 400000 },
        { source: 'RESIDENTS', amount: 100000 },
      ],
    }).expect(200);
    const design = await fire('START_DESIGN').expect(200);
    expect(design.body.project.state).toBe('DESIGN');
  });

  it('refuses SUBMIT_FOR_REVIEW before any plan with every plan code, each with its practices', async () => {
    const res = await fire('SUBMIT_FOR_REVIEW').expect(422);
    expect(res.body).toMatchObject({ status: 422, code: 'MACHINE.GUARD_FAILED', state: 'DESIGN' });
    expect(guardCodes(res)).toEqual([
      'PLAN.NO_CURRENT_STATE_SURVEY',
      'PLAN.NO_RESIDENT_OPINIONS',
      'PLAN.NO_FIRE_LANES_OR_AGE_FRIENDLY',
      'PLAN.MANDATORY_ITEM_MISSING',
      'PLAN.ELEVATOR_NOT_ADDRESSED',
      'PLAN.FUNDING_GAP',
      'PLAN.RESIDENT_SHARE_UNSTATED',
      'PLAN.CONTRIBUTIONS_UNDISCLOSED',
      'PLAN.ROUNDS_INCOMPLETE',
    ]);
    const disclosure = (res.body.errors as GuardError[]).find((e) => e.code === 'PLAN.CONTRIBUTIONS_UNDISCLOSED')!;
    expect(disclosure.practices).toContain('changsha-eight-no-pass');
    const rounds = (res.body.errors as GuardError[]).find((e) => e.code === 'PLAN.ROUNDS_INCOMPLETE')!;
    expect(rounds.practices).toContain('changsha-two-rounds-two-notices');
  });

  it('drafts plan v1; before any round only the codes that still apply are listed', async () => {
    const partial = await post(`/projects/${projectId}/plans`, {
      sections: SECTIONS,
      currentStateSurvey: true,
      fireLanes: true,
      ageFriendly: true,
      items: FULL_ITEMS.filter((i) => i.kind !== 'SANITATION_FACILITIES'),
    }).expect(201);
    expect(partial.body).toMatchObject({ version: 1, frozen: false, elevatorPositionReserved: false, budget: '660890.13' });
    const blocked = await fire('SUBMIT_FOR_REVIEW').expect(422);
    expect(guardCodes(blocked)).toEqual([
      'PLAN.MANDATORY_ITEM_MISSING',
      'PLAN.ELEVATOR_NOT_ADDRESSED',
      'PLAN.FUNDING_GAP',
      'PLAN.RESIDENT_SHARE_UNSTATED',
      'PLAN.CONTRIBUTIONS_UNDISCLOSED',
      'PLAN.ROUNDS_INCOMPLETE',
    ]);
    const missing = (blocked.body.errors as (GuardError & { message: { en: string } })[])[0]!;
    expect(missing.message.en).toContain('SANITATION_FACILITIES');

    // v1 has not gone to a round: it can still be edited in place.
    const full = await put(`/projects/${projectId}/plans/1`, { items: FULL_ITEMS, elevatorPositionReserved: true }).expect(200);
    expect(full.body).toMatchObject({ version: 1, frozen: false, elevatorPositionReserved: true, budget: '696890.13' });
    expect(full.body.sections).toEqual(SECTIONS);
    expect(full.body.items.find((i: { key: string }) => i.key === 'rain-sewage')).toMatchObject({
      kind: 'RAIN_SEWAGE_SEPARATION',
      quantity: '1200.50',
      unitPrice: '380.25',
      budget: '456490.13',
      paidBy: 'GOVERNMENT',
      required: true,
    });
    expect(full.body.items.find((i: { key: string }) => i.key === 'bike-shed')).toMatchObject({
      category: 'IMPROVEMENT',
      paidBy: 'RESIDENTS',
      required: false,
    });

    const stillGap = await fire('SUBMIT_FOR_REVIEW').expect(422);
    expect(guardCodes(stillGap)).toEqual([
      'PLAN.FUNDING_GAP',
      'PLAN.RESIDENT_SHARE_UNSTATED',
      'PLAN.CONTRIBUTIONS_UNDISCLOSED',
      'PLAN.ROUNDS_INCOMPLETE',
    ]);
    await put(`/projects/${projectId}/planning/funding`, {
      budget: 800000,
      sources: [
        { source: 'LOCAL_BUDGET', amount: 600000 },
        { source: 'RESIDENTS', amount: 150000 },
      ],
    }).expect(200);
    expect(guardCodes(await fire('SUBMIT_FOR_REVIEW').expect(422))).toEqual([
      'PLAN.RESIDENT_SHARE_UNSTATED',
      'PLAN.CONTRIBUTIONS_UNDISCLOSED',
      'PLAN.ROUNDS_INCOMPLETE',
    ]);

    // The residents' share is a percentage with at most two decimals, 0 to 100.
    const contributions = (c: object, extra: object = {}) => put(`/projects/${projectId}/plans/1`, { contributions: c, ...extra });
    for (const bad of [100.01, -0.01, 12.345, '30'])
      expect((await contributions({ residentSharePercent: bad }).expect(400)).body.code).toBe('REQUEST.VALIDATION_FAILED');
    expect((await contributions({ residents: -1 }).expect(400)).body.code).toBe('REQUEST.VALIDATION_FAILED');
    // Stated at 0%, with the residents' contribution one fen short of the funding plan's.
    const short = await contributions({ residentSharePercent: 0, residents: 149999.99, socialCapital: 0 }).expect(200);
    expect(short.body.contributions).toEqual({ residentSharePercent: '0.00', residents: '149999.99', socialCapital: '0.00' });
    const undisclosed = await fire('SUBMIT_FOR_REVIEW').expect(422);
    expect(guardCodes(undisclosed)).toEqual(['PLAN.CONTRIBUTIONS_UNDISCLOSED', 'PLAN.ROUNDS_INCOMPLETE']);
    expect((undisclosed.body.errors as { message: { en: string } }[])[0]!.message.en).toMatch(
      /residents 15000000 fen, social capital 0 fen/,
    );
    // Windows are the residents' own to pay for.
    const windows = item('windows', 'WINDOWS', 1, 0, { name: '更换外窗', category: 'IMPROVEMENT', paidBy: 'GOVERNMENT' });
    await contributions({ residents: 150000 }, { items: [...FULL_ITEMS, windows] }).expect(200);
    expect(guardCodes(await fire('SUBMIT_FOR_REVIEW').expect(422))).toEqual([
      'PLAN.RESIDENT_ITEMS_NOT_RESIDENT_PAID',
      'PLAN.ROUNDS_INCOMPLETE',
    ]);
    const stated = await contributions(
      { residentSharePercent: 100 },
      { items: [...FULL_ITEMS, { ...windows, paidBy: 'RESIDENTS' }] },
    ).expect(200);
    expect(stated.body.contributions).toEqual({ residentSharePercent: '100.00', residents: '150000.00', socialCapital: '0.00' });
    await put(`/projects/${projectId}/plans/1`, { items: FULL_ITEMS, contributions: { residentSharePercent: 20 } }).expect(200);

    const onlyRounds = await fire('SUBMIT_FOR_REVIEW').expect(422);
    expect(guardCodes(onlyRounds)).toEqual(['PLAN.ROUNDS_INCOMPLETE']);

    const read = await api.http.get(`/projects/${projectId}/plans`).set(supervisor.auth).expect(200);
    expect(read.body.map((p: { version: number }) => p.version)).toEqual([1]);
  });

  it('PLAN round 1 on v1 fails: most households disagree; v1 is frozen from the opening', async () => {
    round1 = (
      await post(
        `/projects/${projectId}/rounds`,
        { subject: 'PLAN', title: '方案第一轮征询', planVersion: 1, publicityDays: 7 },
        committee,
      ).expect(201)
    ).body.id;
    await tallyRound(round1, 3);
    const v1 = await api.http.get(`/projects/${projectId}/plans/1`).set(supervisor.auth).expect(200);
    expect(v1.body.frozen).toBe(true);
    const closed = await post(`/rounds/${round1}/transitions`, { event: 'CLOSE' }, committee).expect(200);
    expect(closed.body).toMatchObject({ state: 'CLOSED', result: 'FAILED', planVersion: 1 });
    await post(`/rounds/${round1}/transitions`, { event: 'START_PUBLICITY' }, committee).expect(200);

    const o1 = await post(`/rounds/${round1}/objections`, { text: '希望保留车棚并扩建' }, committee).expect(201);
    const o2 = await post(`/rounds/${round1}/objections`, { text: '反对拆除一楼院墙' }, committee).expect(201);
    adoptedId = o1.body.id;
    explainedId = o2.body.id;

    const pending = await fire('SUBMIT_FOR_REVIEW').expect(422);
    expect(guardCodes(pending)).toEqual(['PLAN.OBJECTION_UNANSWERED', 'PLAN.ROUNDS_INCOMPLETE', 'PLAN.PUBLICITY_NOT_ENDED']);

    await post(`/objections/${adoptedId}/response`, { response: 'ADOPTED', text: '车棚保留并扩建' }).expect(200);
    await post(`/objections/${explainedId}/response`, { response: 'EXPLAINED', text: '院墙为违建，依法拆除' }).expect(200);
    const answered = await api.http.get(`/rounds/${round1}/objections`).set(supervisor.auth).expect(200);
    expect(Object.fromEntries(answered.body.map((o: { id: string; response: string }) => [o.id, o.response]))).toEqual({
      [adoptedId]: 'ADOPTED',
      [explainedId]: 'EXPLAINED',
    });

    await endPublicity(round1, 7);
    const concluded = await api.http.get(`/rounds/${round1}`).set(pm.auth).expect(200);
    expect(concluded.body).toMatchObject({ state: 'CONCLUDED', result: 'FAILED' });
  });

  it('v1 stays as it was; v2 takes up the adopted objection with a change note', async () => {
    const frozen = await put(`/projects/${projectId}/plans/1`, { changeNote: '改' }).expect(409);
    expect(frozen.body).toMatchObject({ status: 409, code: 'PLAN.FROZEN' });

    const items = FULL_ITEMS.map((i) => (i.key === 'bike-shed' ? { ...i, quantity: 2 } : i));
    const v2 = await post(`/projects/${projectId}/plans`, {
      items,
      changeNote: '采纳居民意见：车棚保留并扩建为两座',
      adoptedObjections: [adoptedId],
    }).expect(201);
    expect(v2.body).toMatchObject({
      version: 2,
      frozen: false,
      changeNote: '采纳居民意见：车棚保留并扩建为两座',
      adoptedObjections: [adoptedId],
      elevatorPositionReserved: true,
      budget: '746890.13',
    });
    // What was left out is carried over from v1.
    expect(v2.body.sections).toEqual(SECTIONS);
    const versions = await api.http.get(`/projects/${projectId}/plans`).set(committee.auth).expect(200);
    expect(versions.body.map((p: { version: number; frozen: boolean }) => [p.version, p.frozen])).toEqual([
      [1, true],
      [2, false],
    ]);
  });

  it('PLAN round 2 on v2 passes; submission waits for its public notice to end', async () => {
    round2 = (
      await post(
        `/projects/${projectId}/rounds`,
        { subject: 'PLAN', title: '方案第二轮征询', planVersion: 2, publicityDays: 5 },
        committee,
      ).expect(201)
    ).body.id;
    await tallyRound(round2, HOUSEHOLDS);
    const closed = await post(`/rounds/${round2}/transitions`, { event: 'CLOSE' }, committee).expect(200);
    expect(closed.body).toMatchObject({ state: 'CLOSED', result: 'PASSED', planVersion: 2 });
    await post(`/rounds/${round2}/transitions`, { event: 'START_PUBLICITY' }, committee).expect(200);

    const waiting = await fire('SUBMIT_FOR_REVIEW').expect(422);
    expect(guardCodes(waiting)).toEqual(['PLAN.ROUNDS_INCOMPLETE', 'PLAN.PUBLICITY_NOT_ENDED']);

    await endPublicity(round2, 5);
    const concluded = await api.http.get(`/rounds/${round2}`).set(supervisor.auth).expect(200);
    expect(concluded.body).toMatchObject({ state: 'CONCLUDED', result: 'PASSED' });
  });

  it('SUBMIT_FOR_REVIEW opens a joint review of v2 with the district list', async () => {
    const ready = await api.http.get(`/projects/${projectId}/transitions`).set(pm.auth).expect(200);
    expect(ready.body.events.find((e: { event: string }) => e.event === 'SUBMIT_FOR_REVIEW')).toMatchObject({ ready: true });

    const submitted = await fire('SUBMIT_FOR_REVIEW').expect(200);
    expect(submitted.body.project.state).toBe('JOINT_REVIEW');
    const review = await api.http.get(`/projects/${projectId}/review`).set(supervisor.auth).expect(200);
    expect(review.body).toMatchObject({ planVersion: 2, state: 'OPEN', reviewers: REVIEWERS, opinions: [], closedAt: null });

    const early = await fire('PASS_REVIEW').expect(422);
    expect(guardCodes(early)).toEqual(['REVIEW.OPINIONS_MISSING']);
  });

  it('one REJECT: PASS_REVIEW is refused, REJECT_REVIEW needs a reason and sends the project back to DESIGN', async () => {
    api.clock.advance(DAY);
    await post(`/projects/${projectId}/review/opinions`, {
      reviewer: 'HOUSING',
      opinion: 'APPROVE',
      comments: '同意',
      ...PAPER_OPINION,
    }).expect(201);
    await post(`/projects/${projectId}/review/opinions`, {
      reviewer: 'FIRE_EMERGENCY',
      ...PAPER_OPINION,
      opinion: 'REJECT',
      comments: '消防通道宽度不足4米',
    }).expect(201);
    const last = await post(`/projects/${projectId}/review/opinions`, {
      reviewer: 'WATER',
      opinion: 'APPROVE',
      comments: '同意',
      ...PAPER_OPINION,
    }).expect(201);
    expect(Object.fromEntries(last.body.opinions.map((o: { reviewer: string; opinion: string }) => [o.reviewer, o.opinion]))).toEqual({
      HOUSING: 'APPROVE',
      FIRE_EMERGENCY: 'REJECT',
      WATER: 'APPROVE',
    });

    const refused = await fire('PASS_REVIEW').expect(422);
    expect(refused.body).toMatchObject({ code: 'MACHINE.GUARD_FAILED', state: 'JOINT_REVIEW' });
    expect(guardCodes(refused)).toEqual(['REVIEW.REJECTED']);

    const noReason = await fire('REJECT_REVIEW').expect(422);
    expect(guardCodes(noReason)).toEqual(['TRANSITION.REASON_REQUIRED']);
    const back = await fire('REJECT_REVIEW', { reason: '消防部门不同意：消防通道宽度不足' }).expect(200);
    expect(back.body.project.state).toBe('DESIGN');
    expect(back.body.entry).toMatchObject({ action: 'REJECT_REVIEW', fromState: 'JOINT_REVIEW', toState: 'DESIGN' });

    const review = await api.http.get(`/projects/${projectId}/review`).set(pm.auth).expect(200);
    expect(review.body).toMatchObject({ planVersion: 2, state: 'REJECTED' });
    expect(review.body.closedAt).not.toBeNull();
  });

  it('the rejected version cannot be submitted again; v3 can', async () => {
    api.clock.advance(DAY);
    const same = await fire('SUBMIT_FOR_REVIEW').expect(422);
    expect(guardCodes(same)).toEqual(['REVIEW.SAME_VERSION_REJECTED']);
    expect((same.body.errors as GuardError[])[0]!.practices).toContain('changsha-eight-no-pass');

    const v3 = await post(`/projects/${projectId}/plans`, {
      changeNote: '按消防部门意见拓宽消防通道',
      sections: { ...SECTIONS, contentAndMethod: '基础类五项必改，拓宽消防通道至4米，完善类车棚' },
    }).expect(201);
    expect(v3.body).toMatchObject({ version: 3, frozen: false, budget: '746890.13', adoptedObjections: [] });
    expect(v3.body.sections).toEqual({ ...SECTIONS, contentAndMethod: '基础类五项必改，拓宽消防通道至4米，完善类车棚' });

    const submitted = await fire('SUBMIT_FOR_REVIEW').expect(200);
    expect(submitted.body.project.state).toBe('JOINT_REVIEW');
    const review = await api.http.get(`/projects/${projectId}/review`).set(pm.auth).expect(200);
    expect(review.body).toMatchObject({ planVersion: 3, state: 'OPEN', reviewers: REVIEWERS, opinions: [] });
  });

  it('all approve, one with conditions: PASS_REVIEW waits until every condition is acknowledged', async () => {
    api.clock.advance(DAY);
    await post(`/projects/${projectId}/review/opinions`, {
      reviewer: 'HOUSING',
      opinion: 'APPROVE',
      comments: '同意',
      ...PAPER_OPINION,
    }).expect(201);
    await post(`/projects/${projectId}/review/opinions`, {
      reviewer: 'FIRE_EMERGENCY',
      ...PAPER_OPINION,
      opinion: 'APPROVE_WITH_CONDITIONS',
      comments: '原则同意',
      conditions: ['施工期间保持消防通道畅通', '竣工前完成消防设施验收'],
    }).expect(201);
    await post(`/projects/${projectId}/review/opinions`, {
      reviewer: 'WATER',
      opinion: 'APPROVE',
      comments: '同意',
      ...PAPER_OPINION,
    }).expect(201);

    const unacknowledged = await fire('PASS_REVIEW').expect(422);
    expect(guardCodes(unacknowledged)).toEqual(['REVIEW.CONDITIONS_UNACKNOWLEDGED']);

    const first = await post(`/projects/${projectId}/review/opinions/FIRE_EMERGENCY/conditions/0/acknowledge`, {}).expect(200);
    const fireOpinion = first.body.opinions.find((o: { reviewer: string }) => o.reviewer === 'FIRE_EMERGENCY');
    expect(fireOpinion.conditions[0]).toMatchObject({ text: '施工期间保持消防通道畅通', acknowledgedBy: pm.id });
    expect(fireOpinion.conditions[1]).toMatchObject({ acknowledgedBy: null, acknowledgedAt: null });
    const halfway = await fire('PASS_REVIEW').expect(422);
    expect(guardCodes(halfway)).toEqual(['REVIEW.CONDITIONS_UNACKNOWLEDGED']);

    await post(`/projects/${projectId}/review/opinions/FIRE_EMERGENCY/conditions/1/acknowledge`, {}).expect(200);
    const passed = await fire('PASS_REVIEW').expect(200);
    expect(passed.body.project.state).toBe('PERMITTING');
    const review = await api.http.get(`/projects/${projectId}/review`).set(supervisor.auth).expect(200);
    expect(review.body).toMatchObject({ planVersion: 3, state: 'PASSED' });
  });

  it('START_CONSTRUCTION lists what is missing with practices, then starts once exempted and staffed', async () => {
    const blocked = await fire('START_CONSTRUCTION').expect(422);
    expect(blocked.body).toMatchObject({ code: 'MACHINE.GUARD_FAILED', state: 'PERMITTING' });
    expect(guardCodes(blocked)).toEqual(['PERMIT.MISSING', 'PERMIT.TEAM_INCOMPLETE', 'PERMIT.VOLUNTEER_SUPERVISORS_MISSING']);
    const practices = Object.fromEntries((blocked.body.errors as GuardError[]).map((e) => [e.code, e.practices]));
    expect(practices['PERMIT.MISSING']).toContain('yichang-joint-review-permit-exemptions');
    expect(practices['PERMIT.TEAM_INCOMPLETE']).toContain('chenzhou-quality-safety-duties');
    expect(practices['PERMIT.VOLUNTEER_SUPERVISORS_MISSING']).toContain('daoxian-volunteer-supervisors');

    const exemption = await put(`/projects/${projectId}/permits/exemption`, {
      bases: ['NO_ADDED_FLOOR_AREA', 'NO_FUNCTION_OR_STRUCTURE_CHANGE', 'NO_PLANNING_CONDITION_CHANGE'],
      note: '不增加建筑面积，不改变使用功能和结构，不改变规划条件',
    }).expect(200);
    expect(exemption.body.exemption).toMatchObject({ recordedBy: pm.id });
    expect([...exemption.body.exemption.bases].sort()).toEqual([
      'NO_ADDED_FLOOR_AREA',
      'NO_FUNCTION_OR_STRUCTURE_CHANGE',
      'NO_PLANNING_CONDITION_CHANGE',
    ]);
    const noTeam = await fire('START_CONSTRUCTION').expect(422);
    expect(guardCodes(noTeam)).toEqual(['PERMIT.TEAM_INCOMPLETE', 'PERMIT.VOLUNTEER_SUPERVISORS_MISSING']);

    const team = await put(`/projects/${projectId}/team`, {
      contractor: '湖南某建设工程有限公司',
      supervisionCompany: '某工程监理有限公司',
      epc: true,
      volunteerSupervisors: [{ name: '刘建华', phone: '13900001111' }, { name: '陈桂芳' }],
    }).expect(200);
    expect(team.body.team).toMatchObject({
      contractor: '湖南某建设工程有限公司',
      supervisionCompany: '某工程监理有限公司',
      epc: true,
      volunteerSupervisors: [{ name: '刘建华', phone: '13900001111' }, { name: '陈桂芳' }],
    });
    const watched = await api.http.get(`/projects/${projectId}/permits`).set(supervisor.auth).expect(200);
    expect(watched.body.team.volunteerSupervisors.map((v: { name: string }) => v.name)).toEqual(['刘**', '陈**']);

    const started = await fire('START_CONSTRUCTION').expect(200);
    expect(started.body.project.state).toBe('CONSTRUCTION');
  });

  it('the history holds an entry for each transition, with the rejection reason', async () => {
    const history = await api.http.get(`/projects/${projectId}/history?limit=500`).set(supervisor.auth).expect(200);
    const items = history.body.items as HistoryEntry[];
    const transitions = items.filter((e) => e.subjectType === 'project' && e.fromState);
    expect(transitions.map((e) => [e.action, e.fromState, e.toState, e.actorId])).toEqual([
      ['COMPLETE_SURVEY', 'SURVEY', 'ORGANIZING', pm.id],
      ['START_CONSULTATION', 'ORGANIZING', 'CONSULTATION', pm.id],
      ['APPLY', 'CONSULTATION', 'APPLIED', pm.id],
      ['ADMIT_TO_PLAN', 'APPLIED', 'PLANNED', pm.id],
      ['START_DESIGN', 'PLANNED', 'DESIGN', pm.id],
      ['SUBMIT_FOR_REVIEW', 'DESIGN', 'JOINT_REVIEW', pm.id],
      ['REJECT_REVIEW', 'JOINT_REVIEW', 'DESIGN', pm.id],
      ['SUBMIT_FOR_REVIEW', 'DESIGN', 'JOINT_REVIEW', pm.id],
      ['PASS_REVIEW', 'JOINT_REVIEW', 'PERMITTING', pm.id],
      ['START_CONSTRUCTION', 'PERMITTING', 'CONSTRUCTION', pm.id],
    ]);
    expect(transitions.find((e) => e.action === 'REJECT_REVIEW')!.reason).toBe('消防部门不同意：消防通道宽度不足');

    const count = (action: string) => items.filter((e) => e.action === action).length;
    expect(count('plan.version-drafted')).toBe(3);
    // v1 edited in place five times: the full items, then four statements of its contributions.
    expect(count('plan.version-edited')).toBe(5);
    expect(count('review.opinion-recorded')).toBe(6);
    expect(count('review.condition-acknowledged')).toBe(2);
    expect(count('permit.exemption-recorded')).toBe(1);
    expect(count('permit.team-named')).toBe(1);
  });

  it('the published lifecycle diagram shows the new guards', async () => {
    const res = await api.http.get('/meta/machines/project-lifecycle?format=mermaid').expect(200);
    const text = res.text;
    const edge = (from: string, to: string, event: string) =>
      text.split('\n').find((l) => l.trim().startsWith(`${from} --> ${to}: ${event}`)) ?? '';
    expect(edge('DESIGN', 'JOINT_REVIEW', 'SUBMIT_FOR_REVIEW')).toContain('planRoundsHeld');
    expect(edge('DESIGN', 'JOINT_REVIEW', 'SUBMIT_FOR_REVIEW')).toContain('planFunded');
    expect(edge('JOINT_REVIEW', 'PERMITTING', 'PASS_REVIEW')).toContain('opinionsIn');
    expect(edge('JOINT_REVIEW', 'DESIGN', 'REJECT_REVIEW')).toContain('reasonGiven');
    expect(edge('PERMITTING', 'CONSTRUCTION', 'START_CONSTRUCTION')).toContain('permitOrExemption');
  });
});
