import type { MigrationInterface, QueryRunner } from 'typeorm';

const SUBJECTS = ['WILLINGNESS', 'PLAN', 'SATISFACTION', 'PROPERTY_COMPANY', 'MAINTENANCE_FUND_RAISING', 'PUBLIC_SPACE_OPERATION', 'OTHER'];

/**
 * Rule profiles now judge only the round subjects they are made for, and rounds may decide the
 * owners' matters of Civil Code art. 278. Rounds already paired with a profile not made for their
 * subject (a willingness round under the 95% satisfaction bar, a satisfaction survey under a
 * majority) are settled here by what they have done so far:
 * - not yet judged (DRAFT, OPEN): re-bound to the profile their subject takes by default, since no
 *   vote depends on the rule until the tally is frozen;
 * - judged (CLOSED, PUBLICITY, CONCLUDED): the frozen tally and result stay as the record of what
 *   was decided, but the round is void: no guard counts it, and the committee holds a new one;
 * - projects whose default is the satisfaction bar fall back to changsha-two-80.
 * Each change is in the audit trail, with no actor: the system made it.
 * The pairing below is the one of this release's seeds/rule-profiles.json, fixed here because a
 * migration runs before the profiles are loaded.
 */
export class BindRuleProfilesToRoundSubjects1764500000000 implements MigrationInterface {
  name = 'BindRuleProfilesToRoundSubjects1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE consultation_rounds DROP CONSTRAINT consultation_rounds_subject_check');
    await q.query(
      `ALTER TABLE consultation_rounds ADD CONSTRAINT consultation_rounds_subject_check CHECK (subject IN (${SUBJECTS.map((s) => `'${s}'`).join(', ')}))`,
    );
    await q.query('ALTER TABLE consultation_rounds ADD COLUMN void_reason text');

    await q.query(`
      WITH reset AS (
        UPDATE projects SET rule_profile = 'changsha-two-80' WHERE rule_profile = 'satisfaction-95' RETURNING id
      )
      INSERT INTO audit_log (at, subject_type, subject_id, project_id, action, reason, detail)
      SELECT now(), 'project', id::text, id, 'project.rule-profile-reset',
             'satisfaction-95 judges satisfaction surveys only; a project default judges willingness and plan rounds',
             jsonb_build_object('from', 'satisfaction-95', 'to', 'changsha-two-80')
        FROM reset`);

    const mismatched = `(r.subject = 'SATISFACTION') <> (r.rule_profile = 'satisfaction-95')`;
    await q.query(`
      WITH bad AS (
        SELECT r.id, r.project_id, r.state, r.subject, r.rule_profile AS was,
               CASE WHEN r.subject = 'SATISFACTION' THEN 'satisfaction-95' ELSE p.rule_profile END AS now_profile
          FROM consultation_rounds r JOIN projects p ON p.id = r.project_id
         WHERE ${mismatched} AND r.state IN ('DRAFT', 'OPEN')
      ), rebound AS (
        UPDATE consultation_rounds r SET rule_profile = bad.now_profile, version = r.version + 1 FROM bad WHERE r.id = bad.id RETURNING r.id
      )
      INSERT INTO audit_log (at, subject_type, subject_id, project_id, action, from_state, to_state, reason, detail)
      SELECT now(), 'round', bad.id::text, bad.project_id, 'round.profile-rebound', bad.state, bad.state,
             bad.was || ' does not judge ' || bad.subject || ' rounds',
             jsonb_build_object('from', bad.was, 'to', bad.now_profile)
        FROM bad JOIN rebound USING (id)`);
    await q.query(`
      WITH voided AS (
        UPDATE consultation_rounds r
           SET void_reason = r.rule_profile || ' does not judge ' || r.subject || ' rounds; the result does not count', version = r.version + 1
         WHERE ${mismatched} AND r.state IN ('CLOSED', 'PUBLICITY', 'CONCLUDED')
        RETURNING r.id, r.project_id, r.state, r.rule_profile, r.result, r.void_reason
      )
      INSERT INTO audit_log (at, subject_type, subject_id, project_id, action, from_state, to_state, reason, detail)
      SELECT now(), 'round', id::text, project_id, 'round.voided', state, state, void_reason,
             jsonb_build_object('ruleProfile', rule_profile, 'result', result)
        FROM voided`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE consultation_rounds DROP COLUMN void_reason');
    // Fails while rounds of the new subjects exist: they have nowhere to go in the older schema.
    await q.query('ALTER TABLE consultation_rounds DROP CONSTRAINT consultation_rounds_subject_check');
    await q.query(
      `ALTER TABLE consultation_rounds ADD CONSTRAINT consultation_rounds_subject_check CHECK (subject IN ('WILLINGNESS', 'PLAN', 'SATISFACTION', 'OTHER'))`,
    );
  }
}
