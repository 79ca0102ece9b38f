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
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ChangeLineDto)
  lines: ChangeLineDto[];
}

export class ChangeEventDto extends MachineEventDto {
  @ApiPropertyOptional({ type: [String], description: 'CONFIRM_ON_SITE: the resident representatives who confirmed' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  residentRepresentatives?: string[];

  @ApiPropertyOptional({ enum: MAJOR_CHANGE_PARTIES, isArray: true, description: 'ARGUE: the parties present' })
  @IsOptional()
  @IsArray()
  @IsIn(MAJOR_CHANGE_PARTIES, { each: true })
  parties?: string[];

  @ApiPropertyOptional({ description: 'the site visa, written opinion or finance review' })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  document?: string;
}
