import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAppendOnlyAuditLog1763700000200 implements MigrationInterface {
  name = 'CreateAppendOnlyAuditLog1763700000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL,
        actor_id uuid REFERENCES users(id),
        actor_role text,
        subject_type text NOT NULL,
        subject_id text NOT NULL,
        project_id uuid REFERENCES projects(id),
        action text NOT NULL,
        from_state text,
        to_state text,
        reason text,
        guard_results jsonb,
        detail jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX audit_log_project_idx ON audit_log (project_id, id)`);
    await q.query(`CREATE INDEX audit_log_subject_idx ON audit_log (subject_type, subject_id, id)`);
    // Reused by every append-only table: the trail is written once and never rewritten.
    await q.query(`
      CREATE FUNCTION refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION refuse_rewrite()`);
    await q.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP FUNCTION refuse_rewrite()`);
  }
}
