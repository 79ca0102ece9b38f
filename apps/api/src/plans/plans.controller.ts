import type { Actor } from '@app/domain';
import { PlanService, type PlanInput, type PlanView } from '@app/workflow';
import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, CurrentActor, Roles } from '../auth/access.decorator.js';
import { ApiProblems } from '../http/api-problems.decorator.js';
import { fen } from '../http/money.js';
import { intParam, PG_INT_MAX, uuidPipe } from '../http/validation.js';
import { PlanDto } from './dto/plan.dto.js';
import { PlanVersionView } from './dto/plan.view.js';

const versionPipe = intParam('version', 1, PG_INT_MAX);

const fenOrNot = (yuan: number | null | undefined) => (yuan == null ? yuan : fen(yuan));

function toInput(body: PlanDto): PlanInput {
  const k = body.contributions;
  return {
    ...body,
    contributions: k && {
      residentSharePercent: k.residentSharePercent == null ? k.residentSharePercent : k.residentSharePercent.toFixed(2),
      residentsFen: fenOrNot(k.residents),
      socialCapitalFen: fenOrNot(k.socialCapital),
    },
    items: body.items?.map((i) => ({ ...i, quantity: i.quantity.toFixed(2), unitPriceFen: fen(i.unitPrice) })),
  };
}

@ApiTags('plans')
@Controller('projects/:id/plans')
export class PlansController {
  constructor(private readonly plans: PlanService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'Every version of the renovation plan' })
  @ApiOkResponse({ type: [PlanVersionView] })
  @ApiProblems(400, 404)
  list(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string): Promise<PlanView[]> {
    return this.plans.list(actor, id);
  }

  @Get(':version')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'One plan version, with its items and budget' })
  @ApiOkResponse({ type: PlanVersionView })
  @ApiProblems(400, 404)
  get(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe()) id: string,
    @Param('version', versionPipe) version: number,
  ): Promise<PlanView> {
    return this.plans.get(actor, id, version);
  }

  @Post()
  @Roles('DISTRICT_PM')
  @ApiOperation({
    summary: 'Draft the next plan version',
    description:
      'Starts from the last version; what is left out is carried over. Records what changed and which adopted objections it takes up.',
  })
  @ApiCreatedResponse({ type: PlanVersionView })
  @ApiProblems(400, 404, 409, 422)
  draft(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: PlanDto): Promise<PlanView> {
    return this.plans.draft(actor, id, toInput(body));
  }

  @Put(':version')
  @Roles('DISTRICT_PM')
  @ApiOperation({
    summary: 'Edit a plan version',
    description: '409 PLAN.FROZEN once a round has consulted it: draft a new version instead.',
  })
  @ApiOkResponse({ type: PlanVersionView })
  @ApiProblems(400, 404, 409, 422)
  update(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe()) id: string,
    @Param('version', versionPipe) version: number,
    @Body() body: PlanDto,
  ): Promise<PlanView> {
    return this.plans.update(actor, id, version, toInput(body));
  }
}
