import type { Actor } from '@app/domain';
import { DistrictRuleProfileService, type DistrictRuleProfiles } from '@app/workflow';
import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, CurrentActor, Roles } from '../auth/access.decorator.js';
import { ApiProblems } from '../http/api-problems.decorator.js';
import { uuidPipe } from '../http/validation.js';
import { SetDistrictRuleProfileDto } from './dto/rule-profiles.dto.js';
import { DistrictRuleProfilesView } from './dto/rule-profiles.view.js';

@ApiTags('settings')
@Controller('districts/:id/rule-profiles')
export class RuleProfileDefaultsController {
  constructor(private readonly defaults: DistrictRuleProfileService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'The consent rule each kind of round inherits in a district',
    description:
      "Per round subject: the profile a new round inherits (the district's default where an admin set one, otherwise as shipped). A project's PM may choose another with a reason; the round records which judged it and why.",
  })
  @ApiOkResponse({ type: DistrictRuleProfilesView })
  @ApiProblems(400, 404)
  list(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string): Promise<DistrictRuleProfiles> {
    return this.defaults.list(actor, id);
  }

  @Put(':subject')
  @Roles('ADMIN')
  @ApiOperation({
    summary: "Set a district's default rule profile for one kind of round",
    description: 'The profile must judge rounds of the subject (422 otherwise); null clears it. Rounds already created keep their profile.',
  })
  @ApiOkResponse({ type: DistrictRuleProfilesView })
  @ApiProblems(400, 404, 422)
  set(
    @CurrentActor() actor: Actor,
    @Param('id', uuidPipe()) id: string,
    @Param('subject') subject: string,
    @Body() body: SetDistrictRuleProfileDto,
  ): Promise<DistrictRuleProfiles> {
    return this.defaults.set(actor, id, subject, body);
  }
}
