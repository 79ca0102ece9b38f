import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import type { BrowserFixture } from './fixture.js';

const ROOT = resolve(import.meta.dirname, '../..');
const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dist = <T>(path: string): Promise<T> => import(pathToFileURL(join(ROOT, 'dist', path)).href) as Promise<T>;

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
    server.on('error', fail);
  });
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Seeds the demo on a fresh database through the built services in-process, keeping the
 * passwords it returns (the API prints them only once), adds a second district the demo users
 * must not see, then starts the built API on that database as a child process, as `npm start`
 * would but with SEED_DEMO=false. Returns the teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  execFileSync('node', [join(ROOT, 'scripts/build-if-changed.mjs')], { cwd: ROOT, stdio: 'inherit' });
  const database = `renovation_browser_${randomBytes(4).toString('hex')}`;
  await admin(`CREATE DATABASE ${database} ENCODING 'UTF8' TEMPLATE template0`);
  const dataDir = mkdtempSync(join(tmpdir(), 'renovation-browser-'));
  let api: ChildProcess | undefined;
  const teardown = async () => {
    if (api && api.exitCode === null) {
      api.kill('SIGTERM');
      await new Promise((r) => api!.once('exit', r));
    }
    await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    api = await startApi(database, dataDir);
    return teardown;
  } catch (e) {
    await teardown();
    throw e;
  }
}

async function startApi(database: string, dataDir: string): Promise<ChildProcess> {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  const env = {
    NODE_ENV: 'development',
    DATABASE_URL: url.toString(),
    JWT_SECRET: randomBytes(32).toString('base64url'),
    DATA_DIR: dataDir,
    SEEDS_DIR: join(ROOT, 'seeds'),
    CONSOLE_DIR: join(ROOT, 'dist/console'),
    // Its own Redis keys: the rate limits of another run on this machine, from the same address, are not this run's.
    REDIS_PREFIX: `browser-${database}`,
  };

  const { loadConfig } = await dist<typeof import('@app/config')>('libs/config/src/index.js');
  const { createDataSource, migrate } = await dist<typeof import('@app/db')>('libs/db/src/index.js');
  const wf = await dist<typeof import('@app/workflow')>('libs/workflow/src/index.js');
  const { createApi } = await dist<typeof import('../../apps/api/src/bootstrap.js')>('apps/api/src/bootstrap.js');
  // Quiet in-process: the child API logs for itself.
  const config = loadConfig({ ...env, NODE_ENV: 'test', SEED_DEMO: 'false', START_WORKER: 'false' });
  // The demo tells its fifteen stories side by side: a full pool, as the API has.
  const dataSource = createDataSource(env.DATABASE_URL, config.DB_POOL_SIZE);
  await dataSource.initialize();
  let fixture: Omit<BrowserFixture, 'baseURL' | 'databaseUrl'>;
  try {
    await migrate(dataSource);
    const app = await createApi(config, dataSource);
    await app.init();
    await app.get(wf.PracticeCatalog).load();
    await app.get(wf.RuleProfileCatalog).load();
    const credentials = (await app.get(wf.DemoSeeder).seed())!;
    const identity = app.get(wf.IdentityService);
    const [{ id: adminId }] = await dataSource.query(`SELECT id FROM users WHERE username = 'demo-admin'`);
    const adminActor = (await identity.actor(adminId))!;
    // Another district, with its own PM and project: nothing of it may show to the demo's users.
    const other = await app
      .get(wf.AdminService)
      .createDistrict(adminActor, { code: 'browser-other', name: '岳麓区（测试）', cityCode: 'changsha' });
    const otherPassword = wf.generatePassword();
    const otherPm = await app.get(wf.AdminService).createUser(adminActor, {
      username: 'other-pm',
      displayName: '岳麓区项目经理',
      role: 'DISTRICT_PM',
      password: otherPassword,
      districtIds: [other.id],
    });
    const otherActor = (await identity.actor(otherPm.id))!;
    const compound = await app
      .get(wf.CompoundService)
      .create(otherActor, { districtId: other.id, name: '麓山新村（测试小区）', address: '测试路 1 号', buildYear: 1992, buildings: 2 });
    const otherProject = await app.get(wf.ProjectService).create(otherActor, compound.id, { name: '麓山新村综合改造' });
    await app.close();
    fixture = {
      users: Object.fromEntries(
        credentials.map((c) => [c.role, { username: c.username, password: c.password }]),
      ) as BrowserFixture['users'],
      other: {
        username: 'other-pm',
        password: otherPassword,
        projectId: otherProject.id,
        projectName: otherProject.name,
        districtName: other.name,
      },
    };
  } finally {
    await dataSource.destroy();
  }

  const port = await freePort();
  const api = spawn('node', [join(ROOT, 'dist/apps/api/src/main.js')], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), SEED_DEMO: 'false', START_WORKER: 'false' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseURL = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(`${baseURL}/docs-json`)).ok) break;
    } catch {
      // not listening yet
    }
    if (api.exitCode !== null || tries > 120) {
      api.kill('SIGTERM');
      throw new Error(`the API did not start (exit code ${api.exitCode})`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  process.env.BROWSER_FIXTURE = JSON.stringify({ ...fixture, baseURL, databaseUrl: env.DATABASE_URL } satisfies BrowserFixture);
  return api;
}
