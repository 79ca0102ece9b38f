import { CHANGE_PARTIES, PAYERS, WORK_CATEGORIES, type Payer, type WorkCategory } from '@app/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsNumber, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { CompoundRefDto } from '../../http/compound-ref.dto.js';
import { IsCalendarDate } from '../../http/date.js';
import { MachineEventDto } from '../../http/machine-event.dto.js';
import { NestedArray, NestedObject, Optional } from '../../http/validation.js';

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
  @Optional()
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1e9)
  unitPrice?: number;

  @ApiPropertyOptional({ description: 'for a new item' })
  @Optional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: WORK_CATEGORIES })
  @Optional()
  @IsIn(WORK_CATEGORIES)
  category?: WorkCategory;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(20)
  unit?: string;

  @ApiPropertyOptional({ enum: PAYERS })
  @Optional()
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
  @NestedArray(() => ChangeLineDto, { min: 1, max: 200 })
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
  @IsCalendarDate('decidedOn')
  decidedOn: string;
}

export class ChangeEventDto extends MachineEventDto {
  @ApiPropertyOptional({ enum: CHANGE_PARTIES, isArray: true, description: 'ARGUE: the parties present' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(CHANGE_PARTIES.length)
  @IsIn(CHANGE_PARTIES, { each: true })
  parties?: string[];

  @ApiPropertyOptional({ description: 'ARGUE: the written opinion of the argument (论证意见书)' })
  @Optional()
  @IsString()
  @MaxLength(10000)
  opinion?: string;

  @ApiPropertyOptional({ description: "ARGUE: the project HQ meeting's decision (项目指挥部会议决定), e.g. its minutes' number" })
  @Optional()
  @IsString()
  @MaxLength(2000)
  meetingDecision?: string;

  @ApiPropertyOptional({ description: "REVIEW_BUDGET: county finance's budget review (财政预算评审意见)" })
  @Optional()
  @IsString()
  @MaxLength(10000)
  financeReview?: string;

  @ApiPropertyOptional({
    type: GovernmentDecisionDto,
    description: "APPROVE, or REJECT after the budget review: the government's decision, recorded by a supervisor of the district",
  })
  @Optional()
  @NestedObject(() => GovernmentDecisionDto)
  decision?: GovernmentDecisionDto;
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
  @IsCalendarDate('confirmedOn')
  confirmedOn: string;

  @ApiProperty({
    type: [RepresentativeDto],
    description: 'the resident representatives who confirmed with the project HQ, each of the covered compound they speak for',
  })
  @NestedArray(() => RepresentativeDto, { min: 1, max: 20 })
  residentRepresentatives: RepresentativeDto[];

  @ApiProperty({ type: [ItemQuantityDto], description: 'every item of the plan with the quantity built' })
  @NestedArray(() => ItemQuantityDto, { min: 1, max: 500 })
  items: ItemQuantityDto[];
}
