import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A round opens only on a roster confirmed complete. The compound's roster revision moves on with
 * every add, edit, import or removal; a confirmation names the revision it was given on, so any
 * later change leaves it stale. Confirmations are history: appended, never rewritten.
 */
export class CreateRosterConfirmations1764500000100 implements MigrationInterface {
  name = 'CreateRosterConfirmations1764500000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE compounds ADD COLUMN roster_revision integer NOT NULL DEFAULT 0');
    await q.query(`
      CREATE TABLE roster_confirmations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- Confirmations of one instant stay in the order they were made.
        seq bigint GENERATED ALWAYS AS IDENTITY,
        compound_id uuid NOT NULL REFERENCES compounds(id),
        roster_revision integer NOT NULL,
        households integer NOT NULL CHECK (households > 0),
        survey_households integer,
        project_id uuid REFERENCES projects(id),
        reason text,
        confirmed_by uuid NOT NULL REFERENCES users(id),
        confirmed_at timestamptz NOT NULL,
        CHECK (households = survey_households OR reason IS NOT NULL)
      )`);
    await q.query('CREATE INDEX roster_confirmations_compound_idx ON roster_confirmations (compound_id, seq DESC)');
    await q.query(
      `CREATE TRIGGER roster_confirmations_append_only BEFORE UPDATE OR DELETE ON roster_confirmations FOR EACH ROW EXECUTE FUNCTION refuse_rewrite()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE roster_confirmations');
    await q.query('ALTER TABLE compounds DROP COLUMN roster_revision');
  }
}
