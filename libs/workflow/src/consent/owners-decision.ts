import { DomainError, ownersDecision, type DecidedSubject } from '@app/domain';
import type { EntityManager } from 'typeorm';
import type { PracticeCatalog } from '../catalog/practice-catalog.service.js';

/**
 * Where a decision of the owners is recorded (the property company, raising the fund, public space
 * for social capital), the round that decided it: refuses (422, with the practices that help) when
 * none of the project's rounds of the subject concluded and passed. Void rounds do not count.
 */
export async function requireOwnersDecision(
  m: EntityManager,
  catalog: PracticeCatalog,
  projectId: string,
  subject: DecidedSubject,
): Promise<string> {
  const rounds = await m.query(
    `SELECT id, state, result FROM consultation_rounds WHERE project_id = $1 AND subject = $2 AND void_reason IS NULL ORDER BY created_at, id`,
    [projectId, subject],
  );
  const { outcome, roundId } = ownersDecision(subject, rounds);
  if (outcome.ok) return roundId!;
  const [errors] = await catalog.annotate([[{ guard: 'ownersDecision', ...outcome }]]);
  throw new DomainError('MACHINE.GUARD_FAILED', `${subject} needs the owners' vote: ${outcome.code}`, { errors });
}
