import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateJointAcceptance1764100000000 implements MigrationInterface {
  name = 'CreateJointAcceptance1764100000000';

  async up(q: QueryRunner): Promise<void> {
    // One form per time the project enters ACCEPTANCE, with the parties as they stood then.
    await q.query(`
      CREATE TABLE acceptance_forms (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id),
        parties text[] NOT NULL,
        state text NOT NULL CHECK (state IN ('OPEN', 'PASSED', 'FAILED')),
        rectification text,
        opened_at timestamptz NOT NULL,
        closed_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX acceptance_forms_one_open ON acceptance_forms (project_id) WHERE state = 'OPEN'`);
    // Signers are named people acting for their party: masked for supervisors like other names.
    await q.query(`
      CREATE TABLE acceptance_signatures (
        form_id uuid NOT NULL REFERENCES acceptance_forms(id),
        party text NOT NULL,
        signer text NOT NULL,
        opinion text NOT NULL CHECK (opinion IN ('PASS', 'FAIL')),
        comments text NOT NULL,
        recorded_by uuid NOT NULL REFERENCES users(id),
        signed_at timestamptz NOT NULL,
        PRIMARY KEY (form_id, party)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE acceptance_signatures');
    await q.query('DROP TABLE acceptance_forms');
  }
}
