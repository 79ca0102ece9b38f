import { DECIDED_SUBJECTS, ownersDecision, ownersDecisionOfEach, type DecisionRound } from './owners-decision.js';

const r = (id: string, state: string, result: DecisionRound['result']): DecisionRound => ({ id, state, result });

describe('ownersDecision', () => {
  it.each(DECIDED_SUBJECTS)('%s: a round concluded and passed decides it, and is named as the basis', (subject) => {
    expect(ownersDecision(subject, [r('a', 'CONCLUDED', 'FAILED'), r('b', 'CONCLUDED', 'PASSED')])).toEqual({
      outcome: { ok: true },
      roundId: 'b',
    });
  });

  it('names the latest passed round when there are several', () => {
    expect(ownersDecision('PROPERTY_COMPANY', [r('a', 'CONCLUDED', 'PASSED'), r('b', 'CONCLUDED', 'PASSED')]).roundId).toBe('b');
  });

  it.each<[string, DecisionRound[]]>([
    ['no round at all', []],
    ['a round passed but still in its public notice', [r('a', 'PUBLICITY', 'PASSED')]],
    ['a round passed at close, not concluded', [r('a', 'CLOSED', 'PASSED')]],
    ['a round still open', [r('a', 'OPEN', null)]],
    ['a round that failed', [r('a', 'CONCLUDED', 'FAILED')]],
  ])('refuses with %s', (_name, rounds) => {
    const { outcome, roundId } = ownersDecision('MAINTENANCE_FUND_RAISING', rounds);
    expect(roundId).toBeNull();
    expect(outcome).toMatchObject({ ok: false, code: 'CONSENT.FUND_RAISING_NOT_VOTED' });
  });

  it('gives each subject its own code and says in both languages what to do after a failed round', () => {
    const codes = DECIDED_SUBJECTS.map((s) => {
      const o = ownersDecision(s, [r('a', 'CONCLUDED', 'FAILED')]).outcome;
      expect(o.ok === false && o.message.zh).toMatch(/再次征询/);
      expect(o.ok === false && o.message.en).toMatch(/hold another/);
      return o.ok ? null : o.code;
    });
    expect(codes).toEqual(['CONSENT.PROPERTY_COMPANY_NOT_VOTED', 'CONSENT.FUND_RAISING_NOT_VOTED', 'CONSENT.PUBLIC_SPACE_NOT_VOTED']);
  });
});

describe('ownersDecisionOfEach', () => {
  const east = { id: 'e', name: '东园', rounds: [r('e1', 'CONCLUDED', 'PASSED')] };

  it("decides for one compound as its owners' round does, with the same refusal", () => {
    expect(ownersDecisionOfEach('PROPERTY_COMPANY', [east])).toEqual({ outcome: { ok: true }, roundIds: { e: 'e1' } });
    const lone = ownersDecisionOfEach('PROPERTY_COMPANY', [{ ...east, rounds: [] }]);
    expect(lone).toEqual({ outcome: ownersDecision('PROPERTY_COMPANY', []).outcome, roundIds: {} });
  });

  it("in a project area needs every compound's owners, and returns each compound's round", () => {
    const west = { id: 'w', name: '西园', rounds: [r('w1', 'CONCLUDED', 'FAILED'), r('w2', 'CONCLUDED', 'PASSED')] };
    expect(ownersDecisionOfEach('MAINTENANCE_FUND_RAISING', [east, west])).toEqual({
      outcome: { ok: true },
      roundIds: { e: 'e1', w: 'w2' },
    });
  });

  it('names the compounds whose owners have not decided, each with what it lacks', () => {
    const west = { id: 'w', name: '西园', rounds: [r('w1', 'CONCLUDED', 'FAILED')] };
    const south = { id: 's', name: '南园', rounds: [r('s1', 'OPEN', null)] };
    const { outcome, roundIds } = ownersDecisionOfEach('PUBLIC_SPACE_OPERATION', [east, west, south]);
    expect(roundIds).toEqual({});
    if (outcome.ok) throw new Error('expected a refusal');
    expect(outcome.code).toBe('CONSENT.PUBLIC_SPACE_NOT_VOTED');
    expect(outcome.message.zh).toMatch(/^西园：.*再次征询.*；南园：/);
    expect(outcome.message.zh).not.toContain('东园');
    expect(outcome.message.en).toMatch(/^西园: .*hold another.*; 南园: /);
  });
});
