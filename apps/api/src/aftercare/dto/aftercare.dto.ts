import {
  ARCHIVE_KINDS,
  FINDING_SEVERITIES,
  PROPERTY_MODES,
  REVISIT_MAX_SCORE,
  type ArchiveKind,
  type FindingSeverity,
  type PropertyMode,
} from '@app/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { CompoundRefDto } from '../../http/compound-ref.dto.js';
import { IsCalendarDate } from '../../http/date.js';
import { yuan } from '../../http/money.js';
import { NestedArray, Optional } from '../../http/validation.js';

export class ArchiveUploadDto {
  @ApiProperty({ enum: ARCHIVE_KINDS })
  @IsIn(ARCHIVE_KINDS)
  kind: ArchiveKind;

  @ApiProperty({ example: '施工合同（扫描件）' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;
}

export class ArchiveReferenceDto extends ArchiveUploadDto {
  @ApiProperty({ example: '区城建档案馆 2026-GZ-0153', description: 'where the document is kept: an archive number, a location or a URL' })
  @IsString()
  @MinLength(2)
  @MaxLength(500)
  reference: string;
}

export class WithdrawDto {
  @ApiProperty({ example: '误传：该文件为另一小区的合同' })
  @IsString()
  @MinLength(2)
  @MaxLength(500)
  reason: string;
}

export class PropertyDto {
  @ApiProperty({ enum: PROPERTY_MODES })
  @IsIn(PROPERTY_MODES)
  mode: PropertyMode;

  @ApiPropertyOptional({ example: '长沙某物业服务有限公司', description: 'the company or trustee; none when self-managed' })
  @Optional()
  @IsString()
  @MaxLength(200)
  provider?: string;

  @ApiProperty({ example: '2026-07-01' })
  @IsCalendarDate('contractStart')
  contractStart: string;

  @ApiPropertyOptional({ example: '2029-06-30', description: 'the last day of the contract; none when self-managed' })
  @Optional()
  @IsCalendarDate('contractEnd')
  contractEnd?: string;
}

export class FundBuildingDto extends CompoundRefDto {
  @ApiProperty({ example: '3', description: "a building of the compound's roster (the lead compound's unless compoundId names another)" })
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  building: string;

  @ApiProperty({ example: 'ELEVATOR', description: 'a building type of the shipped rates' })
  @Matches(/^[A-Z_]{2,40}$/, { message: 'buildingType is a code such as ELEVATOR' })
  buildingType: string;
}

export class FundPlanDto {
  @ApiPropertyOptional({
    type: [FundBuildingDto],
    description: "buildings whose type differs from the compound's (with or without elevator)",
  })
  @Optional()
  @NestedArray(() => FundBuildingDto, { max: 1000 })
  buildings?: FundBuildingDto[];
}

/** Money one covered compound's owners paid. */
export class CollectionDto extends CompoundRefDto {
  @ApiProperty({ example: 125000.5, description: 'yuan collected' })
  @yuan()
  @Min(0.01)
  @Max(1e10)
  amount: number;

  @ApiProperty({ example: '2026-08-15' })
  @IsCalendarDate('collectedOn')
  collectedOn: string;

  @ApiPropertyOptional({ example: '3' })
  @Optional()
  @IsString()
  @MaxLength(50)
  building?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class RevisitFindingDto {
  @ApiProperty({ example: '3栋屋面防水局部渗漏' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  description: string;

  @ApiProperty({ enum: FINDING_SEVERITIES })
  @IsIn(FINDING_SEVERITIES)
  severity: FindingSeverity;
}

export class RevisitDto {
  @ApiProperty({ minimum: 0, maximum: REVISIT_MAX_SCORE, example: 92 })
  @IsInt()
  @Min(0)
  @Max(REVISIT_MAX_SCORE)
  score: number;

  @ApiProperty({ example: '设施运行正常，物业服务到位' })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  summary: string;

  @ApiProperty({ type: [RevisitFindingDto], description: 'what the revisit found; empty when nothing' })
  @NestedArray(() => RevisitFindingDto, { max: 200 })
  findings: RevisitFindingDto[];
}
