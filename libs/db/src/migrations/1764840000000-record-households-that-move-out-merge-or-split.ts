import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A household leaves the roster by moving out, merging into another of its compound or splitting
 * into new ones; its row stays, because round snapshots and votes name it. Only current households
 * hold their unit key, so the flat's next owner (or a household a split made) can take it again.
 * Moves are history: appended, never rewritten, and the application may not rewrite them either.
 */
export class RecordHouseholdsThatMoveOutMergeOrSplit1764840000000 implements MigrationInterface {
  name = 'RecordHouseholdsThatMoveOutMergeOrSplit1764840000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE households
        ADD COLUMN status text NOT NULL DEFAULT 'CURRENT' CHECK (status IN ('CURRENT', 'MOVED_OUT', 'MERGED', 'SPLIT')),
        ADD COLUMN left_on date,
        ADD CONSTRAINT households_left_on_when_departed CHECK ((status = 'CURRENT') = (left_on IS NULL))`);
    await q.query('ALTER TABLE households DROP CONSTRAINT households_compound_id_building_unit_room_key');
    await q.query(
      `CREATE UNIQUE INDEX households_compound_id_building_unit_room_key ON households (compound_id, building, unit, room) WHERE status = 'CURRENT'`,
    );
    await q.query(`
      CREATE TABLE household_moves (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY,
        compound_id uuid NOT NULL REFERENCES compounds(id),
        -- A household leaves the roster once.
        household_id uuid NOT NULL UNIQUE REFERENCES households(id),
        kind text NOT NULL CHECK (kind IN ('MOVED_OUT', 'MERGED', 'SPLIT')),
        reason text NOT NULL CHECK (btrim(reason) <> ''),
        occurred_on date NOT NULL,
        into_household_id uuid REFERENCES households(id),
        new_household_ids uuid[] NOT NULL DEFAULT '{}',
        recorded_by uuid NOT NULL REFERENCES users(id),
        recorded_at timestamptz NOT NULL,
        CHECK ((kind = 'MERGED') = (into_household_id IS NOT NULL)),
        CHECK ((kind = 'SPLIT') = (cardinality(new_household_ids) > 0)),
        CHECK (into_household_id <> household_id)
      )`);
    await q.query('CREATE INDEX household_moves_into_idx ON household_moves (into_household_id) WHERE into_household_id IS NOT NULL');
    await q.query(
      `CREATE TRIGGER household_moves_append_only BEFORE UPDATE OR DELETE ON household_moves FOR EACH ROW EXECUTE FUNCTION refuse_rewrite()`,
    );
    await q.query('REVOKE UPDATE, DELETE ON household_moves FROM renovation_app');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE household_moves');
    await q.query('DROP INDEX households_compound_id_building_unit_room_key');
    await q.query(
      'ALTER TABLE households ADD CONSTRAINT households_compound_id_building_unit_room_key UNIQUE (compound_id, building, unit, room)',
    );
    await q.query('ALTER TABLE households DROP CONSTRAINT households_left_on_when_departed, DROP COLUMN left_on, DROP COLUMN status');
  }
}
