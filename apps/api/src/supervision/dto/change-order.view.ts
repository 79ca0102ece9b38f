import { CHANGE_ORDER_KINDS, CHANGE_ORDER_STATES, MAJOR_CHANGE_PARTIES, PAYERS, WORK_CATEGORIES } from '@app/domain';
import { ApiProperty } from '@nestjs/swagger';
import { ApiFen } from '../../http/money.js';
import { ApiDateTime, ApiDecimal, ApiInteger, ApiUuid, enumOf } from '../../http/view-properties.js';

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

/** A change order (变更签证). */
export class ChangeOrderView {
  @ApiUuid()
  id: string;

  @ApiUuid()
  projectId: string;

  @ApiProperty(enumOf(CHANGE_ORDER_KINDS, 'ChangeOrderKind'))
  kind: string;

  @ApiProperty()
  title: string;

  @ApiProperty()
  reason: string;

  @ApiProperty({ type: [ChangeLineView] })
  lines: ChangeLineView[];

  @ApiProperty(enumOf(CHANGE_ORDER_STATES, 'ChangeOrderState'))
  state: string;

  @ApiProperty({ type: [String], description: 'the resident representatives who confirmed it on site' })
  residentRepresentatives: string[];

  @ApiProperty({ ...enumOf(MAJOR_CHANGE_PARTIES, 'ChangeParty'), isArray: true, description: 'the parties that argued a major change' })
  parties: string[];

  @ApiProperty({ type: String, nullable: true, description: 'the site visa or written opinion' })
  siteDocument: string | null;

  @ApiProperty({ type: String, nullable: true })
  budgetReview: string | null;

  @ApiInteger({ nullable: true, description: 'the plan version an approval made' })
  planVersion: number | null;

  @ApiUuid()
  createdBy: string;

  @ApiDateTime()
  createdAt: Date;

  @ApiDateTime({ nullable: true })
  decidedAt: Date | null;
}
