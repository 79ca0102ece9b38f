import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePracticesAndOutbox1763700000300 implements MigrationInterface {
  name = 'CreatePracticesAndOutbox1763700000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE practices (
        id text PRIMARY KEY,
        place jsonb NOT NULL,
        year int NOT NULL,
        source text NOT NULL,
        stages text[] NOT NULL,
        guards text[] NOT NULL,
        title jsonb NOT NULL,
        problem jsonb NOT NULL,
        practice jsonb NOT NULL,
        tools jsonb NOT NULL,
        figures jsonb NOT NULL,
        search_text text NOT NULL
      )`);
    await q.query(`CREATE INDEX practices_stages_idx ON practices USING gin (stages)`);
    await q.query(`CREATE INDEX practices_guards_idx ON practices USING gin (guards)`);
    await q.query(`
      CREATE TABLE outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        job_name text NOT NULL,
        job_id text NOT NULL UNIQUE,
        payload jsonb NOT NULL,
        run_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        dispatched_at timestamptz
      )`);
    await q.query(`CREATE INDEX outbox_pending_idx ON outbox (id) WHERE dispatched_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outbox`);
    await q.query(`DROP TABLE practices`);
  }
}
