import type { Actor } from '@app/domain';
import { AppConfig } from '@app/config';
import { IdentityService, type Profile } from '@app/workflow';
import { Body, Controller, Get, HttpCode, Ip, Post } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../http/api-problems.decorator.js';
import { ALL_ROLES, CurrentActor, Public, Roles } from './access.decorator.js';
import { ProfileView } from './dto/actor.view.js';
import { LoginDto, TokenDto } from './dto/login.dto.js';

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
  @ApiOperation({ summary: 'Sign in', description: 'Returns a bearer token. Failed attempts are limited per account and per address.' })
  @ApiOkResponse({ type: TokenDto })
  @ApiProblems(400, 401, 429)
  async login(@Body() body: LoginDto, @Ip() address: string): Promise<TokenDto> {
    const user = await this.identity.authenticate(body.username, body.password, address);
    const accessToken = await this.jwt.signAsync({ sub: user.id, role: user.role });
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
