import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { AppConfig } from '@app/config';
import { openDatabase, type OpenDatabase } from '@app/workflow';
import { pgToolFor, pgToolMajor, runPgTool } from './pg-tools.js';

export const MANIFEST = 'manifest.json';
const DUMP = 'database.dump';
/** Stored archive files: `ab/ab12…` by their sha256 (half-written `.part` files are not taken). */
const STORED = /^([0-9a-f]{2})\/\1[0-9a-f]{62}$/;

export interface ManifestFile {
  path: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  format: 1;
  createdAt: string;
  database: { serverVersion: string; dumpedWith: number; migrations: string[]; dump: string };
  /** Every file of the backup but the manifest, with its size and sha256. */
  files: ManifestFile[];
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function describe(root: string, path: string): Promise<ManifestFile> {
  const full = join(root, path);
  return { path, bytes: (await stat(full)).size, sha256: await sha256Of(full) };
}

async function storedFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const sub of (await readdir(dir)).sort()) {
    if (!/^[0-9a-f]{2}$/.test(sub)) continue;
    for (const name of (await readdir(join(dir, sub))).sort()) if (STORED.test(`${sub}/${name}`)) found.push(`${sub}/${name}`);
  }
  return found;
}

async function withDatabase<T>(
  config: AppConfig,
  log: (line: string) => void,
  work: (db: OpenDatabase, url: string) => Promise<T>,
): Promise<T> {
  const db = await openDatabase({ ...config, DB_POOL_SIZE: 2 }, log);
  try {
    return await work(db, (db.dataSource.options as { url: string }).url);
  } finally {
    await db.close();
  }
}

async function serverOf(db: OpenDatabase): Promise<{ version: string; major: number }> {
  const [{ server_version: version, server_version_num: num }] = await db.dataSource.query(
    `SELECT current_setting('server_version') AS server_version, current_setting('server_version_num')::int AS server_version_num`,
  );
  return { version, major: Math.floor(num / 10000) };
}

/**
 * npm run backup: the configured (or embedded) database as a pg_dump archive and every stored
 * archive file, into one new dated folder under BACKUP_DIR with a manifest of sizes and sha256s
 * (and SHA256SUMS, for `sha256sum -c`). The folder appears under its name only once complete.
 */
export async function backup(
  config: AppConfig,
  log: (line: string) => void = () => undefined,
): Promise<{ dir: string; manifest: Manifest }> {
  const createdAt = new Date();
  const dir = resolve(config.BACKUP_DIR, `renovation-${createdAt.toISOString().replace(/[:.]/g, '-')}`);
  if (existsSync(dir)) throw new Error(`${dir} already exists`);
  const partial = `${dir}.partial`;
  await mkdir(join(partial, 'archive'), { recursive: true });
  const database = await withDatabase(config, log, async (db, url) => {
    const server = await serverOf(db);
    const pgDump = await pgToolFor('pg_dump', config, server.major);
    // A database never migrated has no migrations table; it is dumped all the same.
    const migrations: { name: string }[] = await db.dataSource.query('SELECT name FROM migrations ORDER BY id').catch(() => []);
    log(`dumping the database (PostgreSQL ${server.version}) with ${pgDump}`);
    await runPgTool(pgDump, ['--format=custom', '--no-owner', '--no-privileges', `--file=${join(partial, DUMP)}`], url);
    return { serverVersion: server.version, dumpedWith: await pgToolMajor(pgDump), migrations: migrations.map((m) => m.name), dump: DUMP };
  });
  const archiveDir = resolve(config.ARCHIVE_DIR);
  const stored = await storedFiles(archiveDir);
  log(`copying ${stored.length} archive file(s) from ${archiveDir}`);
  for (const path of stored) {
    await mkdir(dirname(join(partial, 'archive', path)), { recursive: true });
    await copyFile(join(archiveDir, path), join(partial, 'archive', path));
  }
  const files = [await describe(partial, DUMP)];
  for (const path of stored) {
    const file = await describe(partial, `archive/${path}`);
    // Stored under its sha256: a copy that does not hash to its name was already damaged at the source.
    if (file.sha256 !== path.slice(3)) throw new Error(`archive file ${path} does not match its sha256 (${file.sha256}); backup stopped`);
    files.push(file);
  }
  const manifest: Manifest = { format: 1, createdAt: createdAt.toISOString(), database, files };
  await writeFile(join(partial, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
  await writeFile(join(partial, 'SHA256SUMS'), files.map((f) => `${f.sha256}  ${f.path}\n`).join(''));
  await rename(partial, dir);
  return { dir, manifest };
}

/** Every file the manifest lists is there, with its size and sha256. */
export async function verifyBackup(dir: string): Promise<Manifest> {
  const manifest = JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')) as Manifest;
  if (manifest.format !== 1) throw new Error(`${dir}: unknown backup format ${String(manifest.format)}`);
  for (const f of manifest.files) {
    const full = join(dir, f.path);
    if (relative(dir, full).startsWith('..')) throw new Error(`${dir}: manifest names a file outside the backup: ${f.path}`);
    if (!existsSync(full)) throw new Error(`${dir}: ${f.path} is missing`);
    const actual = await describe(dir, f.path);
    if (actual.bytes !== f.bytes || actual.sha256 !== f.sha256) throw new Error(`${dir}: ${f.path} does not match its checksum`);
  }
  return manifest;
}

/**
 * npm run restore: checks every checksum first, then restores the dump into the configured (or
 * embedded) database and copies the archive files into ARCHIVE_DIR. A database that already holds
 * tables is refused unless `force` (the dump's objects then replace it).
 */
export async function restore(
  config: AppConfig,
  from: string,
  options: { force?: boolean; log?: (line: string) => void } = {},
): Promise<Manifest> {
  const log = options.log ?? (() => undefined);
  const dir = resolve(from);
  const manifest = await verifyBackup(dir);
  log(`backup of ${manifest.createdAt}: ${manifest.files.length} file(s), checksums match`);
  await withDatabase(config, log, async (db, url) => {
    const [{ tables }] = await db.dataSource.query(`SELECT count(*)::int AS tables FROM pg_tables WHERE schemaname = 'public'`);
    if (tables > 0 && !options.force) {
      throw new Error(`the database is not empty (${tables} tables): restore refuses to overwrite it; pass --force to replace it`);
    }
    const pgRestore = await pgToolFor('pg_restore', config, Math.max((await serverOf(db)).major, manifest.database.dumpedWith));
    log(`restoring the database with ${pgRestore}`);
    await runPgTool(
      pgRestore,
      [
        '--no-owner',
        '--no-privileges',
        '--exit-on-error',
        '--single-transaction',
        ...(tables > 0 ? ['--clean', '--if-exists'] : []),
        join(dir, manifest.database.dump),
      ],
      url,
    );
  });
  const archiveDir = resolve(config.ARCHIVE_DIR);
  const stored = manifest.files.filter((f) => f.path.startsWith('archive/'));
  log(`copying ${stored.length} archive file(s) into ${archiveDir}`);
  for (const f of stored) {
    const target = join(archiveDir, f.path.slice('archive/'.length));
    await mkdir(dirname(target), { recursive: true });
    // Beside its name first, like an upload: a reader never sees half a file.
    await copyFile(join(dir, f.path), `${target}.restore.part`);
    await rename(`${target}.restore.part`, target);
  }
  return manifest;
}
