import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DeadlineRunner, signature, WebhookService } from '@app/workflow';
import { startApi, type TestApi } from './support/api.js';
import { districtWithCompound, type Place } from './support/fixtures.js';

const HOUR = 3600 * 1000;
const SECRET = 'district-webhook-secret-0123456789';

/** A district's notices posted to its own URL, signed, retried until accepted, every attempt recorded. */
describe('district webhook', () => {
  let api: TestApi;
  let place: Place;
  let server: Server;
  let url: string;
  const received: { body: string; signature: string | undefined }[] = [];
  let failuresLeft = 1;

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ body, signature: req.headers['x-renovation-signature'] as string | undefined });
        res.statusCode = failuresLeft-- > 0 ? 503 : 204;
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
    // The receiver is on this machine: a deployment has to allow internal addresses for that.
    api = await startApi({ WEBHOOK_ALLOW_PRIVATE: 'true' });
    place = await districtWithCompound(api, 'hook');
  });

  afterAll(async () => {
    await api.close();
    await new Promise((resolve) => server.close(resolve));
  });

  it('posts a signed notice, records a failed attempt, succeeds on the retry and never sends it twice', async () => {
    const admin = await api.user('ADMIN');
    const pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] });
    await api.http.put(`/districts/${place.districtId}/webhook`).set(admin.auth).send({ url, secret: 'short' }).expect(400);
    await api.http.put(`/districts/${place.districtId}/webhook`).set(admin.auth).send({ url, secret: SECRET }).expect(200);
    await api.http.put(`/districts/${place.districtId}/webhook`).set(pm.auth).send({ url, secret: SECRET }).expect(403);

    const projectId = (await api.http.post('/projects').set(pm.auth).send({ compoundId: place.compoundId, name: '改造' }).expect(201)).body
      .id;
    const complaintId = (await api.http.post(`/projects/${projectId}/complaints`).set(pm.auth).send({ subject: '噪音' }).expect(201)).body
      .id;
    api.clock.advance(72 * HOUR + 1);
    const [{ id: deadlineId }] = await api.db.query(`SELECT id FROM deadlines WHERE subject_id = $1 AND kind = 'COMPLAINT_RESPONSE'`, [
      complaintId,
    ]);
    await api.app.get(DeadlineRunner).fire(deadlineId, api.clock.now());

    const [delivery] = (await api.http.get(`/districts/${place.districtId}/webhook/deliveries`).set(admin.auth).expect(200)).body;
    expect(delivery).toMatchObject({
      attempts: 0,
      deliveredAt: null,
      event: expect.objectContaining({ kind: 'COMPLAINT_LATE', level: 'PM', subjectId: complaintId }),
    });
    const [job] = await api.db.query(`SELECT job_name, job_id FROM outbox WHERE job_name = 'webhook.deliver'`);
    expect(job.job_id).toBe(`webhook.deliver@${delivery.id}`);

    const webhooks = api.app.get(WebhookService);
    await expect(webhooks.deliver(delivery.id)).rejects.toThrow('HTTP 503');
    expect(await webhooks.deliver(delivery.id)).toBe('DELIVERED');
    expect(await webhooks.deliver(delivery.id)).toBe('ALREADY_DELIVERED');

    expect(received).toHaveLength(2);
    for (const r of received) expect(r.signature).toBe(signature(SECRET, r.body));
    expect(JSON.parse(received[1].body)).toMatchObject({ deliveryId: delivery.id, kind: 'COMPLAINT_LATE', subjectId: complaintId });
    const [after] = (await api.http.get(`/districts/${place.districtId}/webhook/deliveries`).set(admin.auth).expect(200)).body;
    expect(after).toMatchObject({ attempts: 2, lastStatus: 204, lastError: null });
    expect(after.deliveredAt).not.toBeNull();
  });
});

/** By default a webhook cannot be a way to reach what only the server can: its own host, the cloud metadata service, the LAN. */
describe('webhook destinations', () => {
  let api: TestApi;
  let place: Place;
  let server: Server;
  let port: number;
  let received = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      received++;
      req.resume();
      res.statusCode = 204;
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    api = await startApi();
    place = await districtWithCompound(api, 'hooked');
  });

  afterAll(async () => {
    await api.close();
    await new Promise((resolve) => server.close(resolve));
  });

  it.each([
    'http://169.254.169.254/latest/meta-data/',
    'http://127.0.0.1:9/hook',
    'http://10.0.0.1/hook',
    'http://172.16.5.4/hook',
    'http://192.168.1.1/hook',
    'http://[::1]/hook',
    'http://[fc00::1]/hook',
    'http://[fe80::1]/hook',
    'http://0.0.0.0/hook',
    'http://localhost/hook',
  ])('PUT %s is 422 and sets nothing', async (url) => {
    const admin = await api.user('ADMIN');
    const res = await api.http.put(`/districts/${place.districtId}/webhook`).set(admin.auth).send({ url, secret: SECRET });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'url', code: 'DESTINATION_REFUSED' })]);
    expect(await api.db.query('SELECT 1 FROM district_webhooks WHERE district_id = $1', [place.districtId])).toEqual([]);
  });

  it('a public address is accepted', async () => {
    const admin = await api.user('ADMIN');
    const url = 'https://203.0.113.7/hook';
    await api.http.put(`/districts/${place.districtId}/webhook`).set(admin.auth).send({ url, secret: SECRET }).expect(200);
    // Only stored: nothing is ever sent there from a test.
    await api.db.query('DELETE FROM district_webhooks WHERE district_id = $1', [place.districtId]);
  });

  it('a name that resolves to an internal address by delivery time is refused then, and the attempt recorded like a failure', async () => {
    // As if the name had pointed elsewhere when the webhook was set (DNS rebinding).
    await api.db.query(`INSERT INTO district_webhooks (district_id, url, secret, updated_at) VALUES ($1, $2, $3, now())`, [
      place.districtId,
      `http://localhost:${port}/hook`,
      SECRET,
    ]);
    const [{ id }] = await api.db.query(
      `INSERT INTO webhook_deliveries (district_id, event, created_at) VALUES ($1, '{"kind":"TEST"}', now()) RETURNING id`,
      [place.districtId],
    );
    await expect(api.app.get(WebhookService).deliver(id)).rejects.toThrow(/internal address/);
    const [delivery] = await api.db.query('SELECT attempts, last_error, last_status, delivered_at FROM webhook_deliveries WHERE id = $1', [
      id,
    ]);
    expect(delivery).toMatchObject({ attempts: 1, last_status: null, delivered_at: null });
    expect(delivery.last_error).toMatch(/^refused: url: localhost resolves to .* internal address/);
    expect(received).toBe(0);
  });
});
