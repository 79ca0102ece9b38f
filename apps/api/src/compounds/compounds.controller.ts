import type { CompoundEntity } from '@app/db';
import type { Actor } from '@app/domain';
import { CompoundService, ProjectService, type CompoundHistory } from '@app/workflow';
import { Body, Controller, Delete, Get, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, CurrentActor, Roles } from '../auth/access.decorator.js';
import { ApiProblems } from '../http/api-problems.decorator.js';
import { uuidPipe } from '../http/validation.js';
import { pageOf } from '../http/view-properties.js';
import { CompoundQueryDto, CreateCompoundDto, EligibilityExceptionDto, UpdateCompoundDto } from './dto/compound.dto.js';
import { CompoundHistoryView, CompoundView } from './dto/compound.view.js';

@ApiTags('compounds')
@Controller('compounds')
export class CompoundsController {
  constructor(
    private readonly compounds: CompoundService,
    private readonly projects: ProjectService,
  ) {}

  @Post()
  @Roles('DISTRICT_PM', 'ADMIN')
  @ApiOperation({ summary: 'Register a compound in a district' })
  @ApiCreatedResponse({ type: CompoundView })
  @ApiProblems(400, 404, 422)
  create(@CurrentActor() actor: Actor, @Body() body: CreateCompoundDto): Promise<CompoundEntity> {
    return this.compounds.create(actor, body);
  }

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'List the compounds in your scope' })
  @ApiOkResponse({ type: pageOf(CompoundView) })
  @ApiProblems(400)
  list(@CurrentActor() actor: Actor, @Query() query: CompoundQueryDto): Promise<{ items: CompoundEntity[]; total: number }> {
    return this.compounds.list(actor, query);
  }

  @Get(':id')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'One compound' })
  @ApiOkResponse({ type: CompoundView })
  @ApiProblems(400, 404)
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string): Promise<CompoundEntity> {
    return this.compounds.get(actor, id);
  }

  @Get(':id/history')
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'What the compound went through, project by project',
    description:
      'Every project that has covered the compound, newest first: its state, when it took the compound in and let it go, its consultation rounds of these households and its revisits. A compound renovated once starts a later project (a second phase) on the same roster, and that project takes over the bodies of the last closed one.',
  })
  @ApiOkResponse({ type: CompoundHistoryView })
  @ApiProblems(400, 404)
  history(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string): Promise<CompoundHistory> {
    return this.projects.compoundHistory(actor, id);
  }

  @Patch(':id')
  @Roles('DISTRICT_PM', 'ADMIN')
  @ApiOperation({ summary: "Correct a compound's register data" })
  @ApiOkResponse({ type: CompoundView })
  @ApiProblems(400, 404, 422)
  update(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: UpdateCompoundDto): Promise<CompoundEntity> {
    return this.compounds.update(actor, id, body);
  }

  @Put(':id/eligibility-exception')
  @Roles('DISTRICT_PM')
  @ApiOperation({
    summary: 'Record an approved eligibility exception',
    description: 'Lets a compound built after 2000 proceed, with the reason and the approval document.',
  })
  @ApiOkResponse({ type: CompoundView })
  @ApiProblems(400, 404)
  setException(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe()) id: string,
    @Body() body: EligibilityExceptionDto,
  ): Promise<CompoundEntity> {
    return this.compounds.setEligibilityException(actor, id, body);
  }

  @Delete(':id/eligibility-exception')
  @Roles('DISTRICT_PM')
  @ApiOperation({ summary: 'Withdraw an eligibility exception' })
  @ApiOkResponse({ type: CompoundView })
  @ApiProblems(400, 404)
  clearException(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string): Promise<CompoundEntity> {
    return this.compounds.setEligibilityException(actor, id, null);
  }
}
