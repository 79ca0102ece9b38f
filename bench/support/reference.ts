import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import Fastify, { type FastifyInstance } from 'fastify';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/**
 * The references the API is measured against: the least code that does the same database work,
 * with no framework, auth, validation, ledger or audit around it.
 */

export interface ReferenceVote {
  householdId: string;
  choice: string;
  signed: boolean;
  channel: string;
  formNumber?: string | null;
  photoHash?: string | null;
}

const UPSERT = `INSERT INTO votes (round_id, household_id, choice, signed, channel, form_number, photo_hash, recorder_id, recorded_at, seq)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
  ON CONFLICT (round_id, household_id) DO UPDATE SET
    choice = EXCLUDED.choice, signed = EXCLUDED.signed, channel = EXCLUDED.channel, form_number = EXCLUDED.form_number,
    photo_hash = EXCLUDED.photo_hash, recorder_id = EXCLUDED.recorder_id, recorded_at = EXCLUDED.recorded_at, seq = EXCLUDED.seq`;

/** A bare Fastify route doing the vote upsert with pg, on its own pool of the API's size. */
export async function startReferenceServer(pool: pg.Pool, recorderId: string): Promise<{ url: string; close(): Promise<void> }> {
  const app: FastifyInstance = Fastify({ logger: false });
  let seq = 0;
  app.post<{ Params: { id: string }; Body: ReferenceVote }>('/rounds/:id/votes', async (req) => {
    const v = req.body;
    await pool.query(UPSERT, [
      req.params.id,
      v.householdId,
      v.choice,
      v.signed,
      v.channel,
      v.formNumber ?? null,
      v.photoHash ?? null,
      recorderId,
      new Date(),
      ++seq,
    ]);
    return { changed: true };
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('the reference server has no port');
  return { url: `http://127.0.0.1:${address.port}`, close: () => app.close() };
}

export interface CopyRow extends ReferenceVote {
  seq: number;
}

const copyText = (s: string | null | undefined) =>
  s == null ? '\\N' : s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');

/** COPY votes FROM STDIN (text format) of the given rows; resolves with the rows PostgreSQL reports. */
export async function copyVotes(pool: pg.Pool, roundId: string, recorderId: string, rows: CopyRow[]): Promise<number> {
  const client = await pool.connect();
  try {
    const recordedAt = new Date().toISOString();
    const stream = client.query(
      copyFrom(
        'COPY votes (round_id, household_id, choice, signed, channel, form_number, photo_hash, recorder_id, recorded_at, seq) FROM STDIN',
      ),
    );
    function* chunks() {
      const CHUNK = 2000;
      for (let i = 0; i < rows.length; i += CHUNK) {
        let text = '';
        for (const r of rows.slice(i, i + CHUNK)) {
          text += `${roundId}\t${r.householdId}\t${r.choice}\t${r.signed ? 't' : 'f'}\t${r.channel}\t${copyText(r.formNumber)}\t${copyText(r.photoHash)}\t${recorderId}\t${recordedAt}\t${r.seq}\n`;
        }
        yield text;
      }
    }
    await pipeline(Readable.from(chunks()), stream);
    return stream.rowCount;
  } finally {
    client.release();
  }
}

/** The tally's counts and sums in one aggregate with FILTER: the query RoundService.compute runs first. */
export const RAW_TALLY_SQL = `SELECT count(*) AS all_n, coalesce(sum(rh.area_centi), 0) AS all_a,
        count(v.choice) AS part_n, coalesce(sum(rh.area_centi) FILTER (WHERE v.choice IS NOT NULL), 0) AS part_a,
        count(*) FILTER (WHERE v.choice = 'AGREE') AS agree_n, coalesce(sum(rh.area_centi) FILTER (WHERE v.choice = 'AGREE'), 0) AS agree_a,
        count(*) FILTER (WHERE v.choice = 'AGREE' AND v.signed) AS signed_n,
        coalesce(sum(rh.area_centi) FILTER (WHERE v.choice = 'AGREE' AND v.signed), 0) AS signed_a
   FROM round_households rh LEFT JOIN votes v ON v.round_id = rh.round_id AND v.household_id = rh.household_id
  WHERE rh.round_id = $1`;

/**
 * The portfolio's figures as hand-written SQL over the current states: projects by state, reports
 * in OVERDUE, findings not closed past their deadline ($2), complaints received or in handling past
 * their limit, and funds, by district ($1). On the seeded city, as of SEED_AS_OF, these are the
 * same figures the service derives from the rows' own times.
 */
export const RAW_PORTFOLIO_SQL = `
WITH states AS (
  SELECT district_id, jsonb_object_agg(state, n) AS counts
    FROM (SELECT district_id, state, count(*)::int AS n FROM projects WHERE district_id = ANY($1) GROUP BY 1, 2) s GROUP BY 1),
reports AS (
  SELECT r.district_id, count(*)::int AS n FROM progress_reports r JOIN projects p ON p.id = r.project_id AND p.state = 'CONSTRUCTION'
   WHERE r.state = 'OVERDUE' AND r.district_id = ANY($1) GROUP BY 1),
findings AS (
  SELECT district_id, count(*)::int AS n FROM findings WHERE state <> 'CLOSED' AND deadline < $2 AND district_id = ANY($1) GROUP BY 1),
complaints AS (
  SELECT district_id, count(*)::int AS n FROM complaints
   WHERE state IN ('RECEIVED', 'HANDLING') AND respond_by < $2 AND district_id = ANY($1) GROUP BY 1),
raised AS (SELECT project_id, sum(amount_fen) AS n FROM funding_sources GROUP BY 1),
funds AS (
  SELECT p.district_id, sum(f.budget_fen) AS budget, sum(coalesce(r.n, 0)) AS raised, sum(greatest(f.budget_fen - coalesce(r.n, 0), 0)) AS gap
    FROM funding_plans f JOIN projects p ON p.id = f.project_id LEFT JOIN raised r ON r.project_id = f.project_id
   WHERE p.district_id = ANY($1) GROUP BY 1)
SELECT d.id, d.code, d.name, coalesce(s.counts, '{}') AS counts, coalesce(r.n, 0) AS reports, coalesce(f.n, 0) AS findings,
       coalesce(c.n, 0) AS complaints, coalesce(m.budget, 0)::text AS budget, coalesce(m.raised, 0)::text AS raised,
       coalesce(m.gap, 0)::text AS gap
  FROM districts d LEFT JOIN states s ON s.district_id = d.id LEFT JOIN reports r ON r.district_id = d.id
  LEFT JOIN findings f ON f.district_id = d.id LEFT JOIN complaints c ON c.district_id = d.id LEFT JOIN funds m ON m.district_id = d.id
 WHERE d.id = ANY($1)
 ORDER BY d.code`;
