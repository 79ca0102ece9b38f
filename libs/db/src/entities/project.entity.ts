import type { ProjectState } from '@app/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'projects' })
export class ProjectEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'compound_id', type: 'uuid' })
  compoundId: string;

  /** Copied from the compound so that scope filters and city-wide counts need no join. */
  @Column({ name: 'district_id', type: 'uuid' })
  districtId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  state: ProjectState;

  /** Where RESUME returns to while the project is ON_HOLD. */
  @Column({ name: 'resume_state', type: 'text', nullable: true })
  resumeState: ProjectState | null;

  @Column({ name: 'rule_profile', type: 'text' })
  ruleProfile: string;

  /** Set when the PM chose the profile over the district's default (or the shipped one): why. */
  @Column({ name: 'rule_profile_reason', type: 'text', nullable: true })
  ruleProfileReason: string | null;

  /** Bumped by every transition; lets a client say which state it acted on. */
  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
