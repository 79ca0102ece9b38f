import type { AuditEntryEntity, GovernanceBodyEntity, ProjectEntity, ProjectSurveyEntity } from '@app/db';
import type { Actor } from '@app/domain';
import { ProjectService, TransitionService, type ProjectListItem } from '@app/workflow';
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, CurrentActor, Roles } from '../auth/access.decorator.js';
import { ApiProblems } from '../http/api-problems.decorator.js';
import { PageQueryDto } from '../http/page.dto.js';
import { CompoundRefDto } from '../http/compound-ref.dto.js';
import { pageOf } from '../http/view-properties.js';
import { uuidPipe } from '../http/validation.js';
import { AddCompoundDto, CreateProjectDto, FireEventDto, ProjectQueryDto, RegisterBodyDto, SurveyDto } from './dto/project.dto.js';
import {
  AuditEntryView,
  BodyView,
  CoveredCompoundView,
  FiredTransitionView,
  ProjectListItemView,
  ProjectView,
  SurveyView,
  TransitionOptionsView,
} from './dto/project.view.js';

@ApiTags('projects')
@Controller('projects')
export class ProjectsController {
  constructor(
    private readonly projects: ProjectService,
    private readonly transitions: TransitionService,
  ) {}

  @Post()
  @Roles('DISTRICT_PM')
  @ApiOperation({
    summary: 'Start a project on a compound',
    description:
      'Created in SURVEY, on its lead compound; more join through POST /projects/:id/compounds. A compound is in at most one active project.',
  })
  @ApiCreatedResponse({ type: ProjectView })
  @ApiProblems(400, 404, 409, 422)
  create(@CurrentActor() actor: Actor, @Body() body: CreateProjectDto): Promise<ProjectEntity> {
    return this.projects.create(actor, body.compoundId, body);
  }

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'List the projects in your scope',
    description:
      'With the compound and district names, the plan year and the items overdue now. Filter by district, compound, state, plan year or name.',
  })
  @ApiOkResponse({ type: pageOf(ProjectListItemView) })
  @ApiProblems(400)
  list(@CurrentActor() actor: Actor, @Query() query: ProjectQueryDto): Promise<{ items: ProjectListItem[]; total: number }> {
    return this.projects.list(actor, query);
  }

  @Get(':id')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'One project' })
  @ApiOkResponse({ type: ProjectView })
  @ApiProblems(400, 404)
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string): Promise<ProjectEntity> {
    return this.projects.get(actor, id);
  }

  @Get(':id/compounds')
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'The compounds the project covers',
    description: 'A project area (片区) covers several compounds of its district, the lead first; a single-compound project covers one.',
  })
  @ApiOkResponse({ type: [CoveredCompoundView] })
  @ApiProblems(400, 404)
  compounds(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string) {
    return this.projects.compoundsOf(actor, id);
  }

  @Post(':id/compounds')
  @HttpCode(200)
  @Roles('DISTRICT_PM')
  @ApiOperation({
    summary: 'Add a compound to the project area (片区)',
    description:
      'While the project is in SURVEY; a compound of the same district that is in no other active project (else 409 PROJECT.ACTIVE_EXISTS). ' +
      'Its residents then have their own survey, bodies, rounds and admission commitments; plan, funding, reports and acceptance stay the project’s.',
  })
  @ApiOkResponse({ type: [CoveredCompoundView] })
  @ApiProblems(400, 404, 409, 422)
  addCompound(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: AddCompoundDto) {
    return this.projects.addCompound(actor, id, body.compoundId);
  }

  @Delete(':id/compounds/:compoundId')
  @Roles('DISTRICT_PM')
  @ApiOperation({
    summary: 'Take a compound out of the project area',
    description:
      'While the project is in SURVEY; not the lead compound, nor one whose residents already have records in the project (409).',
  })
  @ApiOkResponse({ type: [CoveredCompoundView] })
  @ApiProblems(400, 404, 409)
  removeCompound(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Param('compoundId', uuidPipe()) compoundId: string) {
    return this.projects.removeCompound(actor, id, compoundId);
  }

  @Get(':id/survey')
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'The three-fold survey (三个摸清) of a covered compound',
    description: 'The lead compound’s unless compoundId names another.',
  })
  @ApiOkResponse({ type: SurveyView, nullable: true, description: 'null until a section is recorded' })
  @ApiProblems(400, 404)
  survey(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe()) id: string,
    @Query() query: CompoundRefDto,
  ): Promise<ProjectSurveyEntity | null> {
    return this.projects.survey(actor, id, query.compoundId);
  }

  @Put(':id/survey')
  @Roles('DISTRICT_PM')
  @ApiOperation({
    summary: 'Record survey sections of a covered compound',
    description: 'Any of base data, assets and resources, willingness. Only while the project is in SURVEY.',
  })
  @ApiOkResponse({ type: SurveyView })
  @ApiProblems(400, 404, 409, 422)
  recordSurvey(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: SurveyDto): Promise<ProjectSurveyEntity> {
    return this.projects.recordSurvey(actor, id, body);
  }

  @Get(':id/bodies')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'Self-governance bodies', description: 'Member names are masked for supervisors.' })
  @ApiOkResponse({ type: [BodyView] })
  @ApiProblems(400, 404)
  bodies(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string): Promise<GovernanceBodyEntity[]> {
    return this.projects.bodies(actor, id);
  }

  @Post(':id/bodies')
  @Roles('DISTRICT_PM', 'RESIDENTS_COMMITTEE')
  @ApiOperation({
    summary: 'Register a self-governance body of a covered compound',
    description:
      'A renovation council has as many resident members as the district\u2019s renovationCouncil settings allow (3 to 5 by default).',
  })
  @ApiCreatedResponse({ type: BodyView })
  @ApiProblems(400, 404, 409, 422)
  registerBody(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe()) id: string,
    @Body() body: RegisterBodyDto,
  ): Promise<GovernanceBodyEntity> {
    return this.projects.registerBody(actor, id, body);
  }

  @Get(':id/transitions')
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'What can be done next',
    description: 'Every event from the current state, whether your role may fire it, each guard result, and the practices that help.',
  })
  @ApiOkResponse({ type: TransitionOptionsView })
  @ApiProblems(400, 404)
  options(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string) {
    return this.transitions.options(actor, id);
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'Fire a lifecycle event',
    description:
      '409 when not allowed from the current state (with the allowed events), 422 listing every failing guard, 403 for a role that may not fire it.',
  })
  @ApiOkResponse({ type: FiredTransitionView, description: 'the project as it now stands, and the audit entry of the transition' })
  @ApiProblems(400, 404, 409, 422)
  fire(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe()) id: string,
    @Body() body: FireEventDto,
  ): Promise<{ project: ProjectEntity; entry: AuditEntryEntity }> {
    return this.transitions.fire(actor, id, body);
  }

  @Get(':id/history')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'The audit trail of the project, oldest first' })
  @ApiOkResponse({ type: pageOf(AuditEntryView) })
  @ApiProblems(400, 404)
  history(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe()) id: string,
    @Query() page: PageQueryDto,
  ): Promise<{ items: AuditEntryEntity[]; total: number }> {
    return this.transitions.history(actor, id, page);
  }
}
