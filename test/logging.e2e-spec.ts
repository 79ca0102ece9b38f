import { randomBytes, randomUUID } from 'node:crypto';
import { QUEUE_NAME, redisConnection } from '@app/jobs';
import { Queue, QueueEvents } from 'bullmq';
import { startWorker, type RunningWorker } from '../apps/worker/src/start-worker.js';
import { startApi, TEST_PASSWORD, type TestApi } from './support/api.js';
import { REDIS_URL } from './support/env.js';
import { districtWithCompound, type Place } from './support/fixtures.js';
import { captureLog, type CapturedLog } from './support/log-capture.js';

describe('structured logs', () => {
  let api: TestApi;
  let captured: CapturedLog;
  let place: Place;

  beforeAll(async () => {
    captured = captureLog('info');
    api = await startApi({}, captured.log);
    place = await districtWithCompound(api, 'log');
  });
  afterAll(() => api.close());

  const linesOf = (requestId: string) => captured.lines.filter((l) => l.requestId === requestId);

  it('writes one JSON line per request with its id, route pattern, status and time, and echoes the id', async () => {
    const res = await api.http.get('/meta/machines/project-lifecycle?format=json').expect(200);
    const id = res.headers['x-request-id'];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(linesOf(id)).toEqual([
      expect.objectContaining({
        level: 30,
        msg: 'request completed',
        req: expect.objectContaining({ method: 'GET', path: '/meta/machines/project-lifecycle', route: '/meta/machines/:name' }),
        res: { statusCode: 200 },
        ms: expect.any(Number),
        time: expect.any(String),
      }),
    ]);
  });

  it('keeps a well-formed incoming request id, and replaces one that is not', async () => {
    const sent = 'edge-7f3a9c21.proxy:42';
    const kept = await api.http.get('/health').set('X-Request-Id', sent);
    expect(kept.headers['x-request-id']).toBe(sent);
    expect(linesOf(sent)).toHaveLength(1);

    for (const forged of ['"}{"level":60,"msg":"forged', 'short', 'x'.repeat(129)]) {
      const replaced = await api.http.get('/health').set('X-Request-Id', forged);
      expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(captured.raw.some((l) => l.includes(forged))).toBe(false);
    }
  });

  it('puts the request id in every problem-details body, the one its log line carries, with no stack for a 4xx', async () => {
    const res = await api.http.get(`/projects/${randomUUID()}`).expect(401);
    expect(res.body).toMatchObject({ code: 'AUTH.UNAUTHENTICATED', requestId: res.headers['x-request-id'] });
    const lines = linesOf(res.body.requestId);
    expect(lines).toEqual([expect.objectContaining({ res: { statusCode: 401 } })]);
    expect(JSON.stringify(lines)).not.toMatch(/stack|"err"/);
  });

  it('never logs a name, a phone, a password, a token or a body, on success or on a server error', async () => {
    const name = `欧阳${randomBytes(3).toString('hex')}`;
    const phone = `139${String(Date.now()).slice(-8)}`;
    const committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [place.compoundId] });
    const token = committee.auth.Authorization.slice('Bearer '.length);
    const household = { building: '1', unit: '1', room: '101', floorArea: 72.5, ownerName: name, ownerPhone: phone };
    const ids: string[] = [];
    const track = (res: { headers: Record<string, string> }) => ids.push(res.headers['x-request-id']!);

    track(await api.http.post('/auth/login').send({ username: 'nobody-here', password: TEST_PASSWORD }).expect(401));
    track(await api.http.post(`/compounds/${place.compoundId}/households`).set(committee.auth).send(household).expect(201));
    track(await api.http.get(`/compounds/${place.compoundId}/households`).set(committee.auth).expect(200));
    // A failing statement carries its parameters (this name and phone); the error's line must not.
    await api.db.query('ALTER TABLE households RENAME TO households_away');
    try {
      const failed = await api.http
        .post(`/compounds/${place.compoundId}/households`)
        .set(committee.auth)
        .send({ ...household, room: '102' })
        .expect(500);
      track(failed);
      expect(failed.body).toMatchObject({ code: 'SERVER.ERROR', requestId: failed.headers['x-request-id'] });
    } finally {
      await api.db.query('ALTER TABLE households_away RENAME TO households');
    }

    const lines = ids.flatMap((id) => captured.raw.filter((l) => l.includes(id)));
    expect(lines.length).toBeGreaterThanOrEqual(ids.length + 1);
    for (const line of lines) {
      for (const secret of [name, phone, TEST_PASSWORD, token, 'Bearer', 'nobody-here']) expect(line).not.toContain(secret);
    }
    // The server error is there, with its stack, under the request's id.
    const error = linesOf(ids[3]!).find((l) => l.msg === 'unhandled error')!;
    expect(error).toMatchObject({ level: 50, err: { type: 'QueryFailedError', stack: expect.stringContaining('QueryFailedError') } });
  });
});

describe('worker logs', () => {
  const prefix = `log-${randomBytes(4).toString('hex')}`;
  let api: TestApi;
  let worker: RunningWorker;
  let queue: Queue;
  let events: QueueEvents;
  const captured = captureLog('info');

  beforeAll(async () => {
    api = await startApi();
    worker = await startWorker(api.config, {
      clock: api.clock,
      log: captured.log,
      runner: { prefix, relayIntervalMs: 0, sweepIntervalMs: 0 },
    });
    queue = new Queue(QUEUE_NAME, { connection: redisConnection(REDIS_URL), prefix });
    events = new QueueEvents(QUEUE_NAME, { connection: redisConnection(REDIS_URL), prefix });
    await events.waitUntilReady();
  });
  afterAll(async () => {
    await worker.close();
    await events.close();
    await queue.obliterate({ force: true });
    await queue.close();
    await api.close();
  });

  it('name the job and the deadline it is about on every line of the job', async () => {
    const deadlineId = randomUUID();
    const job = await queue.add('deadline.fire', { deadlineId }, { jobId: `deadline.fire@${deadlineId}` });
    await job.waitUntilFinished(events, 10_000);
    const lines = captured.lines.filter((l) => l.jobId === job.id);
    expect(lines.map((l) => l.msg)).toEqual(['job started', 'job done']);
    for (const l of lines) expect(l).toMatchObject({ jobName: 'deadline.fire', deadlineId });
  });
});
