import {
  CHANGE_ORDER_KINDS,
  MAJOR_CHANGE_PARTIES,
  PAYERS,
  WORK_CATEGORIES,
  type ChangeOrderKind,
  type Payer,
  type WorkCategory,
} from '@app/domain';
import { MachineEventDto } from '../../http/machine-event.dto.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsNumber, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { NestedArray, Optional } from '../../http/validation.js';

export class ChangeLineDto {
  @ApiProperty({ example: 'rain-sewage', description: 'an item of the plan, or a new key' })
  @Matches(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: 'key is lower-case letters, digits and dashes' })
  key: string;

  @ApiProperty({ example: 1350, description: 'the new quantity' })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1e9)
  quantity: number;

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
  @ApiProperty({ enum: CHANGE_ORDER_KINDS })
  @IsIn(CHANGE_ORDER_KINDS)
  kind: ChangeOrderKind;

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

export class ChangeEventDto extends MachineEventDto {
  @ApiPropertyOptional({ type: [String], description: 'CONFIRM_ON_SITE: the resident representatives who confirmed' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  residentRepresentatives?: string[];

  @ApiPropertyOptional({ enum: MAJOR_CHANGE_PARTIES, isArray: true, description: 'ARGUE: the parties present' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(MAJOR_CHANGE_PARTIES.length)
  @IsIn(MAJOR_CHANGE_PARTIES, { each: true })
  parties?: string[];

  @ApiPropertyOptional({ description: 'the site visa, written opinion or finance review' })
  @Optional()
  @IsString()
  @MaxLength(10000)
  document?: string;
}
