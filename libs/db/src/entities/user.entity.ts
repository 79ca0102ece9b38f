import type { Role } from '@app/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  username: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ type: 'text' })
  role: Role;

  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Districts of a PM or supervisor. */
  @Column({ name: 'district_ids', type: 'uuid', array: true, default: () => "'{}'" })
  districtIds: string[];

  /** Compounds of a residents' committee recorder. */
  @Column({ name: 'compound_ids', type: 'uuid', array: true, default: () => "'{}'" })
  compoundIds: string[];

  /** The body a PM or supervisor works for (an acceptance party or a reviewing department): what they sign for as themselves. */
  @Column({ type: 'text', nullable: true })
  organisation: string | null;

  /** Raised by a new password; a token names the version it was issued under. */
  @Column({ name: 'token_version', type: 'integer', default: 0, select: false })
  tokenVersion: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
