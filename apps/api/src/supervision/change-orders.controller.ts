import type { Actor } from '@app/domain';
import { ChangeOrderService, SiteConfirmationService } from '@app/workflow';
import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, CurrentActor, Roles } from '../auth/access.decorator.js';
import { ApiProblems } from '../http/api-problems.decorator.js';
import { uuidPipe } from '../http/validation.js';
import { ChangeEventDto, ChangeOrderDto, SiteConfirmationDto } from './dto/change-order.dto.js';
import { ChangeOrderView, SiteConfirmationView } from './dto/change-order.view.js';
import { fen } from '../http/money.js';

@ApiTags('supervision')
@Controller()
export class ChangeOrdersController {
  constructor(
    private readonly orders: ChangeOrderService,
    private readonly confirmations: SiteConfirmationService,
  ) {}

  @Get('projects/:id/change-orders')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: "A project's change orders" })
  @ApiOkResponse({ type: [ChangeOrderView] })
  @ApiProblems(400, 404)
  list(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string) {
    return this.orders.list(actor, id);
  }

  @Post('projects/:id/change-orders')
  @Roles('DISTRICT_PM')
  @ApiOperation({
    summary: 'Raise a change order (变更签证)',
    description:
      'A change of content or quantities (Huitong): argued by the five parties with a written opinion and the project HQ meeting decision, ' +
      'budget-reviewed by county finance, then approved or refused by the county (district) government, whose decision a supervisor records.',
  })
  @ApiCreatedResponse({ type: ChangeOrderView })
  @ApiProblems(400, 404, 409, 422)
  create(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: ChangeOrderDto) {
    return this.orders.create(actor, id, {
      ...body,
      lines: body.lines.map((l) => ({
        ...l,
        quantity: l.quantity.toFixed(2),
        unitPriceFen: l.unitPrice === undefined ? undefined : fen(l.unitPrice),
      })),
    });
  }

  @Post('change-orders/:id/transitions')
  @HttpCode(200)
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'Move a change order',
    description:
      'ARGUE, REVIEW_BUDGET and withdrawing (REJECT before the review) by the PM; APPROVE and REJECT after the review by a supervisor, ' +
      "with the government's authority, document number and date. An approved order makes a new plan version tagged as a change; budget and funding gap follow.",
  })
  @ApiOkResponse({ type: ChangeOrderView })
  @ApiProblems(400, 403, 404, 409, 422)
  fire(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: ChangeEventDto) {
    return this.orders.fire(actor, id, body);
  }

  @Get('projects/:id/site-confirmation')
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'The written on-site confirmation of the quantities built',
    description: 'null until recorded. Representatives’ names are masked for supervisors.',
  })
  @ApiOkResponse({ type: SiteConfirmationView, nullable: true, description: 'null until recorded' })
  @ApiProblems(400, 404)
  confirmation(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string) {
    return this.confirmations.get(actor, id);
  }

  @Put('projects/:id/site-confirmation')
  @Roles('DISTRICT_PM')
  @ApiOperation({
    summary: 'Record the on-site confirmation (现场签证) of the work built',
    description:
      'For the project HQ: the visa signed on site with resident representatives, item by item against the plan in force, during construction. ' +
      'COMPLETE_CONSTRUCTION needs it, with the quantities of the plan, unless an approved change order changed the content.',
  })
  @ApiOkResponse({ type: SiteConfirmationView })
  @ApiProblems(400, 404, 409, 422)
  confirm(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: SiteConfirmationDto) {
    return this.confirmations.record(actor, id, {
      ...body,
      items: body.items.map((i) => ({ key: i.key, quantity: i.quantity.toFixed(2) })),
    });
  }
}
