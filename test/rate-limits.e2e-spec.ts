import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AdminService } from '@app/workflow';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { createApi } from '../apps/api/src/bootstrap.js';
import { startApi, TEST_PASSWORD, type TestApi } from './support/api.js';
import { captureLog } from './support/log-capture.js';

/** A bearer header without logging in: the login itself would spend the address's budget. */
async function tokenFor(api: TestApi): Promise<{ Authorization: string }> {
  const username = `rl-${randomBytes(4).toString('hex')}`;
  const user = await api.app
    .get(AdminService)
    .createUser(null, { username, displayName: username, role: 'ADMIN', password: TEST_PASSWORD });
  return { Authorization: `Bearer ${api.app.get(JwtService).sign({ sub: user.id, role: 'ADMIN', ver: 0 })}` };
}

const address = () => `198.51.100.${1 + (randomBytes(1)[0]! % 250)}`;

describe('rate limits shared by two API instances through Redis', () => {
  let a: TestApi;
  let b: INestApplication;
  let httpB: TestAgent;

  beforeAll(async () => {
    a = await startApi({
      RATE_LIMIT_USER_WRITES: '3',
      RATE_LIMIT_ADDRESS: '2',
      RATE_LIMIT_ADDRESS_WINDOW_SECONDS: '30',
      REDIS_PREFIX: `rl-${randomBytes(4).toString('hex')}`,
      // The tests speak for many clients through the loopback, as a proxy would.
      TRUST_PROXY: '127.0.0.1, ::1',
    });
    // A second replica: same configuration and database, its own process state.
    b = await createApi(a.config, a.database.app, a.clock);
    await b.init();
    await b.getHttpAdapter().getInstance().ready();
    httpB = request(b.getHttpServer());
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('count what one address sends without a token across both, and answer the next with 429 and Retry-After', async () => {
    const from = address();
    await a.http.get('/health').set('X-Forwarded-For', from).expect(200);
    await httpB.get('/meta/machines').set('X-Forwarded-For', from).expect(200);
    const refused = await a.http.get('/health').set('X-Forwarded-For', from).expect(429);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({
      status: 429,
      code: 'REQUEST.RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
      requestId: refused.headers['x-request-id'],
    });
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(30);
    await httpB.post('/auth/login').set('X-Forwarded-For', from).send({ username: 'x', password: 'y' }).expect(429);
    // The files of a page are not counted: a page load fetches many before anyone signs in.
    await httpB.get('/docs/swagger-ui.css').set('X-Forwarded-For', from).expect(200);
    // Another address has its own budget.
    await httpB.get('/health').set('X-Forwarded-For', address()).expect(200);
  });

  it("count a signed-in user's writes across both, not their reads, and not against their address", async () => {
    const admin = await tokenFor(a);
    const from = address();
    await a.db.query(`INSERT INTO cities (code, name) VALUES ('changsha', '长沙市') ON CONFLICT DO NOTHING`);
    // Refused writes count too: the budget is spent before the body is read.
    await a.http.post('/districts').set(admin).set('X-Forwarded-For', from).send({}).expect(400);
    await httpB.post('/districts').set(admin).set('X-Forwarded-For', from).send({}).expect(400);
    await a.http
      .post('/districts')
      .set(admin)
      .set('X-Forwarded-For', from)
      .send({ code: 'rl', name: '限流区', cityCode: 'changsha' })
      .expect(201);
    const refused = await httpB.post('/districts').set(admin).set('X-Forwarded-For', from).send({}).expect(429);
    expect(refused.body.code).toBe('REQUEST.RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    for (let i = 0; i < 5; i++) await (i % 2 ? a.http : httpB).get('/me').set(admin).set('X-Forwarded-For', from).expect(200);
    // Another user is not held back by this one.
    await a.http
      .post('/districts')
      .set(await tokenFor(a))
      .set('X-Forwarded-For', from)
      .send({})
      .expect(400);
  });

  it('take the user from a verified token only: a forged one spends the address budget', async () => {
    const [header, payload] = (await tokenFor(a)).Authorization.slice(7).split('.');
    const forged = { Authorization: `Bearer ${header}.${payload}.${'A'.repeat(43)}` };
    const from = address();
    await a.http.post('/districts').set(forged).set('X-Forwarded-For', from).send({}).expect(401);
    await httpB.post('/districts').set(forged).set('X-Forwarded-For', from).send({}).expect(401);
    await a.http.post('/districts').set(forged).set('X-Forwarded-For', from).send({}).expect(429);
  });
});

describe('rate limits while Redis is down', () => {
  it('fail open: every request is served, and the log says the limits are off', async () => {
    const captured = captureLog('warn');
    const api = await startApi({ REDIS_URL: 'redis://127.0.0.1:1', RATE_LIMIT_ADDRESS: '1', TRUST_PROXY: '127.0.0.1, ::1' }, captured.log);
    try {
      const from = address();
      for (let i = 0; i < 4; i++) await api.http.get('/meta/machines').set('X-Forwarded-For', from).expect(200);
      expect(captured.lines).toContainEqual(expect.objectContaining({ level: 40, msg: expect.stringContaining('rate limits are off') }));
    } finally {
      await api.close();
    }
  });
});
