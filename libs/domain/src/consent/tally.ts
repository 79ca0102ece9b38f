import type { Bilingual } from '../roles.js';
import type { ConsentCondition, HouseholdSet, RuleProfile } from './rule-profiles.js';

export const VOTE_CHOICES = ['AGREE', 'DISAGREE', 'ABSTAIN'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

/** A choice as the form the household filled in says it; a satisfaction survey asks whether one is satisfied. */
export function voteChoiceLabel(choice: VoteChoice, satisfaction = false): Bilingual {
  switch (choice) {
    case 'AGREE':
      return satisfaction ? { zh: '满意', en: 'satisfied' } : { zh: '同意', en: 'agree' };
    case 'DISAGREE':
      return satisfaction ? { zh: '不满意', en: 'not satisfied' } : { zh: '不同意', en: 'disagree' };
    case 'ABSTAIN':
      return { zh: '弃权', en: 'abstain' };
  }
}

/** Per-set sums over the round's snapshot: household counts and floor area in hundredths of m². */
export interface SetTotals {
  headcount: bigint;
  areaCenti: bigint;
}
export type Totals = Record<HouseholdSet, SetTotals>;

/** A household that could be won over, with what winning it would add: every one not yet signed-agreeing. */
export interface Candidate {
  unitKey: string;
  areaCenti: bigint;
  /** Its current vote (an AGREE lacks only the signature), null when nobody has reached it yet. */
  choice: VoteChoice | null;
}

/** Where a household named in a gap stands: whom to knock on first differs from whom to win back. */
export const GAP_STATUSES = ['NOT_RESPONDED', 'ABSTAINED', 'DISAGREED', 'AGREED_UNSIGNED'] as const;
export type GapStatus = (typeof GAP_STATUSES)[number];
export const GAP_STATUS_NAMES: Record<GapStatus, string> = {
  NOT_RESPONDED: '未表态',
  ABSTAINED: '已弃权',
  DISAGREED: '已反对',
  AGREED_UNSIGNED: '已同意未签字',
};

export function gapStatusOf(choice: VoteChoice | null): GapStatus {
  switch (choice) {
    case null:
      return 'NOT_RESPONDED';
    case 'ABSTAIN':
      return 'ABSTAINED';
    case 'DISAGREE':
      return 'DISAGREED';
    case 'AGREE':
      return 'AGREED_UNSIGNED';
  }
}

export interface GapHousehold {
  unitKey: string;
  status: GapStatus;
  statusName: string;
}

export interface ConditionResult {
  id: string;
  label: Bilingual;
  weight: ConsentCondition['weight'];
  numerator: string;
  denominator: string;
  threshold: string;
  strict: boolean;
  passed: boolean;
  /** Least additional households whose agreement (or signature) would pass it; 0 when passed. */
  gap: number | null;
  /** Those households, the ones nobody has reached yet first. */
  gapHouseholds: GapHousehold[];
}

export interface TallyResult {
  profile: string;
  result: 'PASSED' | 'FAILED';
  conditions: ConditionResult[];
}

export const TALLY_RESULT_LABELS: Record<TallyResult['result'], Bilingual> = {
  PASSED: { zh: '通过', en: 'passed' },
  FAILED: { zh: '未通过', en: 'failed' },
};

const weigh = (t: SetTotals, c: ConsentCondition) => (c.weight === 'AREA' ? t.areaCenti : t.headcount);

/** a/b >= p/q (or >), decided as a*q >= p*b on integers; an empty denominator never passes. */
export function meets(num: bigint, den: bigint, c: ConsentCondition): boolean {
  if (den === 0n) return false;
  const lhs = num * BigInt(c.threshold.den);
  const rhs = BigInt(c.threshold.num) * den;
  return c.strict ? lhs > rhs : lhs >= rhs;
}

/** What turning one candidate into a signed agreement adds to this condition's numerator and denominator. */
function contribution(c: ConsentCondition, k: Candidate): { num: bigint; den: bigint } {
  const w = c.weight === 'AREA' ? k.areaCenti : 1n;
  const inSet = (set: HouseholdSet, after: boolean): boolean => {
    switch (set) {
      case 'ALL':
        return true;
      case 'PARTICIPANTS':
        return after || k.choice !== null;
      case 'AGREE':
        return after || k.choice === 'AGREE';
      case 'SIGNED_AGREE':
        return after;
    }
  };
  const delta = (set: HouseholdSet) => (inSet(set, true) && !inSet(set, false) ? w : 0n);
  return { num: delta(c.numerator), den: delta(c.denominator) };
}

/**
 * What winning one household of this standing moves a condition's q*num - p*den by, per unit of its
 * weight (one household, or one hundredth of a m²): gapFor ranks candidates by this times the weight.
 */
export function gainPerUnit(c: ConsentCondition, choice: VoteChoice | null): bigint {
  const d = contribution(c, { unitKey: '', areaCenti: 1n, choice });
  return BigInt(c.threshold.den) * d.num - BigInt(c.threshold.num) * d.den;
}

/**
 * Whether gapFor over the first `limit` candidates of each kind (not reached yet, reached), in its
 * own order and of positive gain, finds what it would find over all of them. The first `limit` of
 * the merged order are the same either way, and the answer never looks further than its gap into
 * either kind, so a gap within the limit is the whole answer; none, or a longer one, needs more.
 */
export function gapSettledWithin(gap: number | null, limit: number): boolean {
  return gap !== null && gap <= limit;
}

/**
 * The fewest households to win over. num/den >= p/q holds when q*num - p*den >= 0, and each
 * household moves that difference by q*dNum - p*dDen: taking the largest moves first finds the
 * least number k. Of the sets of k that pass, the one with the most households nobody has reached
 * is named, those listed first: a committee knocks on new doors before it argues with a dissenter.
 * Ties go by unit key (code-point order), so the named units are stable.
 */
export function gapFor(
  c: ConsentCondition,
  num: bigint,
  den: bigint,
  candidates: Candidate[],
): { gap: number | null; households: GapHousehold[] } {
  if (meets(num, den, c)) return { gap: 0, households: [] };
  const p = BigInt(c.threshold.num);
  const q = BigInt(c.threshold.den);
  const ranked = candidates
    .map((k) => {
      const d = contribution(c, k);
      return { k, d, gain: q * d.num - p * d.den };
    })
    .filter(({ gain }) => gain > 0n)
    // Code-point order for ties: stable across machines and locales, and much cheaper than collation.
    .sort((a, b) => (a.gain !== b.gain ? (a.gain > b.gain ? -1 : 1) : a.k.unitKey < b.k.unitKey ? -1 : a.k.unitKey > b.k.unitKey ? 1 : 0));
  let k = 0;
  for (let n = num, d = den; !meets(n, d, c); k++) {
    if (k === ranked.length) return { gap: null, households: [] };
    n += ranked[k]!.d.num;
    d += ranked[k]!.d.den;
  }
  const unreached = ranked.filter((r) => r.k.choice === null);
  const reached = ranked.filter((r) => r.k.choice !== null);
  const sums = (rows: typeof ranked) => {
    const out = [{ num: 0n, den: 0n }];
    for (const r of rows) out.push({ num: out.at(-1)!.num + r.d.num, den: out.at(-1)!.den + r.d.den });
    return out;
  };
  const [bestUnreached, bestReached] = [sums(unreached.slice(0, k)), sums(reached.slice(0, k))];
  // The best u unreached with the best k-u others are the strongest set of k holding u unreached;
  // the greedy set's own count of unreached passes, so the search stops there at the latest.
  const fewest = Math.max(0, k - reached.length);
  let u = Math.min(k, unreached.length);
  while (
    u > fewest &&
    !meets(num + bestUnreached[u]!.num + bestReached[k - u]!.num, den + bestUnreached[u]!.den + bestReached[k - u]!.den, c)
  )
    u--;
  return {
    gap: k,
    households: [...unreached.slice(0, u), ...reached.slice(0, k - u)].map(({ k: h }) => {
      const status = gapStatusOf(h.choice);
      return { unitKey: h.unitKey, status, statusName: GAP_STATUS_NAMES[status] };
    }),
  };
}

/** A condition's numerator and denominator over the round's totals. */
export function sumsOf(c: ConsentCondition, totals: Totals): { num: bigint; den: bigint } {
  return { num: weigh(totals[c.numerator], c), den: weigh(totals[c.denominator], c) };
}

/**
 * Judges a round by its profile. Pure and exact: totals in, integers compared, the gap found by
 * adding households one at a time. `candidates` holds every snapshot household not yet signed-agreeing,
 * or, per failing condition, at least those gapFor would name (see gapSettledWithin).
 */
export function tally(profile: RuleProfile, totals: Totals, candidates: Candidate[] | ((c: ConsentCondition) => Candidate[])): TallyResult {
  const conditions = profile.conditions.map((c): ConditionResult => {
    const { num, den } = sumsOf(c, totals);
    const passed = meets(num, den, c);
    const { gap, households } = passed
      ? { gap: 0, households: [] }
      : gapFor(c, num, den, typeof candidates === 'function' ? candidates(c) : candidates);
    return {
      id: c.id,
      label: c.label,
      weight: c.weight,
      numerator: num.toString(),
      denominator: den.toString(),
      threshold: `${c.threshold.num}/${c.threshold.den}`,
      strict: c.strict,
      passed,
      gap,
      gapHouseholds: households,
    };
  });
  return { profile: profile.id, result: conditions.every((c) => c.passed) ? 'PASSED' : 'FAILED', conditions };
}
