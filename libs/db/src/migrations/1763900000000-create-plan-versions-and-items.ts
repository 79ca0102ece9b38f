import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePlanVersionsAndItems1763900000000 implements MigrationInterface {
  name = 'CreatePlanVersionsAndItems1763900000000';

  async up(q: QueryRunner): Promise<void> {
    // A version that went to a round is frozen: edits make the next version.
    await q.query(`
      CREATE TABLE plan_versions (
        project_id uuid NOT NULL REFERENCES projects(id),
        version int NOT NULL CHECK (version >= 1),
        sections jsonb NOT NULL,
        current_state_survey boolean NOT NULL,
        fire_lanes boolean NOT NULL,
        age_friendly boolean NOT NULL,
        elevator_position_reserved boolean NOT NULL,
        change_note text,
        adopted_objections uuid[] NOT NULL DEFAULT '{}',
        frozen boolean NOT NULL DEFAULT false,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (project_id, version)
      )`);
    await q.query(`
      CREATE TABLE plan_items (
        project_id uuid NOT NULL,
        version int NOT NULL,
        key text NOT NULL,
        name text NOT NULL,
        kind text,
        category text NOT NULL CHECK (category IN ('BASIC', 'IMPROVEMENT', 'UPGRADE')),
        quantity numeric(14, 2) NOT NULL CHECK (quantity >= 0),
        unit text NOT NULL,
        unit_price_fen bigint NOT NULL CHECK (unit_price_fen >= 0),
        budget_fen bigint NOT NULL CHECK (budget_fen >= 0),
        paid_by text NOT NULL CHECK (paid_by IN ('GOVERNMENT', 'RESIDENTS', 'OTHER')),
        required boolean NOT NULL,
        PRIMARY KEY (project_id, version, key),
        FOREIGN KEY (project_id, version) REFERENCES plan_versions(project_id, version)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE plan_items');
    await q.query('DROP TABLE plan_versions');
  }
}
