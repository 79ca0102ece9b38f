import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateProgressReportsAndFindings1764000000000 implements MigrationInterface {
  name = 'CreateProgressReportsAndFindings1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report_schedules (
        project_id uuid PRIMARY KEY REFERENCES projects(id),
        interval_days int NOT NULL CHECK (interval_days BETWEEN 1 AND 90),
        started_at timestamptz NOT NULL
      )`);
    // One row per due report; the next is created when a supervisor accepts the current one.
    await q.query(`
      CREATE TABLE progress_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id),
        district_id uuid NOT NULL REFERENCES districts(id),
        compound_id uuid NOT NULL REFERENCES compounds(id),
        seq int NOT NULL,
        due_at timestamptz NOT NULL,
        state text NOT NULL CHECK (state IN ('DUE', 'SUBMITTED', 'ACCEPTED', 'RETURNED', 'OVERDUE')),
        items jsonb,
        narrative text,
        issues text,
        photos text[] NOT NULL DEFAULT '{}',
        submitted_by uuid REFERENCES users(id),
        submitted_at timestamptz,
        audited_by uuid REFERENCES users(id),
        audited_at timestamptz,
        UNIQUE (project_id, seq)
      )`);
    await q.query(`CREATE INDEX progress_reports_district_state_idx ON progress_reports (district_id, state, due_at)`);
    await q.query(`
      CREATE TABLE findings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id),
        district_id uuid NOT NULL REFERENCES districts(id),
        compound_id uuid NOT NULL REFERENCES compounds(id),
        report_id uuid NOT NULL REFERENCES progress_reports(id),
        severity text NOT NULL CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
        description text NOT NULL,
        deadline timestamptz NOT NULL,
        responsible text NOT NULL,
        state text NOT NULL CHECK (state IN ('OPEN', 'RECTIFIED', 'CLOSED', 'REOPENED')),
        evidence text,
        raised_by uuid NOT NULL REFERENCES users(id),
        raised_at timestamptz NOT NULL,
        closed_at timestamptz
      )`);
    // The open-findings ledger (挂账销号) reads by district, open first by deadline.
    await q.query(`CREATE INDEX findings_open_idx ON findings (district_id, deadline) WHERE state <> 'CLOSED'`);
    await q.query(`CREATE INDEX findings_project_idx ON findings (project_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['findings', 'progress_reports', 'report_schedules']) await q.query(`DROP TABLE ${t}`);
  }
}
