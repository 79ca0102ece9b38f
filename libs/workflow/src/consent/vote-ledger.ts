import { entryHash, GENESIS_HASH, type LedgerContent } from '@app/domain';
import type { EntityManager } from 'typeorm';
import type { RoundRow, VoteInput } from './round.types.js';

/**
 * Appends vote events to a round's chain and makes them the current votes, in the caller's
 * transaction, which holds the round row locked so the chain has one writer.
 */
export async function appendVotes(
  m: EntityManager,
  round: RoundRow,
  votes: VoteInput[],
  recorderId: string,
  at: Date,
): Promise<{ head: string; count: number }> {
  let head = round.ledger_head ?? GENESIS_HASH;
  let seq = round.ledger_count;
  const recordedAt = at.toISOString();
  const entries = votes.map((v) => {
    seq += 1;
    const content: LedgerContent = {
      roundId: round.id,
      seq,
      householdId: v.householdId,
      choice: v.choice,
      signed: v.signed,
      channel: v.channel,
      formNumber: v.formNumber ?? null,
      photoHash: v.photoHash ?? null,
      recorderId,
      recordedAt,
    };
    head = entryHash(head, content);
    return { content, hash: head };
  });
  if (entries.length === 0) return { head, count: seq };
  const col = <T>(f: (e: (typeof entries)[number]) => T) => entries.map(f);
  const prev = [round.ledger_head ?? GENESIS_HASH, ...entries.slice(0, -1).map((e) => e.hash)];
  await m.query(
    `WITH ledger AS (
       INSERT INTO vote_ledger (round_id, seq, household_id, choice, signed, channel, form_number, photo_hash, recorder_id, recorded_at, prev_hash, hash)
       SELECT $1, * FROM unnest($2::int[], $3::uuid[], $4::text[], $5::bool[], $6::text[], $7::text[], $8::text[], $9::uuid[], $10::timestamptz[], $11::text[], $12::text[])
       RETURNING household_id, choice, signed, channel, form_number, photo_hash, recorder_id, recorded_at, seq
     ), latest AS (
       SELECT DISTINCT ON (household_id) * FROM ledger ORDER BY household_id, seq DESC
     )
     INSERT INTO votes (round_id, household_id, choice, signed, channel, form_number, photo_hash, recorder_id, recorded_at, seq)
     SELECT $1, household_id, choice, signed, channel, form_number, photo_hash, recorder_id, recorded_at, seq FROM latest
     ON CONFLICT (round_id, household_id) DO UPDATE SET
       choice = EXCLUDED.choice, signed = EXCLUDED.signed, channel = EXCLUDED.channel, form_number = EXCLUDED.form_number,
       photo_hash = EXCLUDED.photo_hash, recorder_id = EXCLUDED.recorder_id, recorded_at = EXCLUDED.recorded_at, seq = EXCLUDED.seq`,
    [
      round.id,
      col((e) => e.content.seq),
      col((e) => e.content.householdId),
      col((e) => e.content.choice),
      col((e) => e.content.signed),
      col((e) => e.content.channel),
      col((e) => e.content.formNumber),
      col((e) => e.content.photoHash),
      col(() => recorderId),
      col(() => at),
      prev,
      col((e) => e.hash),
    ],
  );
  await m.query('UPDATE consultation_rounds SET ledger_head = $2, ledger_count = $3 WHERE id = $1', [round.id, head, seq]);
  return { head, count: seq };
}

/** Same choice, signature, channel and evidence: recording it again changes nothing. */
export function sameVote(
  a: VoteInput,
  b: { choice: string | null; signed: boolean; channel: string; form_number: string | null; photo_hash: string | null },
): boolean {
  return (
    b.choice !== null &&
    a.choice === b.choice &&
    a.signed === b.signed &&
    a.channel === b.channel &&
    (a.formNumber ?? null) === b.form_number &&
    (a.photoHash ?? null) === b.photo_hash
  );
}
