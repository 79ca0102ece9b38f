import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDistrictAcceptanceParties1764200000000 implements MigrationInterface {
  name = 'CreateDistrictAcceptanceParties1764200000000';

  async up(q: QueryRunner): Promise<void> {
    // A district's own list of acceptance parties; without one the shipped list (seeds/acceptance-parties.json) applies.
    await q.query(`
      CREATE TABLE district_acceptance_parties (
        district_id uuid PRIMARY KEY REFERENCES districts(id),
        parties text[] NOT NULL CHECK (cardinality(parties) > 0)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE district_acceptance_parties');
  }
}
