import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDistrictWebhooks1764000000400 implements MigrationInterface {
  name = 'CreateDistrictWebhooks1764000000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE district_webhooks (
        district_id uuid PRIMARY KEY REFERENCES districts(id),
        url text NOT NULL,
        secret text NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    // Every delivery and its attempts stay visible to the district's administrators.
    await q.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES districts(id),
        event jsonb NOT NULL,
        attempts int NOT NULL DEFAULT 0,
        last_status int,
        last_error text,
        last_attempt_at timestamptz,
        delivered_at timestamptz,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX webhook_deliveries_district_idx ON webhook_deliveries (district_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE webhook_deliveries');
    await q.query('DROP TABLE district_webhooks');
  }
}
