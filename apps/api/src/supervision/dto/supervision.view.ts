import { FINDING_SEVERITIES, FINDING_STATES, REPORT_STATES } from '@app/domain';
import { ApiProperty } from '@nestjs/swagger';
import { ApiDateTime, ApiInteger, ApiUuid, enumOf } from '../../http/view-properties.js';

export const FindingSeverityEnum = enumOf(FINDING_SEVERITIES, 'FindingSeverity');

export class ReportItemView {
  @ApiProperty({ example: 'rain-sewage', description: 'a plan item' })
  key: string;

  @ApiInteger({ minimum: 0, maximum: 100 })
  percent: number;

  @ApiProperty({ type: String, nullable: true, required: false, description: 'why a figure went down, when it did' })
  reason?: string | null;
}

export class ReportView {
  @ApiUuid()
  id: string;

  @ApiUuid()
  projectId: string;

  @ApiInteger({ description: 'the first report of the project is 1' })
  seq: number;

  @ApiDateTime()
  dueAt: Date;

  @ApiProperty(enumOf(REPORT_STATES, 'ReportState'))
  state: string;

  @ApiProperty({ type: [ReportItemView], nullable: true, description: 'null until submitted' })
  items: ReportItemView[] | null;

  @ApiProperty({ type: String, nullable: true })
  narrative: string | null;

  @ApiProperty({ type: String, nullable: true })
  issues: string | null;

  @ApiProperty({ type: [String], description: 'photo references' })
  photos: string[];

  @ApiUuid({ nullable: true })
  submittedBy: string | null;

  @ApiDateTime({ nullable: true })
  submittedAt: Date | null;

  @ApiUuid({ nullable: true, description: 'the supervisor who accepted or returned it' })
  auditedBy: string | null;

  @ApiDateTime({ nullable: true })
  auditedAt: Date | null;
}

/** A report among those of every project in scope, named by its project. */
export class ReportListItemView extends ReportView {
  @ApiProperty({ example: '芙蓉里综合改造' })
  projectName: string;

  @ApiUuid()
  districtId: string;
}

export class ReportScheduleView {
  @ApiInteger()
  intervalDays: number;
}

/** One covered compound's part of the progress: its items, weighted by their budgets. */
export class CompoundProgressView {
  @ApiUuid({ nullable: true, description: 'null: the items a project area shares' })
  compoundId: string | null;

  @ApiProperty({ example: '9000.00', description: "the budget of the compound's items, yuan" })
  budget: string;

  @ApiInteger({ description: 'hundredths of a percent (0 to 10000)' })
  basisPoints: number;

  @ApiProperty({ example: '10.00', pattern: '^[0-9]+\\.[0-9]{2}$' })
  percent: string;
}

export class ProgressView {
  @ApiInteger({ description: 'budget-weighted progress in hundredths of a percent (0 to 10000)' })
  basisPoints: number;

  @ApiProperty({ example: '62.50', pattern: '^[0-9]+\\.[0-9]{2}$' })
  percent: string;

  @ApiInteger({ nullable: true, description: 'the accepted report the figures come from' })
  reportSeq: number | null;

  @ApiProperty({ type: [CompoundProgressView], description: 'per covered compound, the lead first' })
  compounds: CompoundProgressView[];
}

export class FindingView {
  @ApiUuid()
  id: string;

  @ApiUuid()
  projectId: string;

  @ApiUuid({ description: 'the report it was raised on' })
  reportId: string;

  @ApiProperty(FindingSeverityEnum)
  severity: string;

  @ApiProperty()
  description: string;

  @ApiDateTime({ description: 'the rectification deadline (限期整改)' })
  deadline: Date;

  @ApiProperty({ description: 'who is responsible for the rectification' })
  responsible: string;

  @ApiProperty(enumOf(FINDING_STATES, 'FindingState'))
  state: string;

  @ApiProperty({ type: String, nullable: true, description: 'the rectification evidence' })
  evidence: string | null;

  @ApiUuid()
  raisedBy: string;

  @ApiDateTime()
  raisedAt: Date;

  @ApiDateTime({ nullable: true })
  closedAt: Date | null;
}

export class LedgerFindingView extends FindingView {
  @ApiProperty({ example: '芙蓉里综合改造', description: 'the project it was raised on, by name' })
  projectName: string;

  @ApiProperty({ description: 'past its deadline now' })
  overdue: boolean;
}
