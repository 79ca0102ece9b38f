import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArchiveService } from '@app/workflow';
import { startWorker, type RunningWorker } from '../apps/worker/src/start-worker.js';
import { startApi, type TestApi } from './support/api.js';
import { districtWithCompound, projectInConstruction } from './support/fixtures.js';

const pdf = (text: string) => Buffer.from(`%PDF-1.4\n${text}\n%%EOF`);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('archive files orphaned by a failed upload', () => {
  let api: TestApi;
  let dir: string;
  let pm: { auth: { Authorization: string } };
  let projectId: string;
  const pathOf = (hash: string) => join(dir, hash.slice(0, 2), hash);
  const upload = (title: string, bytes: Buffer) =>
    api.http
      .post(`/projects/${projectId}/archive/documents`)
      .set(pm.auth)
      .field('kind', 'PHOTOS')
      .field('title', title)
      .attach('file', bytes, { filename: 'scan.pdf', contentType: 'application/pdf' });
  /** Makes a file look as old as the test clock says, minus some minutes. */
  const age = (path: string, minutes: number) => {
    const at = new Date(api.clock.now().getTime() - minutes * 60_000);
    utimesSync(path, at, at);
  };
  const sweep = () => api.app.get(ArchiveService).sweepOrphans(api.clock.now(), api.config.ARCHIVE_ORPHAN_GRACE_MINUTES);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'archive-orphans-'));
    api = await startApi({ ARCHIVE_DIR: dir, ARCHIVE_ORPHAN_GRACE_MINUTES: '30' });
    const place = await districtWithCompound(api, 'orphans');
    pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] });
    projectId = await projectInConstruction(api, place, pm);
  });
  afterAll(async () => {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('are removed past the grace age; committed, withdrawn and young files stay', async () => {
    const kept = pdf('施工照片');
    await upload('施工照片', kept).expect(201);
    const withdrawn = pdf('误传的照片');
    const doc = (await upload('误传', withdrawn).expect(201)).body;
    await api.http.post(`/projects/${projectId}/archive/documents/${doc.id}/withdraw`).set(pm.auth).send({ reason: '误传' }).expect(204);

    // The file is stored, then the row's insert fails and the transaction rolls back.
    const orphan = pdf(`回滚的上传 ${randomBytes(4).toString('hex')}`);
    await api.db.query(`ALTER TABLE archive_documents ADD CONSTRAINT refuse_boom CHECK (title <> 'boom')`);
    try {
      expect((await upload('boom', orphan).expect(500)).body.code).toBe('SERVER.ERROR');
    } finally {
      await api.db.query('ALTER TABLE archive_documents DROP CONSTRAINT refuse_boom');
    }
    expect(existsSync(pathOf(sha256(orphan)))).toBe(true);
    const [{ n }] = await api.db.query('SELECT count(*)::int AS n FROM archive_documents WHERE sha256 = $1', [sha256(orphan)]);
    expect(n).toBe(0);
    // A write that died before its rename.
    const part = `${pathOf(sha256(orphan))}.${randomBytes(4).toString('hex')}.part`;
    writeFileSync(part, 'half a file');

    for (const path of [pathOf(sha256(kept)), pathOf(sha256(withdrawn)), pathOf(sha256(orphan)), part]) age(path, 29);
    expect((await sweep()).removed).toEqual([]);

    for (const path of [pathOf(sha256(kept)), pathOf(sha256(withdrawn)), pathOf(sha256(orphan)), part]) age(path, 31);
    const { removed } = await sweep();
    expect(removed.sort()).toEqual([part, pathOf(sha256(orphan))].map((p) => p.slice(dir.length + 1)).sort());
    expect(existsSync(pathOf(sha256(orphan)))).toBe(false);
    expect(existsSync(part)).toBe(false);
    expect(existsSync(pathOf(sha256(kept)))).toBe(true);
    expect(existsSync(pathOf(sha256(withdrawn)))).toBe(true);
    expect((await api.http.get(`/projects/${projectId}/archive/verify`).set(pm.auth).expect(200)).body).toMatchObject({ intact: true });
  });

  it('spare an old file that an upload in flight has just found in place', async () => {
    const bytes = pdf(`再次上传 ${randomBytes(4).toString('hex')}`);
    const path = pathOf(sha256(bytes));
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, bytes);
    age(path, 120);
    // The upload finds the file and keeps it, but its row is not committed (here: never).
    await api.db.query(`ALTER TABLE archive_documents ADD CONSTRAINT refuse_late CHECK (title <> 'late')`);
    try {
      await upload('late', bytes).expect(500);
    } finally {
      await api.db.query('ALTER TABLE archive_documents DROP CONSTRAINT refuse_late');
    }
    expect((await sweep()).removed).toEqual([]);
    expect(existsSync(path)).toBe(true);
    api.clock.advance(31 * 60_000);
    expect((await sweep()).removed).toEqual([path.slice(dir.length + 1)]);
  });

  it('are swept by the worker on its own', async () => {
    const stray = pdf(`worker ${randomBytes(4).toString('hex')}`);
    const path = pathOf(sha256(stray));
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, stray);
    age(path, 60);
    let worker: RunningWorker | undefined;
    try {
      worker = await startWorker(api.config, {
        clock: api.clock,
        runner: { prefix: `orphans-${randomBytes(4).toString('hex')}`, relayIntervalMs: 0, sweepIntervalMs: 0, archiveSweepIntervalMs: 50 },
      });
      for (let i = 0; i < 100 && existsSync(path); i++) await new Promise((r) => setTimeout(r, 50));
      expect(existsSync(path)).toBe(false);
    } finally {
      await worker?.close();
    }
    expect(readdirSync(join(path, '..')).some((f) => f.endsWith('.sweep'))).toBe(false);
  });
});
