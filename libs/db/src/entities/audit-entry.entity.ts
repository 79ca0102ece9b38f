import type { Role } from '@app/domain';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The append-only trail of every accepted change. Transitions fill from/to and guard results;
 * other changes leave them empty. The database refuses UPDATE, DELETE and TRUNCATE on it.
 */
@Entity({ name: 'audit_log' })
@Index(['projectId', 'id'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_role', type: 'text', nullable: true })
  actorRole: Role | null;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'text' })
  subjectId: string;

  @Column({ name: 'project_id', type: 'uuid', nullable: true })
  projectId: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'from_state', type: 'text', nullable: true })
  fromState: string | null;

  @Column({ name: 'to_state', type: 'text', nullable: true })
  toState: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'guard_results', type: 'jsonb', nullable: true })
  guardResults: unknown[] | null;

  /** What changed, without personal data. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  detail: Record<string, unknown>;
}
