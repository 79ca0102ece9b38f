import type { Actor } from '@app/domain';
import { LongTermService } from '@app/workflow';
import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, CurrentActor, Roles } from '../auth/access.decorator.js';
import { ApiProblems } from '../http/api-problems.decorator.js';
import { fen } from '../http/money.js';
import { intParam, uuidPipe } from '../http/validation.js';
import { CollectionDto, FundPlanDto, PropertyDto, RevisitDto } from './dto/aftercare.dto.js';
import { FundView, LongTermView, RevisitView } from './dto/aftercare.view.js';

const monthsPipe = intParam('months', 1, 1200);

@ApiTags('long-term management')
@Controller('projects/:id/long-term')
export class LongTermController {
  constructor(private readonly longTerm: LongTermService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: "Property arrangement, owners' committee, maintenance fund (expected, collected, outstanding) and revisits",
    description: "The owners' committee is registered as a body of kind OWNERS_COMMITTEE (POST /projects/:id/bodies).",
  })
  @ApiOkResponse({ type: LongTermView })
  @ApiProblems(400, 404)
  overview(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string) {
    return this.longTerm.overview(actor, id);
  }

  @Put('property')
  @Roles('DISTRICT_PM')
  @ApiOperation({ summary: 'Record the property-management mode with its contract dates' })
  @ApiOkResponse({ type: LongTermView })
  @ApiProblems(400, 404, 409, 422)
  property(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: PropertyDto) {
    return this.longTerm.setProperty(actor, id, body).then(() => this.longTerm.overview(actor, id));
  }

  @Put('fund-plan')
  @Roles('DISTRICT_PM')
  @ApiOperation({
    summary: 'Plan the maintenance fund: floor area per building from the roster times the rate of its type',
    description:
      "Rates are local settings of the project's district (GET /districts/:id/settings; by default Liuyang's 35 yuan/m² without elevator, 60 with); each line keeps the rate it was computed with. Needs a concluded, passed MAINTENANCE_FUND_RAISING round.",
  })
  @ApiOkResponse({ type: FundView })
  @ApiProblems(400, 404, 409, 422)
  fundPlan(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: FundPlanDto) {
    return this.longTerm.planFund(actor, id, body);
  }

  @Post('fund-collections')
  @Roles('DISTRICT_PM', 'RESIDENTS_COMMITTEE')
  @ApiOperation({ summary: 'Record money collected into the maintenance fund' })
  @ApiCreatedResponse({ type: FundView })
  @ApiProblems(400, 404, 409, 422)
  collect(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: CollectionDto) {
    return this.longTerm.collect(actor, id, { ...body, amountFen: fen(body.amount).toString() });
  }

  @Post('revisits/:months')
  @Roles('DISTRICT_PM', 'SUPERVISOR')
  @ApiOperation({
    summary: 'Record a revisit (回头看) with its score and findings',
    description: 'Only in LONG_TERM, once its due date has come, once per revisit.',
  })
  @ApiCreatedResponse({ type: RevisitView })
  @ApiProblems(400, 404, 409)
  revisit(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe()) id: string,
    @Param('months', monthsPipe) months: number,
    @Body() body: RevisitDto,
  ) {
    return this.longTerm.recordRevisit(actor, id, months, body);
  }
}
