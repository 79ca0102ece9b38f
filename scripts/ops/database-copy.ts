import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { MigrationExecutor, type DataSource, type Migration, type QueryRunner } from 'typeorm';

export interface Column {
  name: string;
  /** As format_type writes it (`numeric(14,2)`, `timestamp with time zone`). */
  type: string;
}

export interface TableCopy {
  name: string;
  columns: Column[];
  rows: number;
  /** The rows in COPY's text format, gzipped; relative to the backup folder. */
  file: string;
}

/**
 * The database as this project knows it: the schema is the list of migrations applied, the data
 * every table's rows. Nothing in it depends on the server's version, so a backup of the embedded
 * PostgreSQL 18 restores into a server of another version, and back.
 */
export interface DatabaseCopy {
  serverVersion: string;
  /** In the order they were applied; restore builds the schema from exactly these. */
  migrations: string[];
  tables: TableCopy[];
  /** Read as `SELECT last_value, is_called`, set back with setval. */
  sequences: { name: string; lastValue: string; isCalled: boolean }[];
}

const MIGRATIONS_TABLE = 'migrations';
const DATA_DIR = 'database';

/** What COPY's text format depends on, fixed for both ends whatever each server's defaults (pg speaks UTF-8). */
const TEXT_FORMAT = `SET LOCAL datestyle = 'ISO, YMD'; SET LOCAL intervalstyle = 'postgres'; SET LOCAL timezone = 'UTC';
  SET LOCAL extra_float_digits = 3; SET LOCAL bytea_output = 'hex'`;

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const columnList = (t: { columns: Column[] }) => t.columns.map((c) => ident(c.name)).join(', ');

/** The public schema's tables and their columns (generated ones are computed, not copied). */
async function tablesOf(client: pg.ClientBase): Promise<Map<string, Column[]>> {
  const { rows } = await client.query<{ table: string; name: string; type: string }>(
    `SELECT c.relname AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
       FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY c.relname, a.attnum`,
  );
  const tables = new Map<string, Column[]>();
  for (const r of rows) tables.set(r.table, [...(tables.get(r.table) ?? []), { name: r.name, type: r.type }]);
  return tables;
}

/** Counts the rows of COPY's text format as they pass: one newline each, since a newline in a value is written `\n`. */
class RowCount extends Transform {
  rows = 0;
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) this.rows++;
    done(null, chunk);
  }
}

/**
 * Writes every table of the public schema under `root/database/`, streamed table by table, all
 * from one snapshot so that they agree with each other (every vote with its ledger entry) however
 * the application writes meanwhile. `written` hears of each table once its file is complete.
 */
export async function dumpDatabase(
  dataSource: DataSource,
  root: string,
  written: (table: TableCopy) => Promise<void> | void = () => undefined,
): Promise<DatabaseCopy> {
  await mkdir(join(root, DATA_DIR), { recursive: true });
  const runner = dataSource.createQueryRunner();
  const client = (await runner.connect()) as pg.PoolClient;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    await client.query(TEXT_FORMAT);
    const all = await tablesOf(client);
    // Held to the end: a migration that would alter a table waits until the backup is written.
    if (all.size > 0) await client.query(`LOCK TABLE ${[...all.keys()].map(ident).join(', ')} IN ACCESS SHARE MODE`);
    const migrations = all.has(MIGRATIONS_TABLE)
      ? (await client.query<{ name: string }>(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY id`)).rows.map((m) => m.name)
      : [];
    const tables: TableCopy[] = [];
    for (const [name, columns] of all) {
      // Restore writes this table itself, by running the migrations.
      if (name === MIGRATIONS_TABLE) continue;
      const table: TableCopy = { name, columns, rows: 0, file: `${DATA_DIR}/${name}.copy.gz` };
      const count = new RowCount();
      await pipeline(
        client.query(copyTo(`COPY ${ident(name)} (${columnList(table)}) TO STDOUT`)),
        count,
        createGzip(),
        createWriteStream(join(root, table.file)),
      );
      table.rows = count.rows;
      tables.push(table);
      await written(table);
    }
    const sequences: DatabaseCopy['sequences'] = [];
    const names = await client.query<{ name: string }>(
      `SELECT oid::regclass::text AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'S' ORDER BY relname`,
    );
    for (const { name } of names.rows) {
      // A sequence is outside the snapshot and only moves forward: what it reads now is past every value the tables hold.
      const [s] = (await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value, is_called FROM ${name}`)).rows;
      sequences.push({ name, lastValue: s!.last_value, isCalled: s!.is_called });
    }
    const version = (await client.query<{ version: string }>(`SELECT current_setting('server_version') AS version`)).rows[0]!.version;
    await client.query('COMMIT');
    return { serverVersion: version, migrations, tables, sequences };
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    await runner.release();
  }
}

/** Runs the named migrations, in the order given, on a runner whose transaction is already open. */
class ListedMigrations extends MigrationExecutor {
  constructor(
    dataSource: DataSource,
    runner: QueryRunner,
    private readonly names: string[],
  ) {
    super(dataSource, runner);
  }

  protected override getMigrations(): Migration[] {
    const release = new Map(super.getMigrations().map((m) => [m.name, m]));
    const missing = this.names.filter((n) => !release.has(n));
    if (missing.length > 0) {
      throw new Error(
        `the backup was taken at migration(s) this release does not have (${missing.join(', ')}): restore it with the release that wrote it, or a later one`,
      );
    }
    return this.names.map((n) => release.get(n)!);
  }
}

/** For --force: drops what the public schema holds (tables first: their sequences and views go with them). */
async function emptySchema(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ sql: string }>(
    `SELECT format('DROP %s IF EXISTS %s CASCADE', kind, name) AS sql FROM (
       SELECT 1 AS rank, CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE'
                                        WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END AS kind,
              c.oid::regclass::text AS name, 'pg_class'::regclass AS catalog, c.oid
         FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'f', 'v', 'm', 'S')
       UNION ALL
       SELECT 2, CASE p.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END, p.oid::regprocedure::text, 'pg_proc'::regclass, p.oid
         FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace
       UNION ALL
       SELECT 3, 'TYPE', t.oid::regtype::text, 'pg_type'::regclass, t.oid
         FROM pg_type t LEFT JOIN pg_class r ON r.oid = t.typrelid
        WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'd', 'r', 'c') AND (r.oid IS NULL OR r.relkind = 'c')
     ) o
     WHERE NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = o.catalog AND d.objid = o.oid AND d.deptype = 'e')
     ORDER BY rank, CASE kind WHEN 'TABLE' THEN 0 ELSE 1 END`,
  );
  for (const { sql } of rows) await client.query(sql);
}

/** The schema the migrations built here holds the backup's tables, with the same columns, and no other. */
async function checkSchema(client: pg.ClientBase, copy: DatabaseCopy): Promise<void> {
  const here = await tablesOf(client);
  here.delete(MIGRATIONS_TABLE);
  const describe = (columns: Column[] | undefined) => (columns ?? []).map((c) => `${c.name} ${c.type}`).join(', ');
  const differences = [
    ...copy.tables.filter((t) => !here.has(t.name)).map((t) => `${t.name} is not in the schema`),
    ...[...here.keys()].filter((name) => !copy.tables.some((t) => t.name === name)).map((name) => `${name} is not in the backup`),
    ...copy.tables
      .filter((t) => here.has(t.name) && describe(t.columns) !== describe(here.get(t.name)))
      .map((t) => `${t.name} has (${describe(t.columns)}) in the backup but (${describe(here.get(t.name))}) here`),
  ];
  if (differences.length > 0) {
    throw new Error(`the backup's tables differ from the schema its migrations build: ${differences.join('; ')}; nothing restored`);
  }
}

/**
 * Drops the tables' indexes, keys and foreign keys, and returns the statements that build them again
 * once the rows are in, foreign keys last. As pg_restore does: an index is built once over the whole
 * table rather than entry by entry, each foreign key is checked by one join, and tables load in any order.
 */
async function dropIndexesAndKeys(client: pg.ClientBase, tables: TableCopy[]): Promise<string[]> {
  const { rows } = await client.query<{ drop: string; build: string }>(
    `SELECT drop, build FROM (
       SELECT c.conrelid AS relid, CASE c.contype WHEN 'f' THEN 2 ELSE 1 END AS stage,
              format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname) AS drop,
              format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)) AS build
         FROM pg_constraint c WHERE c.contype IN ('p', 'u', 'x', 'f')
       UNION ALL
       SELECT i.indrelid, 0, format('DROP INDEX %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid)
         FROM pg_index i
        WHERE NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x'))
     ) o
     WHERE relid IN (SELECT oid FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relname = ANY($1))
     ORDER BY stage, drop`,
    [tables.map((t) => t.name)],
  );
  for (const { drop } of [...rows].reverse()) await client.query(drop);
  return rows.map((r) => r.build);
}

/**
 * Restores a copy in one transaction: (with `replace`, empties the public schema,) runs the
 * migrations the backup lists, checks the schema they built against the backup's tables, loads
 * every table with COPY (which the append-only triggers let pass: they refuse UPDATE, DELETE and
 * TRUNCATE only), builds the indexes and keys, and sets each sequence back. A failure anywhere
 * leaves the database as it was.
 */
export async function loadDatabase(dataSource: DataSource, root: string, copy: DatabaseCopy, replace: boolean): Promise<void> {
  const runner = dataSource.createQueryRunner();
  const client = (await runner.connect()) as pg.PoolClient;
  await runner.startTransaction();
  try {
    if (replace) await emptySchema(client);
    await new ListedMigrations(dataSource, runner, copy.migrations).executePendingMigrations();
    await checkSchema(client, copy);
    await client.query(TEXT_FORMAT);
    const built = await dropIndexesAndKeys(client, copy.tables);
    for (const table of copy.tables) {
      const load = client.query(copyFrom(`COPY ${ident(table.name)} (${columnList(table)}) FROM STDIN`));
      await pipeline(createReadStream(join(root, table.file)), createGunzip(), load);
      if (load.rowCount !== table.rows) throw new Error(`${table.file} loaded ${load.rowCount} rows where the manifest says ${table.rows}`);
    }
    for (const sql of built) await client.query(sql);
    for (const s of copy.sequences) await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [s.name, s.lastValue, s.isCalled]);
    await runner.commitTransaction();
  } catch (e) {
    await runner.rollbackTransaction().catch(() => undefined);
    throw e;
  } finally {
    await runner.release();
  }
}
