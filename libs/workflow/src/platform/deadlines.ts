import { jobId } from '@app/jobs';
import type { EntityManager } from 'typeorm';

export const DEADLINE_KINDS = [
  'ROUND_PUBLICITY_END',
  'REPORT_DUE',
  'COMPLAINT_RESPONSE',
  'FINDING_DEADLINE',
  'REVISIT_DUE',
  'ESCALATION',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export const DEADLINE_JOB = 'deadline.fire';

export function deadlineJobId(deadlineId: string): string {
  return jobId(DEADLINE_JOB, deadlineId);
}

/**
 * Records a deadline and its alarm in the caller's transaction: the row is the truth, the outbox
 * row becomes a delayed job once the transaction commits.
 */
export async function scheduleDeadline(m: EntityManager, kind: DeadlineKind, subjectId: string, dueAt: Date): Promise<string> {
  const [{ id }]: { id: string }[] = await m.query('INSERT INTO deadlines (kind, subject_id, due_at) VALUES ($1, $2, $3) RETURNING id', [
    kind,
    subjectId,
    dueAt,
  ]);
  await m.query('INSERT INTO outbox (job_name, job_id, payload, run_at) VALUES ($1, $2, $3, $4)', [
    DEADLINE_JOB,
    deadlineJobId(id),
    JSON.stringify({ deadlineId: id }),
    dueAt,
  ]);
  return id;
}

/**
 * Settles the pending deadlines of a subject: all of them when it reached its end some other way,
 * or only those of one kind when that kind fired. A handler acting on a fired deadline names its
 * kind and acts only if it settled one: of two deliveries, under the subject's lock, one acts, and
 * the second neither acts again nor settles the escalation the first one scheduled.
 */
export async function settleDeadlines(
  m: EntityManager,
  subjectId: string,
  state: 'DONE' | 'CANCELLED',
  at: Date,
  kind?: DeadlineKind,
): Promise<number> {
  // UPDATE answers [rows, count] through TypeORM.
  const [, settled]: [unknown, number] = await m.query(
    `UPDATE deadlines SET state = $2, done_at = $3 WHERE subject_id = $1 AND state = 'PENDING' AND ($4::text IS NULL OR kind = $4)`,
    [subjectId, state, at, kind ?? null],
  );
  return settled;
}
