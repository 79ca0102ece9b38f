import type { DistrictEntity, UserEntity } from '@app/db';
import type { Actor } from '@app/domain';
import { AdminService, WebhookService } from '@app/workflow';
import { Body, Controller, Get, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ALL_ROLES, CurrentActor, Roles } from '../auth/access.decorator.js';
import { ApiProblems } from '../http/api-problems.decorator.js';
import { uuidPipe } from '../http/validation.js';
import {
  CreateDistrictDto,
  CreateUserDto,
  OrganisationDto,
  ReplaceScopeDto,
  ScopeChangeDto,
  SetActiveDto,
  SetPasswordDto,
  WebhookDto,
} from './dto/admin.dto.js';
import { DistrictView, UserView, WebhookDeliveryView, WebhookView } from './dto/admin.view.js';

@ApiTags('admin')
@Controller()
export class AdminController {
  constructor(
    private readonly admin: AdminService,
    private readonly webhooks: WebhookService,
  ) {}

  @Put('districts/:id/webhook')
  @Roles('ADMIN')
  @ApiOperation({
    summary: "Set a district's webhook",
    description: 'Notices are POSTed as JSON with X-Renovation-Signature: sha256=HMAC(secret, body); failures are retried with backoff.',
  })
  @ApiOkResponse({ type: WebhookView, description: 'the URL set; the secret is not sent back' })
  @ApiProblems(400, 404)
  setWebhook(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: WebhookDto): Promise<{ url: string }> {
    return this.webhooks.configure(actor, id, body.url, body.secret);
  }

  @Get('districts/:id/webhook/deliveries')
  @Roles('ADMIN')
  @ApiOperation({ summary: "A district's webhook deliveries with their attempts" })
  @ApiOkResponse({ type: [WebhookDeliveryView], description: 'the latest 200, newest first' })
  @ApiProblems(400)
  deliveries(@Param('id', uuidPipe()) id: string) {
    return this.webhooks.deliveries(id);
  }

  @Get('districts')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'List districts', description: 'District names are not confidential; everyone signed in may list them.' })
  @ApiOkResponse({ type: [DistrictView] })
  districts(): Promise<DistrictEntity[]> {
    return this.admin.listDistricts();
  }

  @Post('districts')
  @Roles('ADMIN')
  @ApiOperation({ summary: 'Create a district', description: 'In a city named by cityId or cityCode.' })
  @ApiCreatedResponse({ type: DistrictView })
  @ApiProblems(400, 409, 422)
  createDistrict(@CurrentActor() actor: Actor, @Body() body: CreateDistrictDto): Promise<DistrictEntity> {
    return this.admin.createDistrict(actor, body);
  }

  @Get('users')
  @Roles('ADMIN')
  @ApiOperation({ summary: 'List users with their roles and scopes' })
  @ApiOkResponse({ type: [UserView] })
  users(): Promise<UserEntity[]> {
    return this.admin.listUsers();
  }

  @Post('users')
  @Roles('ADMIN')
  @ApiOperation({ summary: 'Create a user', description: 'PMs and supervisors are scoped to districts, committee recorders to compounds.' })
  @ApiCreatedResponse({ type: UserView })
  @ApiProblems(400, 409, 422)
  createUser(@CurrentActor() actor: Actor, @Body() body: CreateUserDto): Promise<UserEntity> {
    return this.admin.createUser(actor, body);
  }

  @Put('users/:id/scope')
  @Roles('ADMIN')
  @ApiOperation({
    summary: "Replace a user's scope with a full list",
    description: 'Needs replace: true, so that a partial list cannot drop the rest unnoticed; PATCH adds or removes entries.',
  })
  @ApiOkResponse({ type: UserView })
  @ApiProblems(400, 404, 422)
  setScope(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: ReplaceScopeDto): Promise<UserEntity> {
    const { replace: _, ...scope } = body;
    return this.admin.setScope(actor, id, scope);
  }

  @Patch('users/:id/scope')
  @Roles('ADMIN')
  @ApiOperation({
    summary: "Add districts or compounds to a user's scope, or remove them",
    description: 'The rest of the scope stays. Adding one already there or removing one not there changes nothing.',
  })
  @ApiOkResponse({ type: UserView })
  @ApiProblems(400, 404, 422)
  changeScope(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: ScopeChangeDto): Promise<UserEntity> {
    return this.admin.changeScope(actor, id, body);
  }

  @Put('users/:id/organisation')
  @Roles('ADMIN')
  @ApiOperation({
    summary: 'Set the body a user works for',
    description: 'A PM or supervisor working for an acceptance party or a reviewing department signs for it as themselves; null clears it.',
  })
  @ApiOkResponse({ type: UserView })
  @ApiProblems(400, 404, 422)
  setOrganisation(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: OrganisationDto): Promise<UserEntity> {
    return this.admin.setOrganisation(actor, id, body.organisation);
  }

  @Put('users/:id/password')
  @Roles('ADMIN')
  @ApiOperation({
    summary: "Set a user's password",
    description:
      "For a forgotten password. The user's earlier tokens stop working. The password must pass the policy (422 naming the rule).",
  })
  @ApiOkResponse({ type: UserView })
  @ApiProblems(400, 404, 422)
  resetPassword(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: SetPasswordDto): Promise<UserEntity> {
    return this.admin.resetPassword(actor, id, body.password);
  }

  @Patch('users/:id')
  @Roles('ADMIN')
  @ApiOperation({
    summary: 'Activate or deactivate a user',
    description: 'A deactivated user is refused at once, even with a valid token. The last active admin cannot be deactivated (409).',
  })
  @ApiOkResponse({ type: UserView })
  @ApiProblems(400, 404, 409)
  setActive(@CurrentActor() actor: Actor, @Param('id', uuidPipe()) id: string, @Body() body: SetActiveDto): Promise<UserEntity> {
    return this.admin.setActive(actor, id, body.active);
  }
}
