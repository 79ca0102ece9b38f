import type { ChangeParty } from '@domain/construction/change-order';
import { fenFromYuan } from '../../../../shared/money';

/** A transition of the change-order machine as GET /meta/machines/change-order describes it. */
export interface MachineTransition {
  from: string;
  event: string;
  to: string;
  roles: string[];
  guards: string[];
}

/** What a step records, each asked for because one of the step's guards reads it. */
export type StepField = 'parties' | 'opinion' | 'meetingDecision' | 'financeReview' | 'decision' | 'reason';

const FIELD_OF_GUARD: Record<string, StepField> = {
  allPartiesPresent: 'parties',
  opinionWritten: 'opinion',
  meetingDecided: 'meetingDecision',
  financeReviewed: 'financeReview',
  governmentDocument: 'decision',
  reasonGiven: 'reason',
};

export interface Step {
  /** `FROM.EVENT`, the dictionary's key for its labels. */
  key: string;
  event: string;
  to: string;
  fields: StepField[];
  /** Whether the user's role fires it; the others are shown with who does. */
  permitted: boolean;
  roles: string[];
}

/** The steps an order can take from its state, each with what it asks for. */
export function stepsFrom(transitions: MachineTransition[], state: string, role: string): Step[] {
  return transitions
    .filter((t) => t.from === state)
    .map((t) => ({
      key: `${t.from}.${t.event}`,
      event: t.event,
      to: t.to,
      fields: [...new Set(t.guards.flatMap((g) => (FIELD_OF_GUARD[g] ? [FIELD_OF_GUARD[g]] : [])))],
      permitted: t.roles.includes(role),
      roles: t.roles,
    }));
}

export interface StepValues {
  parties?: ChangeParty[];
  opinion?: string;
  meetingDecision?: string;
  financeReview?: string;
  authority?: string;
  documentNumber?: string;
  decidedOn?: string;
  reason?: string;
}

/** The body of POST /change-orders/{id}/transitions: the event and only what its step records. */
export function stepBody(step: Step, v: StepValues) {
  const has = (f: StepField) => step.fields.includes(f);
  const text = (s: string | undefined) => s?.trim() || undefined;
  return {
    event: step.event,
    ...(has('parties') && { parties: v.parties ?? [] }),
    ...(has('opinion') && { opinion: text(v.opinion) }),
    ...(has('meetingDecision') && { meetingDecision: text(v.meetingDecision) }),
    ...(has('financeReview') && { financeReview: text(v.financeReview) }),
    ...(has('decision') && {
      decision: { authority: v.authority?.trim() ?? '', documentNumber: v.documentNumber?.trim() ?? '', decidedOn: v.decidedOn ?? '' },
    }),
    ...(has('reason') && { reason: text(v.reason) }),
  };
}

/**
 * A line's amount in exact fen: quantity (decimal text, two places at most; the same point-moving
 * as yuan) times the unit price in fen, rounded half up to the fen as the plan rounds its items.
 * null while the quantity is not such a number.
 */
export function lineAmountFen(quantity: string, unitPriceFen: string): string | null {
  const hundredths = fenFromYuan(quantity);
  if (hundredths === null || !/^\d+$/.test(unitPriceFen)) return null;
  return ((BigInt(hundredths) * BigInt(unitPriceFen) + 50n) / 100n).toString();
}

/** A day in China (YYYY-MM-DD), as documents and visas are dated and the API compares them. */
export function chinaToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
