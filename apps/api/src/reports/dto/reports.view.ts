import { PROJECT_STATES } from '@app/domain';
import { ApiProperty, ApiPropertyOptional, IntersectionType, type ApiPropertyOptions } from '@nestjs/swagger';
import { CityNameView } from '../../cities/dto/city.dto.js';

const BY_STATE: ApiPropertyOptions = {
  type: 'object',
  description: `every lifecycle state, zeros included: ${PROJECT_STATES.join(', ')}`,
  additionalProperties: { type: 'integer' },
};

class ProjectCountsView {
  @ApiProperty()
  total: number;
  @ApiProperty(BY_STATE)
  byState: Record<string, number>;
}

class OverdueView {
  @ApiProperty({ description: 'progress reports past their due date with no submission' })
  reports: number;
  @ApiProperty({ description: 'findings not closed past their deadline' })
  findings: number;
  @ApiProperty({ description: 'complaints unresolved past their response limit' })
  complaints: number;
  @ApiProperty()
  total: number;
}

class FundsView {
  @ApiProperty({ example: '1000000', description: 'fen, exact' })
  budgetFen: string;
  @ApiProperty({ example: '250000' })
  raisedFen: string;
  @ApiProperty({ example: '750000', description: "each project's shortfall added up" })
  gapFen: string;
}

export class FiguresView {
  @ApiProperty({ type: ProjectCountsView })
  projects: ProjectCountsView;
  @ApiProperty({ type: OverdueView })
  overdue: OverdueView;
  @ApiProperty({ type: FundsView })
  funds: FundsView;
}

class DistrictNameView {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: '430111' })
  code: string;
  @ApiProperty({ example: '雨花区' })
  name: string;
  @ApiProperty({ format: 'uuid' })
  cityId: string;
}

export class DistrictFiguresView extends IntersectionType(DistrictNameView, FiguresView) {}

class PortfolioCityView extends IntersectionType(CityNameView, FiguresView) {}

export class PortfolioView {
  @ApiProperty({ type: String, format: 'date-time' })
  asOf: Date;
  @ApiProperty({ type: 'object', description: 'the filters applied', additionalProperties: true })
  filter: Record<string, unknown>;
  @ApiProperty({ type: [DistrictFiguresView], description: 'every district in view, by code' })
  districts: DistrictFiguresView[];
  @ApiProperty({ type: [PortfolioCityView], description: 'the districts in view added up per city, by city code' })
  cities: PortfolioCityView[];
  @ApiProperty({ type: FiguresView, description: 'every district in view added up' })
  total: FiguresView;
}

class CompletionRateView {
  @ApiProperty({ description: 'passed joint acceptance' })
  accepted: number;
  @ApiProperty({ description: 'admitted into an annual plan' })
  admitted: number;
  @ApiProperty({ type: String, nullable: true, example: '66.66', description: 'rounded down; null while nothing was admitted' })
  percent: string | null;
}

const BY_STAGE: ApiPropertyOptions = {
  type: 'object',
  description: 'per lifecycle state: the stays that ended within the month, and their average length in days',
  additionalProperties: {
    type: 'object',
    properties: { stays: { type: 'integer' }, averageDays: { type: 'number', nullable: true } },
  },
};

class BulletinCityFiguresView extends FiguresView {
  @ApiProperty()
  startedThisMonth: number;
  @ApiProperty()
  completedThisMonth: number;
  @ApiProperty({ type: CompletionRateView })
  completionRate: CompletionRateView;
  @ApiProperty(BY_STAGE)
  averageDaysByStage: Record<string, { stays: number; averageDays: number | null }>;
}

class BulletinDistrictView extends IntersectionType(DistrictNameView, BulletinCityFiguresView) {
  @ApiProperty({ example: 1, description: 'standard competition ranking within the city: 1, 2, 2, 4' })
  rank: number;
}

class PeriodView {
  @ApiProperty({ type: String, format: 'date-time' })
  start: string;
  @ApiProperty({ type: String, format: 'date-time', description: 'exclusive' })
  end: string;
  @ApiProperty({ example: 'Asia/Shanghai' })
  timeZone: string;
}

class BilingualView {
  @ApiProperty()
  zh: string;
  @ApiProperty()
  en: string;
}

class BulletinContentView {
  @ApiProperty({ example: '2026-05' })
  month: string;
  @ApiProperty({ type: PeriodView })
  period: PeriodView;
  @ApiProperty({ type: String, format: 'date-time' })
  builtAt: string;
  @ApiProperty({ type: BilingualView })
  rankingRule: BilingualView;
  @ApiProperty({ type: BulletinCityFiguresView, description: "the city's districts added up" })
  city: BulletinCityFiguresView;
  @ApiProperty({ type: [BulletinDistrictView], description: "the city's districts in ranking order" })
  districts: BulletinDistrictView[];
}

export class BulletinSummaryView {
  @ApiProperty({ example: '2026-05' })
  month: string;
  @ApiProperty({ type: CityNameView })
  city: CityNameView;
  @ApiProperty({ type: String, format: 'date-time' })
  builtAt: Date;
  @ApiProperty({ enum: ['JOB', 'USER'] })
  builtVia: 'JOB' | 'USER';
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'the user who asked; null for the monthly job' })
  builtBy: string | null;
}

export class BulletinView extends BulletinSummaryView {
  @ApiProperty({ type: BulletinContentView, description: 'as published: figures only, never a person' })
  content: BulletinContentView;
}
