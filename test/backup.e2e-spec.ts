import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@app/config';
import { createDataSource } from '@app/db';
import { DemoSeeder, type DemoCredentials } from '@app/workflow';
import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import request from 'supertest';
import { createApi } from '../apps/api/src/bootstrap.js';
import { backup, restore, type Manifest } from '../scripts/ops/backup.js';
import { startApi, TEST_JWT_SECRET, type TestApi } from './support/api.js';
import { ADMIN_DATABASE_URL, databaseUrl, REDIS_URL } from './support/env.js';

const TABLES = [
  'users',
  'projects',
  'households',
  'consultation_rounds',
  'votes',
  'vote_ledger',
  'archive_documents',
  'audit_log',
  'deadlines',
];

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('backup and restore', () => {
  const work = mkdtempSync(join(tmpdir(), 'backup-'));
  const fresh = `renovation_restore_${randomBytes(4).toString('hex')}`;
  let api: TestApi;
  let credentials: DemoCredentials[];
  let dir: string;
  let manifest: Manifest;
  const restoredConfig = () =>
    loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl(fresh),
      ARCHIVE_DIR: join(work, 'restored-archive'),
      BACKUP_DIR: join(work, 'backups'),
    });
  const counts = async (query: (sql: string) => Promise<{ n: number }[]>) =>
    Promise.all(TABLES.map(async (t) => (await query(`SELECT count(*)::int AS n FROM ${t}`))[0]!.n));

  beforeAll(async () => {
    api = await startApi({ ARCHIVE_DIR: join(work, 'archive'), BACKUP_DIR: join(work, 'backups') });
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
    await admin(`CREATE DATABASE ${fresh} ENCODING 'UTF8' TEMPLATE template0`);
    ({ dir, manifest } = await backup(api.config));
  });
  afterAll(async () => {
    await api.close();
    await admin(`DROP DATABASE IF EXISTS ${fresh} WITH (FORCE)`);
    rmSync(work, { recursive: true, force: true });
  });

  it('writes one dated folder: the dump and every archive file, with sizes and sha256s in a manifest', () => {
    expect(dir).toMatch(/renovation-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$/);
    expect(manifest.files.map((f) => f.path.split('/')[0])).toEqual(['database.dump', 'archive', 'archive']);
    expect(manifest.database.migrations.length).toBeGreaterThan(10);
    const sums = readFileSync(join(dir, 'SHA256SUMS'), 'utf8');
    for (const f of manifest.files) expect(sums).toContain(`${f.sha256}  ${f.path}\n`);
  });

  it('restores into a fresh database where every ledger and every archive file verifies', async () => {
    await restore(restoredConfig(), dir);
    const restoredDb = createDataSource(databaseUrl(fresh), 4);
    await restoredDb.initialize();
    let restoredApi: INestApplication | undefined;
    try {
      expect(await counts((sql) => restoredDb.query(sql))).toEqual(await counts((sql) => api.db.query(sql)));
      restoredApi = await createApi(
        loadConfig({
          NODE_ENV: 'test',
          DATABASE_URL: databaseUrl(fresh),
          REDIS_URL,
          JWT_SECRET: TEST_JWT_SECRET,
          ARCHIVE_DIR: join(work, 'restored-archive'),
        }),
        restoredDb,
      );
      await restoredApi.init();
      await restoredApi.getHttpAdapter().getInstance().ready();
      const http = request(restoredApi.getHttpServer());
      const demoAdmin = credentials.find((c) => c.role === 'ADMIN')!;
      const auth = {
        Authorization: `Bearer ${(await http.post('/auth/login').send({ username: demoAdmin.username, password: demoAdmin.password }).expect(200)).body.accessToken}`,
      };
      const rounds: { id: string }[] = await restoredDb.query('SELECT id FROM consultation_rounds');
      expect(rounds.length).toBeGreaterThan(10);
      for (const r of rounds) {
        const check = (await http.get(`/rounds/${r.id}/ledger/verify`).set(auth).expect(200)).body;
        expect(check).toMatchObject({ ok: true });
      }
      const withFiles: { project_id: string }[] = await restoredDb.query(
        `SELECT DISTINCT project_id FROM archive_documents WHERE source = 'UPLOAD'`,
      );
      expect(withFiles).toHaveLength(2);
      for (const p of withFiles) {
        expect((await http.get(`/projects/${p.project_id}/archive/verify`).set(auth).expect(200)).body).toMatchObject({
          checked: 1,
          intact: true,
        });
      }
    } finally {
      await restoredApi?.close();
      await restoredDb.destroy();
    }
  });

  it('refuses to overwrite a database that is not empty unless forced', async () => {
    await expect(restore(restoredConfig(), dir)).rejects.toThrow(/not empty .*--force/);
    await restore(restoredConfig(), dir, { force: true });
  });

  it('refuses a backup whose files do not match their checksums', async () => {
    const archived = manifest.files.find((f) => f.path.startsWith('archive/'))!;
    const original = readFileSync(join(dir, archived.path));
    writeFileSync(join(dir, archived.path), Buffer.concat([original.subarray(0, -1), Buffer.from('X')]));
    try {
      await expect(restore(restoredConfig(), dir, { force: true })).rejects.toThrow(`${archived.path} does not match its checksum`);
    } finally {
      writeFileSync(join(dir, archived.path), original);
    }
  });
});
