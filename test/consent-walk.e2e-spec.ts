import { randomBytes } from 'node:crypto';
import { QUEUE_NAME, redisConnection } from '@app/jobs';
import { DeadlineRunner } from '@app/workflow';
import { Queue } from 'bullmq';
import { startWorker, type RunningWorker } from '../apps/worker/src/start-worker.js';
import { startApi, type TestApi } from './support/api.js';
import { REDIS_URL } from './support/env.js';
import { COMPLETE_SURVEY, COUNCIL, confirmRoster, districtWithCompound, type Place } from './support/fixtures.js';

const DAY = 24 * 3600 * 1000;

/** Ten households: 3-1-101 .. 3-1-110, 80 m² each except 110 at 120 m². */
const ROSTER_CSV = [
  '楼栋,单元,房号,面积,业主姓名,联系电话',
  ...Array.from({ length: 10 }, (_, i) => `3,1,${101 + i},${i === 9 ? '120' : '80.5'},业主${i},1380000${1000 + i}`),
].join('\n');

describe('a willingness round from opening to CONCLUDED, and the project on to DESIGN', () => {
  let api: TestApi;
  let worker: RunningWorker;
  let place: Place;
  let pm: Awaited<ReturnType<TestApi['user']>>;
  let committee: Awaited<ReturnType<TestApi['user']>>;
  let supervisor: Awaited<ReturnType<TestApi['user']>>;
  let projectId: string;
  let roundId: string;
  const prefix = `walk-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    api = await startApi();
    place = await districtWithCompound(api, 'consent');
    pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] });
    committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [place.compoundId] });
    supervisor = await api.user('SUPERVISOR', { districtIds: [place.districtId] });
    worker = await startWorker(api.config, { clock: api.clock, runner: { prefix, relayIntervalMs: 0, sweepIntervalMs: 0 } });
  });

  afterAll(async () => {
    await worker.close();
    const queue = new Queue(QUEUE_NAME, { connection: redisConnection(REDIS_URL), prefix });
    await queue.obliterate({ force: true });
    await queue.close();
    await api.close();
  });

  const post = (path: string, body: object, who = pm) => api.http.post(path).set(who.auth).send(body);

  it('imports the roster and the compound follows it', async () => {
    const res = await api.http
      .post(`/compounds/${place.compoundId}/households/import`)
      .set(committee.auth)
      .attach('file', Buffer.from(ROSTER_CSV), 'roster.csv')
      .expect(200);
    expect(res.body).toMatchObject({ created: 10, updated: 0, total: 10 });
    const compound = await api.http.get(`/compounds/${place.compoundId}`).set(pm.auth).expect(200);
    expect(compound.body).toMatchObject({ households: 10, floorArea: '844.50' });
    const masked = await api.http.get(`/compounds/${place.compoundId}/households`).set(supervisor.auth).expect(200);
    expect(masked.body.items[0]).toMatchObject({ ownerName: '业**', ownerPhone: '138****1000' });
  });

  it('takes the project to CONSULTATION and runs the round', async () => {
    projectId = (await post('/projects', { compoundId: place.compoundId, name: '综合改造' }).expect(201)).body.id;
    await api.http
      .put(`/projects/${projectId}/survey`)
      .set(pm.auth)
      .send({
        ...COMPLETE_SURVEY,
        baseData: { ...COMPLETE_SURVEY.baseData, households: 10, floorArea: 844.5 },
        willingness: { surveyedHouseholds: 10, willingHouseholds: 9, method: 'DOOR_TO_DOOR' },
      })
      .expect(200);
    await post(`/projects/${projectId}/transitions`, { event: 'COMPLETE_SURVEY' }).expect(200);
    await post(`/projects/${projectId}/bodies`, COUNCIL, committee).expect(201);
    await post(`/projects/${projectId}/transitions`, { event: 'START_CONSULTATION' }).expect(200);

    roundId = (
      await post(`/projects/${projectId}/rounds`, { subject: 'WILLINGNESS', title: '改不改', publicityDays: 5 }, committee).expect(201)
    ).body.id;
    // The roster must be confirmed complete against the survey's ten households first.
    const unconfirmed = await post(`/rounds/${roundId}/transitions`, { event: 'OPEN' }, committee).expect(422);
    expect(unconfirmed.body.errors).toEqual([
      expect.objectContaining({ code: 'ROUND.ROSTER_UNCONFIRMED', practices: expect.arrayContaining(['xiangtan-three-fold-survey']) }),
    ]);
    await confirmRoster(api, place.compoundId, committee);
    const opened = await post(`/rounds/${roundId}/transitions`, { event: 'OPEN' }, committee).expect(200);
    expect(opened.body).toMatchObject({ state: 'OPEN', rosterSize: 10, ruleProfile: 'changsha-two-80' });

    const households = (await api.http.get(`/compounds/${place.compoundId}/households`).set(committee.auth).expect(200)).body.items;
    const first = { householdId: households[0].id, choice: 'AGREE', signed: true, channel: 'DOOR_TO_DOOR', formNumber: 'F-001' };
    expect((await post(`/rounds/${roundId}/votes`, first, committee).expect(200)).body.changed).toBe(true);
    expect((await post(`/rounds/${roundId}/votes`, first, committee).expect(200)).body.changed).toBe(false);

    const paper = [
      '楼栋,单元,房号,意见,签字,方式,表单编号',
      ...Array.from({ length: 8 }, (_, i) => `3,1,${102 + i},${i === 7 ? '不同意' : '同意'},是,纸质,F-${102 + i}`),
    ].join('\n');
    const imported = await api.http
      .post(`/rounds/${roundId}/votes/import`)
      .set(committee.auth)
      .attach('file', Buffer.from(paper), 'tally.csv')
      .expect(200);
    expect(imported.body).toMatchObject({ recorded: 8, unchanged: 0, total: 8 });

    const live = await api.http.get(`/rounds/${roundId}/tally`).set(supervisor.auth).expect(200);
    expect(live.body).toMatchObject({ frozen: false, result: 'PASSED', rosterSize: 10, responded: 9, notResponded: 1 });
    expect(live.body.conditions[0]).toMatchObject({ id: 'agree-of-all', numerator: '8', denominator: '10', passed: true, gap: 0 });
    const pending = await api.http.get(`/rounds/${roundId}/pending`).set(committee.auth).expect(200);
    expect(pending.body.items.map((h: { unitKey: string }) => h.unitKey)).toEqual(['3/1/110']);

    const closed = await post(`/rounds/${roundId}/transitions`, { event: 'CLOSE' }, committee).expect(200);
    expect(closed.body).toMatchObject({ state: 'CLOSED', result: 'PASSED', ledgerCount: 9 });
    await post(`/rounds/${roundId}/votes`, { ...first, choice: 'DISAGREE' }, committee).expect(409);
    const verify = await api.http.get(`/rounds/${roundId}/ledger/verify`).set(supervisor.auth).expect(200);
    expect(verify.body).toMatchObject({ ok: true, count: 9, head: closed.body.ledgerHead });

    await post(`/rounds/${roundId}/transitions`, { event: 'START_PUBLICITY' }, committee).expect(200);
    await post(`/rounds/${roundId}/objections`, { text: '希望保留车棚' }, committee).expect(201);
  });

  it('concludes the round when the worker runs the publicity deadline, once', async () => {
    // The clock reaches the end of the notice before the relay computes the job's delay.
    api.clock.advance(5 * DAY);
    expect(await worker.runner.relayOnce()).toBe(1);
    for (let i = 0; i < 50; i++) {
      const round = await api.http.get(`/rounds/${roundId}`).set(pm.auth).expect(200);
      if (round.body.state === 'CONCLUDED') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const round = await api.http.get(`/rounds/${roundId}`).set(pm.auth).expect(200);
    expect(round.body.state).toBe('CONCLUDED');
    const [{ id }] = await api.db.query(`SELECT id FROM deadlines WHERE subject_id = $1`, [roundId]);
    expect(await worker.app.get(DeadlineRunner).fire(id, api.clock.now())).toBe('ALREADY_SETTLED');
    const [{ n }] = await api.db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE subject_id = $1 AND action = 'round.END_PUBLICITY'`,
      [roundId],
    );
    expect(n).toBe(1);
  });

  it('then applies, enters the annual plan and starts design', async () => {
    await post(`/projects/${projectId}/transitions`, { event: 'APPLY' }).expect(200);
    const blocked = await post(`/projects/${projectId}/transitions`, { event: 'ADMIT_TO_PLAN' }).expect(422);
    expect(blocked.body.errors.map((e: { code: string }) => e.code)).toEqual(['ADMISSION.NO_PLAN_YEAR', 'ADMISSION.CHECKLIST_INCOMPLETE']);
    await api.http.put(`/projects/${projectId}/planning/plan-year`).set(pm.auth).send({ planYear: 2026 }).expect(200);
    for (const item of ['DEMOLISH_ILLEGAL_STRUCTURES', 'ACCEPT_PROPERTY_MANAGEMENT', 'REPLENISH_MAINTENANCE_FUND']) {
      await api.http
        .put(`/projects/${projectId}/planning/admission/${item}`)
        .set(committee.auth)
        .send({ basis: '业主大会决议' })
        .expect(200);
    }
    await post(`/projects/${projectId}/transitions`, { event: 'ADMIT_TO_PLAN' }).expect(200);
    await api.http.put(`/projects/${projectId}/planning/implementing-entity`).set(pm.auth).send({ name: '区城市更新公司' }).expect(200);
    const funding = await api.http
      .put(`/projects/${projectId}/planning/funding`)
      .set(pm.auth)
      .send({
        budget: 3500000.5,
        sources: [
          { source: 'CENTRAL_BUDGET', amount: 2000000 },
          { source: 'RESIDENTS', amount: 300000.25 },
        ],
      })
      .expect(200);
    expect(funding.body.funding).toMatchObject({ budget: '3500000.50', raised: '2300000.25', gap: '1200000.25' });
    const design = await post(`/projects/${projectId}/transitions`, { event: 'START_DESIGN' }).expect(200);
    expect(design.body.project.state).toBe('DESIGN');
  });
});
