import { loadConfig, type AppConfig } from '@app/config';
import type { Role } from '@app/domain';
import { AdminService, PracticeCatalog, RuleProfileCatalog, type Log } from '@app/workflow';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import type { DataSource } from 'typeorm';
import { createApi } from '../../apps/api/src/bootstrap.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { APPLICATION_LOGIN, REDIS_URL } from './env.js';
import { TestClock } from './test-clock.js';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';
export const TEST_PASSWORD = 'correct horse battery staple';

export interface TestApi {
  app: INestApplication;
  http: TestAgent;
  db: DataSource;
  database: TestDatabase;
  clock: TestClock;
  config: AppConfig;
  /** Creates a user with a scope and returns a bearer header for them. */
  user(
    role: Role,
    scope?: { districtIds?: string[]; compoundIds?: string[] },
    username?: string,
  ): Promise<{ id: string; auth: { Authorization: string } }>;
  close(): Promise<void>;
}

let counter = 0;

/**
 * Limits no test file reaches, though every file's requests come from one address and share Redis;
 * rate-limits.e2e-spec sets its own.
 */
const UNREACHED_RATE_LIMITS = { RATE_LIMIT_USER_WRITES: '1000000', RATE_LIMIT_ADDRESS: '1000000' };

/**
 * The real API over a fresh database (or the migrated one given), with the practice catalog loaded
 * and time under the test's control; its log goes where `log` writes (silent by default).
 */
export async function startApi(env: Record<string, string> = {}, log?: Log, given?: TestDatabase): Promise<TestApi> {
  const database = given ?? (await createTestDatabase());
  const clock = new TestClock();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    REDIS_URL,
    DATABASE_APP_USER: APPLICATION_LOGIN.user,
    DATABASE_APP_PASSWORD: APPLICATION_LOGIN.password,
    JWT_SECRET: TEST_JWT_SECRET,
    ...UNREACHED_RATE_LIMITS,
    ...env,
  });
  const app = await createApi(config, database.app, clock, log);
  await app.init();
  // Fastify answers injected requests once its plugins are loaded.
  await app.getHttpAdapter().getInstance().ready();
  await app.get(PracticeCatalog).load();
  await app.get(RuleProfileCatalog).load();
  const http = request(app.getHttpServer());
  const admin = app.get(AdminService);
  return {
    app,
    http,
    db: database.dataSource,
    database,
    clock,
    config,
    async user(role, scope = {}, username = `${role.toLowerCase().replace(/_/g, '-')}-${++counter}`) {
      const user = await admin.createUser(null, { username, displayName: username, role, password: TEST_PASSWORD, ...scope });
      const res = await http.post('/auth/login').send({ username, password: TEST_PASSWORD }).expect(200);
      return { id: user.id, auth: { Authorization: `Bearer ${res.body.accessToken}` } };
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

/** Reads a download whole, for the XLSX and ZIP answers: `.buffer(true).parse(binary)`. */
export const binary: Parameters<ReturnType<TestAgent['get']>['parse']>[0] = (res, cb) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};
