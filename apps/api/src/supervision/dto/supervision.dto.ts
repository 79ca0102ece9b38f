import { FINDING_SEVERITIES, type FindingSeverity } from '@app/domain';
import { MachineEventDto } from '../../http/machine-event.dto.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

export class ReportItemDto {
  @ApiProperty({ example: 'rain-sewage' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  key: string;

  @ApiProperty({ minimum: 0, maximum: 100, example: 60 })
  @IsInt()
  @Min(0)
  @Max(100)
  percent: number;

  @ApiPropertyOptional({ description: 'why a figure went down since the last accepted report' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class ReportDto {
  @ApiProperty({ type: [ReportItemDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ReportItemDto)
  items: ReportItemDto[];

  @ApiProperty({ example: '雨污分流主管完成铺设' })
  @IsString()
  @MinLength(1)
  @MaxLength(20000)
  narrative: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  issues?: string;

  @ApiPropertyOptional({ type: [String], description: 'photo references (hashes or archive numbers)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  photos?: string[];
}

export class FindingDto {
  @ApiProperty({ enum: FINDING_SEVERITIES })
  @IsIn(FINDING_SEVERITIES)
  severity: FindingSeverity;

  @ApiProperty({ example: '3号楼脚手架未设置防护网' })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  description: string;

  @ApiProperty({ example: '2026-07-01T00:00:00Z', description: '限期整改: the rectification deadline' })
  @IsISO8601()
  deadline: string;

  @ApiProperty({ example: '施工单位项目经理' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  responsible: string;
}

export class ReturnDto {
  @ApiProperty({ type: [FindingDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => FindingDto)
  findings: FindingDto[];
}

export class FindingEventDto extends MachineEventDto {
  @ApiPropertyOptional({ description: 'rectification evidence' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  evidence?: string;
}

export class LedgerQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  districtId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  projectId?: string;

  @ApiPropertyOptional({ enum: FINDING_SEVERITIES })
  @IsOptional()
  @IsIn(FINDING_SEVERITIES)
  severity?: FindingSeverity;
}

export class ScheduleDto {
  @ApiProperty({ example: 15, minimum: 1, maximum: 90, description: 'days between progress reports' })
  @IsInt()
  @Min(1)
  @Max(90)
  intervalDays: number;
}

class CompoundProgressView {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null: the items a project area shares' })
  compoundId: string | null;
  @ApiProperty({ example: '9000.00', description: "the budget of the compound's items, yuan" })
  budget: string;
  @ApiProperty({ example: 1000 })
  basisPoints: number;
  @ApiProperty({ example: '10.00' })
  percent: string;
}

export class ProgressView {
  @ApiProperty({ example: 3450, description: '10000 = 100%' })
  basisPoints: number;
  @ApiProperty({ example: '34.50' })
  percent: string;
  @ApiProperty({ type: Number, nullable: true, description: 'the accepted report the figures come from' })
  reportSeq: number | null;
  @ApiProperty({ type: [CompoundProgressView] })
  compounds: CompoundProgressView[];
}
