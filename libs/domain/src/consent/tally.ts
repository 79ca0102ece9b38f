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

/** A household that could be won over, with what winning it would add. */
export interface Candidate {
  unitKey: string;
  areaCenti: bigint;
  /** It already took part, so its agreement adds to the numerator only. */
  participant: boolean;
  agreed: boolean;
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
  gapUnits: string[];
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
        return after || k.participant;
      case 'AGREE':
        return after || k.agreed;
      case 'SIGNED_AGREE':
        return after;
    }
  };
  const delta = (set: HouseholdSet) => (inSet(set, true) && !inSet(set, false) ? w : 0n);
  return { num: delta(c.numerator), den: delta(c.denominator) };
}

/**
 * The fewest households to win over. num/den >= p/q holds when q*num - p*den >= 0, and each
 * household moves that difference by q*dNum - p*dDen: taking the largest moves first is optimal.
 * Ties go by unit key (code-point order), so the named units are stable.
 */
export function gapFor(c: ConsentCondition, num: bigint, den: bigint, candidates: Candidate[]): { gap: number | null; units: string[] } {
  if (meets(num, den, c)) return { gap: 0, units: [] };
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
  const units: string[] = [];
  let n = num;
  let d = den;
  for (const { k, d: delta } of ranked) {
    n += delta.num;
    d += delta.den;
    units.push(k.unitKey);
    if (meets(n, d, c)) return { gap: units.length, units };
  }
  return { gap: null, units: [] };
}

/** Which candidates a failing condition needs to look at. */
export function needsCandidates(c: ConsentCondition, totals: Totals): boolean {
  return !meets(weigh(totals[c.numerator], c), weigh(totals[c.denominator], c), c);
}

/**
 * Judges a round by its profile. Pure and exact: totals in, integers compared, the gap found by
 * adding households one at a time. `candidates` holds every snapshot household not yet signed-agreeing.
 */
export function tally(profile: RuleProfile, totals: Totals, candidates: Candidate[]): TallyResult {
  const conditions = profile.conditions.map((c): ConditionResult => {
    const num = weigh(totals[c.numerator], c);
    const den = weigh(totals[c.denominator], c);
    const passed = meets(num, den, c);
    const { gap, units } = passed ? { gap: 0, units: [] } : gapFor(c, num, den, candidates);
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
      gapUnits: units,
    };
  });
  return { profile: profile.id, result: conditions.every((c) => c.passed) ? 'PASSED' : 'FAILED', conditions };
}
