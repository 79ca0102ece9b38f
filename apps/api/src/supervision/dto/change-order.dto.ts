import { CHANGE_ORDER_STATES, CHANGE_PARTIES, PAYERS, WORK_CATEGORIES, type Payer, type WorkCategory } from '@app/domain';
import { CompoundRefDto } from '../../http/compound-ref.dto.js';
import { DATE } from '../../http/date.js';
import { MachineEventDto } from '../../http/machine-event.dto.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

/** An item and a quantity: a change order's new quantity, or the quantity confirmed built on site. */
export class ItemQuantityDto {
  @ApiProperty({ example: 'rain-sewage', description: 'an item of the plan (a change order may add a new key)' })
  @Matches(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: 'key is lower-case letters, digits and dashes' })
  key: string;

  @ApiProperty({ example: 650, description: 'the new quantity, or the quantity built' })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1e9)
  quantity: number;
}

export class ChangeLineDto extends ItemQuantityDto {
  @ApiPropertyOptional({ description: 'yuan; defaults to the plan item’s price' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1e9)
  unitPrice?: number;

  @ApiPropertyOptional({ description: 'for a new item' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: WORK_CATEGORIES })
  @IsOptional()
  @IsIn(WORK_CATEGORIES)
  category?: WorkCategory;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(20)
  unit?: string;

  @ApiPropertyOptional({ enum: PAYERS })
  @IsOptional()
  @IsIn(PAYERS)
  paidBy?: Payer;
}

export class ChangeOrderDto {
  @ApiProperty({ example: '雨污管线长度增加' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @ApiProperty({ example: '开挖后发现原管线走向与图纸不符' })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  reason: string;

  @ApiProperty({ type: [ChangeLineDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ChangeLineDto)
  lines: ChangeLineDto[];
}

/** The county (district) government's decision, from its document. */
export class GovernmentDecisionDto {
  @ApiProperty({ example: '会同县人民政府' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  authority: string;

  @ApiProperty({ example: '会政函〔2026〕18号' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  documentNumber: string;

  @ApiProperty({ example: '2026-05-20', description: 'the date on the document, not in the future, not before the budget review' })
  @Matches(DATE, { message: 'decidedOn is a date YYYY-MM-DD' })
  decidedOn: string;
}

export class ChangeEventDto extends MachineEventDto {
  @ApiPropertyOptional({ enum: CHANGE_PARTIES, isArray: true, description: 'ARGUE: the parties present' })
  @IsOptional()
  @IsArray()
  @IsIn(CHANGE_PARTIES, { each: true })
  parties?: string[];

  @ApiPropertyOptional({ description: 'ARGUE: the written opinion of the argument (论证意见书)' })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  opinion?: string;

  @ApiPropertyOptional({ description: "ARGUE: the project HQ meeting's decision (项目指挥部会议决定), e.g. its minutes' number" })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  meetingDecision?: string;

  @ApiPropertyOptional({ description: "REVIEW_BUDGET: county finance's budget review (财政预算评审意见)" })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  financeReview?: string;

  @ApiPropertyOptional({
    type: GovernmentDecisionDto,
    description: "APPROVE, or REJECT after the budget review: the government's decision, recorded by a supervisor of the district",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => GovernmentDecisionDto)
  decision?: GovernmentDecisionDto;
}

class GovernmentDecisionView extends GovernmentDecisionDto {
  @ApiProperty({ format: 'uuid', description: 'the supervisor who recorded it' })
  recordedBy: string;
}

class LegacyView {
  @ApiProperty({ enum: ['MINOR', 'MAJOR'], description: 'the kind under the former rules' })
  kind: string;
  @ApiProperty({ description: 'the state under the former rules' })
  state: string;
  @ApiPropertyOptional({ description: 'a former minor order: its site visa' })
  siteDocument?: string;
  @ApiPropertyOptional({ type: [String], description: 'a former minor order: its representatives (masked for supervisors)' })
  residentRepresentatives?: string[];
  @ApiPropertyOptional({ description: 'approved by the PM before the government was required' })
  approvedWithoutGovernment?: boolean;
}

export class ChangeOrderView {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  projectId: string;
  @ApiProperty()
  title: string;
  @ApiProperty()
  reason: string;
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'items with their new quantity or price, or new items' })
  lines: object[];
  @ApiProperty({ enum: CHANGE_ORDER_STATES })
  state: string;
  @ApiProperty({ enum: CHANGE_PARTIES, isArray: true })
  parties: string[];
  @ApiProperty({ type: String, nullable: true })
  opinion: string | null;
  @ApiProperty({ type: String, nullable: true })
  meetingDecision: string | null;
  @ApiProperty({ type: String, nullable: true })
  financeReview: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  budgetReviewedAt: Date | null;
  @ApiProperty({ type: GovernmentDecisionView, nullable: true })
  decision: GovernmentDecisionView | null;
  @ApiProperty({ type: Number, nullable: true, description: 'the plan version an approved order made' })
  planVersion: number | null;
  @ApiProperty({ type: LegacyView, nullable: true, description: 'what the former minor-order route left on the order' })
  legacy: LegacyView | null;
  @ApiProperty({ format: 'uuid' })
  createdBy: string;
  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  decidedAt: Date | null;
}

export class RepresentativeDto extends CompoundRefDto {
  @ApiProperty({ example: '张建国' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;
}

export class SiteConfirmationDto {
  @ApiProperty({ example: 'QZ-2026-031', description: 'the number of the site visa signed on site (现场签证单)' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  documentNumber: string;

  @ApiProperty({ example: '2026-05-28', description: 'the day it was signed, not in the future' })
  @Matches(DATE, { message: 'confirmedOn is a date YYYY-MM-DD' })
  confirmedOn: string;

  @ApiProperty({ type: [RepresentativeDto], description: 'the resident representatives who confirmed with the project HQ' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RepresentativeDto)
  residentRepresentatives: RepresentativeDto[];

  @ApiProperty({ type: [ItemQuantityDto], description: 'every item of the plan with the quantity built' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ItemQuantityDto)
  items: ItemQuantityDto[];
}

export class SiteConfirmationView {
  @ApiProperty({ format: 'uuid' })
  projectId: string;
  @ApiProperty({ description: 'the plan version confirmed against' })
  planVersion: number;
  @ApiProperty()
  documentNumber: string;
  @ApiProperty({ example: '2026-05-28' })
  confirmedOn: string;
  @ApiProperty({ type: [RepresentativeDto], description: 'names masked for supervisors' })
  residentRepresentatives: RepresentativeDto[];
  @ApiProperty({ type: 'array', items: { type: 'object', properties: { key: { type: 'string' }, quantity: { type: 'string' } } } })
  items: { key: string; quantity: string }[];
  @ApiProperty({ format: 'uuid' })
  recordedBy: string;
  @ApiProperty({ type: String, format: 'date-time' })
  recordedAt: Date;
}
