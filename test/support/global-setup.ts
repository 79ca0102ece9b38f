import pg from 'pg';

/**
 * Creates this run's empty template database. Runs outside jest's module system, so it imports
 * nothing of the project; the first test file migrates the template (see database.ts).
 */
export default async function globalSetup(): Promise<void> {
  const template = `renovation_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${template} ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await admin.end();
  }
  process.env.RENOVATION_TEST_TEMPLATE = template;
}
