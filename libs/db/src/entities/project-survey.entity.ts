import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export interface SurveyAssets {
  items: { kind: string; description: string; quantity?: number; unit?: string }[];
  notes?: string;
}

export interface SurveyWillingness {
  surveyedHouseholds: number;
  willingHouseholds: number;
  method: string;
  notes?: string;
}

export interface SurveyBaseData {
  buildings: number;
  households: number;
  floorArea: string;
  buildYear: number;
}

/** The three-fold survey (三个摸清) of one compound a project covers: base data, assets and resources, willingness. */
@Entity({ name: 'project_surveys' })
export class ProjectSurveyEntity {
  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @PrimaryColumn({ name: 'compound_id', type: 'uuid' })
  compoundId: string;

  @Column({ name: 'base_data', type: 'jsonb', nullable: true })
  baseData: SurveyBaseData | null;

  @Column({ type: 'jsonb', nullable: true })
  assets: SurveyAssets | null;

  @Column({ type: 'jsonb', nullable: true })
  willingness: SurveyWillingness | null;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
