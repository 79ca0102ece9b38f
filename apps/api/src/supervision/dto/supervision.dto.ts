import { FINDING_SEVERITIES, REPORT_STATES, type FindingSeverity, type ReportState } from '@app/domain';
import { MachineEventDto } from '../../http/machine-event.dto.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { IsChinaDeadline } from '../../http/date.js';
import { NestedArray, Optional } from '../../http/validation.js';

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
  @Optional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class ReportDto {
  @ApiProperty({ type: [ReportItemDto] })
  @NestedArray(() => ReportItemDto, { min: 1, max: 500 })
  items: ReportItemDto[];

  @ApiProperty({ example: '雨污分流主管完成铺设' })
  @IsString()
  @MinLength(1)
  @MaxLength(20000)
  narrative: string;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(20000)
  issues?: string;

  @ApiPropertyOptional({ type: [String], description: 'photo references (hashes or archive numbers)' })
  @Optional()
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

  @ApiProperty({
    example: '2026-07-01',
    description:
      '限期整改: the rectification deadline. A date is due at the end of that day, Beijing time (23:59:59.999+08:00); a date and time without an offset is read in Beijing time',
  })
  @IsChinaDeadline('deadline')
  deadline: string;

  @ApiProperty({ example: '施工单位项目经理' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  responsible: string;
}

export class ReturnDto {
  @ApiProperty({ type: [FindingDto] })
  @NestedArray(() => FindingDto, { max: 100 })
  findings: FindingDto[];
}

export class FindingEventDto extends MachineEventDto {
  @ApiPropertyOptional({ description: 'rectification evidence' })
  @Optional()
  @IsString()
  @MaxLength(5000)
  evidence?: string;
}

export class LedgerQueryDto {
  @ApiPropertyOptional()
  @Optional()
  @IsUUID()
  districtId?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsUUID()
  projectId?: string;

  @ApiPropertyOptional({ enum: FINDING_SEVERITIES })
  @Optional()
  @IsIn(FINDING_SEVERITIES)
  severity?: FindingSeverity;
}

export class ReportListQueryDto {
  @ApiPropertyOptional({ enum: REPORT_STATES, description: 'SUBMITTED: the reports waiting for a supervisor' })
  @Optional()
  @IsIn(REPORT_STATES)
  state?: ReportState;

  @ApiPropertyOptional()
  @Optional()
  @IsUUID()
  districtId?: string;
}

export class ScheduleDto {
  @ApiProperty({ example: 15, minimum: 1, maximum: 90, description: 'days between progress reports' })
  @IsInt()
  @Min(1)
  @Max(90)
  intervalDays: number;
}
