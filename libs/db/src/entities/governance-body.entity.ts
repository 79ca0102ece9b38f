import type { BodyKind } from '@app/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export interface BodyMember {
  name: string;
  position: string;
  resident: boolean;
}

/** A self-governance body (自治组织) of one compound a project covers. */
@Entity({ name: 'governance_bodies' })
export class GovernanceBodyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ name: 'compound_id', type: 'uuid' })
  compoundId: string;

  @Column({ type: 'text' })
  kind: BodyKind;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'established_on', type: 'date' })
  establishedOn: string;

  @Column({ type: 'jsonb' })
  members: BodyMember[];

  @Column({ name: 'registered_by', type: 'uuid' })
  registeredBy: string;

  /** The body of the compound's earlier, closed project that this one continues. */
  @Column({ name: 'carried_from', type: 'uuid', nullable: true })
  carriedFrom: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
