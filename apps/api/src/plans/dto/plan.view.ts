import { ITEM_KINDS, PAYERS, PLAN_SECTIONS, WORK_CATEGORIES } from '@app/domain';
import { ApiProperty } from '@nestjs/swagger';
import { ApiYuan } from '../../http/money.js';
import { ApiDateTime, ApiDecimal, ApiInteger, ApiUuid, declareProperties, enumOf } from '../../http/view-properties.js';

/** The nine sections of a plan, one property per section of the domain; a section not written yet is absent. */
export class PlanSectionsView {}
declareProperties(PlanSectionsView, PLAN_SECTIONS, { type: String, required: false });

export class PlanItemView {
  @ApiProperty({ example: 'rain-sewage' })
  key: string;

  @ApiProperty({ example: '雨污分流改造' })
  name: string;

  @ApiProperty({ ...enumOf(ITEM_KINDS, 'ItemKind'), nullable: true, description: 'the mandatory item or the elevator it is' })
  kind: string | null;

  @ApiProperty(enumOf(WORK_CATEGORIES, 'WorkCategory'))
  category: string;

  @ApiDecimal()
  quantity: string;

  @ApiProperty({ example: 'm' })
  unit: string;

  @ApiYuan()
  unitPrice: string;

  @ApiYuan({ description: 'quantity × unit price, rounded half up to the fen' })
  budget: string;

  @ApiProperty(enumOf(PAYERS, 'Payer'))
  paidBy: string;

  @ApiProperty({ description: 'optional items are chosen by residents (由居民点菜)' })
  required: boolean;

  @ApiUuid({ nullable: true, description: 'in a project area: the covered compound it is built in; null: shared by the area' })
  compoundId: string | null;
}

export class PlanContributionsView {
  @ApiDecimal({ nullable: true, description: '居民出资比例, percent with two decimals; null until stated' })
  residentSharePercent: string | null;

  @ApiYuan({ nullable: true, description: 'what residents contribute' })
  residents: string | null;

  @ApiYuan({ nullable: true, description: 'what social capital contributes; 0 states there is none' })
  socialCapital: string | null;
}

export class PlanVersionView {
  @ApiUuid()
  projectId: string;

  @ApiInteger()
  version: number;

  @ApiProperty({ description: 'consulted in a round: edits make the next version' })
  frozen: boolean;

  @ApiProperty({ type: String, nullable: true })
  changeNote: string | null;

  @ApiProperty({ type: [String], format: 'uuid', description: 'the objections this version takes up' })
  adoptedObjections: string[];

  @ApiProperty({ type: PlanSectionsView })
  sections: PlanSectionsView;

  @ApiProperty()
  currentStateSurvey: boolean;

  @ApiProperty()
  fireLanes: boolean;

  @ApiProperty()
  ageFriendly: boolean;

  @ApiProperty()
  elevatorPositionReserved: boolean;

  @ApiProperty({ type: PlanContributionsView, description: 'the contributions the plan discloses to residents' })
  contributions: PlanContributionsView;

  @ApiProperty({ type: [PlanItemView] })
  items: PlanItemView[];

  @ApiYuan()
  budget: string;

  @ApiUuid()
  createdBy: string;

  @ApiDateTime()
  createdAt: Date;
}
