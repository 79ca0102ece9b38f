import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { AppConfig } from '@app/config';
import { openDatabase } from '@app/workflow';
import type { DataSource } from 'typeorm';
import { dumpDatabase, loadDatabase, type DatabaseCopy } from './database-copy.js';

export const MANIFEST = 'manifest.json';
const FORMAT = 2;
/** Stored archive files: `ab/ab12…` by their sha256 (half-written `.part` files are not taken). */
const STORED = /^([0-9a-f]{2})\/\1[0-9a-f]{62}$/;

export interface ManifestFile {
  path: string;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  format: typeof FORMAT;
  createdAt: string;
  database: DatabaseCopy;
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

async function withDatabase<T>(config: AppConfig, log: (line: string) => void, work: (db: DataSource) => Promise<T>): Promise<T> {
  const db = await openDatabase({ ...config, DB_POOL_SIZE: 2 }, log);
  try {
    return await work(db.dataSource);
  } finally {
    await db.close();
  }
}

/**
 * npm run backup: the configured (or embedded) database, every table's rows from one snapshot
 * and the migrations that made its schema, and every stored archive file, into one new dated
 * folder under BACKUP_DIR with a manifest of sizes and sha256s (and SHA256SUMS, for `sha256sum -c`).
 * The folder appears under its name only once complete.
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
  const database = await withDatabase(config, log, (db) => dumpDatabase(db, partial, (t) => log(`${t.name}: ${t.rows} rows`)));
  log(
    `database (PostgreSQL ${database.serverVersion}, ${database.migrations.length} migrations): ` +
      `${database.tables.length} tables, ${database.tables.reduce((n, t) => n + t.rows, 0)} rows`,
  );
  const archiveDir = resolve(config.ARCHIVE_DIR);
  const stored = await storedFiles(archiveDir);
  log(`copying ${stored.length} archive file(s) from ${archiveDir}`);
  for (const path of stored) {
    await mkdir(dirname(join(partial, 'archive', path)), { recursive: true });
    await copyFile(join(archiveDir, path), join(partial, 'archive', path));
  }
  const files: ManifestFile[] = [];
  for (const table of database.tables) files.push(await describe(partial, table.file));
  for (const path of stored) {
    const file = await describe(partial, `archive/${path}`);
    // Stored under its sha256: a copy that does not hash to its name was already damaged at the source.
    if (file.sha256 !== path.slice(3)) throw new Error(`archive file ${path} does not match its sha256 (${file.sha256}); backup stopped`);
    files.push(file);
  }
  const manifest: Manifest = { format: FORMAT, createdAt: createdAt.toISOString(), database, files };
  await writeFile(join(partial, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
  await writeFile(join(partial, 'SHA256SUMS'), files.map((f) => `${f.sha256}  ${f.path}\n`).join(''));
  await rename(partial, dir);
  return { dir, manifest };
}

/** Every file the manifest lists is there, with its size and sha256, and every table's rows are among them. */
export async function verifyBackup(dir: string): Promise<Manifest> {
  const manifest = JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')) as Manifest;
  if ((manifest.format as number) === 1) {
    throw new Error(
      `${dir} is a pg_dump backup of an earlier release: restore its database.dump with pg_restore --single-transaction into an empty database, and copy archive/ into ARCHIVE_DIR`,
    );
  }
  if (manifest.format !== FORMAT) throw new Error(`${dir}: unknown backup format ${String(manifest.format)}`);
  for (const t of manifest.database.tables) {
    if (!manifest.files.some((f) => f.path === t.file))
      throw new Error(`${dir}: the rows of ${t.name} are not among the checksummed files`);
  }
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
 * npm run restore: checks every checksum first, then restores the database in one transaction into
 * the configured (or embedded) one (see loadDatabase) and copies the archive files into ARCHIVE_DIR.
 * A database that already holds tables is refused unless `force` (what its public schema holds is
 * then dropped, in the same transaction).
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
  await withDatabase(config, log, async (db) => {
    const [{ tables }] = await db.query(`SELECT count(*)::int AS tables FROM pg_tables WHERE schemaname = 'public'`);
    if (tables > 0 && !options.force) {
      throw new Error(`the database is not empty (${tables} tables): restore refuses to overwrite it; pass --force to replace it`);
    }
    log(
      `restoring ${manifest.database.tables.length} tables at ${manifest.database.migrations.length} migrations${tables > 0 ? ', replacing the database' : ''}`,
    );
    await loadDatabase(db, dir, manifest.database, tables > 0);
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
