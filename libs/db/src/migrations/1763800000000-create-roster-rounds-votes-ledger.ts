import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRosterRoundsVotesLedger1763800000000 implements MigrationInterface {
  name = 'CreateRosterRoundsVotesLedger1763800000000';

  async up(q: QueryRunner): Promise<void> {
    // Owner name and phone are optional personal data: masked for supervisors, never logged.
    await q.query(`
      CREATE TABLE households (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        compound_id uuid NOT NULL REFERENCES compounds(id),
        building text NOT NULL,
        unit text NOT NULL,
        room text NOT NULL,
        floor_area numeric(10, 2) NOT NULL CHECK (floor_area > 0),
        owner_name text,
        owner_phone text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (compound_id, building, unit, room)
      )`);
    await q.query(`
      CREATE TABLE rule_profiles (
        id text PRIMARY KEY,
        definition jsonb NOT NULL
      )`);
    await q.query(`
      CREATE TABLE consultation_rounds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES projects(id),
        compound_id uuid NOT NULL REFERENCES compounds(id),
        district_id uuid NOT NULL REFERENCES districts(id),
        subject text NOT NULL CHECK (subject IN ('WILLINGNESS', 'PLAN', 'SATISFACTION', 'OTHER')),
        title text NOT NULL,
        rule_profile text NOT NULL REFERENCES rule_profiles(id),
        plan_version int,
        state text NOT NULL,
        publicity_days int NOT NULL CHECK (publicity_days BETWEEN 1 AND 90),
        roster_size int NOT NULL DEFAULT 0,
        opened_at timestamptz,
        closed_at timestamptz,
        publicity_ends_at timestamptz,
        concluded_at timestamptz,
        result text CHECK (result IN ('PASSED', 'FAILED')),
        tally jsonb,
        ledger_head text,
        ledger_count int NOT NULL DEFAULT 0,
        cancel_reason text,
        version int NOT NULL DEFAULT 1,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX consultation_rounds_project_idx ON consultation_rounds (project_id, subject, state)`);
    // The roster as it stood when the round opened: the denominator cannot drift while votes come in.
    await q.query(`
      CREATE TABLE round_households (
        round_id uuid NOT NULL REFERENCES consultation_rounds(id),
        household_id uuid NOT NULL REFERENCES households(id),
        unit_key text NOT NULL,
        area_centi bigint NOT NULL CHECK (area_centi > 0),
        PRIMARY KEY (round_id, household_id)
      )`);
    await q.query(`
      CREATE TABLE votes (
        round_id uuid NOT NULL,
        household_id uuid NOT NULL,
        choice text NOT NULL CHECK (choice IN ('AGREE', 'DISAGREE', 'ABSTAIN')),
        signed boolean NOT NULL,
        channel text NOT NULL CHECK (channel IN ('DOOR_TO_DOOR', 'MEETING', 'PAPER_FORM', 'ONLINE')),
        form_number text,
        photo_hash text,
        recorder_id uuid NOT NULL REFERENCES users(id),
        recorded_at timestamptz NOT NULL,
        seq int NOT NULL,
        PRIMARY KEY (round_id, household_id),
        FOREIGN KEY (round_id, household_id) REFERENCES round_households(round_id, household_id)
      )`);
    // Every vote event, chained by hash per round; the current vote is the latest entry per household.
    await q.query(`
      CREATE TABLE vote_ledger (
        round_id uuid NOT NULL REFERENCES consultation_rounds(id),
        seq int NOT NULL,
        household_id uuid NOT NULL,
        choice text NOT NULL,
        signed boolean NOT NULL,
        channel text NOT NULL,
        form_number text,
        photo_hash text,
        recorder_id uuid NOT NULL,
        recorded_at timestamptz NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL,
        PRIMARY KEY (round_id, seq)
      )`);
    await q.query(
      `CREATE TRIGGER vote_ledger_append_only BEFORE UPDATE OR DELETE ON vote_ledger FOR EACH ROW EXECUTE FUNCTION refuse_rewrite()`,
    );
    await q.query(
      `CREATE TRIGGER vote_ledger_no_truncate BEFORE TRUNCATE ON vote_ledger FOR EACH STATEMENT EXECUTE FUNCTION refuse_rewrite()`,
    );
    await q.query(`
      CREATE TABLE objections (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL REFERENCES consultation_rounds(id),
        household_id uuid,
        text text NOT NULL,
        filed_by uuid NOT NULL REFERENCES users(id),
        filed_at timestamptz NOT NULL,
        response text CHECK (response IN ('ADOPTED', 'EXPLAINED')),
        response_text text,
        responded_by uuid REFERENCES users(id),
        responded_at timestamptz,
        FOREIGN KEY (round_id, household_id) REFERENCES round_households(round_id, household_id),
        CHECK ((response IS NULL) = (response_text IS NULL))
      )`);
    await q.query(`CREATE INDEX objections_round_idx ON objections (round_id)`);
    // Committed deadlines are the source of truth; queue jobs are only their alarm clocks.
    await q.query(`
      CREATE TABLE deadlines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        subject_id uuid NOT NULL,
        due_at timestamptz NOT NULL,
        state text NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'DONE', 'CANCELLED')),
        created_at timestamptz NOT NULL DEFAULT now(),
        done_at timestamptz
      )`);
    await q.query(`CREATE INDEX deadlines_pending_idx ON deadlines (due_at) WHERE state = 'PENDING'`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'deadlines',
      'objections',
      'vote_ledger',
      'votes',
      'round_households',
      'consultation_rounds',
      'rule_profiles',
      'households',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
