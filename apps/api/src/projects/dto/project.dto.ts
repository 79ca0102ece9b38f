import { BODY_KINDS, PROJECT_STATES, RULE_PROFILE_IDS, type BodyKind, type ProjectState } from '@app/domain';
import { MachineEventDto } from '../../http/machine-event.dto.js';
import { PlanYearFilter } from '../../http/plan-year.decorator.js';
import { RuleProfileReason } from '../../http/rule-profile-reason.decorator.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsNumber, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsCalendarDate } from '../../http/date.js';
import { CompoundRefDto } from '../../http/compound-ref.dto.js';
import { PageQueryDto } from '../../http/page.dto.js';
import { NestedArray, NestedObject, Optional, PG_INT_MAX } from '../../http/validation.js';

export class CreateProjectDto {
  @ApiProperty()
  @IsUUID()
  compoundId: string;

  @ApiProperty({ example: '桂花苑综合改造' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({
    enum: RULE_PROFILE_IDS,
    description: "consent rule the rounds are judged by; by default the district's for willingness rounds, else changsha-two-80",
  })
  @Optional()
  @IsString()
  @MaxLength(64)
  ruleProfile?: string;

  @RuleProfileReason()
  ruleProfileReason?: string;
}

export class AddCompoundDto {
  @ApiProperty({ format: 'uuid', description: 'a compound of the project’s district' })
  @IsUUID()
  compoundId: string;
}

const PROJECT_SORTS = ['recent', 'overdue'] as const;

export class ProjectQueryDto extends PageQueryDto {
  @ApiPropertyOptional()
  @Optional()
  @IsUUID()
  districtId?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsUUID()
  compoundId?: string;

  @ApiPropertyOptional({ enum: PROJECT_STATES })
  @Optional()
  @IsIn(PROJECT_STATES, { message: `state must be one of ${PROJECT_STATES.join(', ')}` })
  state?: ProjectState;

  @PlanYearFilter()
  planYear?: number;

  @ApiPropertyOptional({
    example: '桂花',
    description: "part of the project's name or of a covered compound's (a project area's neighbours included)",
  })
  @Optional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: PROJECT_SORTS, default: 'recent', description: 'overdue: most overdue items first' })
  @Optional()
  @IsIn(PROJECT_SORTS, { message: `sort must be one of ${PROJECT_SORTS.join(', ')}` })
  sort?: (typeof PROJECT_SORTS)[number];
}

export class BaseDataDto {
  @ApiProperty({ example: 6 })
  @IsInt()
  @Min(1)
  @Max(10000)
  buildings: number;

  @ApiProperty({ example: 240 })
  @IsInt()
  @Min(1)
  @Max(1000000)
  households: number;

  @ApiProperty({ example: 18650.5, description: 'm², two decimals at most' })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0.01)
  @Max(1e10)
  floorArea: number;

  @ApiProperty({ example: 1996 })
  @IsInt()
  @Min(1900)
  @Max(2100)
  buildYear: number;
}

export const ASSET_KINDS = ['VACANT_ROOM', 'PUBLIC_SPACE', 'PARKING', 'GREEN_SPACE', 'FACILITY', 'OTHER'] as const;

export class AssetItemDto {
  @ApiProperty({ enum: ASSET_KINDS })
  @IsIn(ASSET_KINDS)
  kind: string;

  @ApiProperty({ example: '1号楼架空层闲置用房' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  description: string;

  @ApiPropertyOptional({ example: 120 })
  @Optional()
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1e9)
  quantity?: number;

  @ApiPropertyOptional({ example: 'm²' })
  @Optional()
  @IsString()
  @MaxLength(20)
  unit?: string;
}

export class AssetsDto {
  @ApiProperty({ type: [AssetItemDto], description: 'may be empty when the survey found none' })
  @NestedArray(() => AssetItemDto, { max: 500 })
  items: AssetItemDto[];

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(5000)
  notes?: string;
}

export const SURVEY_METHODS = ['DOOR_TO_DOOR', 'QUESTIONNAIRE', 'MEETING', 'ONLINE'] as const;

export class WillingnessDto {
  @ApiProperty({ example: 230 })
  @IsInt()
  @Min(1)
  @Max(1000000)
  surveyedHouseholds: number;

  @ApiProperty({ example: 205 })
  @IsInt()
  @Min(0)
  @Max(1000000)
  willingHouseholds: number;

  @ApiProperty({ enum: SURVEY_METHODS })
  @IsIn(SURVEY_METHODS)
  method: string;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(5000)
  notes?: string;
}

/** One covered compound's survey sections. */
export class SurveyDto extends CompoundRefDto {
  @ApiPropertyOptional({ type: BaseDataDto, description: 'becomes the compound register figures' })
  @Optional()
  @NestedObject(() => BaseDataDto)
  baseData?: BaseDataDto;

  @ApiPropertyOptional({ type: AssetsDto })
  @Optional()
  @NestedObject(() => AssetsDto)
  assets?: AssetsDto;

  @ApiPropertyOptional({ type: WillingnessDto })
  @Optional()
  @NestedObject(() => WillingnessDto)
  willingness?: WillingnessDto;
}

export class BodyMemberDto {
  @ApiProperty({ example: '李建国' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name: string;

  @ApiProperty({ example: '理事长' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  position: string;

  @ApiProperty({ description: 'lives in the compound' })
  @IsBoolean()
  resident: boolean;
}

/** A body of one covered compound's residents. */
export class RegisterBodyDto extends CompoundRefDto {
  @ApiProperty({ enum: BODY_KINDS })
  @IsIn(BODY_KINDS)
  kind: BodyKind;

  @ApiProperty({ example: '桂花苑改造理事会' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: '2026-03-01' })
  @IsCalendarDate('establishedOn')
  establishedOn: string;

  @ApiProperty({ type: [BodyMemberDto], description: 'a renovation council has 3 to 5 resident members' })
  @NestedArray(() => BodyMemberDto, { min: 1, max: 50 })
  members: BodyMemberDto[];
}

export class FireEventDto extends MachineEventDto {
  @ApiPropertyOptional({ description: 'the project version you acted on; a newer project refuses with 409' })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(PG_INT_MAX)
  expectedVersion?: number;
}
