import { CHANGE_ORDER_STATES, CHANGE_PARTIES, PAYERS, WORK_CATEGORIES } from '@app/domain';
import { ApiProperty } from '@nestjs/swagger';
import { ApiFen } from '../../http/money.js';
import { ApiDate, ApiDateTime, ApiDecimal, ApiInteger, ApiUuid, enumOf } from '../../http/view-properties.js';

/** A line as raised: a plan item with its new quantity or price, or a new item with what describes it. */
export class ChangeLineView {
  @ApiProperty({ example: 'rain-sewage' })
  key: string;

  @ApiDecimal({ description: 'the new quantity' })
  quantity: string;

  @ApiFen({ description: 'the unit price, from the plan item when none was given' })
  unitPriceFen: string;

  @ApiProperty({ type: Number, required: false, description: 'the unit price in yuan, as it was sent' })
  unitPrice?: number;

  @ApiProperty({ required: false, description: 'a new item' })
  name?: string;

  @ApiProperty({ ...enumOf(WORK_CATEGORIES, 'WorkCategory'), required: false })
  category?: string;

  @ApiProperty({ required: false })
  unit?: string;

  @ApiProperty({ ...enumOf(PAYERS, 'Payer'), required: false })
  paidBy?: string;
}

/** The county (district) government's decision, as a supervisor of the district recorded it from its document. */
export class GovernmentDecisionView {
  @ApiProperty({ example: '会同县人民政府' })
  authority: string;

  @ApiProperty({ example: '会政函〔2026〕18号' })
  documentNumber: string;

  @ApiDate({ description: 'the date on the document' })
  decidedOn: string;

  @ApiUuid({ description: 'the supervisor who recorded it' })
  recordedBy: string;
}

/** What the former minor-order route left on an order the migration to the argued route touched. */
export class LegacyChangeOrderView {
  @ApiProperty({ enum: ['MINOR', 'MAJOR'], description: 'the kind under the former rules' })
  kind: string;

  @ApiProperty({ description: 'the state under the former rules' })
  state: string;

  @ApiProperty({ required: false, description: 'a former minor order: its site visa' })
  siteDocument?: string;

  @ApiProperty({ type: [String], required: false, description: 'a former minor order: its representatives (masked for supervisors)' })
  residentRepresentatives?: string[];

  @ApiProperty({ required: false, description: 'approved before the government was required' })
  approvedWithoutGovernment?: boolean;
}

/** A change order (变更签证): argued, budget-reviewed, decided by the county (district) government. */
export class ChangeOrderView {
  @ApiUuid()
  id: string;

  @ApiUuid()
  projectId: string;

  @ApiProperty()
  title: string;

  @ApiProperty()
  reason: string;

  @ApiProperty({ type: [ChangeLineView] })
  lines: ChangeLineView[];

  @ApiProperty(enumOf(CHANGE_ORDER_STATES, 'ChangeOrderState'))
  state: string;

  @ApiProperty({ ...enumOf(CHANGE_PARTIES, 'ChangeParty'), isArray: true, description: 'the parties that argued it' })
  parties: string[];

  @ApiProperty({ type: String, nullable: true, description: 'the written opinion of the argument (论证意见书)' })
  opinion: string | null;

  @ApiProperty({ type: String, nullable: true, description: "the project HQ meeting's decision" })
  meetingDecision: string | null;

  @ApiProperty({ type: String, nullable: true, description: "county finance's budget review" })
  financeReview: string | null;

  @ApiDateTime({ nullable: true })
  budgetReviewedAt: Date | null;

  @ApiProperty({ type: GovernmentDecisionView, nullable: true, description: "the government's approval or refusal" })
  decision: GovernmentDecisionView | null;

  @ApiInteger({ nullable: true, description: 'the plan version an approval made' })
  planVersion: number | null;

  @ApiProperty({ type: LegacyChangeOrderView, nullable: true })
  legacy: LegacyChangeOrderView | null;

  @ApiUuid()
  createdBy: string;

  @ApiDateTime()
  createdAt: Date;

  @ApiDateTime({ nullable: true })
  decidedAt: Date | null;
}

export class RepresentativeView {
  @ApiProperty({ description: 'masked for supervisors', example: '张**' })
  name: string;

  @ApiUuid({ description: 'the covered compound they speak for' })
  compoundId: string;
}

export class ConfirmedQuantityView {
  @ApiProperty({ example: 'rain-sewage' })
  key: string;

  @ApiDecimal({ description: 'the quantity built' })
  quantity: string;
}

/** The written on-site confirmation (现场签证) of the work built, against a plan version. */
export class SiteConfirmationView {
  @ApiUuid()
  projectId: string;

  @ApiInteger({ description: 'the plan version confirmed against' })
  planVersion: number;

  @ApiProperty({ example: 'QZ-2026-031' })
  documentNumber: string;

  @ApiDate()
  confirmedOn: string;

  @ApiProperty({ type: [RepresentativeView] })
  residentRepresentatives: RepresentativeView[];

  @ApiProperty({ type: [ConfirmedQuantityView] })
  items: ConfirmedQuantityView[];

  @ApiUuid()
  recordedBy: string;

  @ApiDateTime()
  recordedAt: Date;
}
