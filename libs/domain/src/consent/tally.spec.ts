import { readFileSync } from 'node:fs';
import { ROUND_SUBJECTS, type RoundSubject } from './round.machine.js';
import {
  catalogProblems,
  defaultProfileFor,
  judges,
  profileProblems,
  PROJECT_PROFILE_SUBJECTS,
  RULE_PROFILE_IDS,
  type ConsentCondition,
  type RuleProfile,
} from './rule-profiles.js';
import { gapFor, meets, tally, type Candidate, type Totals, type VoteChoice } from './tally.js';

const PROFILES: RuleProfile[] = JSON.parse(readFileSync(new URL('../../../../seeds/rule-profiles.json', import.meta.url), 'utf8'));
const profile = (id: string): RuleProfile => {
  const p = PROFILES.find((x) => x.id === id);
  if (!p) throw new Error(`no shipped profile ${id}`);
  return p;
};

// ---------------------------------------------------------------- roster helper

interface Household {
  unit: string;
  areaCenti: bigint;
  vote: VoteChoice | null;
  signed: boolean;
}

/** `n` households named prefix-1..prefix-n, all alike. */
function units(n: number, prefix: string, vote: VoteChoice | null, opts: { area?: bigint; signed?: boolean } = {}): Household[] {
  return Array.from({ length: n }, (_, i) => ({
    unit: `${prefix}-${i + 1}`,
    areaCenti: opts.area ?? 8000n,
    vote,
    signed: opts.signed ?? false,
  }));
}

const hh = (unit: string, areaCenti: bigint, vote: VoteChoice | null, signed = false): Household => ({ unit, areaCenti, vote, signed });

/** Totals per household set and the candidates (everyone not yet signed-agreeing), from a roster. */
function build(roster: Household[]): { totals: Totals; candidates: Candidate[] } {
  const zero = () => ({ headcount: 0n, areaCenti: 0n });
  const totals: Totals = { ALL: zero(), PARTICIPANTS: zero(), AGREE: zero(), SIGNED_AGREE: zero() };
  const add = (set: keyof Totals, h: Household) => {
    totals[set].headcount += 1n;
    totals[set].areaCenti += h.areaCenti;
  };
  const candidates: Candidate[] = [];
  for (const h of roster) {
    const participant = h.vote !== null;
    const agreed = h.vote === 'AGREE';
    const signedAgree = agreed && h.signed;
    add('ALL', h);
    if (participant) add('PARTICIPANTS', h);
    if (agreed) add('AGREE', h);
    if (signedAgree) add('SIGNED_AGREE', h);
    else candidates.push({ unitKey: h.unit, areaCenti: h.areaCenti, choice: h.vote });
  }
  return { totals, candidates };
}

const run = (profileId: string, roster: Household[]) => {
  const { totals, candidates } = build(roster);
  const r = tally(profile(profileId), totals, candidates);
  const cond = (id: string) => {
    const c = r.conditions.find((x) => x.id === id);
    if (!c) throw new Error(`no condition ${id} in ${profileId}`);
    return c;
  };
  return { r, cond };
};

const keysOf = (c: { gapHouseholds: { unitKey: string }[] }) => c.gapHouseholds.map((h) => h.unitKey);

const unitsOf = (roster: Household[], pred: (h: Household) => boolean) => new Set(roster.filter(pred).map((h) => h.unit));

// ---------------------------------------------------------------- changsha-two-80

describe('changsha-two-80', () => {
  it.each([
    ['4 of 5 agree (exactly 80%)', 4, 5, true],
    ['80 of 100 agree (exactly 80%)', 80, 100, true],
    ['79 of 100 agree', 79, 100, false],
    ['3 of 5 agree', 3, 5, false],
    ['5 of 5 agree', 5, 5, true],
  ])('agree-of-all: %s -> passed=%s', (_name, agree, all, passed) => {
    // everyone who agrees has signed, so only agree-of-all is in question
    const roster = [...units(agree, 'A', 'AGREE', { signed: true }), ...units(all - agree, 'D', 'DISAGREE')];
    const { r, cond } = run('changsha-two-80', roster);
    expect(cond('agree-of-all')).toMatchObject({
      passed,
      numerator: String(agree),
      denominator: String(all),
      threshold: '4/5',
      strict: false,
    });
    expect(cond('signed-of-agree').passed).toBe(true);
    expect(r.result).toBe(passed ? 'PASSED' : 'FAILED');
  });

  it('79 of 100 fails with gap 1 naming one non-agreeing unit', () => {
    const roster = [...units(79, 'A', 'AGREE', { signed: true }), ...units(11, 'D', 'DISAGREE'), ...units(10, 'N', null)];
    const c = run('changsha-two-80', roster).cond('agree-of-all');
    expect(c.passed).toBe(false);
    expect(c.gap).toBe(1);
    expect(keysOf(c)).toHaveLength(1);
    expect(unitsOf(roster, (h) => h.vote !== 'AGREE').has(keysOf(c)[0]!)).toBe(true);
  });

  it('0 of 0 never passes, and nothing can make it pass (gap null)', () => {
    const { r, cond } = run('changsha-two-80', []);
    expect(r.result).toBe('FAILED');
    expect(cond('agree-of-all')).toMatchObject({ passed: false, gap: null, gapHouseholds: [] });
    expect(cond('signed-of-agree')).toMatchObject({ passed: false, gap: null, gapHouseholds: [] });
  });

  it.each([
    [64, true],
    [63, false],
  ])('signed-of-agree: 80 agree with %i signed -> passed=%s', (signed, passed) => {
    const roster = [...units(signed, 'S', 'AGREE', { signed: true }), ...units(80 - signed, 'U', 'AGREE'), ...units(20, 'D', 'DISAGREE')];
    const { r, cond } = run('changsha-two-80', roster);
    expect(cond('agree-of-all').passed).toBe(true);
    expect(cond('signed-of-agree')).toMatchObject({ passed, numerator: String(signed), denominator: '80' });
    expect(r.result).toBe(passed ? 'PASSED' : 'FAILED');
  });

  it('63 of 80 signed fails with gap 1 naming an unsigned agreeing unit, not a non-agreeing one', () => {
    // non-agreeing units sort first by name ('D' < 'U'), so a name-order pick would be wrong
    const roster = [...units(63, 'S', 'AGREE', { signed: true }), ...units(17, 'U', 'AGREE'), ...units(20, 'D', 'DISAGREE')];
    const c = run('changsha-two-80', roster).cond('signed-of-agree');
    expect(c.gap).toBe(1);
    expect(keysOf(c)).toHaveLength(1);
    expect(unitsOf(roster, (h) => h.vote === 'AGREE' && !h.signed).has(keysOf(c)[0]!)).toBe(true);
  });
});

// ---------------------------------------------------------------- civil-code-278-major

describe('civil-code-278-major', () => {
  const P = 'civil-code-278-major';

  it.each([
    ['under 2/3 (199 of 300) fails even when every participant agrees', 199, false],
    ['exactly 2/3 (200 of 300) passes', 200, true],
  ])('participation %s', (_name, voters, passed) => {
    const roster = [...units(voters, 'A', 'AGREE', { signed: true }), ...units(300 - voters, 'N', null)];
    const { r, cond } = run(P, roster);
    expect(cond('participation-by-headcount').passed).toBe(passed);
    expect(cond('participation-by-area').passed).toBe(passed);
    expect(cond('agree-by-headcount').passed).toBe(true);
    expect(cond('agree-by-area').passed).toBe(true);
    expect(r.result).toBe(passed ? 'PASSED' : 'FAILED');
    if (!passed) expect(cond('participation-by-headcount').gap).toBe(1);
  });

  it('a few large units agreeing passes by area while failing by headcount', () => {
    // 3 large units of 200 m² agree, 3 small of 50 m² disagree: area 600/750 = 80%, heads 3/6 = 50%
    const roster = [...units(3, 'L', 'AGREE', { area: 20000n }), ...units(3, 's', 'DISAGREE', { area: 5000n })];
    const { r, cond } = run(P, roster);
    expect(cond('agree-by-area')).toMatchObject({ passed: true, numerator: '60000', denominator: '75000', gap: 0 });
    expect(cond('agree-by-headcount')).toMatchObject({ passed: false, numerator: '3', denominator: '6' });
    expect(r.result).toBe('FAILED');
  });

  it('many small units agreeing passes by headcount while failing by area', () => {
    // 6 small of 50 m² agree, 2 large of 200 m² disagree: heads 6/8 = 75%, area 300/700 < 75%
    const roster = [...units(6, 's', 'AGREE', { area: 5000n }), ...units(2, 'L', 'DISAGREE', { area: 20000n })];
    const { r, cond } = run(P, roster);
    expect(cond('agree-by-headcount')).toMatchObject({ passed: true, gap: 0 });
    expect(cond('agree-by-area')).toMatchObject({ passed: false, numerator: '30000', denominator: '70000' });
    expect(r.result).toBe('FAILED');
  });

  it('participation can pass by area while failing by headcount, and the reverse', () => {
    const byArea = [...units(2, 'L', 'AGREE', { area: 40000n }), ...units(4, 's', null, { area: 5000n })];
    const a = run(P, byArea);
    expect(a.cond('participation-by-area').passed).toBe(true); // 800/1000
    expect(a.cond('participation-by-headcount').passed).toBe(false); // 2/6
    const byHead = [...units(4, 's', 'AGREE', { area: 5000n }), ...units(2, 'L', null, { area: 40000n })];
    const h = run(P, byHead);
    expect(h.cond('participation-by-area').passed).toBe(false); // 200/1000
    expect(h.cond('participation-by-headcount').passed).toBe(true); // 4/6
  });

  it('agree-by-area gap picks the largest non-agreeing units first', () => {
    // agree 600 m²; participants disagreeing: 300, 100, 100, 100, 50 m² -> 600/1250 = 48%
    const roster = [
      hh('A-1', 60000n, 'AGREE', true),
      hh('a-small', 5000n, 'DISAGREE'),
      hh('b-mid', 10000n, 'DISAGREE'),
      hh('c-mid', 10000n, 'ABSTAIN'),
      hh('d-mid', 10000n, 'DISAGREE'),
      hh('z-big', 30000n, 'DISAGREE'),
    ];
    const c = run(P, roster).cond('agree-by-area');
    expect(c.passed).toBe(false);
    // 600 + 300 = 900/1250 = 72% (no), + 100 = 1000/1250 = 80% (yes) -> two units, the big one first
    expect(c.gap).toBe(2);
    expect(keysOf(c)[0]).toBe('z-big');
    expect(['b-mid', 'c-mid', 'd-mid']).toContain(keysOf(c)[1]);
  });

  it('agree-by-area gap is the least number: one large non-voter can outweigh several small dissenters', () => {
    // Participants: 1 agrees (50 m²), 3 disagree (50 m² each) -> 50/200 = 25%.
    // A non-participating 500 m² unit agreeing gives 550/700 = 78.6% >= 75% on its own;
    // winning dissenters instead needs two (150/200). The least number is 1.
    const roster = [
      hh('A-1', 5000n, 'AGREE', true),
      hh('D-1', 5000n, 'DISAGREE'),
      hh('D-2', 5000n, 'DISAGREE'),
      hh('D-3', 5000n, 'DISAGREE'),
      hh('N-big', 50000n, null),
      ...units(6, 'V', 'AGREE', { area: 1n, signed: true }), // keeps headcount participation above 2/3
    ];
    const c = run(P, roster).cond('agree-by-area');
    expect(c.passed).toBe(false);
    expect(c.gap).toBe(1);
    expect(keysOf(c)).toEqual(['N-big']);
  });

  it.each([
    ['exactly 3/4 (75 of 100) passes', 75, true],
    ['one short (74 of 100) fails', 74, false],
  ])('agree-by-headcount %s', (_name, agree, passed) => {
    const roster = [...units(agree, 'A', 'AGREE', { signed: true }), ...units(100 - agree, 'D', 'DISAGREE')];
    const { r, cond } = run(P, roster);
    expect(cond('agree-by-headcount')).toMatchObject({ passed, threshold: '3/4' });
    expect(cond('agree-by-area').passed).toBe(passed); // equal areas
    expect(r.result).toBe(passed ? 'PASSED' : 'FAILED');
    if (!passed) expect(cond('agree-by-headcount').gap).toBe(1);
  });
});

// ---------------------------------------------------------------- civil-code-278-ordinary

describe('civil-code-278-ordinary', () => {
  it.each([
    ['exactly 1/2 (50 of 100) FAILS: the rule is strictly more than half', 50, false],
    ['one more (51 of 100) passes', 51, true],
  ])('agreement %s', (_name, agree, passed) => {
    const roster = [...units(agree, 'A', 'AGREE', { signed: true }), ...units(100 - agree, 'D', 'DISAGREE')];
    const { r, cond } = run('civil-code-278-ordinary', roster);
    expect(cond('agree-by-headcount')).toMatchObject({ passed, strict: true, threshold: '1/2' });
    expect(cond('agree-by-area').passed).toBe(passed);
    expect(r.result).toBe(passed ? 'PASSED' : 'FAILED');
    if (!passed) {
      expect(cond('agree-by-headcount').gap).toBe(1);
      expect(cond('agree-by-area').gap).toBe(1);
    }
  });
});

// ---------------------------------------------------------------- satisfaction-95

describe('satisfaction-95', () => {
  it.each([
    [95, true],
    [94, false],
  ])('%i satisfied of 100 respondents -> passed=%s', (agree, passed) => {
    const roster = [...units(agree, 'A', 'AGREE'), ...units(100 - agree, 'D', 'DISAGREE'), ...units(50, 'N', null)];
    const { r, cond } = run('satisfaction-95', roster);
    expect(cond('satisfied-of-respondents')).toMatchObject({ passed, numerator: String(agree), denominator: '100', gap: passed ? 0 : 1 });
    expect(r.result).toBe(passed ? 'PASSED' : 'FAILED');
  });

  it('94 of 100 names a respondent who was not satisfied (winning one adds no respondent)', () => {
    const roster = [...units(94, 'A', 'AGREE'), ...units(6, 'D', 'DISAGREE'), ...units(50, 'B-none', null)];
    const c = run('satisfaction-95', roster).cond('satisfied-of-respondents');
    expect(keysOf(c)).toHaveLength(1);
    expect(keysOf(c)[0]).toMatch(/^D-/);
  });

  it('abstentions count as respondents', () => {
    // 95 satisfied + 5 abstaining = 100 respondents -> passes; one more abstention -> 95/101 fails
    const ok = run('satisfaction-95', [...units(95, 'A', 'AGREE'), ...units(5, 'X', 'ABSTAIN')]).cond('satisfied-of-respondents');
    expect(ok).toMatchObject({ passed: true, denominator: '100' });
    const ko = run('satisfaction-95', [...units(95, 'A', 'AGREE'), ...units(6, 'X', 'ABSTAIN')]).cond('satisfied-of-respondents');
    expect(ko).toMatchObject({ passed: false, denominator: '101', gap: 1 });
  });
});

// ---------------------------------------------------------------- gap edge cases

describe('gap', () => {
  it('is 0 with no units when a condition passes', () => {
    const { r } = run('changsha-two-80', units(10, 'A', 'AGREE', { signed: true }));
    expect(r.result).toBe('PASSED');
    for (const c of r.conditions) expect(c).toMatchObject({ passed: true, gap: 0, gapHouseholds: [] });
  });

  it('is null when every household is already counted and it still fails', () => {
    const never: ConsentCondition = {
      id: 'more-than-all',
      label: { zh: '全部以上', en: 'more than everyone' },
      numerator: 'AGREE',
      denominator: 'ALL',
      weight: 'HEADCOUNT',
      threshold: { num: 1, den: 1 },
      strict: true,
    };
    const p: RuleProfile = {
      id: 'impossible',
      name: { zh: '不可能', en: 'impossible' },
      source: 'test',
      subjects: ['OTHER'],
      conditions: [never],
    };
    const roster = [...units(3, 'A', 'AGREE', { signed: true }), ...units(2, 'U', 'AGREE'), ...units(2, 'D', 'DISAGREE')];
    const { totals, candidates } = build(roster);
    const r = tally(p, totals, candidates);
    expect(r.result).toBe('FAILED');
    expect(r.conditions[0]).toMatchObject({ passed: false, gap: null, gapHouseholds: [] });
  });

  it('is null when no candidate is left to win over', () => {
    const c = profile('changsha-two-80').conditions[0]!;
    expect(gapFor(c, 1n, 2n, [])).toEqual({ gap: null, households: [] });
  });

  it('counts exactly as many units as it names', () => {
    // 70 of 100 agree -> needs 10 more
    const roster = [...units(70, 'A', 'AGREE', { signed: true }), ...units(30, 'D', 'DISAGREE')];
    const c = run('changsha-two-80', roster).cond('agree-of-all');
    expect(c.gap).toBe(10);
    expect(new Set(keysOf(c)).size).toBe(10);
    for (const u of keysOf(c)) expect(u).toMatch(/^D-/);
  });
});

// ---------------------------------------------------------------- exact arithmetic

describe('gap: whom to reach first', () => {
  const statuses = (c: { gapHouseholds: { status: string; statusName: string }[] }) => c.gapHouseholds.map((h) => [h.status, h.statusName]);

  it('names households nobody has reached before dissenters whose unit keys sort first', () => {
    // 70 of 100 agree: 10 more needed; any non-agreeing household adds as much as another.
    const roster = [...units(70, 'm', 'AGREE', { signed: true }), ...units(20, 'a', 'DISAGREE'), ...units(10, 'z', null)];
    const c = run('changsha-two-80', roster).cond('agree-of-all');
    expect(c.gap).toBe(10);
    expect(keysOf(c)).toEqual(
      units(10, 'z', null)
        .map((h) => h.unit)
        .sort(),
    );
    for (const s of statuses(c)) expect(s).toEqual(['NOT_RESPONDED', '未表态']);
  });

  it('lists every unreached household first, then the others with where they stand', () => {
    // 65 of 100 agree: 15 more needed, only 10 of them unreached.
    const roster = [
      ...units(65, 'm', 'AGREE', { signed: true }),
      ...units(3, 'a', 'ABSTAIN'),
      ...units(22, 'b', 'DISAGREE'),
      ...units(10, 'z', null),
    ];
    const c = run('changsha-two-80', roster).cond('agree-of-all');
    expect(c.gap).toBe(15);
    expect(statuses(c).slice(0, 10)).toEqual(Array(10).fill(['NOT_RESPONDED', '未表态']));
    expect(keysOf(c).slice(10)).toEqual(['a-1', 'a-2', 'a-3', 'b-1', 'b-10']);
    expect(statuses(c).slice(10)).toEqual([...Array(3).fill(['ABSTAINED', '已弃权']), ...Array(2).fill(['DISAGREED', '已反对'])]);
  });

  it('says which agreeing households lack only their signature', () => {
    const roster = [...units(63, 'S', 'AGREE', { signed: true }), ...units(17, 'U', 'AGREE'), ...units(20, 'N', null)];
    const c = run('changsha-two-80', roster).cond('signed-of-agree');
    expect(c.gap).toBe(1);
    expect(statuses(c)).toEqual([['AGREED_UNSIGNED', '已同意未签字']]);
  });

  it('keeps the least number: where one dissenter won over passes and one newcomer does not, it names the dissenter', () => {
    // 6 of 9 participants agree (2/3 < 3/4); a dissenter agreeing gives 7/9, a newcomer 7/10.
    const roster = [...units(6, 'A', 'AGREE', { signed: true }), ...units(3, 'D', 'DISAGREE'), ...units(20, 'N', null)];
    const c = run('civil-code-278-major', roster).cond('agree-by-headcount');
    expect(c.gap).toBe(1);
    expect(c.gapHouseholds).toEqual([{ unitKey: 'D-1', status: 'DISAGREED', statusName: '已反对' }]);
  });

  it('of the least sets, takes the one with the most unreached: a newcomer and a dissenter rather than two dissenters', () => {
    // 7 of 11 participants agree: one dissenter gives 8/11 (short), a newcomer and a dissenter 9/12
    // (exactly 3/4), two dissenters 9/11, two newcomers 9/13 (short).
    const roster = [...units(7, 'A', 'AGREE', { signed: true }), ...units(4, 'D', 'DISAGREE'), ...units(20, 'N', null)];
    const c = run('civil-code-278-major', roster).cond('agree-by-headcount');
    expect(c.gap).toBe(2);
    expect(c.gapHouseholds).toEqual([
      { unitKey: 'N-1', status: 'NOT_RESPONDED', statusName: '未表态' },
      { unitKey: 'D-1', status: 'DISAGREED', statusName: '已反对' },
    ]);
  });
});

describe('exact arithmetic', () => {
  const twoThirds: ConsentCondition = profile('civil-code-278-major').conditions.find((c) => c.id === 'participation-by-area')!;
  const fourFifths: ConsentCondition = profile('changsha-two-80').conditions[0]!;

  it('meets decides a*q >= p*b at the 1e17 scale where a float ratio cannot', () => {
    const den = 300_000_000_000_000_002n; // ~3e17, den ≡ 2 (mod 3)
    const justUnder = (2n * den - 1n) / 3n; // 3*num = 2*den - 1
    expect(3n * justUnder - 2n * den).toBe(-1n);
    expect(Number(justUnder) / Number(den) >= 2 / 3).toBe(true); // a float would pass it
    expect(meets(justUnder, den, twoThirds)).toBe(false);
    expect(meets(justUnder + 1n, den, twoThirds)).toBe(true);

    const d5 = 500_000_000_000_000_004n; // den ≡ 4 (mod 5)
    const n5 = (4n * d5 - 1n) / 5n; // 5*num = 4*den - 1
    expect(5n * n5 - 4n * d5).toBe(-1n);
    expect(Number(n5) / Number(d5) >= 0.8).toBe(true);
    expect(meets(n5, d5, fourFifths)).toBe(false);
    expect(meets(n5 + 1n, d5, fourFifths)).toBe(true);
  });

  it('meets: exactly at a strict threshold fails, one over passes; empty denominator never passes', () => {
    const half: ConsentCondition = profile('civil-code-278-ordinary').conditions.find((c) => c.id === 'agree-by-headcount')!;
    const big = 123_456_789_012_345_678n;
    expect(meets(big, 2n * big, half)).toBe(false);
    expect(meets(big + 1n, 2n * big, half)).toBe(true);
    expect(meets(0n, 0n, fourFifths)).toBe(false);
    expect(meets(5n, 0n, fourFifths)).toBe(false);
  });

  describe('250,000 households with areas near 1.2e11 centi', () => {
    // 83,333 non-participants of area A; 166,667 participants (all agree and sign) of total area
    // 2 * 83,333 * A - 1, so participants' area is one hundredth of a m² short of 2/3.
    const A = 120_000_000_001n;
    const nonVoters = units(83_333, 'N', null, { area: A });
    const voters = [
      ...units(166_665, 'V', 'AGREE', { area: A, signed: true }),
      hh('X-1', 60_000_000_000n, 'AGREE', true),
      hh('X-2', 60_000_000_000n, 'AGREE', true),
    ];

    it('one hundredth of a m² short of 2/3 by area fails, exactly, with gap 1', () => {
      const roster = [...voters, ...nonVoters];
      expect(roster).toHaveLength(250_000);
      const { r, cond } = run('civil-code-278-major', roster);
      const c = cond('participation-by-area');
      const num = BigInt(c.numerator);
      const den = BigInt(c.denominator);
      expect(3n * num - 2n * den).toBe(-1n);
      expect(Number(num) / Number(den) >= 2 / 3).toBe(true); // a float ratio would wrongly pass it
      expect(c.passed).toBe(false);
      expect(c.gap).toBe(1);
      expect(keysOf(c)[0]).toMatch(/^N-/);
      expect(cond('participation-by-headcount').passed).toBe(true); // 166,667 / 250,000 >= 2/3
      expect(cond('agree-by-area').passed).toBe(true);
      expect(cond('agree-by-headcount').passed).toBe(true);
      expect(r.result).toBe('FAILED');
    });

    it('one more hundredth of a m² (exactly 2/3 by area) passes', () => {
      const roster = [...voters.slice(0, -1), hh('X-2', 60_000_000_001n, 'AGREE', true), ...nonVoters];
      const { r, cond } = run('civil-code-278-major', roster);
      const c = cond('participation-by-area');
      expect(3n * BigInt(c.numerator) - 2n * BigInt(c.denominator)).toBe(0n);
      expect(c).toMatchObject({ passed: true, gap: 0 });
      expect(r.result).toBe('PASSED');
    });
  });
});

// ---------------------------------------------------------------- profiles

describe('profileProblems', () => {
  it('ships exactly the four named profiles', () => {
    expect(PROFILES.map((p) => p.id).sort()).toEqual([...RULE_PROFILE_IDS].sort());
  });

  it.each(PROFILES.map((p) => [p.id, p] as const))('shipped profile %s has no problems', (_id, p) => {
    expect(profileProblems(p)).toEqual([]);
  });

  const base = (): RuleProfile => structuredClone(profile('changsha-two-80'));
  type Breaker = (p: RuleProfile) => void;
  const cond0 = (p: RuleProfile) => p.conditions[0] as unknown as Record<string, unknown>;

  it.each<[string, Breaker, RegExp]>([
    ['threshold num > den', (p) => (p.conditions[0]!.threshold = { num: 6, den: 5 }), /threshold/],
    ['threshold den 0', (p) => (p.conditions[0]!.threshold = { num: 0, den: 0 }), /threshold/],
    ['negative threshold', (p) => (p.conditions[0]!.threshold = { num: -1, den: 5 }), /threshold/],
    ['fractional threshold', (p) => (p.conditions[0]!.threshold = { num: 0.8, den: 1 }), /threshold/],
    ['missing threshold', (p) => delete cond0(p).threshold, /threshold/],
    ['unknown numerator set', (p) => (cond0(p).numerator = 'OWNERS'), /unknown set/],
    ['unknown denominator set', (p) => (cond0(p).denominator = 'all'), /unknown set/],
    ['unknown weight', (p) => (cond0(p).weight = 'VALUE'), /unknown weight/],
    ['non-boolean strict', (p) => (cond0(p).strict = 'false'), /strict/],
    ['missing strict', (p) => delete cond0(p).strict, /strict/],
    ['no conditions', (p) => (p.conditions = []), /at least one condition/],
    ['conditions missing', (p) => delete (p as unknown as Record<string, unknown>).conditions, /at least one condition/],
    ['missing English name', (p) => (p.name = { zh: '长沙', en: '' }), /bilingual name/],
    ['no round subjects', (p) => (p.subjects = []), /at least one round subject/],
    ['subjects missing', (p) => delete (p as unknown as Record<string, unknown>).subjects, /at least one round subject/],
    ['an unknown round subject', (p) => (p.subjects = ['ELEVATOR' as RoundSubject]), /unknown round subject ELEVATOR/],
  ])('reports %s', (_name, breakIt, message) => {
    const p = base();
    breakIt(p);
    const problems = profileProblems(p);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((m) => message.test(m))).toBe(true);
  });
});

// ---------------------------------------------------------------- which rounds a profile judges

describe('profiles bound to round subjects', () => {
  const valid = (subject: RoundSubject) => PROFILES.filter((p) => judges(p, subject)).map((p) => p.id);

  it.each<[RoundSubject, string[]]>([
    ['WILLINGNESS', ['changsha-two-80', 'civil-code-278-major', 'civil-code-278-ordinary']],
    ['PLAN', ['changsha-two-80', 'civil-code-278-major', 'civil-code-278-ordinary']],
    ['OTHER', ['changsha-two-80', 'civil-code-278-major', 'civil-code-278-ordinary']],
    ['SATISFACTION', ['satisfaction-95']],
    // art. 278: choosing the property company is item 4, an ordinary matter
    ['PROPERTY_COMPANY', ['civil-code-278-ordinary']],
    // raising the fund (item 6) and operating common parts (item 8) are major matters
    ['MAINTENANCE_FUND_RAISING', ['civil-code-278-major']],
    ['PUBLIC_SPACE_OPERATION', ['civil-code-278-major']],
  ])('a %s round may be judged by %j only', (subject, ids) => {
    expect(valid(subject)).toEqual(ids);
  });

  it('a satisfaction bar never judges a willingness round, nor a majority a satisfaction survey', () => {
    expect(judges(profile('satisfaction-95'), 'WILLINGNESS')).toBe(false);
    expect(judges(profile('civil-code-278-ordinary'), 'SATISFACTION')).toBe(false);
  });

  it('only profiles valid for willingness and plan rounds can be a project default', () => {
    const defaults = PROFILES.filter((p) => PROJECT_PROFILE_SUBJECTS.every((s) => judges(p, s))).map((p) => p.id);
    expect(defaults).toEqual(['changsha-two-80', 'civil-code-278-major', 'civil-code-278-ordinary']);
  });

  it.each<[RoundSubject, string, string | null]>([
    ['WILLINGNESS', 'civil-code-278-major', 'civil-code-278-major'],
    ['OTHER', 'changsha-two-80', 'changsha-two-80'],
    ['SATISFACTION', 'changsha-two-80', 'satisfaction-95'],
    ['PROPERTY_COMPANY', 'changsha-two-80', 'civil-code-278-ordinary'],
    ['PROPERTY_COMPANY', 'civil-code-278-major', 'civil-code-278-ordinary'],
    ['MAINTENANCE_FUND_RAISING', 'civil-code-278-ordinary', 'civil-code-278-major'],
    ['PUBLIC_SPACE_OPERATION', 'changsha-two-80', 'civil-code-278-major'],
  ])('by default a %s round of a %s project is judged by %s', (subject, projectProfile, expected) => {
    expect(defaultProfileFor(subject, profile(projectProfile), PROFILES)?.id ?? null).toBe(expected);
  });

  it("names no default where several profiles would do and the project's is not one of them", () => {
    const twoForOther = PROFILES.map((p) =>
      p.id === 'satisfaction-95' ? p : { ...p, subjects: [...p.subjects, 'SATISFACTION' as const] },
    );
    expect(defaultProfileFor('SATISFACTION', { ...profile('changsha-two-80'), subjects: ['WILLINGNESS'] }, twoForOther)).toBeNull();
  });

  it('the shipped set judges every subject; a set that leaves one out is refused', () => {
    expect(catalogProblems(PROFILES)).toEqual([]);
    expect(catalogProblems(PROFILES.filter((p) => p.id !== 'satisfaction-95'))).toEqual(['no profile judges SATISFACTION rounds']);
    expect(ROUND_SUBJECTS.every((s) => valid(s).length > 0)).toBe(true);
  });
});

// ---------------------------------------------------------------- Civil Code art. 278 tiers

describe('Civil Code art. 278 tiers as shipped', () => {
  const shape = (id: string) =>
    profile(id).conditions.map((c) => [c.numerator, c.denominator, c.weight, `${c.threshold.num}/${c.threshold.den}`, c.strict]);

  it('major: two thirds take part by area and headcount, three quarters of them agree by area and headcount', () => {
    expect(shape('civil-code-278-major')).toEqual([
      ['PARTICIPANTS', 'ALL', 'AREA', '2/3', false],
      ['PARTICIPANTS', 'ALL', 'HEADCOUNT', '2/3', false],
      ['AGREE', 'PARTICIPANTS', 'AREA', '3/4', false],
      ['AGREE', 'PARTICIPANTS', 'HEADCOUNT', '3/4', false],
    ]);
  });

  it('ordinary: the same participation, more than half of the participants agree', () => {
    expect(shape('civil-code-278-ordinary')).toEqual([
      ['PARTICIPANTS', 'ALL', 'AREA', '2/3', false],
      ['PARTICIPANTS', 'ALL', 'HEADCOUNT', '2/3', false],
      ['AGREE', 'PARTICIPANTS', 'AREA', '1/2', true],
      ['AGREE', 'PARTICIPANTS', 'HEADCOUNT', '1/2', true],
    ]);
  });

  it('names raising the fund as major and using it as ordinary, not the other way round', () => {
    expect(profile('civil-code-278-major').name.zh).toMatch(/筹集维修资金/);
    expect(profile('civil-code-278-major').name.zh).not.toMatch(/使用维修资金/);
    expect(profile('civil-code-278-ordinary').name.zh).toMatch(/使用维修资金/);
    expect(profile('civil-code-278-major').name.en).toMatch(/raising the maintenance fund/);
  });

  it('changsha-two-80 counts agreement against all households and signatures against the agreeing', () => {
    expect(profile('changsha-two-80').conditions.map((c) => [c.numerator, c.denominator, `${c.threshold.num}/${c.threshold.den}`])).toEqual(
      [
        ['AGREE', 'ALL', '4/5'],
        ['SIGNED_AGREE', 'AGREE', '4/5'],
      ],
    );
  });
});
