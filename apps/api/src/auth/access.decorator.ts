import type { Role } from '@app/domain';
import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import { ApiProblems } from '../http/api-problems.decorator.js';

export const ACCESS_KEY = 'access';
export type AccessRule = { public: true } | { public: false; roles: readonly Role[] };

/** Open to anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS_KEY, { public: true } satisfies AccessRule);

/** Signed-in users of these roles (also in the OpenAPI document, as x-roles); scope is checked by the service against the resource. */
export const Roles = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, { public: false, roles } satisfies AccessRule),
    ApiBearerAuth(),
    ApiExtension('x-roles', roles),
    ApiProblems(401, 403),
  );

export const ALL_ROLES: Role[] = ['ADMIN', 'DISTRICT_PM', 'RESIDENTS_COMMITTEE', 'SUPERVISOR'];

/** The actor the auth guard loaded for this request. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext) => ctx.switchToHttp().getRequest().actor);
