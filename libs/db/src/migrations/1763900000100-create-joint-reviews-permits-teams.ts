import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateJointReviewsPermitsTeams1763900000100 implements MigrationInterface {
  name = 'CreateJointReviewsPermitsTeams1763900000100';

  async up(q: QueryRunner): Promise<void> {
    // A district's own reviewer list; without one the shipped default (seeds/reviewers.json) applies.
    await q.query(`
      CREATE TABLE district_reviewers (
        district_id uuid PRIMARY KEY REFERENCES districts(id),
        reviewers text[] NOT NULL CHECK (cardinality(reviewers) > 0)
      )`);
    // One review per submission, on one plan version, with the reviewer list as it stood then.
    await q.query(`
      CREATE TABLE joint_reviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id),
        plan_version int NOT NULL,
        reviewers text[] NOT NULL,
        state text NOT NULL CHECK (state IN ('OPEN', 'PASSED', 'REJECTED')),
        opened_at timestamptz NOT NULL,
        closed_at timestamptz,
        FOREIGN KEY (project_id, plan_version) REFERENCES plan_versions(project_id, version)
      )`);
    await q.query(`CREATE UNIQUE INDEX joint_reviews_one_open ON joint_reviews (project_id) WHERE state = 'OPEN'`);
    await q.query(`
      CREATE TABLE review_opinions (
        review_id uuid NOT NULL REFERENCES joint_reviews(id),
        reviewer text NOT NULL,
        opinion text NOT NULL CHECK (opinion IN ('APPROVE', 'APPROVE_WITH_CONDITIONS', 'REJECT')),
        comments text NOT NULL,
        conditions jsonb NOT NULL DEFAULT '[]',
        recorded_by uuid NOT NULL REFERENCES users(id),
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (review_id, reviewer)
      )`);
    await q.query(`
      CREATE TABLE permits (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id),
        type text NOT NULL,
        number text NOT NULL UNIQUE,
        issuer text NOT NULL,
        issued_on date NOT NULL,
        recorded_by uuid NOT NULL REFERENCES users(id),
        recorded_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX permits_project_idx ON permits (project_id)`);
    await q.query(`
      CREATE TABLE permit_exemptions (
        project_id uuid PRIMARY KEY REFERENCES projects(id),
        bases text[] NOT NULL CHECK (cardinality(bases) > 0),
        note text,
        recorded_by uuid NOT NULL REFERENCES users(id),
        recorded_at timestamptz NOT NULL
      )`);
    // Volunteer supervisors' names are personal data: masked for supervisors.
    await q.query(`
      CREATE TABLE construction_teams (
        project_id uuid PRIMARY KEY REFERENCES projects(id),
        contractor text NOT NULL,
        supervision_company text NOT NULL,
        epc boolean NOT NULL,
        volunteer_supervisors jsonb NOT NULL,
        recorded_by uuid NOT NULL REFERENCES users(id),
        recorded_at timestamptz NOT NULL
      )`);
    await q.query(`ALTER TABLE funding_sources ADD COLUMN received_fen bigint NOT NULL DEFAULT 0 CHECK (received_fen >= 0)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE funding_sources DROP COLUMN received_fen');
    for (const t of ['construction_teams', 'permit_exemptions', 'permits', 'review_opinions', 'joint_reviews', 'district_reviewers'])
      await q.query(`DROP TABLE ${t}`);
  }
}
