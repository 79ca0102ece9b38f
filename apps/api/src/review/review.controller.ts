import type { Actor } from '@app/domain';
import { PermitService, ReviewService, type PermitsView, type Reviewer, type ReviewView } from '@app/workflow';
import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, CurrentActor, Roles } from '../auth/access.decorator.js';
import { ApiProblems } from '../http/api-problems.decorator.js';
import { intParam, PG_INT_MAX, uuidPipe } from '../http/validation.js';
import { CodedEntryView } from '../http/view-properties.js';
import { ExemptionDto, OpinionDto, PermitDto, ReviewersDto, TeamDto } from './dto/review.dto.js';
import { PermitsView as PermitsBody, ReviewView as ReviewBody } from './dto/review.view.js';

const indexPipe = intParam('index', 0, PG_INT_MAX);

@ApiTags('review and permits')
@Controller()
export class ReviewController {
  constructor(
    private readonly reviews: ReviewService,
    private readonly permits: PermitService,
  ) {}

  @Get('reviewers')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'Departments that can sit on a joint review' })
  @ApiOkResponse({ type: [CodedEntryView] })
  catalog(): Reviewer[] {
    return this.reviews.catalog();
  }

  @Get('districts/:id/reviewers')
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: "The departments on a district's joint review",
    description: 'Without a list of its own, every shipped department.',
  })
  @ApiOkResponse({ type: [String], description: 'department codes' })
  @ApiProblems(400, 404)
  districtReviewers(@Param('id', uuidPipe()) id: string): Promise<string[]> {
    return this.reviews.districtReviewers(id);
  }

  @Put('districts/:id/reviewers')
  @Roles('ADMIN')
  @ApiOperation({ summary: "Set a district's joint-review list", description: 'Without one, every shipped department reviews.' })
  @ApiOkResponse({ type: [String], description: 'the department codes now on the list' })
  @ApiProblems(400, 404, 422)
  setReviewers(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: ReviewersDto): Promise<string[]> {
    return this.reviews.setDistrictReviewers(actor, id, body.reviewers);
  }

  @Get('projects/:id/review')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'The latest joint review with its opinions' })
  @ApiOkResponse({ type: ReviewBody, nullable: true, description: 'null before the plan was first submitted' })
  @ApiProblems(400, 404)
  review(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string): Promise<ReviewView | null> {
    return this.reviews.current(actor, id);
  }

  @Post('projects/:id/review/opinions')
  @Roles('DISTRICT_PM', 'SUPERVISOR')
  @ApiOperation({
    summary: "Record a department's opinion",
    description:
      'Once per department on the list, while the project is in JOINT_REVIEW. A PM or supervisor working for the department gives it as itself; ' +
      "a PM enters another department's opinion on its behalf with the signer, the paper opinion's number and its photo's sha256 (422 without them). " +
      'Anyone else: 403.',
  })
  @ApiCreatedResponse({ type: ReviewBody })
  @ApiProblems(400, 403, 404, 409, 422)
  opinion(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: OpinionDto): Promise<ReviewView> {
    return this.reviews.recordOpinion(actor, id, body);
  }

  @Post('projects/:id/review/opinions/:reviewer/conditions/:index/acknowledge')
  @HttpCode(200)
  @Roles('DISTRICT_PM')
  @ApiOperation({ summary: 'Acknowledge a review condition' })
  @ApiOkResponse({ type: ReviewBody })
  @ApiProblems(400, 404, 409)
  acknowledge(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe()) id: string,
    @Param('reviewer') reviewer: string,
    @Param('index', indexPipe) index: number,
  ): Promise<ReviewView> {
    return this.reviews.acknowledge(actor, id, reviewer, index);
  }

  @Get('projects/:id/permits')
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'Permits or exemption, and the construction team',
    description: 'Volunteer supervisors are masked for supervisors.',
  })
  @ApiOkResponse({ type: PermitsBody })
  @ApiProblems(400, 404)
  get(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string): Promise<PermitsView> {
    return this.permits.get(actor, id);
  }

  @Post('projects/:id/permits')
  @Roles('DISTRICT_PM')
  @ApiOperation({ summary: 'Record a permit', description: 'Permit numbers are unique.' })
  @ApiCreatedResponse({ type: PermitsBody })
  @ApiProblems(400, 404, 409)
  permit(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: PermitDto): Promise<PermitsView> {
    return this.permits.recordPermit(actor, id, body);
  }

  @Put('projects/:id/permits/exemption')
  @Roles('DISTRICT_PM')
  @ApiOperation({ summary: 'Record a permit exemption with its basis (Yichang)' })
  @ApiOkResponse({ type: PermitsBody })
  @ApiProblems(400, 404, 409, 422)
  exemption(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: ExemptionDto): Promise<PermitsView> {
    return this.permits.recordExemption(actor, id, body.bases, body.note ?? null);
  }

  @Put('projects/:id/team')
  @Roles('DISTRICT_PM')
  @ApiOperation({
    summary: 'Name the construction team',
    description: 'Contractor, supervision company (监理), EPC or not, one or two resident volunteer supervisors.',
  })
  @ApiOkResponse({ type: PermitsBody })
  @ApiProblems(400, 404, 409, 422)
  team(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: TeamDto): Promise<PermitsView> {
    return this.permits.setTeam(actor, id, body);
  }
}
