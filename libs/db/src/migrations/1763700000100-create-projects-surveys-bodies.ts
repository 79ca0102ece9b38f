import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateProjectsSurveysBodies1763700000100 implements MigrationInterface {
  name = 'CreateProjectsSurveysBodies1763700000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE projects (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        compound_id uuid NOT NULL REFERENCES compounds(id),
        district_id uuid NOT NULL REFERENCES districts(id),
        name text NOT NULL,
        state text NOT NULL,
        resume_state text,
        rule_profile text NOT NULL,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((state = 'ON_HOLD') = (resume_state IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX projects_compound_idx ON projects (compound_id)`);
    await q.query(`CREATE INDEX projects_district_state_idx ON projects (district_id, state)`);
    // At most one active project per compound, even under concurrent creation.
    await q.query(`
      CREATE UNIQUE INDEX projects_one_active_per_compound
        ON projects (compound_id) WHERE state NOT IN ('CLOSED', 'CANCELLED')`);
    await q.query(`
      CREATE TABLE project_surveys (
        project_id uuid PRIMARY KEY REFERENCES projects(id),
        base_data jsonb,
        assets jsonb,
        willingness jsonb,
        updated_by uuid NOT NULL REFERENCES users(id),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE governance_bodies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id),
        kind text NOT NULL CHECK (kind IN ('RENOVATION_COUNCIL', 'OWNERS_COMMITTEE', 'OTHER')),
        name text NOT NULL,
        established_on date NOT NULL,
        members jsonb NOT NULL,
        registered_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX governance_bodies_project_idx ON governance_bodies (project_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE governance_bodies`);
    await q.query(`DROP TABLE project_surveys`);
    await q.query(`DROP TABLE projects`);
  }
}
