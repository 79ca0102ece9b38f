import type { Actor } from '@app/domain';
import { ChangeOrderService } from '@app/workflow';
import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, CurrentActor, Roles } from '../auth/access.decorator.js';
import { ApiProblems } from '../http/api-problems.decorator.js';
import { uuidPipe } from '../http/validation.js';
import { ChangeEventDto, ChangeOrderDto } from './dto/change-order.dto.js';
import { ChangeOrderView } from './dto/change-order.view.js';
import { fen } from '../http/money.js';

@ApiTags('supervision')
@Controller()
export class ChangeOrdersController {
  constructor(private readonly orders: ChangeOrderService) {}

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
      'MINOR: confirmed on site with resident representatives, then approved. MAJOR: argued by all parties, budget-reviewed, then approved or rejected.',
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
    description: 'An approved order makes a new plan version tagged as a change; budget and funding gap follow.',
  })
  @ApiOkResponse({ type: ChangeOrderView })
  @ApiProblems(400, 403, 404, 409, 422)
  fire(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: ChangeEventDto) {
    return this.orders.fire(actor, id, body);
  }
}
