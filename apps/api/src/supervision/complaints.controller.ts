import type { Actor } from '@app/domain';
import { ComplaintService } from '@app/workflow';
import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, CurrentActor, Roles } from '../auth/access.decorator.js';
import { ApiProblems } from '../http/api-problems.decorator.js';
import { uuidPipe } from '../http/validation.js';
import { ComplaintDto, ComplaintEventDto } from './dto/complaint.dto.js';
import { ComplaintView } from './dto/complaint.view.js';

@ApiTags('supervision')
@Controller()
export class ComplaintsController {
  constructor(private readonly complaints: ComplaintService) {}

  @Get('projects/:id/complaints')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: "A project's complaints", description: 'Complainant details are masked for supervisors.' })
  @ApiOkResponse({ type: [ComplaintView] })
  @ApiProblems(400, 404)
  list(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string) {
    return this.complaints.list(actor, id);
  }

  @Post('projects/:id/complaints')
  @Roles('DISTRICT_PM', 'RESIDENTS_COMMITTEE')
  @ApiOperation({
    summary: 'File a complaint for a resident',
    description: 'It must be answered within its response limit (3 days unless set).',
  })
  @ApiCreatedResponse({ type: ComplaintView })
  @ApiProblems(400, 404, 409)
  file(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: ComplaintDto) {
    return this.complaints.file(actor, id, body);
  }

  @Post('complaints/:id/transitions')
  @HttpCode(200)
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'Move a complaint',
    description: 'Receive, handle, resolve, revisit with the complainant’s acknowledgement, close; reopen from a revisit.',
  })
  @ApiOkResponse({ type: ComplaintView })
  @ApiProblems(400, 403, 404, 409, 422)
  fire(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: ComplaintEventDto) {
    return this.complaints.fire(actor, id, body);
  }
}
