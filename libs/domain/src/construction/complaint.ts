import { ok, refuse, type MachineDef, type MachineRole, type TransitionDef } from '../machine/machine.js';

export const COMPLAINT_STATES = ['RECEIVED', 'HANDLING', 'RESOLVED', 'REVISITED', 'CLOSED'] as const;
export type ComplaintState = (typeof COMPLAINT_STATES)[number];
export const COMPLAINT_EVENTS = ['HANDLE', 'RESOLVE', 'REVISIT', 'CLOSE', 'REOPEN'] as const;
export type ComplaintEvent = (typeof COMPLAINT_EVENTS)[number];

export interface ComplaintContext {
  handler: string | null;
  resolution: string | null;
  acknowledgement: string | null;
  reason: string | null;
}

const guards = {
  handlerNamed: (c: ComplaintContext) =>
    c.handler?.trim() ? ok() : refuse('COMPLAINT.HANDLER_REQUIRED', '须明确承办人', 'name the person handling it'),
  resolutionGiven: (c: ComplaintContext) =>
    c.resolution?.trim() ? ok() : refuse('COMPLAINT.RESOLUTION_REQUIRED', '须写明化解情况', 'describe how it was resolved'),
  acknowledged: (c: ComplaintContext) =>
    c.acknowledgement?.trim()
      ? ok()
      : refuse('COMPLAINT.ACKNOWLEDGEMENT_REQUIRED', '回访须记录投诉人意见', 'the revisit records what the complainant said'),
  reasonGiven: (c: ComplaintContext) =>
    c.reason?.trim() ? ok() : refuse('TRANSITION.REASON_REQUIRED', '此操作须说明理由', 'this event needs a reason'),
};
type ComplaintGuard = keyof typeof guards;

const HANDLERS: readonly MachineRole[] = ['DISTRICT_PM', 'RESIDENTS_COMMITTEE'];

function t(to: ComplaintState, zh: string, en: string, g: ComplaintGuard[]): TransitionDef<ComplaintState, ComplaintGuard> {
  return { to, roles: HANDLERS, guards: g, label: { zh, en } };
}

/** Disputes and complaints: receive, resolve, revisit (矛盾纠纷 受理-化解-回访, Huitong and Rucheng). */
export const complaintMachine: MachineDef<ComplaintState, ComplaintEvent, ComplaintContext, ComplaintGuard> = {
  name: 'complaint',
  title: { zh: '矛盾纠纷受理', en: 'complaint' },
  initial: 'RECEIVED',
  states: {
    RECEIVED: { label: { zh: '已受理', en: 'received' } },
    HANDLING: { label: { zh: '办理中', en: 'handling' } },
    RESOLVED: { label: { zh: '已化解', en: 'resolved' } },
    REVISITED: { label: { zh: '已回访', en: 'revisited' } },
    CLOSED: { label: { zh: '已办结', en: 'closed' }, terminal: true },
  },
  events: COMPLAINT_EVENTS,
  transitions: {
    RECEIVED: { HANDLE: t('HANDLING', '交办', 'assign a handler', ['handlerNamed']) },
    HANDLING: { RESOLVE: t('RESOLVED', '化解', 'resolve', ['resolutionGiven']) },
    RESOLVED: { REVISIT: t('REVISITED', '回访', 'revisit the complainant', ['acknowledged']) },
    REVISITED: {
      CLOSE: t('CLOSED', '办结', 'close', []),
      REOPEN: t('HANDLING', '投诉人不满意，重新办理', 'reopen', ['reasonGiven']),
    },
  },
  guards,
};
