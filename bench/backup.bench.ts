import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadConfig } from '@app/config';
import { startEmbeddedPostgres } from '@app/db';
import pg from 'pg';
import { backup, restore } from '../scripts/ops/backup.js';
import { envInt, freshDatabase, log, runBench, seededCity, type Closer, type Json, type Machine } from './support/harness.js';
import { median, round, table } from './support/stats.js';

/**
 * npm run bench:backup — npm run backup and npm run restore (in-process) of the seed:scale city
 * against pg_dump --format=custom and pg_restore --single-transaction of the same database, in one
 * run: on the machine's PostgreSQL, and on an embedded PostgreSQL 18 (which has no pg_dump to
 * compare with, so its figures stand alone). Every restore is checked to hold every table's rows.
 */

const RUNS = envInt('BENCH_BACKUP_RUNS', 3);
/** Households multiplied (rooms suffixed) to see a larger table stream through. */
const HOUSEHOLDS_TIMES = envInt('BENCH_BACKUP_HOUSEHOLDS_TIMES', 1);
const TIME_LIMIT_MS = 15 * 60_000;
const GOAL = 2;
const run$ = promisify(execFile);

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Rows of every table, one query. */
async function rowCounts(url: string): Promise<string> {
  return withClient(url, async (client) => {
    const tables = (
      await client.query(`SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY 1`)
    ).rows;
    const sql = tables.map((t) => `SELECT '${t.relname}' AS t, count(*)::int AS n FROM "${t.relname}"`).join(' UNION ALL ');
    return JSON.stringify((await client.query(`${sql} ORDER BY t`)).rows);
  });
}

async function seed(url: string, machine: Machine, closers: Closer[]): Promise<void> {
  const { client } = await seededCity(url, 2, machine, closers);
  if (HOUSEHOLDS_TIMES > 1) {
    await client.query(
      `INSERT INTO households (compound_id, building, unit, room, floor_area, created_at, updated_at)
       SELECT compound_id, building, unit, room || '-' || n, floor_area, created_at, updated_at FROM households, generate_series(1, $1) n`,
      [HOUSEHOLDS_TIMES - 1],
    );
  }
  await client.query('VACUUM ANALYZE');
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await work();
  return (performance.now() - t0) / 1000;
}

async function bytesUnder(dir: string): Promise<number> {
  let total = 0;
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) total += statSync(join(e.parentPath, e.name)).size;
  return total;
}

/** pg_dump when this machine has one that reads the server (its major version or newer), else why not. */
async function pgDumpFor(url: string): Promise<{ usable: boolean; note: string }> {
  const serverMajor = await withClient(url, async (c) =>
    Math.floor(Number((await c.query('SHOW server_version_num')).rows[0].server_version_num) / 10000),
  );
  try {
    const major = Number(/\(PostgreSQL\)\s+(\d+)/.exec((await run$('pg_dump', ['--version'])).stdout)?.[1]);
    return major >= serverMajor
      ? { usable: true, note: `pg_dump ${major}` }
      : { usable: false, note: `pg_dump ${major} cannot read PostgreSQL ${serverMajor}` };
  } catch {
    return { usable: false, note: 'no pg_dump on this machine' };
  }
}

interface Figures {
  server: string;
  households: number;
  backupSeconds: number;
  restoreSeconds: number;
  backupBytes: number;
  reference: { note: string; dumpSeconds?: number; restoreSeconds?: number; dumpBytes?: number };
}

/** Backs up `url` RUNS times and restores each into a fresh database from `target`, and the same with pg_dump/pg_restore if it can. */
async function measure(
  name: string,
  env: Record<string, string>,
  url: string,
  target: (run: number, tool: string) => Promise<string>,
  work: string,
): Promise<Figures> {
  const expected = await rowCounts(url);
  const households = await withClient(url, async (c) => (await c.query('SELECT count(*)::int AS n FROM households')).rows[0].n as number);
  const server = await withClient(url, async (c) => (await c.query('SHOW server_version')).rows[0].server_version as string);
  const tool = await pgDumpFor(url);
  const samples = { backup: [] as number[], restore: [] as number[], dump: [] as number[], pgRestore: [] as number[] };
  let backupBytes = 0;
  let dumpBytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const files = { ARCHIVE_DIR: join(work, 'archive'), BACKUP_DIR: join(work, `backups-${name}`) };
    let dir = '';
    samples.backup.push(await timed(async () => ({ dir } = await backup(loadConfig({ NODE_ENV: 'test', ...env, ...files })))));
    backupBytes = await bytesUnder(dir);
    const into = await target(i, 'restore');
    samples.restore.push(await timed(() => restore(loadConfig({ NODE_ENV: 'test', DATABASE_URL: into, ...files }), dir)));
    if ((await rowCounts(into)) !== expected) throw new Error(`${name}: the restored database does not hold the rows of the original`);
    rmSync(dir, { recursive: true });
    if (!tool.usable) continue;
    const dump = join(work, `${name}.dump`);
    samples.dump.push(await timed(() => run$('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${dump}`, url])));
    dumpBytes = statSync(dump).size;
    const other = await target(i, 'pg_restore');
    samples.pgRestore.push(
      await timed(() =>
        run$('pg_restore', ['--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', `--dbname=${other}`, dump]),
      ),
    );
    if ((await rowCounts(other)) !== expected) throw new Error(`${name}: pg_restore did not give back the rows of the original`);
  }
  const figures: Figures = {
    server,
    households,
    backupSeconds: round(median(samples.backup), 2),
    restoreSeconds: round(median(samples.restore), 2),
    backupBytes,
    reference: tool.usable
      ? { note: tool.note, dumpSeconds: round(median(samples.dump), 2), restoreSeconds: round(median(samples.pgRestore), 2), dumpBytes }
      : { note: tool.note },
  };
  log(`  ${name}: ${JSON.stringify(figures)}`);
  return figures;
}

async function run(url: string, machine: Machine, closers: Closer[]): Promise<Json> {
  const work = mkdtempSync(join(tmpdir(), 'renovation-bench-backup-'));
  // The embedded server's data dir is under it, and initdb runs as another user.
  chmodSync(work, 0o755);
  closers.push({ name: 'work dir', close: async () => rmSync(work, { recursive: true, force: true }) });

  log('the machine’s PostgreSQL:');
  await seed(url, machine, closers);
  const machineFigures = await measure('machine', { DATABASE_URL: url }, url, (i, tool) => freshDatabase(`${tool}_${i}`), work);

  log('an embedded PostgreSQL 18, as npm start runs it:');
  const dataDir = join(work, 'embedded');
  const port = 57000 + Math.floor(Math.random() * 1000);
  const embedded = await startEmbeddedPostgres(dataDir, port, log);
  closers.push({ name: 'embedded PostgreSQL', close: () => embedded.stop() });
  await seed(embedded.url, { ...machine }, closers);
  const embeddedFigures = await measure(
    'embedded',
    { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port) },
    embedded.url,
    async (i, tool) => {
      const name = `restore_${tool}_${i}`.replace(/\W/g, '_');
      await withClient(embedded.url, (c) => c.query(`CREATE DATABASE ${name}`));
      return Object.assign(new URL(embedded.url), { pathname: `/${name}` }).toString();
    },
    work,
  );

  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
  const s = (x: number | undefined) => (x === undefined ? '' : `${x.toFixed(2)} s`);
  const ratio = (ours: number, ref: number | undefined) => (ref === undefined ? '' : (ours / ref).toFixed(2));
  const rows: string[][] = [['figure', 'ours', 'reference', 'ratio', `goal`]];
  for (const f of [machineFigures, embeddedFigures]) {
    const where = `PostgreSQL ${f.server.split(' ')[0]}, ${f.households.toLocaleString('en-US')} households`;
    const ref = f.reference;
    rows.push(
      [
        `backup, ${where}`,
        `${s(f.backupSeconds)} (${mb(f.backupBytes)})`,
        ref.dumpSeconds === undefined ? ref.note : `${s(ref.dumpSeconds)} (${mb(ref.dumpBytes!)}, ${ref.note})`,
        ratio(f.backupSeconds, ref.dumpSeconds),
        ref.dumpSeconds === undefined ? '' : `<= ${GOAL}`,
      ],
      [
        `restore, ${where}`,
        s(f.restoreSeconds),
        ref.restoreSeconds === undefined ? '' : `${s(ref.restoreSeconds)} (pg_restore)`,
        ratio(f.restoreSeconds, ref.restoreSeconds),
        ref.restoreSeconds === undefined ? '' : `<= ${GOAL}`,
      ],
    );
  }
  log('\n' + table(rows));
  return {
    machine,
    ranAt: new Date().toISOString(),
    settings: { runs: RUNS, householdsTimes: HOUSEHOLDS_TIMES },
    machineFigures,
    embeddedFigures,
    totalSeconds: 0,
  };
}

runBench('backup', TIME_LIMIT_MS, run).then(
  () => process.exit(0),
  (e) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  },
);
