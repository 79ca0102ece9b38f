import { AppConfig } from '@app/config';
import { DomainError } from '@app/domain';
import { IdentityService } from '@app/workflow';
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { isUUID } from 'class-validator';
import { JwtService } from '@nestjs/jwt';
import { inAddressList } from '../http/address-list.js';
import { ACCESS_KEY, type AccessRule } from './access.decorator.js';

/** Runs on every route. A route that declares no access rule is refused: access is never implied. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly identity: IdentityService,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (!rule) throw new DomainError('ACCESS.FORBIDDEN', 'this route declares no access rule');
    if (rule.public) return true;
    const request = context.switchToHttp().getRequest();
    if (rule.orFrom && inAddressList(this.config[rule.orFrom], request.ip)) return true;
    const header: string | undefined = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7) : undefined;
    if (!token) throw new DomainError('AUTH.UNAUTHENTICATED', 'a bearer token is required');
    let claims: { sub?: unknown; exp?: unknown; ver?: unknown };
    try {
      claims = await this.jwt.verifyAsync<{ sub?: unknown; exp?: unknown; ver?: unknown }>(token);
    } catch {
      throw new DomainError('AUTH.UNAUTHENTICATED', 'the token is invalid or has expired');
    }
    // The library accepts a token without an expiry; one that never expires is not ours to honour.
    if (typeof claims.exp !== 'number') throw new DomainError('AUTH.UNAUTHENTICATED', 'the token has no expiry');
    const subject = claims.sub;
    if (typeof subject !== 'string' || !isUUID(subject)) throw new DomainError('AUTH.UNAUTHENTICATED', 'the token names no user');
    if (!Number.isSafeInteger(claims.ver)) throw new DomainError('AUTH.UNAUTHENTICATED', 'the token names no credentials version');
    const actor = await this.identity.actor(subject, claims.ver as number);
    if (!actor) throw new DomainError('AUTH.UNAUTHENTICATED', 'the account no longer exists, is inactive, or has a new password');
    if (!rule.roles.includes(actor.role)) {
      throw new DomainError('ACCESS.FORBIDDEN', `this route is for ${rule.roles.join(', ')}`);
    }
    request.actor = actor;
    return true;
  }
}
