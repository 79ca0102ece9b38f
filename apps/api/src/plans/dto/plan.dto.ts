import { ITEM_KINDS, PAYERS, PLAN_SECTIONS, WORK_CATEGORIES, type ItemKind, type Payer, type WorkCategory } from '@app/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNumber,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { NestedArray, NestedObject, Optional } from '../../http/validation.js';
import { yuan } from '../../http/money.js';

export class PlanSectionsDto {
  @ApiPropertyOptional({ description: '基本情况' }) @Optional() @IsString() @MaxLength(20000) basicFacts?: string;
  @ApiPropertyOptional({ description: '居民意见调查情况' }) @Optional() @IsString() @MaxLength(20000) residentOpinions?: string;
  @ApiPropertyOptional({ description: '存在的主要问题' }) @Optional() @IsString() @MaxLength(20000) mainProblems?: string;
  @ApiPropertyOptional({ description: '改造内容及方式' }) @Optional() @IsString() @MaxLength(20000) contentAndMethod?: string;
  @ApiPropertyOptional({ description: '风险评估' }) @Optional() @IsString() @MaxLength(20000) riskAssessment?: string;
  @ApiPropertyOptional({ description: '投资估算' }) @Optional() @IsString() @MaxLength(20000) investmentEstimate?: string;
  @ApiPropertyOptional({ description: '资金筹措及平衡方案' }) @Optional() @IsString() @MaxLength(20000) fundingAndBalance?: string;
  @ApiPropertyOptional({ description: '智慧小区建设' }) @Optional() @IsString() @MaxLength(20000) smartCompound?: string;
  @ApiPropertyOptional({ description: '长效管理方案' }) @Optional() @IsString() @MaxLength(20000) longTermManagement?: string;
}

export class PlanContributionsDto {
  @ApiPropertyOptional({
    type: Number,
    example: 30,
    minimum: 0,
    maximum: 100,
    nullable: true,
    description: "居民出资比例: residents' share of the improvement and upgrade work, percent, at most two decimals",
  })
  @Optional({ nullable: true })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  residentSharePercent?: number | null;

  @ApiPropertyOptional({
    type: Number,
    example: 150000,
    nullable: true,
    description: 'what residents contribute, yuan; must match the funding plan',
  })
  @Optional({ nullable: true })
  @yuan()
  @Min(0)
  @Max(1e12)
  residents?: number | null;

  @ApiPropertyOptional({
    type: Number,
    example: 0,
    nullable: true,
    description: 'what social capital contributes, yuan; 0 states there is none',
  })
  @Optional({ nullable: true })
  @yuan()
  @Min(0)
  @Max(1e12)
  socialCapital?: number | null;
}

export class PlanItemDto {
  @ApiProperty({ example: 'rain-sewage', description: 'stable key of the item across versions' })
  @Matches(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: 'key is lower-case letters, digits and dashes' })
  key: string;

  @ApiProperty({ example: '雨污分流改造' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({
    enum: ITEM_KINDS,
    description: 'a mandatory item, or one residents pay for: WINDOWS, ELEVATOR, AFTER_METER (water and power work after the meter)',
  })
  @Optional()
  @IsIn(ITEM_KINDS)
  kind?: ItemKind;

  @ApiProperty({ enum: WORK_CATEGORIES })
  @IsIn(WORK_CATEGORIES)
  category: WorkCategory;

  @ApiProperty({ example: 1200.5 })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1e9)
  quantity: number;

  @ApiProperty({ example: 'm' })
  @IsString()
  @MinLength(1)
  @MaxLength(20)
  unit: string;

  @ApiProperty({ example: 380.0, description: 'yuan per unit' })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1e9)
  unitPrice: number;

  @ApiProperty({ enum: PAYERS })
  @IsIn(PAYERS)
  paidBy: Payer;

  @ApiProperty({ description: 'required, or optional for residents to choose' })
  @IsBoolean()
  required: boolean;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'in a project area: the covered compound the item is built in (left out: shared by the area)',
  })
  @Optional({ nullable: true })
  @IsUUID()
  compoundId?: string | null;
}

export class PlanDto {
  @ApiPropertyOptional({ type: PlanSectionsDto, description: `the nine sections: ${PLAN_SECTIONS.join(', ')}` })
  @Optional()
  @NestedObject(() => PlanSectionsDto)
  sections?: PlanSectionsDto;

  @ApiPropertyOptional({ description: 'drawn from a survey of the current state' })
  @Optional()
  @IsBoolean()
  currentStateSurvey?: boolean;

  @ApiPropertyOptional()
  @Optional()
  @IsBoolean()
  fireLanes?: boolean;

  @ApiPropertyOptional()
  @Optional()
  @IsBoolean()
  ageFriendly?: boolean;

  @ApiPropertyOptional({ description: 'an elevator position is reserved when none is installed' })
  @Optional()
  @IsBoolean()
  elevatorPositionReserved?: boolean;

  @ApiPropertyOptional({
    type: PlanContributionsDto,
    description: "the contributions the plan discloses to residents; each field given replaces the last version's",
  })
  @Optional()
  @NestedObject(() => PlanContributionsDto)
  contributions?: PlanContributionsDto;

  @ApiPropertyOptional({ type: [PlanItemDto], description: 'replaces the items when given' })
  @Optional()
  @NestedArray(() => PlanItemDto, { max: 500 })
  items?: PlanItemDto[];

  @ApiPropertyOptional({ description: 'what changed and why' })
  @Optional()
  @IsString()
  @MaxLength(5000)
  changeNote?: string;

  @ApiPropertyOptional({ description: 'a closed PLAN round whose choices keep or drop the optional items' })
  @Optional()
  @IsUUID()
  applyChoicesFrom?: string;

  @ApiPropertyOptional({ type: [String], description: 'objections answered ADOPTED that this version takes up' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  adoptedObjections?: string[];
}
