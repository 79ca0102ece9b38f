import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateChangeOrders1764000000100 implements MigrationInterface {
  name = 'CreateChangeOrders1764000000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE change_orders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id),
        district_id uuid NOT NULL REFERENCES districts(id),
        compound_id uuid NOT NULL REFERENCES compounds(id),
        kind text NOT NULL CHECK (kind IN ('MINOR', 'MAJOR')),
        title text NOT NULL,
        reason text NOT NULL,
        lines jsonb NOT NULL,
        state text NOT NULL,
        resident_representatives text[] NOT NULL DEFAULT '{}',
        parties text[] NOT NULL DEFAULT '{}',
        site_document text,
        budget_review text,
        plan_version int,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL,
        decided_at timestamptz
      )`);
    await q.query(`CREATE INDEX change_orders_project_idx ON change_orders (project_id, state)`);
    // A plan version an approved change order made.
    await q.query(`ALTER TABLE plan_versions ADD COLUMN change_order_id uuid REFERENCES change_orders(id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE plan_versions DROP COLUMN change_order_id');
    await q.query('DROP TABLE change_orders');
  }
}
