import type { Actor } from '@app/domain';
import { AppConfig } from '@app/config';
import type { UserEntity } from '@app/db';
import { IdentityService, type Profile } from '@app/workflow';
import { Body, Controller, Get, HttpCode, Ip, Post, Put } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../http/api-problems.decorator.js';
import { ALL_ROLES, CurrentActor, Public, Roles } from './access.decorator.js';
import { ProfileView } from './dto/actor.view.js';
import { ChangePasswordDto, LoginDto, TokenDto } from './dto/login.dto.js';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly identity: IdentityService,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  @Post('auth/login')
  @HttpCode(200)
  @Public()
  @ApiOperation({
    summary: 'Sign in',
    description: 'Returns a bearer token. Failed attempts are limited per account from one address and per address (429 with Retry-After).',
  })
  @ApiOkResponse({ type: TokenDto })
  @ApiProblems(400, 401, 429)
  async login(@Body() body: LoginDto, @Ip() address: string): Promise<TokenDto> {
    return this.issue(await this.identity.authenticate(body.username, body.password, address));
  }

  @Put('me/password')
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'Change my password',
    description:
      'Given the current password (a wrong one counts as a failed login). Every earlier token stops working; the answer is a new one. The new password must pass the policy (422 naming the rule).',
  })
  @ApiOkResponse({ type: TokenDto })
  @ApiProblems(400, 422, 429)
  async changePassword(@CurrentActor() actor: Actor, @Body() body: ChangePasswordDto, @Ip() address: string): Promise<TokenDto> {
    return this.issue(await this.identity.changePassword(actor, body.currentPassword, body.newPassword, address));
  }

  private async issue(user: UserEntity): Promise<TokenDto> {
    const accessToken = await this.jwt.signAsync({ sub: user.id, role: user.role, ver: user.tokenVersion });
    return { accessToken, tokenType: 'Bearer', expiresIn: this.config.JWT_TTL_SECONDS, role: user.role };
  }

  @Get('me')
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'Who am I', description: 'The caller, with role and scope: the ids, and the districts and compounds by name.' })
  @ApiOkResponse({ type: ProfileView })
  me(@CurrentActor() actor: Actor): Promise<Profile> {
    return this.identity.profile(actor);
  }
}
