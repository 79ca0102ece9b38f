/** The roster as it stands: every add, edit, import or removal moves its revision on. */
export interface RosterNow {
  revision: number;
  households: number;
  /** The household count of the compound's survey (摸底调查); null before the survey has base data. */
  surveyHouseholds: number | null;
}

/** What the committee (or the PM) confirmed: the roster at one revision, against the survey's count then. */
export interface RosterConfirmationRecord {
  revision: number;
  households: number;
  surveyHouseholds: number | null;
  reason: string | null;
}

export type RosterConfirmationState = 'UNCONFIRMED' | 'CONFIRMED' | 'STALE';

/**
 * A confirmation holds for the very roster it was given on and the survey count it was compared
 * with: a change to either leaves it stale, and the roster must be confirmed again.
 */
export function rosterConfirmationState(now: RosterNow, last: RosterConfirmationRecord | null): RosterConfirmationState {
  if (!last) return 'UNCONFIRMED';
  return last.revision === now.revision && last.surveyHouseholds === now.surveyHouseholds ? 'CONFIRMED' : 'STALE';
}

/** A roster that differs from the survey's count (or has none to compare with) is confirmed only with a reason. */
export function confirmationNeedsReason(now: RosterNow): boolean {
  return now.surveyHouseholds === null || now.surveyHouseholds !== now.households;
}
