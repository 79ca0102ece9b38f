import type { MigrationInterface, QueryRunner } from 'typeorm';

// The states of the lifecycle and of the consultation round as the domain's machines declare them
// (test/schema-contracts.e2e-spec.ts compares them): written out, as a migration never changes.
const PROJECT_STATES = `'SURVEY', 'ORGANIZING', 'CONSULTATION', 'APPLIED', 'PLANNED', 'DESIGN', 'JOINT_REVIEW', 'PERMITTING', 'CONSTRUCTION', 'ACCEPTANCE', 'ARCHIVING', 'LONG_TERM', 'CLOSED', 'ON_HOLD', 'CANCELLED'`;
const ROUND_STATES = `'DRAFT', 'OPEN', 'CLOSED', 'PUBLICITY', 'CONCLUDED', 'CANCELLED'`;

/**
 * The two main machines' states were checked by the application alone; every other state column
 * is checked by the database too. Now these are as well, so that no write, whoever makes it, can
 * leave a project or a round in a state no machine knows.
 */
export class CheckProjectAndRoundStates1764850000000 implements MigrationInterface {
  name = 'CheckProjectAndRoundStates1764850000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE projects ADD CONSTRAINT projects_state_check CHECK (state IN (${PROJECT_STATES}))`);
    await q.query(`ALTER TABLE projects ADD CONSTRAINT projects_resume_state_check CHECK (resume_state IN (${PROJECT_STATES}))`);
    await q.query(`ALTER TABLE consultation_rounds ADD CONSTRAINT consultation_rounds_state_check CHECK (state IN (${ROUND_STATES}))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE consultation_rounds DROP CONSTRAINT consultation_rounds_state_check`);
    await q.query(`ALTER TABLE projects DROP CONSTRAINT projects_resume_state_check`);
    await q.query(`ALTER TABLE projects DROP CONSTRAINT projects_state_check`);
  }
}
