import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A compound renovated once may start a later project (a second phase, an elevator programme); its
 * owners' committee and council do not dissolve with the first project. The later project takes
 * them over as copies that name the body they continue, so each project's guards read its own rows
 * and the first project's record stays as it was closed.
 */
export class CarryGovernanceBodiesIntoACompoundsLaterProject1764820000000 implements MigrationInterface {
  name = 'CarryGovernanceBodiesIntoACompoundsLaterProject1764820000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE governance_bodies ADD COLUMN carried_from uuid REFERENCES governance_bodies(id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE governance_bodies DROP COLUMN carried_from`);
  }
}
