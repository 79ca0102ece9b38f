import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';

interface OutboxRow {
  id: string;
  job_name: string;
  job_id: string;
  payload: Record<string, unknown>;
  run_at: Date;
}

/**
 * Hands committed outbox rows to the queue. Rows are claimed with SKIP LOCKED so that several
 * workers share the work; a crash after the add and before the commit re-adds the same job id,
 * which the queue ignores.
 */
export async function relayOutbox(db: DataSource, queue: Queue, now: Date, batch = 200): Promise<number> {
  return db.transaction(async (m) => {
    const rows: OutboxRow[] = await m.query(
      `SELECT id, job_name, job_id, payload, run_at FROM outbox
        WHERE dispatched_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [batch],
    );
    for (const row of rows) {
      await queue.add(row.job_name, row.payload, {
        jobId: row.job_id,
        delay: Math.max(0, new Date(row.run_at).getTime() - now.getTime()),
      });
    }
    if (rows.length) await m.query('UPDATE outbox SET dispatched_at = $1 WHERE id = ANY($2)', [now, rows.map((r) => r.id)]);
    return rows.length;
  });
}
