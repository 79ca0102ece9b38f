import type { ProfileOrigin, RoundState, RoundSubject, TallyResult, VoteChannel, VoteChoice } from '@app/domain';

export interface RoundRow {
  id: string;
  project_id: string;
  compound_id: string;
  district_id: string;
  subject: RoundSubject;
  title: string;
  rule_profile: string;
  rule_profile_origin: ProfileOrigin;
  rule_profile_reason: string | null;
  plan_version: number | null;
  state: RoundState;
  publicity_days: number;
  roster_size: number;
  opened_at: Date | null;
  closed_at: Date | null;
  publicity_ends_at: Date | null;
  concluded_at: Date | null;
  result: 'PASSED' | 'FAILED' | null;
  tally: FrozenTally | null;
  ledger_head: string | null;
  ledger_count: number;
  cancel_reason: string | null;
  void_reason: string | null;
  version: number;
  created_by: string;
  created_at: Date;
}

export interface RoundView {
  id: string;
  projectId: string;
  compoundId: string;
  subject: RoundSubject;
  title: string;
  ruleProfile: string;
  /** Where the profile came from: the project's override, the district's default, as shipped, or named for this round. */
  ruleProfileOrigin: ProfileOrigin;
  /** Why it was chosen over the inherited one (PROJECT and NAMED). */
  ruleProfileReason: string | null;
  planVersion: number | null;
  state: RoundState;
  publicityDays: number;
  rosterSize: number;
  openedAt: Date | null;
  closedAt: Date | null;
  publicityEndsAt: Date | null;
  concludedAt: Date | null;
  result: 'PASSED' | 'FAILED' | null;
  ledgerHead: string | null;
  ledgerCount: number;
  cancelReason: string | null;
  /** Set when the round was judged by a profile not made for its subject: its result counts for nothing. */
  voidReason: string | null;
  version: number;
  createdAt: Date;
}

export interface FrozenTally extends TallyResult {
  rosterSize: number;
  responded: number;
  notResponded: number;
  computedAt: string;
}

export interface VoteInput {
  householdId: string;
  choice: VoteChoice;
  signed: boolean;
  channel: VoteChannel;
  formNumber?: string | null;
  photoHash?: string | null;
  /** PLAN rounds: the optional items this household wants. */
  chosenItems?: string[] | null;
}

export interface Vote extends Omit<VoteInput, 'formNumber' | 'photoHash' | 'chosenItems'> {
  formNumber: string | null;
  photoHash: string | null;
  chosenItems: string[] | null;
  roundId: string;
  recorderId: string;
  recordedAt: Date;
  seq: number;
}

export function roundView(r: RoundRow): RoundView {
  return {
    id: r.id,
    projectId: r.project_id,
    compoundId: r.compound_id,
    subject: r.subject,
    title: r.title,
    ruleProfile: r.rule_profile,
    ruleProfileOrigin: r.rule_profile_origin,
    ruleProfileReason: r.rule_profile_reason,
    planVersion: r.plan_version,
    state: r.state,
    publicityDays: r.publicity_days,
    rosterSize: r.roster_size,
    openedAt: r.opened_at,
    closedAt: r.closed_at,
    publicityEndsAt: r.publicity_ends_at,
    concludedAt: r.concluded_at,
    result: r.result,
    ledgerHead: r.ledger_head,
    ledgerCount: r.ledger_count,
    cancelReason: r.cancel_reason,
    voidReason: r.void_reason,
    version: r.version,
    createdAt: r.created_at,
  };
}
