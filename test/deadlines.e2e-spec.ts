import { randomBytes } from 'node:crypto';
import { QUEUE_NAME, redisConnection } from '@app/jobs';
import { DeadlineRunner, NotYetDue } from '@app/workflow';
import { Queue, type Job } from 'bullmq';
import { startWorker, type RunningWorker } from '../apps/worker/src/start-worker.js';
import { startApi, type TestApi } from './support/api.js';
import { REDIS_URL } from './support/env.js';
import { confirmRoster, districtWithCompound, type Place } from './support/fixtures.js';

type User = Awaited<ReturnType<TestApi['user']>>;

const DAY = 24 * 3600 * 1000;
const PUBLICITY_DAYS = 5;

interface Publicized {
  roundId: string;
  deadlineId: string;
  dueAt: Date;
  jobId: string;
}

describe('deadlines: a publicity period ends once, whatever the queue does', () => {
  let api: TestApi;
  let place: Place;
  let pm: User;
  let committee: User;
  let projectId: string;
  let runner: DeadlineRunner;
  let households: string[];

  beforeAll(async () => {
    api = await startApi();
    place = await districtWithCompound(api, 'deadlines');
    pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] });
    committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [place.compoundId] });
    await api.http
      .post(`/compounds/${place.compoundId}/households/import`)
      .set(committee.auth)
      .attach('file', Buffer.from('楼栋,单元,房号,面积\n1,1,101,80\n1,1,102,80\n1,1,103,80'), 'roster.csv')
      .expect(200);
    projectId = (await api.http.post('/projects').set(pm.auth).send({ compoundId: place.compoundId, name: '综合改造' }).expect(201)).body
      .id;
    households = (await api.db.query('SELECT id FROM households WHERE compound_id = $1 ORDER BY room', [place.compoundId])).map(
      (r: { id: string }) => r.id,
    );
    runner = api.app.get(DeadlineRunner);
  });

  afterAll(async () => {
    await api?.close();
  });

  const fire = (roundId: string, event: string, who: User, reason?: string) =>
    api.http
      .post(`/rounds/${roundId}/transitions`)
      .set(who.auth)
      .send({ event, ...(reason ? { reason } : {}) })
      .expect(200);

  /** A round taken to PUBLICITY: its end is a committed deadline and an outbox row, not yet relayed. */
  async function publicized(): Promise<Publicized> {
    const roundId = (
      await api.http
        .post(`/projects/${projectId}/rounds`)
        .set(committee.auth)
        .send({ subject: 'WILLINGNESS', title: '改不改', publicityDays: PUBLICITY_DAYS })
        .expect(201)
    ).body.id as string;
    await confirmRoster(api, place.compoundId, committee);
    await fire(roundId, 'OPEN', committee);
    for (const householdId of households) {
      await api.http
        .post(`/rounds/${roundId}/votes`)
        .set(committee.auth)
        .send({ householdId, choice: 'AGREE', signed: true, channel: 'MEETING' })
        .expect(200);
    }
    await fire(roundId, 'CLOSE', committee);
    const started = await fire(roundId, 'START_PUBLICITY', committee);
    const dueAt = new Date(api.clock.now().getTime() + PUBLICITY_DAYS * DAY);
    expect(new Date(started.body.publicityEndsAt)).toEqual(dueAt);
    const [d]: { id: string; due_at: Date; state: string }[] = await api.db.query(
      `SELECT id, due_at, state FROM deadlines WHERE subject_id = $1`,
      [roundId],
    );
    expect(d).toMatchObject({ state: 'PENDING', due_at: dueAt });
    return { roundId, deadlineId: d.id, dueAt, jobId: `deadline.fire@${d.id}` };
  }

  const state = async (roundId: string) => (await api.http.get(`/rounds/${roundId}`).set(pm.auth).expect(200)).body.state as string;
  const deadlineState = async (deadlineId: string) =>
    (await api.db.query('SELECT state FROM deadlines WHERE id = $1', [deadlineId]))[0].state as string;
  const endings = async (roundId: string): Promise<number> =>
    (await api.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE subject_id = $1 AND action = 'round.END_PUBLICITY'`, [roundId]))[0]
      .n;
  const outboxRow = async (jobId: string) =>
    (await api.db.query('SELECT dispatched_at FROM outbox WHERE job_id = $1', [jobId])) as { dispatched_at: Date | null }[];
  async function until(what: () => Promise<boolean>, ms = 10_000): Promise<void> {
    const end = Date.now() + ms;
    while (!(await what())) {
      if (Date.now() > end) throw new Error('timed out waiting');
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  describe('DeadlineRunner.fire', () => {
    it('acts once when delivered twice in a row', async () => {
      const p = await publicized();
      api.clock.set(p.dueAt);
      expect(await runner.fire(p.deadlineId, api.clock.now())).toBe('ACTED');
      expect(await runner.fire(p.deadlineId, api.clock.now())).toBe('ALREADY_SETTLED');
      expect(await state(p.roundId)).toBe('CONCLUDED');
      expect(await deadlineState(p.deadlineId)).toBe('DONE');
      expect(await endings(p.roundId)).toBe(1);
    });

    it('acts once when delivered five times at once', async () => {
      const p = await publicized();
      api.clock.set(new Date(p.dueAt.getTime() + 1000));
      const outcomes = await Promise.all(Array.from({ length: 5 }, () => runner.fire(p.deadlineId, api.clock.now())));
      expect(outcomes.filter((o) => o === 'ACTED')).toHaveLength(1);
      expect(outcomes.filter((o) => o !== 'ACTED').every((o) => o === 'ALREADY_SETTLED' || o === 'OVERTAKEN')).toBe(true);
      expect(await state(p.roundId)).toBe('CONCLUDED');
      expect(await deadlineState(p.deadlineId)).toBe('DONE');
      expect(await endings(p.roundId)).toBe(1);
    });

    it('throws on an early delivery and changes nothing', async () => {
      const p = await publicized();
      api.clock.set(new Date(p.dueAt.getTime() - 1));
      await expect(runner.fire(p.deadlineId, api.clock.now())).rejects.toBeInstanceOf(NotYetDue);
      expect(await state(p.roundId)).toBe('PUBLICITY');
      expect(await deadlineState(p.deadlineId)).toBe('PENDING');
      expect(await endings(p.roundId)).toBe(0);
      // At the due instant it acts.
      api.clock.set(p.dueAt);
      expect(await runner.fire(p.deadlineId, api.clock.now())).toBe('ACTED');
      expect(await state(p.roundId)).toBe('CONCLUDED');
    });

    it("does nothing for a cancelled round's deadline", async () => {
      const p = await publicized();
      await fire(p.roundId, 'CANCEL', pm, '方案重大调整，重新征询');
      expect(await deadlineState(p.deadlineId)).toBe('CANCELLED');
      api.clock.set(new Date(p.dueAt.getTime() + DAY));
      expect(await runner.fire(p.deadlineId, api.clock.now())).toBe('ALREADY_SETTLED');
      expect(await state(p.roundId)).toBe('CANCELLED');
      expect(await deadlineState(p.deadlineId)).toBe('CANCELLED');
      expect(await endings(p.roundId)).toBe(0);
    });
  });

  describe('the worker and the queue', () => {
    const prefix = `deadlines-${randomBytes(4).toString('hex')}`;
    let worker: RunningWorker;
    let queue: Queue;

    const start = () => startWorker(api.config, { clock: api.clock, runner: { prefix, relayIntervalMs: 0, sweepIntervalMs: 0 } });
    const jobsFor = async (deadlineId: string): Promise<Job[]> =>
      (await queue.getJobs(['wait', 'delayed', 'active', 'completed', 'failed', 'prioritized'])).filter(
        (j) => j.data?.deadlineId === deadlineId,
      );
    /** The job's real delay has elapsed: what the queue would do on its own after the notice period. */
    const elapse = async (p: Publicized) => {
      const job = await queue.getJob(p.jobId);
      expect(await job!.getState()).toBe('delayed');
      api.clock.set(new Date(p.dueAt.getTime() + 1000));
      await job!.promote();
    };
    const concluded = async (p: Publicized) => {
      await until(async () => (await state(p.roundId)) === 'CONCLUDED');
      await until(async () => (await queue.getJob(p.jobId))?.finishedOn !== undefined);
      expect(await deadlineState(p.deadlineId)).toBe('DONE');
      expect(await endings(p.roundId)).toBe(1);
    };

    beforeAll(async () => {
      queue = new Queue(QUEUE_NAME, { connection: redisConnection(REDIS_URL), prefix });
      worker = await start();
      // Hand over what the tests above left in the outbox (all settled) and let it drain, so that
      // the tests below own everything the queue holds.
      await worker.runner.relayOnce();
      await until(async () => {
        const c = await queue.getJobCounts('wait', 'active', 'prioritized');
        return c.wait + c.active + c.prioritized === 0;
      });
    });

    afterAll(async () => {
      await worker?.close();
      await queue?.obliterate({ force: true });
      await queue?.close();
    });

    it('restores a job Redis lost, under the same id and with the right delay, and the round concludes once', async () => {
      const p = await publicized();
      expect(await worker.runner.relayOnce()).toBe(1);
      const relayed = await queue.getJob(p.jobId);
      expect(relayed).toMatchObject({ name: 'deadline.fire', data: { deadlineId: p.deadlineId }, delay: PUBLICITY_DAYS * DAY });

      // Redis loses everything this queue held.
      await queue.obliterate({ force: true });
      expect(await queue.getJob(p.jobId)).toBeUndefined();

      api.clock.advance(DAY);
      expect(await worker.runner.sweep()).toBeGreaterThanOrEqual(1);
      const restored = await queue.getJob(p.jobId);
      expect(restored).toMatchObject({ id: p.jobId, name: 'deadline.fire', data: { deadlineId: p.deadlineId } });
      expect(restored!.delay).toBe(p.dueAt.getTime() - api.clock.now().getTime());
      expect(restored!.delay).toBe((PUBLICITY_DAYS - 1) * DAY);
      expect(await restored!.getState()).toBe('delayed');
      expect(await queue.isPaused()).toBe(false);

      // A second sweep leaves a live job alone.
      await worker.runner.sweep();
      expect(await jobsFor(p.deadlineId)).toHaveLength(1);

      await elapse(p);
      await concluded(p);
      await worker.runner.sweep();
      expect(await jobsFor(p.deadlineId)).toHaveLength(1);
      expect(await endings(p.roundId)).toBe(1);
    });

    it('creates the job from the sweep alone after a crash between commit and enqueue', async () => {
      const p = await publicized();
      // Committed, never relayed.
      expect(await outboxRow(p.jobId)).toEqual([{ dispatched_at: null }]);
      expect(await queue.getJob(p.jobId)).toBeUndefined();

      expect(await worker.runner.sweep()).toBeGreaterThanOrEqual(1);
      const job = await queue.getJob(p.jobId);
      expect(job).toMatchObject({ name: 'deadline.fire', data: { deadlineId: p.deadlineId } });
      expect(job!.delay).toBe(p.dueAt.getTime() - api.clock.now().getTime());

      // The late relay adds the same id, which the queue already holds.
      await worker.runner.relayOnce();
      expect(await jobsFor(p.deadlineId)).toHaveLength(1);

      await elapse(p);
      await concluded(p);
    });

    it('fires a pending deadline exactly once after the worker is shut down and a new one starts', async () => {
      const p = await publicized();
      await worker.runner.relayOnce();
      expect(await (await queue.getJob(p.jobId))!.getState()).toBe('delayed');

      await worker.close();
      worker = await start();

      await worker.runner.sweep();
      expect(await jobsFor(p.deadlineId)).toHaveLength(1);
      await elapse(p);
      await concluded(p);

      await worker.runner.sweep();
      await worker.runner.relayOnce();
      expect(await jobsFor(p.deadlineId)).toHaveLength(1);
      expect(await endings(p.roundId)).toBe(1);
    });
  });
});
