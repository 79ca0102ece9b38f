import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsNumber, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Optional } from '../../http/validation.js';

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
