import { createHash } from 'node:crypto';
import { invalid } from '../errors.js';
import { TEXT_FAULT_MESSAGES, textFault } from '../text.js';

/** The head before the first entry of a round's chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** What a vote event says; the hash covers exactly these fields in this order. */
export interface LedgerContent {
  roundId: string;
  seq: number;
  householdId: string;
  choice: string;
  signed: boolean;
  channel: string;
  formNumber: string | null;
  photoHash: string | null;
  recorderId: string;
  recordedAt: string;
  /** Optional plan items chosen with a PLAN-round vote; absent from the hash when none were asked. */
  chosenItems?: string[] | null;
}

/**
 * The hash must cover exactly what the database keeps and gives back, or the chain breaks at
 * the next check; text it would change (NUL, a lone surrogate) is refused before it is hashed.
 */
function assertStorable(c: LedgerContent): void {
  const texts: [string, string | null][] = [
    ['roundId', c.roundId],
    ['householdId', c.householdId],
    ['choice', c.choice],
    ['channel', c.channel],
    ['formNumber', c.formNumber],
    ['photoHash', c.photoHash],
    ['recorderId', c.recorderId],
    ['recordedAt', c.recordedAt],
    ...(c.chosenItems ?? []).map((item, i): [string, string] => [`chosenItems.${i}`, item]),
  ];
  const errors = texts.flatMap(([field, text]) => {
    const fault = text === null ? null : textFault(text);
    return fault ? [{ field, code: fault, message: `${field} ${TEXT_FAULT_MESSAGES[fault]}` }] : [];
  });
  if (errors.length) throw invalid(errors);
}

export function canonical(c: LedgerContent): string {
  assertStorable(c);
  const fields: unknown[] = [
    c.roundId,
    c.seq,
    c.householdId,
    c.choice,
    c.signed,
    c.channel,
    c.formNumber,
    c.photoHash,
    c.recorderId,
    c.recordedAt,
  ];
  // Item choices joined the chain later: entries without them hash exactly as they always did.
  if (c.chosenItems) fields.push(c.chosenItems);
  return JSON.stringify(fields);
}

export function entryHash(prevHash: string, content: LedgerContent): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonical(content)).digest('hex');
}

export type ChainCheck =
  { ok: true; count: number; head: string } | { ok: false; count: number; brokenAt: number; reason: 'PREVIOUS_HASH' | 'HASH' | 'SEQUENCE' };

/** Recomputes a chain from its stored entries, in order; reports the first entry that does not fit. */
export function verifyChain(entries: (LedgerContent & { prevHash: string; hash: string })[]): ChainCheck {
  let head = GENESIS_HASH;
  for (const [i, e] of entries.entries()) {
    if (e.seq !== i + 1) return { ok: false, count: entries.length, brokenAt: e.seq, reason: 'SEQUENCE' };
    if (e.prevHash !== head) return { ok: false, count: entries.length, brokenAt: e.seq, reason: 'PREVIOUS_HASH' };
    if (entryHash(head, e) !== e.hash) return { ok: false, count: entries.length, brokenAt: e.seq, reason: 'HASH' };
    head = e.hash;
  }
  return { ok: true, count: entries.length, head };
}
