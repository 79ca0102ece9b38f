import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A user's tokens carry the version of their credentials they were issued under; a new password
 * raises it, and every token issued before stops working (a stolen one included).
 */
export class VersionUsersTokens1764730000000 implements MigrationInterface {
  name = 'VersionUsersTokens1764730000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN token_version integer NOT NULL DEFAULT 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN token_version`);
  }
}
