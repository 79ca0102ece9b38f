import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@app/config';
import { createDataSource, dataSourceOptions, migrate, MIGRATIONS, startEmbeddedPostgres } from '@app/db';
import { DemoSeeder, type DemoCredentials } from '@app/workflow';
import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApi } from '../apps/api/src/bootstrap.js';
import { backup, MANIFEST, restore, type Manifest } from '../scripts/ops/backup.js';
import { dumpDatabase, loadDatabase } from '../scripts/ops/database-copy.js';
import { startApi, TEST_JWT_SECRET, type TestApi } from './support/api.js';
import { createTestDatabase, openTestDatabase, type TestDatabase } from './support/database.js';
import { ADMIN_DATABASE_URL, databaseUrl, REDIS_URL } from './support/env.js';

/** A place a database lives: `env` is what points the configuration at it, as a user would. */
interface Server {
  env: Record<string, string>;
  url: string;
  stop(): Promise<void>;
}

async function query(url: string, sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new, empty database on the machine's PostgreSQL, named by DATABASE_URL. */
async function machineDatabase(): Promise<Server> {
  const name = `renovation_restore_${randomBytes(4).toString('hex')}`;
  await query(ADMIN_DATABASE_URL, `CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`);
  return {
    env: { DATABASE_URL: databaseUrl(name) },
    url: databaseUrl(name),
    stop: () => query(ADMIN_DATABASE_URL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).then(() => undefined),
  };
}

/** The embedded PostgreSQL `npm start` runs when DATABASE_URL is unset, in a data dir of its own. */
async function embeddedServer(dataDir: string): Promise<Server> {
  const port = 56000 + Math.floor(Math.random() * 2000);
  const embedded = await startEmbeddedPostgres(dataDir, port, () => undefined);
  return {
    env: { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port) },
    url: embedded.url,
    stop: () => embedded.stop(),
  };
}

/** Every table's rows and every sequence's position, digested: what a restore must give back unchanged. */
async function contents(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`SET TIME ZONE 'UTC'`);
    const relations = await client.query<{ name: string; kind: string }>(
      `SELECT relname AS name, relkind AS kind FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'S') ORDER BY relname`,
    );
    const digests: Record<string, string> = {};
    for (const { name, kind } of relations.rows) {
      const sql =
        kind === 'S'
          ? `SELECT last_value || ' ' || is_called AS d FROM "${name}"`
          : `SELECT count(*) || ' rows ' || md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS d FROM "${name}" t`;
      digests[name] = (await client.query<{ d: string }>(sql)).rows[0]!.d;
    }
    return digests;
  } finally {
    await client.end();
  }
}

const count = (digest: string | undefined) => Number(digest?.split(' ')[0]);

/** The restored database served by the API: every round's vote ledger and every archived file check out. */
async function verifyServed(server: Server, archiveDir: string, credentials: DemoCredentials[]): Promise<void> {
  const db = createDataSource(server.url, 4);
  await db.initialize();
  let app: INestApplication | undefined;
  try {
    app = await createApi(
      loadConfig({ NODE_ENV: 'test', DATABASE_URL: server.url, REDIS_URL, JWT_SECRET: TEST_JWT_SECRET, ARCHIVE_DIR: archiveDir }),
      db,
    );
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    const http = request(app.getHttpServer());
    const demoAdmin = credentials.find((c) => c.role === 'ADMIN')!;
    const token = (await http.post('/auth/login').send({ username: demoAdmin.username, password: demoAdmin.password }).expect(200)).body
      .accessToken;
    const auth = { Authorization: `Bearer ${token}` };
    const rounds: { id: string }[] = await db.query('SELECT id FROM consultation_rounds');
    expect(rounds.length).toBeGreaterThan(10);
    for (const r of rounds) {
      expect((await http.get(`/rounds/${r.id}/ledger/verify`).set(auth).expect(200)).body).toMatchObject({ ok: true });
    }
    // The photos filed before the backup, and the demo's photos of signed acceptance forms.
    const withFiles: { project_id: string; n: number }[] = await db.query(
      `SELECT project_id, count(*)::int AS n FROM archive_documents WHERE source = 'UPLOAD' GROUP BY project_id`,
    );
    expect(await db.query(`SELECT count(*)::int AS n FROM archive_documents WHERE source = 'UPLOAD' AND kind = 'PHOTOS'`)).toEqual([
      { n: 2 },
    ]);
    for (const p of withFiles) {
      expect((await http.get(`/projects/${p.project_id}/archive/verify`).set(auth).expect(200)).body).toMatchObject({
        checked: p.n,
        intact: true,
      });
    }
  } finally {
    await app?.close();
    await db.destroy();
  }
}

type ServerAt = (dataDir: string) => Promise<Server>;
const newDatabase = { name: "a new database on the machine's PostgreSQL", at: machineDatabase };
const newEmbedded = { name: 'a new embedded PostgreSQL 18', at: embeddedServer };

/** Each backup is also restored on the other server, of another version; the last target also receives the refusals. */
const setups: { name: string; version: RegExp; server: ServerAt; targets: { name: string; at: ServerAt }[] }[] = [
  { name: 'the PostgreSQL of DATABASE_URL', version: /^\d+\.\d+/, server: machineDatabase, targets: [newDatabase, newEmbedded] },
  // The README's one-command setup.
  { name: 'the embedded PostgreSQL 18 of npm start', version: /^18\.\d+/, server: embeddedServer, targets: [newEmbedded, newDatabase] },
];

describe.each(setups)('backup and restore of $name', ({ version, server, targets }) => {
  const work = mkdtempSync(join(tmpdir(), 'backup-'));
  // The embedded servers' data dirs are under it, and initdb runs as another user.
  chmodSync(work, 0o755);
  const restored: { server: Server; archiveDir: string }[] = [];
  let source: Server;
  let api: TestApi;
  let credentials: DemoCredentials[];
  let before: Record<string, string>;
  let dir: string;
  let manifest: Manifest;
  const configFor = (server: Server, archiveDir: string) =>
    loadConfig({ NODE_ENV: 'test', ...server.env, ARCHIVE_DIR: archiveDir, BACKUP_DIR: join(work, 'backups') });

  beforeAll(async () => {
    source = await server(join(work, 'source-pg'));
    const owner = createDataSource(source.url, 2);
    await owner.initialize();
    await migrate(owner);
    await owner.destroy();
    const database = await openTestDatabase('source', source.url, () => source.stop());
    api = await startApi({ ARCHIVE_DIR: join(work, 'archive') }, undefined, database);
    credentials = (await api.app.get(DemoSeeder).seed())!;
    const pm = credentials.find((c) => c.role === 'DISTRICT_PM')!;
    const token = (await api.http.post('/auth/login').send({ username: pm.username, password: pm.password }).expect(200)).body.accessToken;
    const projects = (await api.http.get('/projects?limit=50').set('Authorization', `Bearer ${token}`).expect(200)).body.items as {
      id: string;
      state: string;
    }[];
    for (const state of ['CONSTRUCTION', 'ARCHIVING']) {
      await api.http
        .post(`/projects/${projects.find((p) => p.state === state)!.id}/archive/documents`)
        .set('Authorization', `Bearer ${token}`)
        .field('kind', 'PHOTOS')
        .field('title', `${state} 现场照片`)
        .attach('file', Buffer.from(`%PDF-1.4\n${state} ${randomBytes(8).toString('hex')}\n%%EOF`), {
          filename: 'p.pdf',
          contentType: 'application/pdf',
        })
        .expect(201);
    }
    before = await contents(source.url);
    // As `npm run backup` sees it: the embedded server is found running (by `npm start`) and attached to.
    ({ dir, manifest } = await backup(configFor(source, join(work, 'archive'))));
  });
  afterAll(async () => {
    await api?.close();
    for (const r of restored) await r.server.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('writes one dated folder: every table and every archive file, with sizes and sha256s in a manifest', async () => {
    expect(dir).toMatch(/renovation-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$/);
    expect(manifest.database.serverVersion).toMatch(version);
    expect(manifest.database.serverVersion).toBe((await query(source.url, 'SHOW server_version')).rows[0].server_version);
    expect(manifest.database.migrations).toEqual(MIGRATIONS.map((m) => m.name));
    expect(Object.fromEntries(manifest.database.tables.map((t) => [t.name, t.rows]))).toEqual(
      Object.fromEntries(
        Object.entries(before).flatMap(([name, d]) => (d.includes(' rows ') && name !== 'migrations' ? [[name, count(d)]] : [])),
      ),
    );
    for (const table of ['projects', 'households', 'votes', 'vote_ledger', 'audit_log', 'archive_documents']) {
      expect(count(before[table])).toBeGreaterThan(0);
    }
    expect(manifest.files.map((f) => f.path)).toEqual([
      ...manifest.database.tables.map((t) => `database/${t.name}.copy.gz`),
      ...manifest.files.filter((f) => f.path.startsWith('archive/')).map((f) => f.path),
    ]);
    // The two photos filed here, and the demo's one photo of signed acceptance forms (stored once by its content).
    expect(manifest.files.filter((f) => f.path.startsWith('archive/'))).toHaveLength(3);
    const sums = readFileSync(join(dir, 'SHA256SUMS'), 'utf8');
    for (const f of manifest.files) expect(sums).toContain(`${f.sha256}  ${f.path}\n`);
  });

  it.each(targets.map((target, i) => ({ ...target, i })))(
    'restores into $name: every table and sequence as it was, every ledger and archive file verifies',
    async ({ at, i }) => {
      const into = { server: await at(join(work, `target-pg-${i}`)), archiveDir: join(work, `restored-archive-${i}`) };
      restored.push(into);
      await restore(configFor(into.server, into.archiveDir), dir);
      expect(await contents(into.server.url)).toEqual(before);
      await verifyServed(into.server, into.archiveDir, credentials);
    },
  );

  it('refuses to overwrite a database that is not empty unless forced, and forced replaces it whole', async () => {
    const into = restored.at(-1)!;
    const config = configFor(into.server, into.archiveDir);
    await query(into.server.url, `INSERT INTO login_throttle (key, window_started_at, failures) VALUES ('left-behind', now(), 1)`);
    await expect(restore(config, dir)).rejects.toThrow(/not empty .*--force/);
    await restore(config, dir, { force: true });
    expect(await contents(into.server.url)).toEqual(before);
  });

  it('refuses a backup whose files do not match their checksums, or whose rows are not checksummed', async () => {
    for (const damaged of [
      manifest.files.find((f) => f.path.startsWith('archive/'))!,
      manifest.files.find((f) => f.path === 'database/votes.copy.gz')!,
    ]) {
      const original = readFileSync(join(dir, damaged.path));
      writeFileSync(join(dir, damaged.path), Buffer.concat([original.subarray(0, -1), Buffer.from('X')]));
      try {
        const into = restored.at(-1)!;
        await expect(restore(configFor(into.server, into.archiveDir), dir, { force: true })).rejects.toThrow(
          `${damaged.path} does not match its checksum`,
        );
      } finally {
        writeFileSync(join(dir, damaged.path), original);
      }
    }
    const unlisted = { ...manifest, files: manifest.files.filter((f) => f.path !== 'database/votes.copy.gz') };
    writeFileSync(join(dir, MANIFEST), JSON.stringify(unlisted));
    try {
      const into = restored.at(-1)!;
      await expect(restore(configFor(into.server, into.archiveDir), dir, { force: true })).rejects.toThrow(
        'the rows of votes are not among the checksummed files',
      );
    } finally {
      writeFileSync(join(dir, MANIFEST), JSON.stringify(manifest));
    }
  });
});

describe('restore builds the schema from the backup', () => {
  const work = mkdtempSync(join(tmpdir(), 'backup-schema-'));
  const servers: Server[] = [];
  const fresh = async () => {
    const s = await machineDatabase();
    servers.push(s);
    return s;
  };
  const tablesOf = async (url: string) =>
    (await query(url, `SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY 1`)).rows.map(
      (r) => r.relname as string,
    );
  /** The migrations of an earlier release: those before local settings (and the cities and project areas after them). */
  const EARLIER = MIGRATIONS.slice(
    0,
    MIGRATIONS.findIndex((m) => m.name === 'CreateLocalSettings1764500000400'),
  );
  /** A database of an earlier release, with a district. */
  async function earlierRelease(): Promise<Server> {
    const s = await fresh();
    const ds = new DataSource({ ...dataSourceOptions(s.url, 2), migrations: EARLIER });
    await ds.initialize();
    try {
      await ds.runMigrations({ transaction: 'each' });
      await ds.query(`INSERT INTO districts (code, name, city) VALUES ('430102', '芙蓉区', '长沙市')`);
    } finally {
      await ds.destroy();
    }
    return s;
  }
  const backupOf = async (s: Server) =>
    backup(
      loadConfig({
        NODE_ENV: 'test',
        ...s.env,
        ARCHIVE_DIR: join(work, 'archive'),
        BACKUP_DIR: join(work, randomBytes(4).toString('hex')),
      }),
    );
  const restoreInto = (s: Server, dir: string) =>
    restore(loadConfig({ NODE_ENV: 'test', ...s.env, ARCHIVE_DIR: join(work, 'restored') }), dir);

  afterAll(async () => {
    for (const s of servers) await s.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it("runs exactly the backup's migrations; the next start migrates on from there", async () => {
    const { dir, manifest } = await backupOf(await earlierRelease());
    expect(manifest.database.migrations).toEqual(EARLIER.map((m) => m.name));
    const target = await fresh();
    await restoreInto(target, dir);
    expect((await query(target.url, 'SELECT name FROM migrations ORDER BY id')).rows.map((r) => r.name)).toEqual(
      manifest.database.migrations,
    );
    expect(await tablesOf(target.url)).not.toContain('local_settings');
    expect((await query(target.url, 'SELECT name FROM districts')).rows).toEqual([{ name: '芙蓉区' }]);
    const ds = createDataSource(target.url, 2);
    await ds.initialize();
    try {
      expect(await migrate(ds)).toBe(MIGRATIONS.length - EARLIER.length);
    } finally {
      await ds.destroy();
    }
    expect(await tablesOf(target.url)).toContain('local_settings');
    // The restored district's city became a city of its own on the way.
    expect((await query(target.url, 'SELECT d.city, c.name FROM districts d JOIN cities c ON c.id = d.city_id')).rows).toEqual([
      { city: '长沙市', name: '长沙市' },
    ]);
  });

  it('refuses a backup taken at a migration this release does not have, and writes nothing', async () => {
    const { dir, manifest } = await backupOf(await earlierRelease());
    const later = {
      ...manifest,
      database: { ...manifest.database, migrations: [...manifest.database.migrations, 'AddSomethingLater1999999999999'] },
    };
    writeFileSync(join(dir, MANIFEST), JSON.stringify(later));
    const target = await fresh();
    await expect(restoreInto(target, dir)).rejects.toThrow(/this release does not have \(AddSomethingLater1999999999999\)/);
    expect(await tablesOf(target.url)).toEqual([]);
  });

  it('refuses a backup whose tables differ from what its migrations build, and writes nothing', async () => {
    const drifted = await earlierRelease();
    await query(drifted.url, 'ALTER TABLE districts ADD COLUMN note text');
    const { dir } = await backupOf(drifted);
    const target = await fresh();
    await expect(restoreInto(target, dir)).rejects.toThrow(
      /districts has \(.*, note text\) in the backup but \(.*created_at timestamp with time zone\) here/,
    );
    expect(await tablesOf(target.url)).toEqual([]);
  });

  it('points a pg_dump backup of an earlier release to pg_restore', async () => {
    const dir = join(work, 'pg-dump-backup');
    mkdirSync(dir);
    writeFileSync(join(dir, MANIFEST), JSON.stringify({ format: 1, database: { dump: 'database.dump' }, files: [] }));
    const target = await fresh();
    await expect(restoreInto(target, dir)).rejects.toThrow(
      /pg_dump backup of an earlier release: restore its database.dump with pg_restore/,
    );
    expect(await tablesOf(target.url)).toEqual([]);
  });
});

describe('a backup is one snapshot', () => {
  let db: TestDatabase;
  let target: Server;
  const work = mkdtempSync(join(tmpdir(), 'backup-snapshot-'));
  beforeAll(async () => {
    db = await createTestDatabase();
    target = await machineDatabase();
  });
  afterAll(async () => {
    await db.drop();
    await target.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it('leaves out what is written while it runs, so a household never arrives without its compound', async () => {
    const [district] = await db.dataSource.query(
      `INSERT INTO districts (code, name, city) VALUES ('430103', '天心区', '长沙市') RETURNING id`,
    );
    const addCompound = async (name: string) => {
      const [compound] = await db.dataSource.query(
        `INSERT INTO compounds (district_id, name, address, build_year) VALUES ($1, $2, '长沙市天心区', 1995) RETURNING id`,
        [district.id, name],
      );
      await db.dataSource.query(`INSERT INTO households (compound_id, building, unit, room, floor_area) VALUES ($1, '1', '1', '101', 60)`, [
        compound.id,
      ]);
    };
    await addCompound('白沙小区');
    // Committed by another connection once compounds is written and before households is.
    const copy = await dumpDatabase(db.dataSource, work, async (table) => {
      if (table.name === 'compounds') await addCompound('后来小区');
    });
    const rows = Object.fromEntries(copy.tables.map((t) => [t.name, t.rows]));
    expect(rows).toMatchObject({ compounds: 1, households: 1 });
    expect((await db.dataSource.query('SELECT count(*)::int AS n FROM households'))[0].n).toBe(2);
    const into = createDataSource(target.url, 2);
    await into.initialize();
    try {
      await loadDatabase(into, work, copy, false);
      expect(await into.query('SELECT c.name FROM households h JOIN compounds c ON c.id = h.compound_id')).toEqual([{ name: '白沙小区' }]);
    } finally {
      await into.destroy();
    }
  });
});
