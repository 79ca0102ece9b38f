import { ok, refuse, type MachineDef, type MachineRole, type TransitionDef } from '../machine/machine.js';

/** Huitong's change-order rules (seed 001): minor orders are confirmed on site, major ones argued and budget-reviewed. */
export const CHANGE_ORDER_KINDS = ['MINOR', 'MAJOR'] as const;
export type ChangeOrderKind = (typeof CHANGE_ORDER_KINDS)[number];

/** Who must sit at the argument of a major change. */
export const MAJOR_CHANGE_PARTIES = ['CONSTRUCTION_UNIT', 'DESIGN', 'SUPERVISION', 'CONTRACTOR', 'OWNER_REPRESENTATIVES'] as const;
export type ChangeParty = (typeof MAJOR_CHANGE_PARTIES)[number];

export const CHANGE_ORDER_STATES = ['DRAFT', 'SITE_CONFIRMED', 'ARGUED', 'BUDGET_REVIEWED', 'APPROVED', 'REJECTED'] as const;
export type ChangeOrderState = (typeof CHANGE_ORDER_STATES)[number];
export const CHANGE_ORDER_EVENTS = ['CONFIRM_ON_SITE', 'ARGUE', 'REVIEW_BUDGET', 'APPROVE', 'REJECT'] as const;
export type ChangeOrderEvent = (typeof CHANGE_ORDER_EVENTS)[number];

/** Orders still on their way hold construction open. */
export const PENDING_CHANGE_STATES: readonly ChangeOrderState[] = ['DRAFT', 'SITE_CONFIRMED', 'ARGUED', 'BUDGET_REVIEWED'];

export interface ChangeOrderContext {
  kind: ChangeOrderKind;
  /** Resident representatives who confirmed the quantities on site (minor). */
  residentRepresentatives: number;
  /** Parties present at the argument (major). */
  parties: string[];
  document: string | null;
  reason: string | null;
}

const guards = {
  minor: (c: ChangeOrderContext) =>
    c.kind === 'MINOR' ? ok() : refuse('CHANGE.NOT_MINOR', '重大变更须经论证与财评', 'a major change is argued and budget-reviewed'),
  major: (c: ChangeOrderContext) =>
    c.kind === 'MAJOR' ? ok() : refuse('CHANGE.NOT_MAJOR', '一般变更由现场确认即可', 'a minor change is confirmed on site'),
  residentsOnSite: (c: ChangeOrderContext) =>
    c.residentRepresentatives > 0
      ? ok()
      : refuse(
          'CHANGE.NO_RESIDENT_CONFIRMATION',
          '现场签证须有居民代表共同确认',
          'resident representatives confirm the quantities on site',
        ),
  allPartiesPresent: (c: ChangeOrderContext) => {
    const missing = MAJOR_CHANGE_PARTIES.filter((p) => !c.parties.includes(p));
    return missing.length === 0
      ? ok()
      : refuse('CHANGE.PARTIES_MISSING', `论证会缺少：${missing.join('、')}`, `parties missing from the argument: ${missing.join(', ')}`);
  },
  documented: (c: ChangeOrderContext) =>
    c.document?.trim() ? ok() : refuse('CHANGE.DOCUMENT_REQUIRED', '须附书面意见或签证单', 'a written opinion or site visa is required'),
  reasonGiven: (c: ChangeOrderContext) =>
    c.reason?.trim() ? ok() : refuse('TRANSITION.REASON_REQUIRED', '此操作须说明理由', 'this event needs a reason'),
};
type ChangeGuard = keyof typeof guards;

const PM: readonly MachineRole[] = ['DISTRICT_PM'];

function t(to: ChangeOrderState, zh: string, en: string, g: ChangeGuard[]): TransitionDef<ChangeOrderState, ChangeGuard> {
  return { to, roles: PM, guards: g, label: { zh, en } };
}

export const changeOrderMachine: MachineDef<ChangeOrderState, ChangeOrderEvent, ChangeOrderContext, ChangeGuard> = {
  name: 'change-order',
  title: { zh: '变更签证', en: 'change order' },
  initial: 'DRAFT',
  states: {
    DRAFT: { label: { zh: '草拟', en: 'draft' } },
    SITE_CONFIRMED: { label: { zh: '现场确认', en: 'confirmed on site' } },
    ARGUED: { label: { zh: '已论证', en: 'argued' } },
    BUDGET_REVIEWED: { label: { zh: '已财评', en: 'budget reviewed' } },
    APPROVED: { label: { zh: '已批准', en: 'approved' }, terminal: true },
    REJECTED: { label: { zh: '未批准', en: 'rejected' }, terminal: true },
  },
  events: CHANGE_ORDER_EVENTS,
  transitions: {
    DRAFT: {
      CONFIRM_ON_SITE: t('SITE_CONFIRMED', '项目部会同居民代表现场确认工程量', 'confirm quantities on site with residents', [
        'minor',
        'residentsOnSite',
        'documented',
      ]),
      ARGUE: t('ARGUED', '五方论证并出具书面意见', 'argue with all parties, written opinion', ['major', 'allPartiesPresent', 'documented']),
      REJECT: t('REJECTED', '不予变更', 'reject', ['reasonGiven']),
    },
    SITE_CONFIRMED: { APPROVE: t('APPROVED', '批准', 'approve', []), REJECT: t('REJECTED', '不予变更', 'reject', ['reasonGiven']) },
    ARGUED: {
      REVIEW_BUDGET: t('BUDGET_REVIEWED', '财政评审', 'finance review of the budget', ['documented']),
      REJECT: t('REJECTED', '不予变更', 'reject', ['reasonGiven']),
    },
    BUDGET_REVIEWED: { APPROVE: t('APPROVED', '批准', 'approve', []), REJECT: t('REJECTED', '不予变更', 'reject', ['reasonGiven']) },
  },
  guards,
};
