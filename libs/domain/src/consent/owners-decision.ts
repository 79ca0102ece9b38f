import { ok, refuse, type GuardOutcome } from '../machine/machine.js';
import type { RoundSubject } from './round.machine.js';

/** The owners' decisions that are recorded elsewhere in the project and must have been voted on first. */
export const DECIDED_SUBJECTS = [
  'PROPERTY_COMPANY',
  'MAINTENANCE_FUND_RAISING',
  'PUBLIC_SPACE_OPERATION',
] as const satisfies readonly RoundSubject[];
export type DecidedSubject = (typeof DECIDED_SUBJECTS)[number];

/** A round of the subject, as the check reads it (void rounds left out). */
export interface DecisionRound {
  id: string;
  state: string;
  result: 'PASSED' | 'FAILED' | null;
}

const REFUSALS: Record<DecidedSubject, { code: string; zh: string; en: string }> = {
  PROPERTY_COMPANY: {
    code: 'CONSENT.PROPERTY_COMPANY_NOT_VOTED',
    zh: '选聘物业服务企业须经业主共同决定（民法典第二百七十八条），尚无办结并通过的选聘物业征询',
    en: 'choosing the property company is the owners\u2019 decision (Civil Code art. 278): no property-company round has concluded and passed',
  },
  MAINTENANCE_FUND_RAISING: {
    code: 'CONSENT.FUND_RAISING_NOT_VOTED',
    zh: '筹集维修资金须经业主共同决定（民法典第二百七十八条，重大事项），尚无办结并通过的维修资金筹集征询',
    en: 'raising the maintenance fund is a major matter for the owners (Civil Code art. 278): no fund-raising round has concluded and passed',
  },
  PUBLIC_SPACE_OPERATION: {
    code: 'CONSENT.PUBLIC_SPACE_NOT_VOTED',
    zh: '将小区公共空间委托社会资本运营须经业主共同决定（民法典第二百七十八条，重大事项），尚无办结并通过的征询',
    en: 'entrusting public space to social capital to operate is a major matter for the owners (Civil Code art. 278): no such round has concluded and passed',
  },
};

/**
 * Whether the owners decided the matter: a round of its subject concluded and passed. Returns the
 * latest such round, which the decision then names as its basis.
 */
export function ownersDecision(subject: DecidedSubject, rounds: DecisionRound[]): { outcome: GuardOutcome; roundId: string | null } {
  const passed = rounds.filter((r) => r.state === 'CONCLUDED' && r.result === 'PASSED').at(-1);
  if (passed) return { outcome: ok(), roundId: passed.id };
  const { code, zh, en } = REFUSALS[subject];
  const failed = rounds.some((r) => r.result === 'FAILED');
  return {
    outcome: failed
      ? refuse(code, `${zh}（已有征询未通过，可再次征询）`, `${en} (a round fell short; hold another)`)
      : refuse(code, zh, en),
    roundId: null,
  };
}

/** One covered compound and its rounds of the subject, oldest first. */
export interface CompoundDecisionRounds {
  id: string;
  name: string;
  rounds: DecisionRound[];
}

/**
 * Whether the owners of every covered compound decided the matter: in a project area each
 * compound's owners are their own (Civil Code art. 278 counts the owners of one building area), so
 * each must have passed a round of the subject. Returns each compound's deciding round, the lead's
 * first. A refusal in an area names the compounds whose owners have not decided.
 */
export function ownersDecisionOfEach(
  subject: DecidedSubject,
  compounds: CompoundDecisionRounds[],
): { outcome: GuardOutcome; roundIds: Record<string, string> } {
  const each = compounds.map((k) => ({ k, ...ownersDecision(subject, k.rounds) }));
  const lacking = each.flatMap(({ k, outcome }) => (outcome.ok ? [] : [{ k, outcome }]));
  if (lacking.length === 0) return { outcome: ok(), roundIds: Object.fromEntries(each.map((x) => [x.k.id, x.roundId!])) };
  if (compounds.length === 1) return { outcome: lacking[0]!.outcome, roundIds: {} };
  return {
    outcome: refuse(
      REFUSALS[subject].code,
      lacking.map(({ k, outcome }) => `${k.name}：${outcome.message.zh}`).join('；'),
      lacking.map(({ k, outcome }) => `${k.name}: ${outcome.message.en}`).join('; '),
    ),
    roundIds: {},
  };
}
