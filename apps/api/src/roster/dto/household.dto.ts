import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { MAX_SPLIT_HOUSEHOLDS, type HouseholdMoveKind } from '@app/workflow';
import { IsIn, IsNumber, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsCalendarDate } from '../../http/date.js';
import { PageQueryDto } from '../../http/page.dto.js';
import { NestedArray, Optional } from '../../http/validation.js';
import { everyMember } from '../../http/view-properties.js';

export class HouseholdDto {
  @ApiProperty({ example: '3' })
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  building: string;

  @ApiProperty({ example: '1' })
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  unit: string;

  @ApiProperty({ example: '502' })
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  room: string;

  @ApiProperty({ example: 86.45, description: 'm², at most two decimals' })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0.01)
  @Max(99999999)
  floorArea: number;

  @ApiPropertyOptional({ description: 'personal data: masked for supervisors' })
  @Optional({ nullable: true })
  @IsString()
  @MaxLength(100)
  ownerName?: string;

  @ApiPropertyOptional({ description: 'personal data: masked for supervisors' })
  @Optional({ nullable: true })
  @Matches(/^[0-9+\- ]{5,20}$/, { message: 'ownerPhone is 5-20 digits' })
  ownerPhone?: string;
}

export class UpdateHouseholdDto extends PartialType(HouseholdDto, { skipNullProperties: false }) {}

export class ConfirmRosterDto {
  @ApiPropertyOptional({
    example: '2户为单位公房，已并入相邻门牌',
    description: "required when the roster's count differs from the survey's, or the survey has none",
  })
  @Optional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export const MOVE_KINDS = everyMember<HouseholdMoveKind>()('MOVED_OUT', 'MERGED', 'SPLIT');

export class HouseholdMoveDto {
  @ApiProperty({ enum: MOVE_KINDS, description: 'MOVED_OUT 迁出, MERGED 合并 (into intoHouseholdId), SPLIT 分户 (into newHouseholds)' })
  @IsIn(MOVE_KINDS)
  kind: HouseholdMoveKind;

  @ApiProperty({ example: '房屋已出售，原户主全家迁出' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason: string;

  @ApiProperty({ example: '2026-11-20', description: 'the day it happened, not after today (China time)' })
  @IsCalendarDate('on')
  on: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'MERGED only: the household of the same compound it merged into' })
  @Optional()
  @IsUUID('all')
  intoHouseholdId?: string;

  @ApiPropertyOptional({
    type: [HouseholdDto],
    description: 'SPLIT only: the households it became, at least two; one may keep its unit key',
  })
  @Optional()
  @NestedArray(() => HouseholdDto, { max: MAX_SPLIT_HOUSEHOLDS })
  newHouseholds?: HouseholdDto[];
}

export class RosterQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: ['true', 'false'],
    default: 'false',
    description: 'true: also the households that moved out, merged or split, after those on the roster',
  })
  @Optional()
  @IsIn(['true', 'false'])
  includeDeparted?: 'true' | 'false';
}
