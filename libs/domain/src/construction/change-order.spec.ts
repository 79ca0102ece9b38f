import { decide, type Decision, type MachineRole } from '../machine/machine.js';
import {
  CHANGE_ORDER_STATES,
  CHANGE_PARTIES,
  changeOrderMachine,
  type ChangeOrderContext,
  type ChangeOrderEvent,
  type ChangeOrderState,
} from './change-order.js';

const now = new Date('2026-05-20T04:00:00Z'); // 12:00 on 20 May in China

/** A context in which every guard passes. */
const passing = (): ChangeOrderContext => ({
  parties: [...CHANGE_PARTIES],
  opinion: '五方论证意见书：同意增设',
  meetingDecision: '指挥部第7次会议纪要',
  financeReview: '财评报告 CP-2026-07',
  budgetReviewedAt: new Date('2026-05-10T02:00:00Z'),
  decision: { authority: '会同县人民政府', documentNumber: '会政函〔2026〕18号', decidedOn: '2026-05-18' },
  reason: '居民反对，撤回',
});

function fire(
  state: ChangeOrderState,
  event: ChangeOrderEvent,
  patch: Partial<ChangeOrderContext> = {},
  role: MachineRole = 'DISTRICT_PM',
) {
  return decide(changeOrderMachine, { state, event, role, now, context: { ...passing(), ...patch } });
}

function refusals(d: Decision<ChangeOrderState, ChangeOrderEvent>): string[] {
  if (d.ok || d.reason !== 'GUARD_FAILED') throw new Error(`expected GUARD_FAILED, got ${JSON.stringify(d)}`);
  return d.guards.filter((g) => !g.ok).map((g) => g.code!);
}

describe('change-order machine (Huitong)', () => {
  it('has no minor route: every change is argued, reviewed and decided by the government', () => {
    expect(CHANGE_ORDER_STATES).toEqual(['DRAFT', 'ARGUED', 'BUDGET_REVIEWED', 'APPROVED', 'REJECTED']);
    expect(Object.keys(changeOrderMachine.transitions)).toEqual(['DRAFT', 'ARGUED', 'BUDGET_REVIEWED']);
  });

  it.each([
    ['DRAFT', 'ARGUE', 'DISTRICT_PM', 'ARGUED'],
    ['ARGUED', 'REVIEW_BUDGET', 'DISTRICT_PM', 'BUDGET_REVIEWED'],
    ['BUDGET_REVIEWED', 'APPROVE', 'SUPERVISOR', 'APPROVED'],
    ['BUDGET_REVIEWED', 'REJECT', 'SUPERVISOR', 'REJECTED'],
    ['DRAFT', 'REJECT', 'DISTRICT_PM', 'REJECTED'],
    ['ARGUED', 'REJECT', 'DISTRICT_PM', 'REJECTED'],
  ] as [ChangeOrderState, ChangeOrderEvent, MachineRole, ChangeOrderState][])('%s --%s (%s)--> %s', (from, event, role, to) => {
    expect(fire(from, event, {}, role)).toMatchObject({ ok: true, to });
  });

  it.each([
    ['DRAFT', 'APPROVE'],
    ['DRAFT', 'REVIEW_BUDGET'],
    ['ARGUED', 'APPROVE'],
    ['ARGUED', 'ARGUE'],
    ['APPROVED', 'REJECT'],
    ['REJECTED', 'APPROVE'],
  ] as [ChangeOrderState, ChangeOrderEvent][])('%s has no %s', (from, event) => {
    expect(fire(from, event, {}, 'SUPERVISOR')).toMatchObject({ ok: false, reason: 'EVENT_NOT_ALLOWED' });
  });

  it.each([
    ['the PM cannot approve the change they raised', 'BUDGET_REVIEWED', 'APPROVE', 'DISTRICT_PM'],
    ['the PM cannot refuse it for the government either', 'BUDGET_REVIEWED', 'REJECT', 'DISTRICT_PM'],
    ['an admin does not stand in for the government', 'BUDGET_REVIEWED', 'APPROVE', 'ADMIN'],
    ['a supervisor does not argue', 'DRAFT', 'ARGUE', 'SUPERVISOR'],
    ['a committee does not review budgets', 'ARGUED', 'REVIEW_BUDGET', 'RESIDENTS_COMMITTEE'],
  ] as [string, ChangeOrderState, ChangeOrderEvent, MachineRole][])('%s', (_, from, event, role) => {
    expect(fire(from, event, {}, role)).toMatchObject({ ok: false, reason: 'ROLE_NOT_ALLOWED' });
  });

  describe('ARGUE', () => {
    it('needs all five parties, naming the missing one', () => {
      const d = fire('DRAFT', 'ARGUE', { parties: CHANGE_PARTIES.filter((p) => p !== 'OWNER_REPRESENTATIVES') });
      expect(refusals(d)).toEqual(['CHANGE.PARTIES_MISSING']);
      expect(d.ok === false && d.reason === 'GUARD_FAILED' && d.guards[0]!.message!.en).toContain('OWNER_REPRESENTATIVES');
    });

    it('needs the written opinion and the HQ meeting decision', () => {
      expect(refusals(fire('DRAFT', 'ARGUE', { opinion: '  ', meetingDecision: null }))).toEqual([
        'CHANGE.OPINION_REQUIRED',
        'CHANGE.MEETING_DECISION_REQUIRED',
      ]);
    });
  });

  it('REVIEW_BUDGET needs the finance review', () => {
    expect(refusals(fire('ARGUED', 'REVIEW_BUDGET', { financeReview: null }))).toEqual(['CHANGE.FINANCE_REVIEW_REQUIRED']);
  });

  describe("the government's decision", () => {
    it.each([
      ['no decision', null],
      ['no document number', { authority: '会同县人民政府', documentNumber: ' ', decidedOn: '2026-05-18' }],
      ['no authority', { authority: '', documentNumber: '会政函〔2026〕18号', decidedOn: '2026-05-18' }],
    ])('APPROVE refuses %s', (_, decision) => {
      expect(refusals(fire('BUDGET_REVIEWED', 'APPROVE', { decision }, 'SUPERVISOR'))).toEqual(['CHANGE.GOVERNMENT_DECISION_REQUIRED']);
    });

    it.each([
      ['today, in China', '2026-05-20', true],
      ['tomorrow', '2026-05-21', false],
      ['the day of the budget review', '2026-05-10', true],
      ['the day before the budget review', '2026-05-09', false],
    ])('is dated %s: %s', (_, decidedOn, passes) => {
      const d = fire('BUDGET_REVIEWED', 'APPROVE', { decision: { ...passing().decision!, decidedOn } }, 'SUPERVISOR');
      if (passes) expect(d).toMatchObject({ ok: true });
      else expect(refusals(d)).toEqual(['CHANGE.DECISION_DATE']);
    });

    it('a refusal by the government carries its document and a reason', () => {
      expect(refusals(fire('BUDGET_REVIEWED', 'REJECT', { decision: null, reason: null }, 'SUPERVISOR'))).toEqual([
        'CHANGE.GOVERNMENT_DECISION_REQUIRED',
        'TRANSITION.REASON_REQUIRED',
      ]);
    });
  });

  it('the HQ withdraws a change before the review with a reason', () => {
    expect(refusals(fire('ARGUED', 'REJECT', { reason: '' }))).toEqual(['TRANSITION.REASON_REQUIRED']);
  });
});
