import type { Actor } from '@app/domain';
import type { EntityManager } from 'typeorm';

export interface AuditInput {
  actor: Actor | null;
  at: Date;
  subjectType: string;
  subjectId: string;
  projectId?: string | null;
  action: string;
  fromState?: string | null;
  toState?: string | null;
  reason?: string | null;
  guardResults?: unknown[] | null;
  /** Identifiers and counts only: never names or phone numbers. */
  detail?: Record<string, unknown>;
}

/** Appends to the trail inside the caller's transaction, so the entry and the change commit together. */
export async function appendAudit(manager: EntityManager, input: AuditInput): Promise<void> {
  await manager.query(
    `INSERT INTO audit_log (at, actor_id, actor_role, subject_type, subject_id, project_id, action, from_state, to_state, reason, guard_results, detail)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      input.at,
      input.actor?.userId ?? null,
      input.actor?.role ?? null,
      input.subjectType,
      input.subjectId,
      input.projectId ?? null,
      input.action,
      input.fromState ?? null,
      input.toState ?? null,
      input.reason ?? null,
      input.guardResults ? JSON.stringify(input.guardResults) : null,
      JSON.stringify(input.detail ?? {}),
    ],
  );
}
