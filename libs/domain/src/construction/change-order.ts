import { chinaDate } from '../calendar.js';
import { ok, refuse, type MachineDef, type MachineRole, type TransitionDef } from '../machine/machine.js';

/**
 * Huitong's change-order rules (seed 001, 会同县工程变更签证管理细则): a change of the work's content
 * or quantities is argued by the five parties the project HQ convenes, who budget it and give a
 * written opinion; the opinion, the HQ's meeting decision and the budget go to county finance for
 * review, then to the county government for approval. (A project without content changes instead
 * has its quantities confirmed on site, see site-confirmation.ts.)
 */
export const CHANGE_PARTIES = ['CONSTRUCTION_UNIT', 'DESIGN', 'SUPERVISION', 'CONTRACTOR', 'OWNER_REPRESENTATIVES'] as const;
export type ChangeParty = (typeof CHANGE_PARTIES)[number];

export const CHANGE_ORDER_STATES = ['DRAFT', 'ARGUED', 'BUDGET_REVIEWED', 'APPROVED', 'REJECTED'] as const;
export type ChangeOrderState = (typeof CHANGE_ORDER_STATES)[number];
export const CHANGE_ORDER_EVENTS = ['ARGUE', 'REVIEW_BUDGET', 'APPROVE', 'REJECT'] as const;
export type ChangeOrderEvent = (typeof CHANGE_ORDER_EVENTS)[number];

/** Orders still on their way hold construction open. */
export const PENDING_CHANGE_STATES: readonly ChangeOrderState[] = ['DRAFT', 'ARGUED', 'BUDGET_REVIEWED'];

/** The government's decision as its document says: who decided, the document's number, its date (YYYY-MM-DD, China). */
export interface GovernmentDecision {
  authority: string;
  documentNumber: string;
  decidedOn: string;
}

export interface ChangeOrderContext {
  /** ARGUE: the parties present, their written opinion and the HQ meeting's decision. */
  parties: string[];
  opinion: string | null;
  meetingDecision: string | null;
  /** REVIEW_BUDGET: the finance department's review of the budget. */
  financeReview: string | null;
  /** When the budget review was recorded: the government decides after it. */
  budgetReviewedAt: Date | null;
  /** APPROVE, and REJECT once reviewed: the government's decision. */
  decision: GovernmentDecision | null;
  reason: string | null;
}

const written = (text: string | null | undefined) => Boolean(text?.trim());

const guards = {
  allPartiesPresent: (c: ChangeOrderContext) => {
    const missing = CHANGE_PARTIES.filter((p) => !c.parties.includes(p));
    return missing.length === 0
      ? ok()
      : refuse('CHANGE.PARTIES_MISSING', `论证会缺少：${missing.join('、')}`, `parties missing from the argument: ${missing.join(', ')}`);
  },
  opinionWritten: (c: ChangeOrderContext) =>
    written(c.opinion) ? ok() : refuse('CHANGE.OPINION_REQUIRED', '须附五方论证意见书', 'the written opinion of the argument is required'),
  meetingDecided: (c: ChangeOrderContext) =>
    written(c.meetingDecision)
      ? ok()
      : refuse('CHANGE.MEETING_DECISION_REQUIRED', '须附项目指挥部会议决定', "the project HQ meeting's decision is required"),
  financeReviewed: (c: ChangeOrderContext) =>
    written(c.financeReview)
      ? ok()
      : refuse('CHANGE.FINANCE_REVIEW_REQUIRED', '须附财政部门预算评审意见', "the finance department's budget review is required"),
  governmentDocument: (c: ChangeOrderContext) =>
    c.decision && written(c.decision.authority) && written(c.decision.documentNumber) && written(c.decision.decidedOn)
      ? ok()
      : refuse(
          'CHANGE.GOVERNMENT_DECISION_REQUIRED',
          '须登记县（区）人民政府的审批机关、文号和日期',
          "the county (district) government's decision is recorded with its authority, document number and date",
        ),
  decidedAfterReview: (c: ChangeOrderContext, now: Date) => {
    const on = c.decision?.decidedOn;
    if (!on) return ok();
    if (on > chinaDate(now)) return refuse('CHANGE.DECISION_DATE', `审批日期${on}晚于今天`, `the decision date ${on} is in the future`);
    const reviewed = c.budgetReviewedAt && chinaDate(c.budgetReviewedAt);
    return reviewed && on < reviewed
      ? refuse(
          'CHANGE.DECISION_DATE',
          `审批日期${on}早于财政评审（${reviewed}）`,
          `the decision date ${on} is before the budget review (${reviewed})`,
        )
      : ok();
  },
  reasonGiven: (c: ChangeOrderContext) =>
    written(c.reason) ? ok() : refuse('TRANSITION.REASON_REQUIRED', '此操作须说明理由', 'this event needs a reason'),
};
type ChangeGuard = keyof typeof guards;

const PM: readonly MachineRole[] = ['DISTRICT_PM'];
/**
 * The government's decision is recorded by a supervisor of the district, acting for it in the
 * system: not by the PM who raised the change, so that no one both asks for a change and grants it.
 */
const FOR_GOVERNMENT: readonly MachineRole[] = ['SUPERVISOR'];

function t(to: ChangeOrderState, zh: string, en: string, g: ChangeGuard[], roles = PM): TransitionDef<ChangeOrderState, ChangeGuard> {
  return { to, roles, guards: g, label: { zh, en } };
}

const withdraw = t('REJECTED', '项目指挥部不再变更', 'withdrawn by the project HQ', ['reasonGiven']);

export const changeOrderMachine: MachineDef<ChangeOrderState, ChangeOrderEvent, ChangeOrderContext, ChangeGuard> = {
  name: 'change-order',
  title: { zh: '工程变更签证', en: 'change order' },
  initial: 'DRAFT',
  states: {
    DRAFT: { label: { zh: '草拟', en: 'draft' } },
    ARGUED: { label: { zh: '已论证', en: 'argued' } },
    BUDGET_REVIEWED: { label: { zh: '已财评', en: 'budget reviewed' } },
    APPROVED: { label: { zh: '政府已批准', en: 'approved by the government' }, terminal: true },
    REJECTED: { label: { zh: '未变更', en: 'not made' }, terminal: true },
  },
  events: CHANGE_ORDER_EVENTS,
  transitions: {
    DRAFT: {
      ARGUE: t('ARGUED', '五方论证并出具意见书，指挥部会议决定', 'argued by the five parties, opinion written, HQ decided', [
        'allPartiesPresent',
        'opinionWritten',
        'meetingDecided',
      ]),
      REJECT: withdraw,
    },
    ARGUED: {
      REVIEW_BUDGET: t('BUDGET_REVIEWED', '县财政预算评审', 'budget reviewed by county finance', ['financeReviewed']),
      REJECT: withdraw,
    },
    BUDGET_REVIEWED: {
      APPROVE: t(
        'APPROVED',
        '县（区）政府审批同意',
        'approved by the county (district) government',
        ['governmentDocument', 'decidedAfterReview'],
        FOR_GOVERNMENT,
      ),
      REJECT: t(
        'REJECTED',
        '县（区）政府不予批准',
        'refused by the county (district) government',
        ['governmentDocument', 'decidedAfterReview', 'reasonGiven'],
        FOR_GOVERNMENT,
      ),
    },
  },
  guards,
};
