import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The API and the worker sign in as a login that belongs to `renovation_app`; the migrations run as
 * the tables' owner. The group may read and write the working tables, but the append-only ones
 * (the audit log, the vote ledger, roster confirmations) only take INSERT and SELECT:
 * without ownership it can neither disable their triggers nor truncate them, so the application's
 * own connection cannot rewrite history. Tables later migrations create are granted by default;
 * an append-only one must revoke in its own migration (a test checks every such table).
 *
 * The role is the cluster's, shared by every database on it (and by test databases created side
 * by side), so it is created once and never dropped here.
 */
export class GrantTheApplicationRoleLeastPrivilege1764800000000 implements MigrationInterface {
  name = 'GrantTheApplicationRoleLeastPrivilege1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$ BEGIN
        CREATE ROLE renovation_app NOLOGIN;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO renovation_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO renovation_app`);
    await q.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO renovation_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO renovation_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO renovation_app`);
    // The migrations table is the owner's record of the schema; the application only reads it.
    await q.query(`REVOKE INSERT, UPDATE, DELETE ON migrations FROM renovation_app`);
    await q.query(`REVOKE UPDATE, DELETE ON audit_log, vote_ledger, roster_confirmations FROM renovation_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM renovation_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM renovation_app`);
    await q.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM renovation_app`);
    await q.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM renovation_app`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM renovation_app`);
  }
}
