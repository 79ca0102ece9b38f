import { randomBytes, randomUUID } from 'node:crypto';
import { QUEUE_NAME, redisConnection } from '@app/jobs';
import { scheduleDeadline } from '@app/workflow';
import { Queue } from 'bullmq';
import { startApi, type TestApi } from './support/api.js';
import { REDIS_URL } from './support/env.js';
import { districtWithCompound } from './support/fixtures.js';

/** One sample's value from Prometheus' text format; labels as written, in order. */
function sample(text: string, name: string, labels = ''): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(labels ? `${name}{${labels}} ` : `${name} `));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('/metrics', () => {
  const prefix = `metrics-${randomBytes(4).toString('hex')}`;
  let api: TestApi;
  let admin: { Authorization: string };
  let queue: Queue;
  const scrape = async () => (await api.http.get('/metrics').set(admin).expect(200)).text;

  beforeAll(async () => {
    api = await startApi({ METRICS_ALLOW: '203.0.113.0/24, 2001:db8::1', REDIS_PREFIX: prefix, TRUST_PROXY: '127.0.0.1, ::1' });
    admin = (await api.user('ADMIN')).auth;
    queue = new Queue(QUEUE_NAME, { connection: redisConnection(REDIS_URL), prefix });
  });
  afterAll(async () => {
    await queue.obliterate({ force: true });
    await queue.close();
    await api.close();
  });

  it('is readable with an ADMIN token, or without one from a listed address only', async () => {
    const res = await api.http.get('/metrics').set(admin).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.text).toContain('# TYPE renovation_http_requests_total counter');
    expect((await api.http.get('/metrics').expect(401)).body.code).toBe('AUTH.UNAUTHENTICATED');
    const supervisor = await api.user('SUPERVISOR', { districtIds: [(await districtWithCompound(api, 'metrics-access')).districtId] });
    expect((await api.http.get('/metrics').set(supervisor.auth).expect(403)).body.code).toBe('ACCESS.FORBIDDEN');
    await api.http.get('/metrics').set('X-Forwarded-For', '203.0.113.77').expect(200);
    await api.http.get('/metrics').set('X-Forwarded-For', '2001:db8::1').expect(200);
    await api.http.get('/metrics').set('X-Forwarded-For', '203.0.114.1').expect(401);
    await api.http.get('/metrics').set('X-Forwarded-For', '2001:db8::2').expect(401);
  });

  it('counts each request under its route pattern and status, never its raw URL', async () => {
    const labels = 'method="GET",route="/meta/machines/:name",status="200"';
    const before = sample(await scrape(), 'renovation_http_requests_total', labels) ?? 0;
    await api.http.get('/meta/machines/project-lifecycle').expect(200);
    await api.http.get('/meta/machines/consultation-round').expect(200);
    await api.http.get('/meta/machines/nope').expect(404);
    const text = await scrape();
    expect(sample(text, 'renovation_http_requests_total', labels)).toBe(before + 2);
    expect(sample(text, 'renovation_http_requests_total', 'method="GET",route="/meta/machines/:name",status="404"')).toBe(1);
    expect(sample(text, 'renovation_http_request_duration_seconds_count', labels)).toBe(before + 2);
    expect(text).not.toContain('project-lifecycle');
    await api.http.get('/no/such/thing').expect(404);
    expect(sample(await scrape(), 'renovation_http_requests_total', 'method="GET",route="unmatched",status="404"')).toBe(1);
  });

  it('shows a pending deadline, overdue once its time has passed, and the outbox row waiting for the relay', async () => {
    const before = await scrape();
    const pending = sample(before, 'renovation_deadlines_pending')!;
    const overdue = sample(before, 'renovation_deadlines_overdue')!;
    const dueAt = new Date(api.clock.now().getTime() + 3600_000);
    await api.db.transaction((m) => scheduleDeadline(m, 'REPORT_DUE', randomUUID(), dueAt));
    let text = await scrape();
    expect(sample(text, 'renovation_deadlines_pending')).toBe(pending + 1);
    expect(sample(text, 'renovation_deadlines_overdue')).toBe(overdue);
    expect(sample(text, 'renovation_outbox_lag_seconds')).toBeGreaterThanOrEqual(0);
    api.clock.advance(3600_000);
    text = await scrape();
    expect(sample(text, 'renovation_deadlines_overdue')).toBe(overdue + 1);
    await api.db.query("UPDATE outbox SET created_at = now() - interval '90 seconds' WHERE dispatched_at IS NULL");
    expect(sample(await scrape(), 'renovation_outbox_lag_seconds')).toBeGreaterThanOrEqual(90);
  });

  it('shows the queue by state, the database pool, and the rows imports wrote', async () => {
    await queue.add('probe', {}, { jobId: 'probe@1', delay: 3600_000 });
    await queue.add('probe', {}, { jobId: 'probe@2' });
    const text = await scrape();
    expect(sample(text, 'renovation_queue_jobs', 'state="delayed"')).toBe(1);
    expect(sample(text, 'renovation_queue_jobs', 'state="waiting"')).toBe(1);
    expect(sample(text, 'renovation_queue_jobs', 'state="failed"')).toBe(0);
    expect(sample(text, 'renovation_db_pool_in_use')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'renovation_db_pool_waiting')).toBe(0);

    const place = await districtWithCompound(api, 'metrics');
    const committee = await api.user('RESIDENTS_COMMITTEE', { compoundIds: [place.compoundId] });
    const roster = ['楼栋,单元,房号,面积', '1,1,101,80', '1,1,102,80', '1,1,103,80'].join('\n');
    const before = sample(await scrape(), 'renovation_import_rows_total', 'kind="households"') ?? 0;
    await api.http
      .post(`/compounds/${place.compoundId}/households/import`)
      .set(committee.auth)
      .attach('file', Buffer.from(roster), 'r.csv')
      .expect(200);
    expect(sample(await scrape(), 'renovation_import_rows_total', 'kind="households"')).toBe(before + 3);
  });
});
