import { describeMachine } from '@domain/machine/describe';
import { MACHINES } from '@domain/machine/registry';
import { chinaToday, lineAmountFen, stepBody, stepsFrom, type StepValues } from './change-orders';

const transitions = describeMachine(MACHINES['change-order']!).transitions;

describe("a change order's steps", () => {
  it('offers the PM the argument from a draft, with the five parties, the opinion and the HQ decision, and the withdrawal with its reason', () => {
    const steps = stepsFrom(transitions, 'DRAFT', 'DISTRICT_PM');
    expect(steps.map((s) => [s.key, s.fields, s.permitted])).toEqual([
      ['DRAFT.ARGUE', ['parties', 'opinion', 'meetingDecision'], true],
      ['DRAFT.REJECT', ['reason'], true],
    ]);
  });

  it("leaves the government's decision to a supervisor, who records its document (and, refusing, the reason)", () => {
    const pm = stepsFrom(transitions, 'BUDGET_REVIEWED', 'DISTRICT_PM');
    expect(pm.every((s) => !s.permitted)).toBe(true);
    const supervisor = stepsFrom(transitions, 'BUDGET_REVIEWED', 'SUPERVISOR');
    expect(supervisor.map((s) => [s.event, s.fields, s.permitted])).toEqual([
      ['APPROVE', ['decision'], true],
      ['REJECT', ['decision', 'reason'], true],
    ]);
  });

  it('has no step from a decided order', () => {
    expect(stepsFrom(transitions, 'APPROVED', 'SUPERVISOR')).toEqual([]);
    expect(stepsFrom(transitions, 'REJECTED', 'DISTRICT_PM')).toEqual([]);
  });

  it('sends only what the step records, trimmed', () => {
    const [argue, withdraw] = stepsFrom(transitions, 'DRAFT', 'DISTRICT_PM');
    const values: StepValues = {
      parties: ['DESIGN'],
      opinion: ' 同意 ',
      meetingDecision: 'ZH-1',
      reason: '不再变更',
      financeReview: '评审',
    };
    expect(stepBody(argue!, values)).toEqual({ event: 'ARGUE', parties: ['DESIGN'], opinion: '同意', meetingDecision: 'ZH-1' });
    expect(stepBody(withdraw!, { ...values, reason: '  ' })).toEqual({ event: 'REJECT', reason: undefined });
    const [approve] = stepsFrom(transitions, 'BUDGET_REVIEWED', 'SUPERVISOR');
    expect(stepBody(approve!, { authority: ' 雨花区人民政府 ', documentNumber: '雨政函〔2026〕3号', decidedOn: '2026-12-01' })).toEqual({
      event: 'APPROVE',
      decision: { authority: '雨花区人民政府', documentNumber: '雨政函〔2026〕3号', decidedOn: '2026-12-01' },
    });
  });
});

describe("a change line's amount", () => {
  it.each([
    ['720', '12000', '8640000'],
    ['720.5', '12000', '8646000'],
    // 0.01 × 1.50 元 = 0.015 元: half up, 2 fen.
    ['0.01', '150', '2'],
    ['0.01', '149', '1'],
    ['0', '99999', '0'],
  ])('%s × %s fen is %s fen', (q, price, fen) => {
    expect(lineAmountFen(q, price)).toBe(fen);
  });

  it('is unknown while the quantity is not a number of at most two decimals', () => {
    expect(lineAmountFen('1.234', '100')).toBeNull();
    expect(lineAmountFen('', '100')).toBeNull();
    expect(lineAmountFen('-1', '100')).toBeNull();
  });

  it('stays exact beyond what a float holds', () => {
    expect(lineAmountFen('1000000', '9007199254740993')).toBe('9007199254740993000000');
  });
});

describe('the day in China', () => {
  it('is already tomorrow in Beijing from 16:00 UTC', () => {
    expect(chinaToday(new Date('2026-12-04T15:59:59Z'))).toBe('2026-12-04');
    expect(chinaToday(new Date('2026-12-04T16:00:00Z'))).toBe('2026-12-05');
  });
});
