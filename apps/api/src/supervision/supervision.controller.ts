import { chinaDeadline, type Actor } from '@app/domain';
import { SupervisionService } from '@app/workflow';
import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, CurrentActor, Roles } from '../auth/access.decorator.js';
import { ApiProblems } from '../http/api-problems.decorator.js';
import { uuidPipe } from '../http/validation.js';
import { FindingEventDto, LedgerQueryDto, ReportDto, ReportListQueryDto, ReturnDto, ScheduleDto } from './dto/supervision.dto.js';
import {
  FindingView,
  LedgerFindingView,
  ProgressView,
  ReportListItemView,
  ReportScheduleView,
  ReportView,
} from './dto/supervision.view.js';

@ApiTags('supervision')
@Controller()
export class SupervisionController {
  constructor(private readonly supervision: SupervisionService) {}

  @Get('projects/:id/reports')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: "A project's progress reports", description: 'One falls due every 15 days from the start of construction.' })
  @ApiOkResponse({ type: [ReportView] })
  @ApiProblems(400, 404)
  reports(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string) {
    return this.supervision.reports(actor, id);
  }

  @Get('reports')
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'Progress reports across the projects in your scope',
    description:
      'Filtered by state (SUBMITTED: waiting for a supervisor) and district; the longest waiting first (by submission, else due date).',
  })
  @ApiOkResponse({ type: [ReportListItemView], description: 'at most 500' })
  @ApiProblems(400)
  reportList(@CurrentActor() actor: Actor, @Query() query: ReportListQueryDto) {
    return this.supervision.reportList(actor, query);
  }

  @Put('projects/:id/report-schedule')
  @Roles('DISTRICT_PM')
  @ApiOperation({ summary: 'Set the report interval', description: 'Applies to reports that fall due after the next acceptance.' })
  @ApiOkResponse({ type: ReportScheduleView })
  @ApiProblems(400, 404, 409)
  schedule(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: ScheduleDto) {
    return this.supervision.setInterval(actor, id, body.intervalDays);
  }

  @Get('projects/:id/progress')
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'Project progress',
    description:
      'Budget-weighted over the plan items, from the latest report a supervisor accepted; per covered compound too (in a project ' +
      'area, the items of no compound are the ones it shares, compoundId null). The whole is the compounds weighted by their budgets.',
  })
  @ApiOkResponse({ type: ProgressView })
  @ApiProblems(400, 404)
  progress(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string) {
    return this.supervision.progress(actor, id);
  }

  @Post('reports/:id/submit')
  @HttpCode(200)
  @Roles('DISTRICT_PM')
  @ApiOperation({ summary: 'Submit a progress report', description: 'Percent complete per plan item; a decrease needs a reason.' })
  @ApiOkResponse({ type: ReportView })
  @ApiProblems(400, 404, 409, 422)
  submit(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: ReportDto) {
    return this.supervision.submit(actor, id, body);
  }

  @Post('reports/:id/accept')
  @HttpCode(200)
  @Roles('SUPERVISOR')
  @ApiOperation({ summary: 'Accept a report', description: 'Its figures count toward progress; the next report falls due.' })
  @ApiOkResponse({ type: ReportView })
  @ApiProblems(400, 404, 409)
  accept(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string) {
    return this.supervision.accept(actor, id);
  }

  @Post('reports/:id/return')
  @HttpCode(200)
  @Roles('SUPERVISOR')
  @ApiOperation({
    summary: 'Return a report with findings',
    description: 'Each finding has a severity, a deadline (限期整改) and a responsible person.',
  })
  @ApiOkResponse({ type: ReportView, description: 'the report, RETURNED; GET /findings lists the findings' })
  @ApiProblems(400, 404, 409, 422)
  return(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: ReturnDto) {
    return this.supervision.returnWithFindings(
      actor,
      id,
      body.findings.map((f) => ({ ...f, deadline: chinaDeadline(f.deadline)! })),
    );
  }

  @Get('findings')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'The open-findings ledger (挂账销号)', description: 'Findings not closed, in your scope, overdue first.' })
  @ApiOkResponse({ type: [LedgerFindingView], description: 'at most 500' })
  @ApiProblems(400)
  ledger(@CurrentActor() actor: Actor, @Query() query: LedgerQueryDto) {
    return this.supervision.ledger(actor, query);
  }

  @Post('findings/:id/transitions')
  @HttpCode(200)
  @Roles('DISTRICT_PM', 'SUPERVISOR')
  @ApiOperation({ summary: 'Move a finding', description: 'RECTIFY with evidence (PM); CLOSE or REOPEN with a reason (supervisor).' })
  @ApiOkResponse({ type: FindingView })
  @ApiProblems(400, 404, 409, 422)
  finding(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: FindingEventDto) {
    return this.supervision.fireFinding(actor, id, body);
  }
}
