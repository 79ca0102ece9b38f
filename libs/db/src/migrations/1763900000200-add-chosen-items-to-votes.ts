import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Residents choose optional plan items with their vote in a PLAN round (由居民点菜). */
export class AddChosenItemsToVotes1763900000200 implements MigrationInterface {
  name = 'AddChosenItemsToVotes1763900000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE votes ADD COLUMN chosen_items text[]');
    await q.query('ALTER TABLE vote_ledger ADD COLUMN chosen_items text[]');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE vote_ledger DROP COLUMN chosen_items');
    await q.query('ALTER TABLE votes DROP COLUMN chosen_items');
  }
}
