import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'compounds' })
export class CompoundEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'district_id', type: 'uuid' })
  districtId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  address: string;

  @Column({ name: 'build_year', type: 'int' })
  buildYear: number;

  @Column({ type: 'int', nullable: true })
  buildings: number | null;

  @Column({ type: 'int', nullable: true })
  households: number | null;

  /** m², exact to the hundredth; kept as a decimal string so no float touches it. */
  @Column({ name: 'floor_area', type: 'numeric', precision: 14, scale: 2, nullable: true })
  floorArea: string | null;

  @Column({ name: 'has_elevator', type: 'boolean', default: false })
  hasElevator: boolean;

  @Column({ name: 'in_shantytown_plan', type: 'boolean', default: false })
  inShantytownPlan: boolean;

  /** Safety appraisal of the worst building: A (safe) to D (dangerous). */
  @Column({ name: 'danger_rating', type: 'text', nullable: true })
  dangerRating: 'A' | 'B' | 'C' | 'D' | null;

  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true })
  latitude: string | null;

  @Column({ type: 'numeric', precision: 9, scale: 6, nullable: true })
  longitude: string | null;

  /** An approved exception to the built-before-2001 rule: the reason and the approval document. */
  @Column({ name: 'eligibility_exception', type: 'jsonb', nullable: true })
  eligibilityException: { reason: string; approvalRef: string; recordedBy: string; recordedAt: string } | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
