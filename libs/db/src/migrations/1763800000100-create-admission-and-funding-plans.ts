import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAdmissionAndFundingPlans1763800000100 implements MigrationInterface {
  name = 'CreateAdmissionAndFundingPlans1763800000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE project_admissions (
        project_id uuid PRIMARY KEY REFERENCES projects(id),
        plan_year int CHECK (plan_year BETWEEN 2000 AND 2100),
        implementing_entity text,
        updated_by uuid NOT NULL REFERENCES users(id),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Each admission condition (Xiangtan) with who confirmed it and on what basis.
    await q.query(`
      CREATE TABLE admission_confirmations (
        project_id uuid NOT NULL REFERENCES projects(id),
        item text NOT NULL CHECK (item IN ('DEMOLISH_ILLEGAL_STRUCTURES', 'ACCEPT_PROPERTY_MANAGEMENT', 'REPLENISH_MAINTENANCE_FUND')),
        basis text NOT NULL,
        confirmed_by uuid NOT NULL REFERENCES users(id),
        confirmed_at timestamptz NOT NULL,
        PRIMARY KEY (project_id, item)
      )`);
    // Amounts in fen (0.01 yuan): exact integers.
    await q.query(`
      CREATE TABLE funding_plans (
        project_id uuid PRIMARY KEY REFERENCES projects(id),
        budget_fen bigint NOT NULL CHECK (budget_fen > 0),
        updated_by uuid NOT NULL REFERENCES users(id),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE funding_sources (
        project_id uuid NOT NULL REFERENCES funding_plans(project_id),
        source text NOT NULL,
        amount_fen bigint NOT NULL CHECK (amount_fen >= 0),
        note text,
        PRIMARY KEY (project_id, source)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['funding_sources', 'funding_plans', 'admission_confirmations', 'project_admissions']) await q.query(`DROP TABLE ${t}`);
  }
}
