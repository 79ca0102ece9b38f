import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateNotifications1764000000300 implements MigrationInterface {
  name = 'CreateNotifications1764000000300';

  async up(q: QueryRunner): Promise<void> {
    // One notice per person, subject and escalation level: a deadline acted on twice notifies once.
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        kind text NOT NULL,
        level text NOT NULL CHECK (level IN ('PM', 'SUPERVISOR')),
        subject_type text NOT NULL,
        subject_id uuid NOT NULL,
        project_id uuid NOT NULL REFERENCES projects(id),
        message jsonb NOT NULL,
        created_at timestamptz NOT NULL,
        read_at timestamptz,
        UNIQUE (user_id, kind, level, subject_id)
      )`);
    await q.query(`CREATE INDEX notifications_inbox_idx ON notifications (user_id, read_at, created_at DESC)`);
    // What an escalation deadline is about, so the worker can tell whether it is still late.
    await q.query(`
      CREATE TABLE escalations (
        subject_id uuid PRIMARY KEY,
        kind text NOT NULL,
        subject_type text NOT NULL,
        project_id uuid NOT NULL REFERENCES projects(id),
        district_id uuid NOT NULL REFERENCES districts(id),
        message jsonb NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE escalations');
    await q.query('DROP TABLE notifications');
  }
}
