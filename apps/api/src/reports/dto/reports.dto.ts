import { MONTH_PATTERN, PROJECT_STATES, type ProjectState } from '@app/domain';
import { PlanYearFilter } from '../../http/plan-year.decorator.js';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsUUID, Matches } from 'class-validator';
import { CityRefDto } from '../../http/city-ref.dto.js';
import { Optional } from '../../http/validation.js';

export class PortfolioQueryDto {
  @ApiPropertyOptional({ description: 'the districts of your scope in this city' })
  @Optional()
  @IsUUID()
  cityId?: string;

  @ApiPropertyOptional({ description: 'one district of your scope' })
  @Optional()
  @IsUUID()
  districtId?: string;

  @ApiPropertyOptional({ enum: PROJECT_STATES, description: 'only projects in this lifecycle state' })
  @Optional()
  @IsIn(PROJECT_STATES, { message: `state must be one of ${PROJECT_STATES.join(', ')}` })
  state?: ProjectState;

  @PlanYearFilter()
  planYear?: number;
}

const MONTH_MESSAGE = 'month is written YYYY-MM, e.g. 2026-05';

export class BuildBulletinDto extends CityRefDto {
  @ApiProperty({ example: '2026-05', description: 'a month that has ended, in China Standard Time' })
  @Matches(MONTH_PATTERN, { message: MONTH_MESSAGE })
  month: string;
}

export class MonthParamDto {
  @ApiProperty({ example: '2026-05' })
  @Matches(MONTH_PATTERN, { message: MONTH_MESSAGE })
  month: string;
}
