import { ok, refuse, type MachineDef, type MachineRole, type TransitionDef } from '../machine/machine.js';

/** Progress reports fall due every this many days, after Chenzhou's half-monthly inspections (seed 001). */
export const DEFAULT_REPORT_INTERVAL_DAYS = 15;

export const REPORT_STATES = ['DUE', 'SUBMITTED', 'ACCEPTED', 'RETURNED', 'OVERDUE'] as const;
export type ReportState = (typeof REPORT_STATES)[number];
export const REPORT_EVENTS = ['SUBMIT', 'ACCEPT', 'RETURN', 'MARK_OVERDUE'] as const;
export type ReportEvent = (typeof REPORT_EVENTS)[number];

export interface ReportContext {
  dueAt: Date;
  /** Findings raised with a RETURN. */
  findings: number;
}

const reportGuards = {
  pastDue: (c: ReportContext, now: Date) =>
    now.getTime() >= c.dueAt.getTime() ? ok() : refuse('REPORT.NOT_DUE_YET', '报告尚未到期', 'the report is not due yet'),
  findingsGiven: (c: ReportContext) =>
    c.findings > 0 ? ok() : refuse('REPORT.NO_FINDINGS', '退回报告须列明整改问题', 'a returned report carries at least one finding'),
};
type ReportGuard = keyof typeof reportGuards;

const PM: readonly MachineRole[] = ['DISTRICT_PM'];
const SUPERVISOR: readonly MachineRole[] = ['SUPERVISOR'];

function rt(
  to: ReportState,
  zh: string,
  en: string,
  guards: ReportGuard[],
  roles: readonly MachineRole[],
): TransitionDef<ReportState, ReportGuard> {
  return { to, roles, guards, label: { zh, en } };
}
const submit = rt('SUBMITTED', '提交进度报告', 'submit the report', [], PM);

/** A progress report: the PM submits, a supervisor accepts or returns it with findings; past its due date it is overdue. */
export const reportMachine: MachineDef<ReportState, ReportEvent, ReportContext, ReportGuard> = {
  name: 'progress-report',
  title: { zh: '施工进度报告', en: 'progress report' },
  initial: 'DUE',
  states: {
    DUE: { label: { zh: '待提交', en: 'due' } },
    SUBMITTED: { label: { zh: '已提交', en: 'submitted' } },
    ACCEPTED: { label: { zh: '已采纳', en: 'accepted' }, terminal: true },
    RETURNED: { label: { zh: '已退回', en: 'returned' } },
    OVERDUE: { label: { zh: '已逾期', en: 'overdue' } },
  },
  events: REPORT_EVENTS,
  transitions: {
    DUE: { SUBMIT: submit, MARK_OVERDUE: rt('OVERDUE', '逾期未报', 'mark overdue', ['pastDue'], ['SYSTEM']) },
    OVERDUE: { SUBMIT: submit },
    SUBMITTED: {
      ACCEPT: rt('ACCEPTED', '审核采纳', 'accept', [], SUPERVISOR),
      RETURN: rt('RETURNED', '退回并提出整改问题', 'return with findings', ['findingsGiven'], SUPERVISOR),
    },
    RETURNED: { SUBMIT: rt('SUBMITTED', '重新提交', 'resubmit', [], PM) },
  },
  guards: reportGuards,
};

export const FINDING_SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];
export const FINDING_STATES = ['OPEN', 'RECTIFIED', 'CLOSED', 'REOPENED'] as const;
export type FindingState = (typeof FINDING_STATES)[number];
export const FINDING_EVENTS = ['RECTIFY', 'CLOSE', 'REOPEN'] as const;
export type FindingEvent = (typeof FINDING_EVENTS)[number];

export interface FindingContext {
  evidence: string | null;
  reason: string | null;
}

const findingGuards = {
  evidenceGiven: (c: FindingContext) =>
    c.evidence?.trim() ? ok() : refuse('FINDING.EVIDENCE_REQUIRED', '整改完成须附整改证据', 'rectification needs its evidence'),
  reasonGiven: (c: FindingContext) =>
    c.reason?.trim() ? ok() : refuse('TRANSITION.REASON_REQUIRED', '此操作须说明理由', 'this event needs a reason'),
};
type FindingGuard = keyof typeof findingGuards;

function ft(
  to: FindingState,
  zh: string,
  en: string,
  guards: FindingGuard[],
  roles: readonly MachineRole[],
): TransitionDef<FindingState, FindingGuard> {
  return { to, roles, guards, label: { zh, en } };
}
const rectify = ft('RECTIFIED', '整改完成', 'rectified', ['evidenceGiven'], PM);

/** A supervisor's finding, on the ledger until it is closed (挂账销号). */
export const findingMachine: MachineDef<FindingState, FindingEvent, FindingContext, FindingGuard> = {
  name: 'finding',
  title: { zh: '督导问题（挂账销号）', en: 'supervision finding' },
  initial: 'OPEN',
  states: {
    OPEN: { label: { zh: '待整改', en: 'open' } },
    RECTIFIED: { label: { zh: '已整改待销号', en: 'rectified' } },
    CLOSED: { label: { zh: '已销号', en: 'closed' }, terminal: true },
    REOPENED: { label: { zh: '重新整改', en: 'reopened' } },
  },
  events: FINDING_EVENTS,
  transitions: {
    OPEN: { RECTIFY: rectify },
    REOPENED: { RECTIFY: rectify },
    RECTIFIED: {
      CLOSE: ft('CLOSED', '销号', 'close', [], SUPERVISOR),
      REOPEN: ft('REOPENED', '整改不到位，重新整改', 'reopen', ['reasonGiven'], SUPERVISOR),
    },
  },
  guards: findingGuards,
};

/**
 * Project progress in basis points (10000 = 100%): the budget-weighted mean of the items' percent
 * complete, from the latest accepted report. Integer arithmetic, rounded down.
 */
export function progressBasisPoints(items: { budgetFen: bigint; percent: number }[]): number {
  const total = items.reduce((s, i) => s + i.budgetFen, 0n);
  if (total === 0n) return 0;
  const done = items.reduce((s, i) => s + i.budgetFen * BigInt(Math.round(i.percent * 100)), 0n);
  return Number(done / total);
}

export interface CompoundProgress {
  /** null: the items the project area shares. */
  compoundId: string | null;
  budgetFen: bigint;
  basisPoints: number;
}

/**
 * A project area's progress by compound and in all: each compound's own items, weighted by their
 * budget, and the whole as the budget-weighted mean of every item, which is the compounds' figures
 * weighted by their budgets. Groups in the order their first item comes.
 */
export function progressByCompound(items: { compoundId: string | null; budgetFen: bigint; percent: number }[]): {
  basisPoints: number;
  compounds: CompoundProgress[];
} {
  const groups = new Map<string | null, { budgetFen: bigint; percent: number }[]>();
  for (const i of items) groups.set(i.compoundId, [...(groups.get(i.compoundId) ?? []), i]);
  return {
    basisPoints: progressBasisPoints(items),
    compounds: [...groups].map(([compoundId, mine]) => ({
      compoundId,
      budgetFen: mine.reduce((s, i) => s + i.budgetFen, 0n),
      basisPoints: progressBasisPoints(mine),
    })),
  };
}
