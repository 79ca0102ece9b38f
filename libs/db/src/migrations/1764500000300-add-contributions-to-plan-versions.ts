import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A plan states the residents' share of the improvement and upgrade work and discloses what residents
 * and social capital contribute (seeds 001 and 003). Versions drafted before have none stated.
 */
export class AddContributionsToPlanVersions1764500000300 implements MigrationInterface {
  name = 'AddContributionsToPlanVersions1764500000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE plan_versions
        ADD COLUMN resident_share_percent numeric(5, 2) CHECK (resident_share_percent BETWEEN 0 AND 100),
        ADD COLUMN residents_contribution_fen bigint CHECK (residents_contribution_fen >= 0),
        ADD COLUMN social_capital_fen bigint CHECK (social_capital_fen >= 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE plan_versions DROP COLUMN social_capital_fen, DROP COLUMN residents_contribution_fen, DROP COLUMN resident_share_percent',
    );
  }
}
