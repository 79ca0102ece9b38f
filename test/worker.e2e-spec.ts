import { randomBytes, randomUUID } from 'node:crypto';
import { loadConfig } from '@app/config';
import { QUEUE_NAME, redisConnection } from '@app/jobs';
import { Queue } from 'bullmq';
import { startWorker, type RunningWorker } from '../apps/worker/src/start-worker.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { APPLICATION_LOGIN, REDIS_URL } from './support/env.js';
import { TestClock } from './support/test-clock.js';

describe('worker', () => {
  let database: TestDatabase;
  const prefix = `test-${randomBytes(4).toString('hex')}`;
  let queue: Queue;

  beforeAll(async () => {
    database = await createTestDatabase();
    queue = new Queue(QUEUE_NAME, { connection: redisConnection(REDIS_URL), prefix });
  });

  afterAll(async () => {
    await queue.obliterate({ force: true });
    await queue.close();
    await database.drop();
  });

  const config = (env: Record<string, string> = {}) =>
    loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      DATABASE_APP_PASSWORD: APPLICATION_LOGIN.password,
      REDIS_URL,
      ...env,
    });

  it('refuses to start without Redis, saying so in one line', async () => {
    await expect(startWorker(config({ REDIS_URL: 'redis://127.0.0.1:1' }), { runner: { prefix } })).rejects.toThrow(
      'worker cannot start: Redis at 127.0.0.1:1 is not reachable',
    );
  });

  it('refuses to start while the outbox holds a job it has no handler for', async () => {
    await database.dataSource.query(
      `INSERT INTO outbox (job_name, job_id, payload, run_at) VALUES ('retired.job', 'retired.job@1', '{}', now())`,
    );
    try {
      await expect(startWorker(config(), { runner: { prefix } })).rejects.toThrow('no handler for job(s): retired.job');
      expect(await queue.getJobCounts()).toMatchObject({ waiting: 0, delayed: 0 });
    } finally {
      await database.dataSource.query(`DELETE FROM outbox`);
    }
  });

  describe('outbox relay', () => {
    let worker: RunningWorker;
    const clock = new TestClock(new Date('2026-06-01T08:00:00Z'));

    beforeAll(async () => {
      worker = await startWorker(config(), { clock, runner: { prefix, relayIntervalMs: 0 } });
    });

    afterAll(() => worker.close());

    it('hands a committed row to the queue once, with its id and delay, however often it runs', async () => {
      await database.dataSource.transaction((m) =>
        m.query(`INSERT INTO outbox (job_name, job_id, payload, run_at) VALUES ('probe', 'probe@42', '{"n":42}', $1)`, [
          new Date('2026-06-01T09:00:00Z'),
        ]),
      );
      expect(await worker.runner.relayOnce()).toBe(1);
      expect(await worker.runner.relayOnce()).toBe(0);
      const job = await queue.getJob('probe@42');
      expect(job).toMatchObject({ name: 'probe', data: { n: 42 }, delay: 3600_000 });
      const [{ dispatched_at }] = await database.dataSource.query(`SELECT dispatched_at FROM outbox WHERE job_id = 'probe@42'`);
      expect(new Date(dispatched_at)).toEqual(clock.now());
    });

    it('emits nothing for a rolled-back transaction', async () => {
      await expect(
        database.dataSource.transaction(async (m) => {
          await m.query(`INSERT INTO outbox (job_name, job_id, payload, run_at) VALUES ('probe', 'probe@rolled-back', '{}', now())`);
          throw new Error('guard refused');
        }),
      ).rejects.toThrow('guard refused');
      expect(await worker.runner.relayOnce()).toBe(0);
      expect(await queue.getJob('probe@rolled-back')).toBeUndefined();
    });
  });

  it('settles once every due job has run: the outbox relayed, nothing waiting or running', async () => {
    const clock = new TestClock(new Date('2026-06-01T08:00:00Z'));
    const worker = await startWorker(config(), { clock, runner: { prefix, relayIntervalMs: 0 } });
    try {
      // Deadlines nobody holds any more: each job runs and finds nothing to do.
      for (let i = 0; i < 12; i++) {
        await database.dataSource.query(`INSERT INTO outbox (job_name, job_id, payload, run_at) VALUES ('deadline.fire', $1, $2, $3)`, [
          `deadline.fire@settle-${i}`,
          { deadlineId: randomUUID() },
          clock.now(),
        ]);
      }
      await worker.runner.settled(20);
      expect(await queue.getJobCounts('waiting', 'active', 'completed')).toEqual({ waiting: 0, active: 0, completed: 12 });
      expect(await database.dataSource.query('SELECT count(*)::int AS n FROM outbox WHERE dispatched_at IS NULL')).toEqual([{ n: 0 }]);
    } finally {
      await worker.close();
    }
  });
});
