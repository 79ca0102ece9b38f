import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rounds and governance bodies are read in creation order (the last plan round, the latest owners'
 * committee). now() is the transaction's start, the same for every row one transaction writes (as
 * the demo does, all in one); clock_timestamp() is the statement's own time and keeps their order.
 */
export class OrderRoundsAndBodiesByInsertTime1764400000300 implements MigrationInterface {
  name = 'OrderRoundsAndBodiesByInsertTime1764400000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE consultation_rounds ALTER COLUMN created_at SET DEFAULT clock_timestamp()`);
    await q.query(`ALTER TABLE governance_bodies ALTER COLUMN created_at SET DEFAULT clock_timestamp()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE governance_bodies ALTER COLUMN created_at SET DEFAULT now()`);
    await q.query(`ALTER TABLE consultation_rounds ALTER COLUMN created_at SET DEFAULT now()`);
  }
}
