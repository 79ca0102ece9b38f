import { FUNDING_SOURCES, type FundingSource } from '@app/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { CompoundRefDto } from '../../http/compound-ref.dto.js';
import { yuan } from '../../http/money.js';
import { NestedArray, Optional } from '../../http/validation.js';

export class PlanYearDto {
  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  planYear: number;
}

export class ImplementingEntityDto {
  @ApiProperty({ example: '雨花区城市更新投资有限公司' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;
}

/** One covered compound's residents accept the condition. */
export class AdmissionDto extends CompoundRefDto {
  @ApiProperty({ example: '2026年3月业主大会决议第2项', description: 'what shows the residents accepted it' })
  @IsString()
  @MinLength(2)
  @MaxLength(1000)
  basis: string;
}

export class FundingSourceDto {
  @ApiProperty({ enum: FUNDING_SOURCES })
  @IsIn(FUNDING_SOURCES)
  source: FundingSource;

  @ApiProperty({ example: 1200000, description: 'yuan, at most two decimals' })
  @yuan()
  @Min(0)
  @Max(1e12)
  amount: number;

  @ApiPropertyOptional({ example: 600000, description: 'yuan received so far, at most the amount committed' })
  @Optional()
  @yuan()
  @Min(0)
  @Max(1e12)
  received?: number;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(500)
  note?: string;

  @ApiPropertyOptional({
    description:
      'SOCIAL_CAPITAL only, and required there: whether it comes in return for operating public space, which the owners must have decided in a PUBLIC_SPACE_OPERATION round',
  })
  @Optional()
  @IsBoolean()
  publicSpace?: boolean;
}

export class FundingPlanDto {
  @ApiProperty({ example: 3500000, description: 'budget in yuan' })
  @yuan()
  @Min(0.01)
  @Max(1e12)
  budget: number;

  @ApiProperty({ type: [FundingSourceDto] })
  @NestedArray(() => FundingSourceDto, { min: 1, max: 20 })
  sources: FundingSourceDto[];
}
