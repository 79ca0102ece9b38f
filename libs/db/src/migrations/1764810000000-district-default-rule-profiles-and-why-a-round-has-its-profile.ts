import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A district's default rule profile per round subject, set by an admin; a project's own profile
 * overrides it only with the PM's reason; and each round records where its profile came from and,
 * when someone chose it over the inherited one, why. Rounds already created name no origin they
 * could prove: theirs is SHIPPED, the rule before district defaults existed.
 */
export class DistrictDefaultRuleProfilesAndWhyARoundHasItsProfile1764810000000 implements MigrationInterface {
  name = 'DistrictDefaultRuleProfilesAndWhyARoundHasItsProfile1764810000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE district_rule_profiles (
        district_id uuid NOT NULL REFERENCES districts(id),
        subject text NOT NULL CHECK (subject IN ('WILLINGNESS', 'PLAN', 'SATISFACTION', 'PROPERTY_COMPANY', 'MAINTENANCE_FUND_RAISING', 'PUBLIC_SPACE_OPERATION', 'OTHER')),
        rule_profile text NOT NULL REFERENCES rule_profiles(id),
        reason text,
        set_by uuid REFERENCES users(id),
        set_at timestamptz NOT NULL,
        PRIMARY KEY (district_id, subject)
      )`);
    await q.query(`ALTER TABLE projects ADD COLUMN rule_profile_reason text CHECK (rule_profile_reason <> '')`);
    await q.query(`
      ALTER TABLE consultation_rounds
        ADD COLUMN rule_profile_origin text NOT NULL DEFAULT 'SHIPPED' CHECK (rule_profile_origin IN ('PROJECT', 'DISTRICT', 'SHIPPED', 'NAMED')),
        ADD COLUMN rule_profile_reason text CHECK (rule_profile_reason <> '')`);
    await q.query(`ALTER TABLE consultation_rounds ALTER COLUMN rule_profile_origin DROP DEFAULT`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE consultation_rounds DROP COLUMN rule_profile_reason, DROP COLUMN rule_profile_origin`);
    await q.query(`ALTER TABLE projects DROP COLUMN rule_profile_reason`);
    await q.query(`DROP TABLE district_rule_profiles`);
  }
}
