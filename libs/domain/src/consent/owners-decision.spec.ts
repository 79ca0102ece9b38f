import { DECIDED_SUBJECTS, ownersDecision, type DecisionRound } from './owners-decision.js';

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
