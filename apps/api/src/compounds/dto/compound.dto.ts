import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsNumber, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PageQueryDto } from '../../http/page.dto.js';
import { Optional } from '../../http/validation.js';

export class CreateCompoundDto {
  @ApiProperty()
  @IsUUID()
  districtId: string;

  @ApiProperty({ example: '桂花苑' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: '韶山中路 100 号' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  address: string;

  @ApiProperty({ example: 1996, description: 'not after the current year' })
  @IsInt()
  @Min(1900)
  @Max(2100)
  buildYear: number;

  @ApiPropertyOptional({ example: 6 })
  @Optional({ nullable: true })
  @IsInt()
  @Min(0)
  @Max(10000)
  buildings?: number;

  @ApiPropertyOptional({ example: 240 })
  @Optional({ nullable: true })
  @IsInt()
  @Min(0)
  @Max(1000000)
  households?: number;

  @ApiPropertyOptional({ example: 18650.5, description: 'total floor area in m², two decimals at most' })
  @Optional({ nullable: true })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1e10)
  floorArea?: number;

  @ApiPropertyOptional()
  @Optional()
  @IsBoolean()
  hasElevator?: boolean;

  @ApiPropertyOptional({ description: 'in a shantytown redevelopment plan (then not eligible)' })
  @Optional()
  @IsBoolean()
  inShantytownPlan?: boolean;

  @ApiPropertyOptional({ enum: ['A', 'B', 'C', 'D'], description: 'worst building safety rating' })
  @Optional({ nullable: true })
  @IsIn(['A', 'B', 'C', 'D'])
  dangerRating?: 'A' | 'B' | 'C' | 'D';

  @ApiPropertyOptional({ example: 28.1128 })
  @Optional({ nullable: true })
  @IsNumber({ maxDecimalPlaces: 6 })
  @Min(-90)
  @Max(90)
  latitude?: number;

  @ApiPropertyOptional({ example: 112.9834 })
  @Optional({ nullable: true })
  @IsNumber({ maxDecimalPlaces: 6 })
  @Min(-180)
  @Max(180)
  longitude?: number;
}

export class UpdateCompoundDto extends PartialType(OmitType(CreateCompoundDto, ['districtId'] as const), { skipNullProperties: false }) {}

export class EligibilityExceptionDto {
  @ApiProperty({ example: '2003年建成但配套设施严重缺失，经市住建局批准纳入' })
  @IsString()
  @MinLength(4)
  @MaxLength(2000)
  reason: string;

  @ApiProperty({ example: '长住建函〔2025〕12号', description: 'approval document number' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  approvalRef: string;
}

export class CompoundQueryDto extends PageQueryDto {
  @ApiPropertyOptional()
  @Optional()
  @IsUUID()
  districtId?: string;
}
