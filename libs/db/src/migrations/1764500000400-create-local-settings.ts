import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Local rules set per city or per district (maintenance-fund rates, volunteer supervisors, council
 * size, the satisfaction bar, the complaint limit). A row overrides the shipped default for its
 * scope: a city by its name as districts record it, a district by its id. Earlier values are in the
 * audit log.
 */
export class CreateLocalSettings1764500000400 implements MigrationInterface {
  name = 'CreateLocalSettings1764500000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE local_settings (
        scope text NOT NULL CHECK (scope IN ('CITY', 'DISTRICT')),
        scope_key text NOT NULL,
        key text NOT NULL,
        value bigint NOT NULL,
        reason text,
        set_by uuid NOT NULL REFERENCES users(id),
        set_at timestamptz NOT NULL,
        PRIMARY KEY (scope, scope_key, key)
      )`);
    // What each decision read, so that a changed setting rewrites nothing already decided.
    await q.query('ALTER TABLE complaints ADD COLUMN response_days integer');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE complaints DROP COLUMN response_days');
    await q.query('DROP TABLE local_settings');
  }
}
