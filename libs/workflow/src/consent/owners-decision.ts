import { DomainError, ownersDecisionOfEach, type DecidedSubject, type DecisionRound } from '@app/domain';
import type { EntityManager } from 'typeorm';
import type { PracticeCatalog } from '../catalog/practice-catalog.service.js';

/** The rounds behind an owners' decision: the lead compound's, which the record names, and every covered compound's. */
export interface OwnersDecision {
  roundId: string;
  /** For the audit entry: the deciding round, and in a project area each compound's. */
  detail: { consentRoundId: string; consentRounds?: Record<string, string> };
}

/**
 * Where a decision of the owners is recorded (the property company, raising the fund, public space
 * for social capital), the rounds that decided it: refuses (422, with the practices that help) unless
 * the owners of every covered compound concluded and passed a round of the subject. Void rounds do
 * not count.
 */
export async function requireOwnersDecision(
  m: EntityManager,
  catalog: PracticeCatalog,
  projectId: string,
  subject: DecidedSubject,
): Promise<OwnersDecision> {
  const covered: { id: string; name: string }[] = await m.query(
    `SELECT c.id, c.name FROM project_compounds pc JOIN compounds c ON c.id = pc.compound_id WHERE pc.project_id = $1 ORDER BY pc.position`,
    [projectId],
  );
  const rounds: (DecisionRound & { compound_id: string })[] = await m.query(
    `SELECT id, compound_id, state, result FROM consultation_rounds WHERE project_id = $1 AND subject = $2 AND void_reason IS NULL
      ORDER BY created_at, id`,
    [projectId, subject],
  );
  const { outcome, roundIds } = ownersDecisionOfEach(
    subject,
    covered.map((k) => ({ ...k, rounds: rounds.filter((r) => r.compound_id === k.id) })),
  );
  if (outcome.ok) {
    const roundId = roundIds[covered[0]!.id]!;
    return { roundId, detail: { consentRoundId: roundId, ...(covered.length > 1 && { consentRounds: roundIds }) } };
  }
  const [errors] = await catalog.annotate([[{ guard: 'ownersDecision', ...outcome }]]);
  throw new DomainError('MACHINE.GUARD_FAILED', `${subject} needs the owners' vote: ${outcome.code}`, { errors });
}
