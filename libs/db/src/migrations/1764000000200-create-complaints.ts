import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateComplaints1764000000200 implements MigrationInterface {
  name = 'CreateComplaints1764000000200';

  async up(q: QueryRunner): Promise<void> {
    // The complainant's name and contact are personal data: optional, masked for supervisors.
    await q.query(`
      CREATE TABLE complaints (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id),
        district_id uuid NOT NULL REFERENCES districts(id),
        compound_id uuid NOT NULL REFERENCES compounds(id),
        subject text NOT NULL,
        complainant_name text,
        complainant_contact text,
        state text NOT NULL CHECK (state IN ('RECEIVED', 'HANDLING', 'RESOLVED', 'REVISITED', 'CLOSED')),
        received_by uuid NOT NULL REFERENCES users(id),
        received_at timestamptz NOT NULL,
        respond_by timestamptz NOT NULL,
        response_overdue_at timestamptz,
        steps jsonb NOT NULL DEFAULT '[]'
      )`);
    await q.query(`CREATE INDEX complaints_project_idx ON complaints (project_id, state)`);
    await q.query(`CREATE INDEX complaints_open_idx ON complaints (district_id, respond_by) WHERE state <> 'CLOSED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE complaints');
  }
}
