import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Huitong's rules (seed 001) read again: a content change is argued, budgeted, reviewed by county
 * finance and approved by the county (or district) government; the written on-site confirmation of
 * quantities with residents is how a project *without* content changes is certified complete, not
 * a kind of change order.
 */
export class ChangeOrdersApprovedByGovernmentAndSiteConfirmations1764600000100 implements MigrationInterface {
  name = 'ChangeOrdersApprovedByGovernmentAndSiteConfirmations1764600000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE change_orders
        ADD COLUMN meeting_decision text,
        ADD COLUMN budget_reviewed_at timestamptz,
        ADD COLUMN approval_authority text,
        ADD COLUMN approval_document text,
        ADD COLUMN approval_date date,
        ADD COLUMN approval_recorded_by uuid REFERENCES users(id),
        ADD COLUMN legacy jsonb`);
    await q.query('ALTER TABLE change_orders RENAME COLUMN site_document TO opinion_document');
    await q.query(`
      UPDATE change_orders c SET budget_reviewed_at = (
        SELECT max(a.at) FROM audit_log a WHERE a.subject_type = 'change-order' AND a.subject_id = c.id::text AND a.action = 'change-order.REVIEW_BUDGET')`);

    // What the former routes left behind is kept with the order as it was: a minor order's site visa
    // and representatives, and the fact that an approved order was approved by the PM alone.
    await q.query(`
      UPDATE change_orders SET
        legacy = jsonb_strip_nulls(jsonb_build_object(
          'kind', kind,
          'state', state,
          'siteDocument', CASE WHEN kind = 'MINOR' THEN opinion_document END,
          'residentRepresentatives', CASE WHEN kind = 'MINOR' THEN to_jsonb(resident_representatives) END,
          'approvedWithoutGovernment', CASE WHEN state = 'APPROVED' THEN true END)),
        opinion_document = CASE WHEN kind = 'MINOR' THEN NULL ELSE opinion_document END
      WHERE kind = 'MINOR' OR state = 'APPROVED'`);
    // A minor order still open is a content change like any other: it starts the argued route from
    // its draft. Decided ones keep their outcome (an approved one already made its plan version).
    await q.query(`
      INSERT INTO audit_log (at, subject_type, subject_id, project_id, action, from_state, to_state, reason, detail)
      SELECT now(), 'change-order', id::text, project_id, 'change-order.reclassified', state,
             CASE WHEN state IN ('DRAFT', 'SITE_CONFIRMED') THEN 'DRAFT' ELSE state END,
             CASE WHEN state = 'APPROVED' THEN '批准时未记录县（区）政府审批文件 / approved before the government''s approval was recorded'
                  ELSE '内容变更须经论证、财评并报政府审批 / a content change is argued, reviewed and approved by the government' END,
             jsonb_build_object('formerKind', kind)
        FROM change_orders WHERE kind = 'MINOR' OR state = 'APPROVED'`);
    await q.query(`UPDATE change_orders SET state = 'DRAFT' WHERE state = 'SITE_CONFIRMED'`);
    await q.query('ALTER TABLE change_orders DROP COLUMN kind, DROP COLUMN resident_representatives');
    await q.query(`
      ALTER TABLE change_orders
        ADD CONSTRAINT change_orders_state_check CHECK (state IN ('DRAFT', 'ARGUED', 'BUDGET_REVIEWED', 'APPROVED', 'REJECTED')),
        ADD CONSTRAINT change_orders_approval_documented CHECK (
          state <> 'APPROVED' OR (approval_document IS NOT NULL AND approval_date IS NOT NULL AND approval_authority IS NOT NULL)
          OR coalesce((legacy ->> 'approvedWithoutGovernment')::boolean, false))`);

    // The project HQ and resident representatives confirm in writing, on site, the work and the
    // quantities actually built, against the plan version in force; the latest confirmation stands,
    // the earlier ones are in the audit trail.
    await q.query(`
      CREATE TABLE site_confirmations (
        project_id uuid PRIMARY KEY REFERENCES projects(id),
        plan_version int NOT NULL,
        document_number text NOT NULL,
        confirmed_on date NOT NULL,
        representatives jsonb NOT NULL CHECK (jsonb_array_length(representatives) > 0),
        items jsonb NOT NULL,
        recorded_by uuid NOT NULL REFERENCES users(id),
        recorded_at timestamptz NOT NULL,
        FOREIGN KEY (project_id, plan_version) REFERENCES plan_versions(project_id, version)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE site_confirmations');
    await q.query('ALTER TABLE change_orders DROP CONSTRAINT change_orders_approval_documented, DROP CONSTRAINT change_orders_state_check');
    await q.query(`ALTER TABLE change_orders ADD COLUMN kind text NOT NULL DEFAULT 'MAJOR' CHECK (kind IN ('MINOR', 'MAJOR'))`);
    await q.query(`ALTER TABLE change_orders ADD COLUMN resident_representatives text[] NOT NULL DEFAULT '{}'`);
    await q.query(`
      UPDATE change_orders SET kind = legacy ->> 'kind',
        resident_representatives = coalesce(ARRAY(SELECT jsonb_array_elements_text(legacy -> 'residentRepresentatives')), '{}'),
        opinion_document = coalesce(legacy ->> 'siteDocument', opinion_document)
      WHERE legacy ? 'kind'`);
    await q.query('ALTER TABLE change_orders ALTER COLUMN kind DROP DEFAULT');
    await q.query('ALTER TABLE change_orders RENAME COLUMN opinion_document TO site_document');
    await q.query(`
      ALTER TABLE change_orders
        DROP COLUMN legacy, DROP COLUMN approval_recorded_by, DROP COLUMN approval_date, DROP COLUMN approval_document,
        DROP COLUMN approval_authority, DROP COLUMN budget_reviewed_at, DROP COLUMN meeting_decision`);
  }
}
