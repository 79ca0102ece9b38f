import { MONTH_PATTERN, PROJECT_STATES } from '@app/domain';
import type { Bulletin } from '@app/workflow';
import { ApiProperty, IntersectionType, OmitType } from '@nestjs/swagger';
import { CityNameView } from '../../cities/dto/city.view.js';
import { ProjectStateEnum } from '../../http/domain-enums.js';
import { ApiFen } from '../../http/money.js';
import { ApiDateTime, ApiInteger, ApiUuid, BilingualView, declareProperties, everyMember } from '../../http/view-properties.js';

/** Projects by lifecycle state: every state, zeros included. */
export class ProjectsByStateView {}
declareProperties(ProjectsByStateView, PROJECT_STATES, { type: 'integer' });

export class ProjectCountsView {
  @ApiInteger()
  total: number;

  @ApiProperty({ type: ProjectsByStateView })
  byState: ProjectsByStateView;
}

export class OverdueCountsView {
  @ApiInteger({ description: 'progress reports past their due date with no submission' })
  reports: number;

  @ApiInteger({ description: 'findings not closed past their deadline' })
  findings: number;

  @ApiInteger({ description: 'complaints received or in handling past their response limit' })
  complaints: number;

  @ApiInteger()
  total: number;
}

export class FundsView {
  @ApiFen({ description: 'funding plan budgets' })
  budgetFen: string;

  @ApiFen({ description: 'amounts committed' })
  raisedFen: string;

  @ApiFen({ description: "each project's shortfall added up: one project's surplus does not hide another's gap" })
  gapFen: string;
}

export class FiguresView {
  @ApiProperty({ type: ProjectCountsView })
  projects: ProjectCountsView;

  @ApiProperty({ type: OverdueCountsView })
  overdue: OverdueCountsView;

  @ApiProperty({ type: FundsView })
  funds: FundsView;
}

export class DistrictFiguresView extends FiguresView {
  @ApiUuid()
  id: string;

  @ApiProperty()
  code: string;

  @ApiProperty()
  name: string;

  @ApiUuid({ description: "the district's city" })
  cityId: string;
}

/** A city's districts in view, added up. */
export class PortfolioCityView extends IntersectionType(CityNameView, FiguresView) {}

export class PortfolioFilterView {
  @ApiUuid({ required: false })
  cityId?: string;

  @ApiUuid({ required: false })
  districtId?: string;

  @ApiProperty({ ...ProjectStateEnum, required: false })
  state?: string;

  @ApiInteger({ required: false })
  planYear?: number;
}

export class PortfolioView {
  @ApiDateTime({ description: 'overdue items are judged by this moment' })
  asOf: Date;

  @ApiProperty({ type: PortfolioFilterView, description: 'the filters applied' })
  filter: PortfolioFilterView;

  @ApiProperty({ type: [DistrictFiguresView], description: 'every district in scope (or of the city asked for), by code' })
  districts: DistrictFiguresView[];

  @ApiProperty({ type: [PortfolioCityView], description: 'the districts above added up per city, by city code' })
  cities: PortfolioCityView[];

  @ApiProperty({ type: FiguresView, description: 'the districts above added up' })
  total: FiguresView;
}

export class StageTimeView {
  @ApiInteger({ description: 'stays in the state that ended within the month' })
  stays: number;

  @ApiProperty({ type: Number, nullable: true, description: 'days, one decimal; null without a stay' })
  averageDays: number | null;
}

/** Average days spent in each lifecycle state: every state. */
export class AverageDaysByStageView {}
declareProperties(AverageDaysByStageView, PROJECT_STATES, { type: StageTimeView });

export class CompletionRateView {
  @ApiInteger({ description: 'projects that passed joint acceptance' })
  accepted: number;

  @ApiInteger({ description: 'projects admitted into an annual plan' })
  admitted: number;

  @ApiProperty({ type: String, nullable: true, pattern: '^[0-9]+\\.[0-9]{2}$', description: 'percent; null when nothing was admitted' })
  percent: string | null;
}

/** What a month adds to a district's or the city's figures. */
export class MonthFiguresView {
  @ApiInteger({ description: 'projects that started construction within the month' })
  startedThisMonth: number;

  @ApiInteger({ description: 'projects that passed acceptance within the month' })
  completedThisMonth: number;

  @ApiProperty({ type: CompletionRateView })
  completionRate: CompletionRateView;

  @ApiProperty({ type: AverageDaysByStageView })
  averageDaysByStage: AverageDaysByStageView;
}

export class CityFiguresView extends IntersectionType(FiguresView, MonthFiguresView) {}

export class BulletinDistrictView extends IntersectionType(OmitType(DistrictFiguresView, ['cityId']), MonthFiguresView) {
  @ApiUuid({ required: false, description: "the district's city; absent from bulletins published before cities had an id" })
  cityId?: string;

  @ApiInteger({ description: 'equal districts share a rank (1, 2, 2, 4) within the city' })
  rank: number;
}

export class PeriodView {
  @ApiDateTime({ description: '00:00 China Standard Time on the first' })
  start: string;

  @ApiDateTime({ description: 'the start of the next month' })
  end: string;

  @ApiProperty({ example: 'Asia/Shanghai' })
  timeZone: string;
}

export class BulletinContentView {
  @ApiProperty({ example: '2026-05', pattern: MONTH_PATTERN.source })
  month: string;

  @ApiProperty({ type: PeriodView })
  period: PeriodView;

  @ApiDateTime()
  builtAt: string;

  @ApiProperty({ type: BilingualView })
  rankingRule: BilingualView;

  @ApiProperty({ type: CityFiguresView, description: "the city's districts added up" })
  city: CityFiguresView;

  @ApiProperty({ type: [BulletinDistrictView], description: 'in ranking order' })
  districts: BulletinDistrictView[];
}

export class BulletinSummaryView {
  @ApiProperty({ example: '2026-05', pattern: MONTH_PATTERN.source })
  month: string;

  @ApiProperty({ type: CityNameView, description: 'the city whose districts it ranks' })
  city: CityNameView;

  @ApiDateTime()
  builtAt: Date;

  @ApiProperty({ enum: everyMember<Bulletin['builtVia']>()('JOB', 'USER'), description: 'the monthly job, or a user on demand' })
  builtVia: string;

  @ApiUuid({ nullable: true, description: 'the user who built it; null for the job' })
  builtBy: string | null;
}

/** A city's monthly bulletin (月通报): figures only, no personal data. */
export class BulletinView extends BulletinSummaryView {
  @ApiProperty({ type: BulletinContentView })
  content: BulletinContentView;
}
