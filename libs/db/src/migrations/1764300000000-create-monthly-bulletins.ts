import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMonthlyBulletins1764300000000 implements MigrationInterface {
  name = 'CreateMonthlyBulletins1764300000000';

  async up(q: QueryRunner): Promise<void> {
    // One bulletin per month, whoever builds it first: the job or a user on demand.
    await q.query(`
      CREATE TABLE monthly_bulletins (
        month text PRIMARY KEY CHECK (month ~ '^20[0-9]{2}-(0[1-9]|1[0-2])$'),
        content jsonb NOT NULL,
        built_at timestamptz NOT NULL,
        built_via text NOT NULL CHECK (built_via IN ('JOB', 'USER')),
        built_by uuid REFERENCES users(id),
        CHECK ((built_via = 'USER') = (built_by IS NOT NULL))
      )`);
    // The bulletin reads a month of lifecycle transitions (starts, acceptances, time in each stage).
    await q.query(`CREATE INDEX audit_log_lifecycle_at_idx ON audit_log (at) WHERE subject_type = 'project' AND to_state IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX audit_log_lifecycle_at_idx');
    await q.query('DROP TABLE monthly_bulletins');
  }
}
