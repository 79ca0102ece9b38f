import { BODY_KINDS, RULE_PROFILE_IDS } from '@app/domain';
import { ApiProperty } from '@nestjs/swagger';
import { ProjectEventEnum, ProjectStateEnum, RoleEnum } from '../../http/domain-enums.js';
import { ApiDate, ApiDateTime, ApiDecimal, ApiFreeObject, ApiInteger, ApiUuid, BilingualView, enumOf } from '../../http/view-properties.js';
import { ASSET_KINDS, SURVEY_METHODS } from './project.dto.js';

export class ProjectView {
  @ApiUuid()
  id: string;

  @ApiUuid()
  compoundId: string;

  @ApiUuid()
  districtId: string;

  @ApiProperty({ example: '桂花苑综合改造' })
  name: string;

  @ApiProperty(ProjectStateEnum)
  state: string;

  @ApiProperty({ ...ProjectStateEnum, nullable: true, description: 'where RESUME returns to, while ON_HOLD' })
  resumeState: string | null;

  @ApiProperty(enumOf(RULE_PROFILE_IDS, 'RuleProfileId'))
  ruleProfile: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: "why the PM chose the profile over the district's default; null when the project inherits it",
  })
  ruleProfileReason: string | null;

  @ApiInteger({ description: 'bumped by every transition; send it back as expectedVersion' })
  version: number;

  @ApiDateTime()
  createdAt: Date;

  @ApiDateTime()
  updatedAt: Date;
}

/** A compound a project covers: one, or several in a project area (片区). */
export class CoveredCompoundView {
  @ApiUuid()
  compoundId: string;

  @ApiProperty({ example: '桂花苑' })
  name: string;

  @ApiProperty({ description: 'the compound the project was started on' })
  lead: boolean;

  @ApiInteger({ nullable: true })
  households: number | null;

  @ApiDateTime()
  addedAt: Date;

  @ApiDateTime({ nullable: true, description: 'when the project closed or was cancelled' })
  releasedAt: Date | null;
}

/** A project as listed: with its places by name, its plan year and what is overdue now. */
export class ProjectListItemView extends ProjectView {
  @ApiProperty({ example: '桂花苑' })
  compoundName: string;

  @ApiProperty({ example: '雨花区' })
  districtName: string;

  @ApiInteger({ nullable: true })
  planYear: number | null;

  @ApiInteger({ description: 'progress reports, findings and complaints overdue now (as the portfolio counts them)' })
  overdue: number;
}

export class SurveyBaseDataView {
  @ApiInteger()
  buildings: number;

  @ApiInteger()
  households: number;

  @ApiDecimal({ description: 'm²' })
  floorArea: string;

  @ApiInteger()
  buildYear: number;
}

export class SurveyAssetView {
  @ApiProperty({ enum: ASSET_KINDS })
  kind: string;

  @ApiProperty()
  description: string;

  @ApiProperty({ type: Number, required: false })
  quantity?: number;

  @ApiProperty({ required: false, example: 'm²' })
  unit?: string;
}

export class SurveyAssetsView {
  @ApiProperty({ type: [SurveyAssetView] })
  items: SurveyAssetView[];

  @ApiProperty({ required: false })
  notes?: string;
}

export class SurveyWillingnessView {
  @ApiInteger()
  surveyedHouseholds: number;

  @ApiInteger()
  willingHouseholds: number;

  @ApiProperty({ enum: SURVEY_METHODS })
  method: string;

  @ApiProperty({ required: false })
  notes?: string;
}

export class SurveyView {
  @ApiUuid()
  projectId: string;

  @ApiUuid({ description: 'the covered compound surveyed' })
  compoundId: string;

  @ApiProperty({ type: SurveyBaseDataView, nullable: true })
  baseData: SurveyBaseDataView | null;

  @ApiProperty({ type: SurveyAssetsView, nullable: true })
  assets: SurveyAssetsView | null;

  @ApiProperty({ type: SurveyWillingnessView, nullable: true })
  willingness: SurveyWillingnessView | null;

  @ApiUuid()
  updatedBy: string;

  @ApiDateTime()
  updatedAt: Date;
}

export class BodyMemberView {
  @ApiProperty({ description: 'masked for supervisors', example: '李**' })
  name: string;

  @ApiProperty({ example: '理事长' })
  position: string;

  @ApiProperty({ description: 'lives in the compound' })
  resident: boolean;
}

export class BodyView {
  @ApiUuid()
  id: string;

  @ApiUuid()
  projectId: string;

  @ApiUuid({ description: 'the covered compound whose residents form it' })
  compoundId: string;

  @ApiProperty(enumOf(BODY_KINDS, 'BodyKind'))
  kind: string;

  @ApiProperty()
  name: string;

  @ApiDate()
  establishedOn: string;

  @ApiProperty({ type: [BodyMemberView] })
  members: BodyMemberView[];

  @ApiUuid()
  registeredBy: string;

  @ApiUuid({ nullable: true, description: "the body of the compound's earlier, closed project this one continues" })
  carriedFrom: string | null;

  @ApiDateTime()
  createdAt: Date;
}

/** One guard of a transition, as judged: the code and message say why it refused. */
export class GuardResultView {
  @ApiProperty({ example: 'surveyComplete' })
  guard: string;

  @ApiProperty()
  ok: boolean;

  @ApiProperty({ required: false, description: 'when refused', example: 'SURVEY_INCOMPLETE' })
  code?: string;

  @ApiProperty({ type: BilingualView, required: false, description: 'when refused' })
  message?: BilingualView;
}

export class GuardReportView extends GuardResultView {
  @ApiProperty({ type: [String], required: false, description: 'practices (GET /practices/{id}) that helped against this refusal' })
  practices?: string[];
}

export class EventOptionView {
  @ApiProperty(ProjectEventEnum)
  event: string;

  @ApiProperty(ProjectStateEnum)
  to: string;

  @ApiProperty({ type: BilingualView })
  label: BilingualView;

  @ApiProperty({ description: "whether the caller's role may fire it at all" })
  permitted: boolean;

  @ApiProperty({ description: 'permitted and every guard passes' })
  ready: boolean;

  @ApiProperty({ type: [GuardReportView] })
  guards: GuardReportView[];
}

export class TransitionOptionsView {
  @ApiProperty(ProjectStateEnum)
  state: string;

  @ApiInteger()
  version: number;

  @ApiProperty({ type: [EventOptionView] })
  events: EventOptionView[];
}

/** An entry of the append-only audit trail. */
export class AuditEntryView {
  @ApiProperty({ pattern: '^[0-9]+$', description: 'increasing; a bigint as a string' })
  id: string;

  @ApiDateTime()
  at: Date;

  @ApiUuid({ nullable: true, description: 'null when the system acted (a deadline)' })
  actorId: string | null;

  @ApiProperty({ ...RoleEnum, nullable: true })
  actorRole: string | null;

  @ApiProperty({ example: 'project' })
  subjectType: string;

  @ApiProperty()
  subjectId: string;

  @ApiUuid({ nullable: true })
  projectId: string | null;

  @ApiProperty({ example: 'START_CONSTRUCTION' })
  action: string;

  @ApiProperty({ type: String, nullable: true })
  fromState: string | null;

  @ApiProperty({ type: String, nullable: true })
  toState: string | null;

  @ApiProperty({ type: String, nullable: true })
  reason: string | null;

  @ApiProperty({ type: [GuardResultView], nullable: true, description: 'for transitions' })
  guardResults: GuardResultView[] | null;

  @ApiFreeObject({ description: 'what changed: identifiers and counts, never personal data' })
  detail: Record<string, unknown>;
}

export class FiredTransitionView {
  @ApiProperty({ type: ProjectView })
  project: ProjectView;

  @ApiProperty({ type: AuditEntryView })
  entry: AuditEntryView;
}
