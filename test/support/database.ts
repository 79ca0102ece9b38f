import { randomBytes } from 'node:crypto';
import { createDataSource, ensureApplicationLogin } from '@app/db';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { ADMIN_DATABASE_URL, APPLICATION_LOGIN, databaseUrl } from './env.js';

export interface TestDatabase {
  name: string;
  url: string;
  /** Signed in as the tables' owner: fixtures, and tests that look behind the application's back. */
  dataSource: DataSource;
  /** Signed in as the least-privileged application login, as the API and the worker are. */
  app: DataSource;
  drop(): Promise<void>;
}

/** Serialises migrating the template between test files running in parallel workers. */
const TEMPLATE_LOCK = 727001;

/** One statement on the server's maintenance database: CREATE and DROP DATABASE. */
export async function adminQuery(sql: string): Promise<void> {
  await withAdmin((admin) => admin.query(sql));
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

/** Migrates the run's template once, under a lock; later callers find it done. */
async function migratedTemplate(): Promise<string> {
  const template = process.env.RENOVATION_TEST_TEMPLATE;
  if (!template) throw new Error('the e2e global setup did not run');
  await withAdmin(async (admin) => {
    await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      const ds = createDataSource(databaseUrl(template), 1);
      await ds.initialize();
      try {
        await ds.runMigrations({ transaction: 'each' });
      } finally {
        await ds.destroy();
      }
    } finally {
      await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
  return template;
}

/** A fresh, migrated database for one test file, cloned from the run's template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = await migratedTemplate();
  const name = `renovation_t_${randomBytes(5).toString('hex')}`;
  await withAdmin(async (admin) => {
    // Cloning needs the template idle; another file may be migrating it this instant.
    await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    } finally {
      await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
  return openTestDatabase(name, databaseUrl(name), () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

/** The owner's and the application login's pools on a migrated database; `drop` runs once both are closed. */
export async function openTestDatabase(name: string, url: string, drop: () => Promise<void>): Promise<TestDatabase> {
  const dataSource = createDataSource(url, 25);
  const app = createDataSource(await ensureApplicationLogin(url, APPLICATION_LOGIN), 25);
  await dataSource.initialize();
  await app.initialize();
  return {
    name,
    url,
    dataSource,
    app,
    drop: async () => {
      await app.destroy();
      await dataSource.destroy();
      await drop();
    },
  };
}

/** The counting query per database and exclusion list: the schema does not change during a test file. */
const countQueries = new WeakMap<DataSource, Map<string, string>>();

/** Rows in every table of the schema, in one query: what a refused request must leave unchanged. */
export async function rowCounts(db: DataSource, except: string[] = []): Promise<Record<string, number>> {
  const known = countQueries.get(db) ?? new Map<string, string>();
  countQueries.set(db, known);
  let sql = known.get(except.join());
  if (!sql) {
    const tables: { name: string }[] = await db.query(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND NOT (table_name = ANY($1)) ORDER BY table_name`,
      [except],
    );
    sql = tables.map((t) => `SELECT '${t.name}' AS name, count(*)::int AS n FROM "${t.name}"`).join(' UNION ALL ');
    known.set(except.join(), sql);
  }
  const rows: { name: string; n: number }[] = await db.query(sql);
  return Object.fromEntries(rows.map((r) => [r.name, r.n]));
}
