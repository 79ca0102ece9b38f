import { ADMISSION_ITEMS, type Actor, type AdmissionItem } from '@app/domain';
import { PlanningService, type Planning } from '@app/workflow';
import { Body, Controller, Get, Param, ParseEnumPipe, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, CurrentActor, Roles } from '../auth/access.decorator.js';
import { ApiProblems } from '../http/api-problems.decorator.js';
import { validationFailed } from '../http/problem.js';
import { uuidPipe } from '../http/validation.js';
import { AdmissionDto, FundingPlanDto, ImplementingEntityDto, PlanYearDto } from './dto/planning.dto.js';
import { PlanningView } from './dto/planning.view.js';
import { fen } from '../http/money.js';

const itemPipe = new ParseEnumPipe(Object.fromEntries(ADMISSION_ITEMS.map((i) => [i, i])), {
  exceptionFactory: () => validationFailed([{ field: 'item', code: 'isIn', message: `item must be one of ${ADMISSION_ITEMS.join(', ')}` }]),
});

@ApiTags('planning')
@Controller('projects/:id/planning')
export class PlanningController {
  constructor(private readonly planning: PlanningService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'Annual plan, admission conditions, implementing entity and funding plan',
    description: 'Money as exact decimal strings in yuan.',
  })
  @ApiOkResponse({ type: PlanningView })
  @ApiProblems(400, 404)
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string): Promise<Planning> {
    return this.planning.get(actor, id);
  }

  @Put('plan-year')
  @Roles('DISTRICT_PM')
  @ApiOperation({ summary: 'Admit to the annual plan of a year' })
  @ApiOkResponse({ type: PlanningView })
  @ApiProblems(400, 404, 409, 422)
  planYear(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: PlanYearDto): Promise<Planning> {
    return this.planning.setPlanYear(actor, id, body.planYear);
  }

  @Put('admission/:item')
  @Roles('DISTRICT_PM', 'RESIDENTS_COMMITTEE')
  @ApiParam({ name: 'item', enum: ADMISSION_ITEMS })
  @ApiOperation({
    summary: 'Confirm an admission condition',
    description: 'Residents agree to demolish illegal structures, accept property management, replenish the maintenance fund (Xiangtan).',
  })
  @ApiOkResponse({ type: PlanningView })
  @ApiProblems(400, 404, 409)
  admission(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe()) id: string,
    @Param('item', itemPipe) item: AdmissionItem,
    @Body() body: AdmissionDto,
  ): Promise<Planning> {
    return this.planning.confirmAdmission(actor, id, item, body.basis, body.compoundId);
  }

  @Put('implementing-entity')
  @Roles('DISTRICT_PM')
  @ApiOperation({ summary: 'Name the implementing entity (实施主体)' })
  @ApiOkResponse({ type: PlanningView })
  @ApiProblems(400, 404, 409)
  entity(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: ImplementingEntityDto): Promise<Planning> {
    return this.planning.setImplementingEntity(actor, id, body.name);
  }

  @Put('funding')
  @Roles('DISTRICT_PM')
  @ApiOperation({
    summary: 'Record the funding plan (一本账)',
    description:
      'Budget and sources, committed and received; the response shows the gap against the declared budget and against the current plan, and residents-paid items against what residents committed.',
  })
  @ApiOkResponse({ type: PlanningView })
  @ApiProblems(400, 404, 409, 422)
  funding(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: FundingPlanDto): Promise<Planning> {
    return this.planning.setFundingPlan(actor, id, {
      budgetFen: fen(body.budget),
      sources: body.sources.map((s) => ({
        source: s.source,
        amountFen: fen(s.amount),
        receivedFen: fen(s.received ?? 0),
        note: s.note ?? null,
        publicSpace: s.publicSpace,
      })),
    });
  }
}
