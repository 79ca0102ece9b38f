import { notFound, type Actor } from '@app/domain';
import { EscalationService } from '@app/workflow';
import { Controller, Get, HttpCode, Param, ParseBoolPipe, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../http/api-problems.decorator.js';
import { uuidPipe } from '../http/validation.js';
import { ALL_ROLES, CurrentActor, Roles } from './access.decorator.js';
import { NotificationView } from './dto/notification.view.js';

@ApiTags('notifications')
@Controller('me/notifications')
export class NotificationsController {
  constructor(private readonly escalation: EscalationService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiQuery({ name: 'unread', required: false, type: Boolean })
  @ApiOperation({
    summary: 'My inbox',
    description: 'Overdue reports and late complaints: the PM first, the supervisor after the grace period. Unread first.',
  })
  @ApiOkResponse({ type: [NotificationView], description: 'the latest 200' })
  inbox(@CurrentActor() actor: Actor, @Query('unread', new ParseBoolPipe({ optional: true })) unread?: boolean) {
    return this.escalation.inbox(actor, unread === true);
  }

  @Post(':id/read')
  @HttpCode(204)
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'Mark a notification read' })
  @ApiNoContentResponse({ description: 'read (again, if it was already)' })
  @ApiProblems(400, 404)
  async read(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string): Promise<void> {
    if (!(await this.escalation.markRead(actor, id))) throw notFound('notification');
  }
}
