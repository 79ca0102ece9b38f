import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsNumber, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

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
  @IsOptional()
  @IsString()
  @MaxLength(100)
  ownerName?: string;

  @ApiPropertyOptional({ description: 'personal data: masked for supervisors' })
  @IsOptional()
  @Matches(/^[0-9+\- ]{5,20}$/, { message: 'ownerPhone is 5-20 digits' })
  ownerPhone?: string;
}

export class UpdateHouseholdDto extends PartialType(HouseholdDto) {}

export class ConfirmRosterDto {
  @ApiPropertyOptional({
    example: '2户为单位公房，已并入相邻门牌',
    description: "required when the roster's count differs from the survey's, or the survey has none",
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class RosterConfirmationRecordDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ description: 'the roster revision it was given on' })
  revision: number;
  @ApiProperty()
  households: number;
  @ApiProperty({ type: Number, nullable: true })
  surveyHouseholds: number | null;
  @ApiProperty({ type: String, nullable: true })
  reason: string | null;
  @ApiProperty({ format: 'uuid' })
  confirmedBy: string;
  @ApiProperty()
  confirmedAt: Date;
}

export class RosterConfirmationViewDto {
  @ApiProperty({ format: 'uuid' })
  compoundId: string;
  @ApiProperty({
    enum: ['UNCONFIRMED', 'CONFIRMED', 'STALE'],
    description: 'STALE: the roster or the survey count changed after the last confirmation',
  })
  state: string;
  @ApiProperty({ description: 'moves on with every add, edit, import or removal' })
  revision: number;
  @ApiProperty({ description: 'households on the roster now' })
  households: number;
  @ApiProperty({ type: Number, nullable: true, description: "the household count of the survey of the compound's active project" })
  surveyHouseholds: number | null;
  @ApiProperty({ type: RosterConfirmationRecordDto, nullable: true })
  confirmation: RosterConfirmationRecordDto | null;
}
