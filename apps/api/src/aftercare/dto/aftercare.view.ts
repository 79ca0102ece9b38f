import { ARCHIVE_KINDS, PROPERTY_MODES, REVISIT_MONTHS } from '@app/domain';
import type { ArchiveDocument, ArchiveService } from '@app/workflow';
import { ApiProperty } from '@nestjs/swagger';
import { ApiFen } from '../../http/money.js';
import {
  ApiDate,
  ApiDateTime,
  ApiDecimal,
  ApiFreeObject,
  ApiInteger,
  ApiUuid,
  BilingualView,
  enumOf,
  everyMember,
} from '../../http/view-properties.js';
import { FindingSeverityEnum } from '../../supervision/dto/supervision.view.js';

const ArchiveKindEnum = enumOf(ARCHIVE_KINDS, 'ArchiveKind');
type ArchiveProblem = Awaited<ReturnType<ArchiveService['verify']>>['problems'][number];

export class ArchiveDocumentView {
  @ApiUuid()
  id: string;

  @ApiProperty(ArchiveKindEnum)
  kind: string;

  @ApiProperty({ enum: everyMember<ArchiveDocument['source']>()('UPLOAD', 'REFERENCE', 'SYSTEM') })
  source: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: String, nullable: true, description: 'uploads' })
  filename: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'uploads' })
  contentType: string | null;

  @ApiInteger({ nullable: true, description: 'uploads' })
  sizeBytes: number | null;

  @ApiProperty({ type: String, nullable: true, description: 'uploads: the sha256 the file is stored under' })
  sha256: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: "references: an archive number, a location or a URL; the system's records: what they are",
  })
  reference: string | null;

  @ApiFreeObject({ nullable: true, description: "the system's records: the record as it was filed" })
  detail: Record<string, unknown> | null;

  @ApiUuid()
  filedBy: string;

  @ApiDateTime()
  filedAt: Date;
}

export class ChecklistItemView {
  @ApiProperty(ArchiveKindEnum)
  kind: string;

  @ApiProperty({ type: BilingualView })
  label: BilingualView;

  @ApiProperty({ description: 'change orders only if the project had any' })
  required: boolean;

  @ApiProperty({ description: 'filed by the system at acceptance' })
  bySystem: boolean;

  @ApiProperty({ type: [ArchiveDocumentView] })
  documents: ArchiveDocumentView[];
}

/** The archive checklist (项目资料归档). */
export class ChecklistView {
  @ApiProperty()
  complete: boolean;

  @ApiProperty({ ...ArchiveKindEnum, isArray: true })
  missing: string[];

  @ApiProperty({ type: [ChecklistItemView], description: 'every kind, in checklist order' })
  items: ChecklistItemView[];
}

export class ArchiveProblemView {
  @ApiUuid()
  documentId: string;

  @ApiProperty(ArchiveKindEnum)
  kind: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ enum: everyMember<ArchiveProblem['problem']>()('MISSING', 'ALTERED') })
  problem: string;
}

export class ArchiveVerificationView {
  @ApiInteger({ description: 'stored files read again' })
  checked: number;

  @ApiProperty()
  intact: boolean;

  @ApiProperty({ type: [ArchiveProblemView] })
  problems: ArchiveProblemView[];

  @ApiDateTime()
  checkedAt: Date;
}

export class CollectedView {
  @ApiInteger({ description: 'records newly filed' })
  filed: number;
}

export class PropertyView {
  @ApiProperty(enumOf(PROPERTY_MODES, 'PropertyMode'))
  mode: string;

  @ApiProperty({ type: String, nullable: true, description: 'the company or trustee; null when self-managed' })
  provider: string | null;

  @ApiDate()
  contractStart: string;

  @ApiDate({ nullable: true })
  contractEnd: string | null;

  @ApiUuid({ nullable: true, description: "the owners' PROPERTY_COMPANY round that chose the company" })
  consentRoundId: string | null;

  @ApiDateTime()
  recordedAt: Date;
}

export class OwnersCommitteeView {
  @ApiUuid({ description: 'the governance body' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiInteger({ description: 'how many members' })
  members: number;

  @ApiDateTime()
  registeredAt: Date;
}

export class FundRateView {
  @ApiProperty({ example: 'NO_ELEVATOR' })
  buildingType: string;

  @ApiProperty({ type: BilingualView })
  name: BilingualView;

  @ApiInteger({ description: 'fen per m² of floor area' })
  rateFen: number;

  @ApiProperty({ enum: ['DEFAULT', 'CITY', 'DISTRICT'], description: 'where the rate in effect comes from (GET /districts/{id}/settings)' })
  origin: string;
}

export class FundLineView {
  @ApiUuid({ description: 'the covered compound whose owners the building is' })
  compoundId: string;

  @ApiProperty()
  building: string;

  @ApiProperty({ example: 'NO_ELEVATOR' })
  buildingType: string;

  @ApiDecimal({ description: "m², the roster's floor area of the building" })
  area: string;

  @ApiInteger({ description: 'fen per m²' })
  rateFen: number;

  @ApiFen()
  expectedFen: string;
}

export class FundCollectionView {
  @ApiUuid()
  id: string;

  @ApiUuid({ description: 'the covered compound whose owners paid' })
  compoundId: string;

  @ApiFen()
  amountFen: string;

  @ApiDate()
  collectedOn: string;

  @ApiProperty({ type: String, nullable: true })
  building: string | null;

  @ApiProperty()
  note: string;

  @ApiDateTime()
  recordedAt: Date;
}

/** The maintenance fund: expected from the roster, collected, outstanding, in exact fen. */
export class FundView {
  @ApiProperty({ type: [FundRateView], description: "the rates in effect for the project's district" })
  rates: FundRateView[];

  @ApiProperty()
  planned: boolean;

  @ApiUuid({ nullable: true, description: "the owners' MAINTENANCE_FUND_RAISING round that decided to raise it" })
  consentRoundId: string | null;

  @ApiFen({ nullable: true, description: 'null until planned' })
  expectedFen: string | null;

  @ApiFen()
  collectedFen: string;

  @ApiFen({ nullable: true, description: 'negative when more came in than expected' })
  outstandingFen: string | null;

  @ApiProperty({ type: [FundLineView] })
  lines: FundLineView[];

  @ApiProperty({ type: [FundCollectionView] })
  collections: FundCollectionView[];
}

export class RevisitFindingView {
  @ApiProperty()
  description: string;

  @ApiProperty(FindingSeverityEnum)
  severity: string;
}

/** A revisit (回头看) after the acceptance passed. */
export class RevisitView {
  @ApiInteger({ enum: [...REVISIT_MONTHS] })
  months: number;

  @ApiDateTime()
  dueAt: Date;

  @ApiProperty({ enum: ['SCHEDULED', 'DUE', 'DONE'] })
  state: string;

  @ApiInteger({ nullable: true, minimum: 0, maximum: 100 })
  score: number | null;

  @ApiProperty({ type: String, nullable: true })
  summary: string | null;

  @ApiProperty({ type: [RevisitFindingView], nullable: true })
  findings: RevisitFindingView[] | null;

  @ApiDateTime({ nullable: true })
  doneAt: Date | null;
}

export class LongTermView {
  @ApiProperty({ type: PropertyView, nullable: true })
  property: PropertyView | null;

  @ApiProperty({ type: OwnersCommitteeView, nullable: true, description: 'the latest body of kind OWNERS_COMMITTEE' })
  ownersCommittee: OwnersCommitteeView | null;

  @ApiProperty({ type: FundView })
  fund: FundView;

  @ApiProperty({ type: [RevisitView], description: 'scheduled when the acceptance passes' })
  revisits: RevisitView[];
}
