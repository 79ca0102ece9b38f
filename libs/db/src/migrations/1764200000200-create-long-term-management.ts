import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateLongTermManagement1764200000200 implements MigrationInterface {
  name = 'CreateLongTermManagement1764200000200';

  async up(q: QueryRunner): Promise<void> {
    // The current arrangement; earlier ones stay in the audit log.
    await q.query(`
      CREATE TABLE property_arrangements (
        project_id uuid PRIMARY KEY REFERENCES projects(id),
        mode text NOT NULL CHECK (mode IN ('PROFESSIONAL', 'SELF_MANAGED', 'TRUSTEESHIP')),
        provider text,
        contract_start date NOT NULL,
        contract_end date,
        recorded_by uuid NOT NULL REFERENCES users(id),
        recorded_at timestamptz NOT NULL,
        CHECK ((mode = 'SELF_MANAGED') = (provider IS NULL AND contract_end IS NULL)),
        CHECK (contract_end IS NULL OR contract_end > contract_start)
      )`);
    // The fund plan keeps, per building, the rate it was computed with, so a later change of rates
    // does not rewrite it; what the plan expects in all is the sum of its lines.
    await q.query(`
      CREATE TABLE maintenance_fund_plans (
        project_id uuid PRIMARY KEY REFERENCES projects(id),
        recorded_by uuid NOT NULL REFERENCES users(id),
        recorded_at timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE maintenance_fund_lines (
        project_id uuid NOT NULL REFERENCES maintenance_fund_plans(project_id) ON DELETE CASCADE,
        building text NOT NULL,
        building_type text NOT NULL,
        area numeric(14, 2) NOT NULL CHECK (area >= 0),
        rate_fen integer NOT NULL CHECK (rate_fen >= 0),
        expected_fen bigint NOT NULL CHECK (expected_fen >= 0),
        PRIMARY KEY (project_id, building)
      )`);
    await q.query(`
      CREATE TABLE maintenance_fund_collections (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id),
        amount_fen bigint NOT NULL CHECK (amount_fen > 0),
        collected_on date NOT NULL,
        building text,
        note text NOT NULL DEFAULT '',
        recorded_by uuid NOT NULL REFERENCES users(id),
        recorded_at timestamptz NOT NULL
      )`);
    await q.query('CREATE INDEX maintenance_fund_collections_project_idx ON maintenance_fund_collections (project_id)');
    // Revisits (回头看) fall due a number of months after acceptance; one row per project and offset.
    await q.query(`
      CREATE TABLE revisits (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id),
        months integer NOT NULL CHECK (months > 0),
        due_at timestamptz NOT NULL,
        state text NOT NULL CHECK (state IN ('SCHEDULED', 'DUE', 'DONE')),
        score integer CHECK (score BETWEEN 0 AND 100),
        summary text,
        findings jsonb,
        recorded_by uuid REFERENCES users(id),
        done_at timestamptz,
        UNIQUE (project_id, months),
        CHECK ((state = 'DONE') = (score IS NOT NULL AND findings IS NOT NULL AND recorded_by IS NOT NULL AND done_at IS NOT NULL))
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'revisits',
      'maintenance_fund_collections',
      'maintenance_fund_lines',
      'maintenance_fund_plans',
      'property_arrangements',
    ])
      await q.query(`DROP TABLE ${t}`);
  }
}
