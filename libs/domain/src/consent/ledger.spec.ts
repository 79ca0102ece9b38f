import { createHash } from 'node:crypto';
import { canonical, entryHash, GENESIS_HASH, verifyChain, type LedgerContent } from './ledger.js';

type Entry = LedgerContent & { prevHash: string; hash: string };

const content = (seq: number, over: Partial<LedgerContent> = {}): LedgerContent => ({
  roundId: 'round-1',
  seq,
  householdId: `hh-${seq}`,
  choice: 'AGREE',
  signed: true,
  channel: 'DOOR_TO_DOOR',
  formNumber: `F-00${seq}`,
  photoHash: null,
  recorderId: 'user-committee',
  recordedAt: `2024-05-0${seq}T08:00:00.000Z`,
  ...over,
});

/** Links contents into a chain the way the recorder does. */
function chain(contents: LedgerContent[]): Entry[] {
  let prev = GENESIS_HASH;
  return contents.map((c) => {
    const hash = entryHash(prev, c);
    const e = { ...c, prevHash: prev, hash };
    prev = hash;
    return e;
  });
}

const three = () => chain([content(1), content(2, { choice: 'DISAGREE', signed: false }), content(3, { photoHash: 'ab'.repeat(32) })]);

describe('verifyChain', () => {
  it('a chain of 3 entries verifies, with head = the last hash', () => {
    const entries = three();
    expect(entries[0]!.prevHash).toBe(GENESIS_HASH);
    expect(entries[1]!.prevHash).toBe(entries[0]!.hash);
    expect(verifyChain(entries)).toEqual({ ok: true, count: 3, head: entries[2]!.hash });
  });

  it('an empty chain verifies with the genesis head', () => {
    expect(verifyChain([])).toEqual({ ok: true, count: 0, head: GENESIS_HASH });
    expect(GENESIS_HASH).toMatch(/^0{64}$/);
  });

  const edits: [string, Partial<LedgerContent>][] = [
    ['choice', { choice: 'ABSTAIN' }],
    ['signed', { signed: false }],
    ['recordedAt', { recordedAt: '2024-05-09T08:00:00.000Z' }],
    ['householdId', { householdId: 'hh-99' }],
    ['channel', { channel: 'ONLINE' }],
    ['formNumber', { formNumber: 'F-999' }],
    ['photoHash', { photoHash: 'cd'.repeat(32) }],
    ['recorderId', { recorderId: 'user-other' }],
    ['roundId', { roundId: 'round-2' }],
  ];
  const cases = [1, 2, 3].flatMap((seq) => edits.map(([field, change]) => [field, seq, change] as const));

  it.each(cases)('changing %s of entry %i is reported at that entry as HASH', (_field, seq, change) => {
    const entries = three();
    const i = seq - 1;
    const edited = { ...entries[i]!, ...change };
    // make sure the edit really changed the value (signed on entry 2 is already false)
    const key = Object.keys(change)[0] as keyof LedgerContent;
    if (edited[key] === entries[i]![key]) (edited as Record<string, unknown>)[key] = !entries[i]![key];
    entries[i] = edited;
    expect(verifyChain(entries)).toEqual({ ok: false, count: 3, brokenAt: seq, reason: 'HASH' });
  });

  it('re-hashing an edited entry breaks the link from the next one (PREVIOUS_HASH)', () => {
    const entries = three();
    const edited = { ...entries[1]!, choice: 'AGREE' };
    entries[1] = { ...edited, hash: entryHash(edited.prevHash, edited) };
    expect(verifyChain(entries)).toEqual({ ok: false, count: 3, brokenAt: 3, reason: 'PREVIOUS_HASH' });
  });

  it('a changed hash on the last entry is reported (HASH)', () => {
    const entries = three();
    entries[2] = { ...entries[2]!, hash: 'f'.repeat(64) };
    expect(verifyChain(entries)).toEqual({ ok: false, count: 3, brokenAt: 3, reason: 'HASH' });
  });

  it('reordering is reported at the first misplaced entry (SEQUENCE)', () => {
    const [a, b, c] = three();
    expect(verifyChain([a!, c!, b!])).toEqual({ ok: false, count: 3, brokenAt: 3, reason: 'SEQUENCE' });
    expect(verifyChain([b!, a!, c!])).toEqual({ ok: false, count: 3, brokenAt: 2, reason: 'SEQUENCE' });
  });

  it('deleting the middle entry is reported (SEQUENCE)', () => {
    const [a, , c] = three();
    expect(verifyChain([a!, c!])).toEqual({ ok: false, count: 2, brokenAt: 3, reason: 'SEQUENCE' });
  });

  it('deleting the middle entry and renumbering is still reported (PREVIOUS_HASH)', () => {
    const [a, , c] = three();
    expect(verifyChain([a!, { ...c!, seq: 2 }])).toEqual({ ok: false, count: 2, brokenAt: 2, reason: 'PREVIOUS_HASH' });
  });

  it.each([1, 2, 3])('a wrong prevHash on entry %i is reported (PREVIOUS_HASH), even when its own hash is consistent', (seq) => {
    const entries = three();
    const i = seq - 1;
    const wrongPrev = '1'.repeat(64);
    entries[i] = { ...entries[i]!, prevHash: wrongPrev, hash: entryHash(wrongPrev, entries[i]!) };
    expect(verifyChain(entries)).toEqual({ ok: false, count: 3, brokenAt: seq, reason: 'PREVIOUS_HASH' });
  });
});

describe('canonical and entryHash', () => {
  it('is the fields, as a JSON array, in the documented order', () => {
    expect(canonical(content(1))).toBe(
      JSON.stringify(['round-1', 1, 'hh-1', 'AGREE', true, 'DOOR_TO_DOOR', 'F-001', null, 'user-committee', '2024-05-01T08:00:00.000Z']),
    );
  });

  it('is stable: same content gives the same string whatever the key order and extra fields', () => {
    const c = content(2);
    const reversed = Object.fromEntries(Object.entries(c).reverse()) as unknown as LedgerContent;
    const withExtras = { ...c, id: 'row-7', createdAt: 'later', prevHash: GENESIS_HASH } as LedgerContent;
    expect(canonical(reversed)).toBe(canonical(c));
    expect(canonical(withExtras)).toBe(canonical(c));
    expect(canonical(content(2))).toBe(canonical(c));
    expect(entryHash(GENESIS_HASH, reversed)).toBe(entryHash(GENESIS_HASH, c));
  });

  it('field order matters: swapping two values between fields changes the string and hash', () => {
    const c = content(1, { formNumber: 'X', photoHash: 'Y' });
    const swapped = content(1, { formNumber: 'Y', photoHash: 'X' });
    expect(canonical(swapped)).not.toBe(canonical(c));
    expect(entryHash(GENESIS_HASH, swapped)).not.toBe(entryHash(GENESIS_HASH, c));
    const c2 = content(1, { householdId: 'u', recorderId: 'v' });
    const s2 = content(1, { householdId: 'v', recorderId: 'u' });
    expect(canonical(s2)).not.toBe(canonical(c2));
  });

  it('distinguishes null from the string "null" and true from "true"', () => {
    expect(canonical(content(1, { photoHash: 'null' }))).not.toBe(canonical(content(1, { photoHash: null })));
    expect(canonical(content(1, { choice: 'true' }))).not.toBe(canonical(content(1, { choice: 'AGREE' })));
  });

  it('is sha256 over prevHash, a newline and the canonical string, as 64 hex chars', () => {
    const c = content(1);
    const expected = createHash('sha256')
      .update(`${GENESIS_HASH}\n${canonical(c)}`)
      .digest('hex');
    expect(entryHash(GENESIS_HASH, c)).toBe(expected);
    expect(entryHash(GENESIS_HASH, c)).toMatch(/^[0-9a-f]{64}$/);
    expect(entryHash('1'.repeat(64), c)).not.toBe(expected);
  });
});

describe('entryHash', () => {
  it.each([
    ['a lone surrogate', 'NO.\ud800-7', 'LONE_SURROGATE'],
    ['a NUL', 'NO.\u0000-7', 'NUL'],
  ])('refuses to hash a form number with %s, which the database would not keep as it is', (_, formNumber, code) => {
    expect(() => entryHash(GENESIS_HASH, content(1, { formNumber }))).toThrow(
      expect.objectContaining({ code: 'DOMAIN.INVALID', details: { errors: [expect.objectContaining({ field: 'formNumber', code })] } }),
    );
  });

  it('refuses an ill-formed chosen item too, naming its index', () => {
    expect(() => entryHash(GENESIS_HASH, content(1, { chosenItems: ['ok', '\udfff'] }))).toThrow(
      expect.objectContaining({ details: { errors: [expect.objectContaining({ field: 'chosenItems.1' })] } }),
    );
  });
});
