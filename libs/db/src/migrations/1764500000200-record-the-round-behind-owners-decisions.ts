import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The property company, the raising of the maintenance fund and social capital operating public
 * space are the owners' decisions (Civil Code art. 278): each record names the round that decided
 * it. Rows recorded before the rule have none.
 */
export class RecordTheRoundBehindOwnersDecisions1764500000200 implements MigrationInterface {
  name = 'RecordTheRoundBehindOwnersDecisions1764500000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE property_arrangements ADD COLUMN consent_round_id uuid REFERENCES consultation_rounds(id)');
    await q.query('ALTER TABLE maintenance_fund_plans ADD COLUMN consent_round_id uuid REFERENCES consultation_rounds(id)');
    await q.query('ALTER TABLE funding_sources ADD COLUMN public_space boolean');
    await q.query('ALTER TABLE funding_sources ADD COLUMN consent_round_id uuid REFERENCES consultation_rounds(id)');
    // Only social capital says whether it comes for public space; if it does, a round decided it.
    await q.query(`ALTER TABLE funding_sources ADD CHECK (public_space IS NULL OR source = 'SOCIAL_CAPITAL')`);
    await q.query('ALTER TABLE funding_sources ADD CHECK (public_space IS NOT TRUE OR consent_round_id IS NOT NULL)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE funding_sources DROP COLUMN consent_round_id');
    await q.query('ALTER TABLE funding_sources DROP COLUMN public_space');
    await q.query('ALTER TABLE maintenance_fund_plans DROP COLUMN consent_round_id');
    await q.query('ALTER TABLE property_arrangements DROP COLUMN consent_round_id');
  }
}
