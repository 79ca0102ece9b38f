import { entryHash, GENESIS_HASH, type LedgerContent } from '@app/domain';
import type { EntityManager } from 'typeorm';
import { copyRows, type CopyValue } from '../platform/copy.js';
import type { RoundRow, VoteInput } from './round.types.js';

export interface RecordedVote extends VoteInput {
  recorderId: string;
}

/**
 * Appends vote events to a round's chain and makes the last one per household its current vote,
 * in one statement of the caller's transaction. The caller holds the round row locked, so each
 * chain has one writer.
 */
export async function appendVotes(
  m: EntityManager,
  round: RoundRow,
  votes: RecordedVote[],
  at: Date,
  /** None of these households has a current vote yet: they can be copied straight in. */
  allNew = false,
): Promise<{ head: string; seqs: number[] }> {
  const first = round.ledger_head ?? GENESIS_HASH;
  let head = first;
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
      recorderId: v.recorderId,
      recordedAt,
      chosenItems: v.chosenItems ?? null,
    };
    const prev = head;
    head = entryHash(prev, content);
    return { ...content, prev, hash: head };
  });
  if (entries.length === 0) return { head, seqs: [] };

  const latest = [...new Map(entries.map((e) => [e.householdId, e])).values()];
  if (entries.length >= COPY_THRESHOLD) {
    await copyVotes(m, round.id, entries, latest, at, head, seq, allNew && latest.length === entries.length);
    return { head, seqs: entries.map((e) => e.seq) };
  }
  // One recorder for a whole import is sent once; unnest pads the empty array with NULLs.
  const oneRecorder = entries.every((e) => e.recorderId === entries[0].recorderId) ? entries[0].recorderId : null;
  const recorders = (list: typeof entries) => (oneRecorder ? [] : list.map((e) => e.recorderId));
  // Item choices travel as JSON only when some vote carries them; unnest pads the empty array with NULLs.
  const anyChosen = entries.some((e) => e.chosenItems);
  const chosen = (list: typeof entries) => (anyChosen ? list.map((e) => (e.chosenItems ? JSON.stringify(e.chosenItems) : null)) : []);
  const col = <T>(list: typeof entries, f: (e: (typeof entries)[number]) => T) => list.map(f);
  await m.query(
    `WITH ledger AS (
       INSERT INTO vote_ledger (round_id, seq, household_id, choice, signed, channel, form_number, photo_hash, recorder_id, recorded_at, prev_hash, hash, chosen_items)
       SELECT $1, s.seq, s.household_id, s.choice, s.signed, s.channel, s.form_number, s.photo_hash, coalesce(s.recorder_id, $3), $2, s.prev_hash, s.hash,
              CASE WHEN s.chosen IS NULL THEN NULL ELSE ARRAY(SELECT json_array_elements_text(s.chosen)) END
         FROM unnest($4::int[], $5::uuid[], $6::text[], $7::bool[], $8::text[], $9::text[], $10::text[], $11::uuid[], $12::text[], $13::text[], $24::json[])
           AS s(seq, household_id, choice, signed, channel, form_number, photo_hash, recorder_id, prev_hash, hash, chosen)
     ), chain AS (
       UPDATE consultation_rounds SET ledger_head = $14, ledger_count = $15 WHERE id = $1
     )
     INSERT INTO votes (round_id, household_id, choice, signed, channel, form_number, photo_hash, recorder_id, recorded_at, seq, chosen_items)
     SELECT $1, s.household_id, s.choice, s.signed, s.channel, s.form_number, s.photo_hash, coalesce(s.recorder_id, $3), $2, s.seq,
            CASE WHEN s.chosen IS NULL THEN NULL ELSE ARRAY(SELECT json_array_elements_text(s.chosen)) END
       FROM unnest($16::int[], $17::uuid[], $18::text[], $19::bool[], $20::text[], $21::text[], $22::text[], $23::uuid[], $25::json[])
         AS s(seq, household_id, choice, signed, channel, form_number, photo_hash, recorder_id, chosen)
     ON CONFLICT (round_id, household_id) DO UPDATE SET
       choice = EXCLUDED.choice, signed = EXCLUDED.signed, channel = EXCLUDED.channel, form_number = EXCLUDED.form_number,
       photo_hash = EXCLUDED.photo_hash, recorder_id = EXCLUDED.recorder_id, recorded_at = EXCLUDED.recorded_at, seq = EXCLUDED.seq,
       chosen_items = EXCLUDED.chosen_items`,
    [
      round.id,
      at,
      oneRecorder,
      col(entries, (e) => e.seq),
      col(entries, (e) => e.householdId),
      col(entries, (e) => e.choice),
      col(entries, (e) => e.signed),
      col(entries, (e) => e.channel),
      col(entries, (e) => e.formNumber),
      col(entries, (e) => e.photoHash),
      recorders(entries),
      col(entries, (e) => e.prev),
      col(entries, (e) => e.hash),
      head,
      seq,
      col(latest, (e) => e.seq),
      col(latest, (e) => e.householdId),
      col(latest, (e) => e.choice),
      col(latest, (e) => e.signed),
      col(latest, (e) => e.channel),
      col(latest, (e) => e.formNumber),
      col(latest, (e) => e.photoHash),
      recorders(latest),
      chosen(entries),
      chosen(latest),
    ],
  );
  return { head, seqs: entries.map((e) => e.seq) };
}

/** From this many votes on (a paper tally), rows travel by COPY rather than as parameter arrays. */
const COPY_THRESHOLD = 1000;

type Entry = LedgerContent & { prev: string; hash: string };

async function copyVotes(
  m: EntityManager,
  roundId: string,
  entries: Entry[],
  latest: Entry[],
  at: Date,
  head: string,
  count: number,
  allNew: boolean,
): Promise<void> {
  const pgArray = (items: string[] | null | undefined) =>
    items ? `{${items.map((i) => `"${i.replace(/(["\\])/g, '\\$1')}"`).join(',')}}` : null;
  const row = (e: Entry, withLedger: boolean): CopyValue[] => [
    roundId,
    e.seq,
    e.householdId,
    e.choice,
    e.signed,
    e.channel,
    e.formNumber,
    e.photoHash,
    e.recorderId,
    at.toISOString(),
    pgArray(e.chosenItems),
    ...(withLedger ? [e.prev, e.hash] : []),
  ];
  const columns = 'round_id, seq, household_id, choice, signed, channel, form_number, photo_hash, recorder_id, recorded_at, chosen_items';
  await copyRows(
    m,
    `COPY vote_ledger (${columns}, prev_hash, hash) FROM STDIN`,
    entries.map((e) => row(e, true)),
  );
  if (allNew) {
    await copyRows(
      m,
      `COPY votes (${columns}) FROM STDIN`,
      latest.map((e) => row(e, false)),
    );
  } else {
    // Current votes go through a staging table, since COPY cannot update the ones already there.
    await m.query('CREATE TEMP TABLE votes_stage (LIKE votes) ON COMMIT DROP');
    await copyRows(
      m,
      `COPY votes_stage (${columns}) FROM STDIN`,
      latest.map((e) => row(e, false)),
    );
    await m.query(
      `INSERT INTO votes SELECT * FROM votes_stage
       ON CONFLICT (round_id, household_id) DO UPDATE SET
         choice = EXCLUDED.choice, signed = EXCLUDED.signed, channel = EXCLUDED.channel, form_number = EXCLUDED.form_number,
         photo_hash = EXCLUDED.photo_hash, recorder_id = EXCLUDED.recorder_id, recorded_at = EXCLUDED.recorded_at, seq = EXCLUDED.seq,
         chosen_items = EXCLUDED.chosen_items`,
    );
  }
  await m.query('UPDATE consultation_rounds SET ledger_head = $2, ledger_count = $3 WHERE id = $1', [roundId, head, count]);
}

/** Same choice, signature, channel and evidence: recording it again changes nothing. */
export function sameVote(
  a: VoteInput,
  b: {
    choice: string | null;
    signed: boolean;
    channel: string;
    form_number: string | null;
    photo_hash: string | null;
    chosen_items?: string[] | null;
  },
): boolean {
  return (
    b.choice !== null &&
    a.choice === b.choice &&
    a.signed === b.signed &&
    a.channel === b.channel &&
    (a.formNumber ?? null) === b.form_number &&
    (a.photoHash ?? null) === b.photo_hash &&
    JSON.stringify(a.chosenItems ?? null) === JSON.stringify(b.chosen_items ?? null)
  );
}
