import type { Role } from '@app/domain';
import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension } from '@nestjs/swagger';
import { ApiProblems } from '../http/api-problems.decorator.js';

export const ACCESS_KEY = 'access';
/** A setting listing addresses (CIDRs) that may call a route without a token. */
export type AddressListSetting = 'METRICS_ALLOW';
export type AccessRule = { public: true } | { public: false; roles: readonly Role[]; orFrom?: AddressListSetting };

/** Open to anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS_KEY, { public: true } satisfies AccessRule);

const signedIn = (rule: AccessRule) =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, rule),
    ApiBearerAuth(),
    ApiExtension('x-roles', rule.public ? [] : rule.roles),
    ApiProblems(401, 403),
  );

/** Signed-in users of these roles (also in the OpenAPI document, as x-roles); scope is checked by the service against the resource. */
export const Roles = (...roles: Role[]) => signedIn({ public: false, roles });

export const ALL_ROLES: Role[] = ['ADMIN', 'DISTRICT_PM', 'RESIDENTS_COMMITTEE', 'SUPERVISOR'];

/** Signed-in users of these roles, or anyone calling from an address the setting lists (a scraper inside the network). */
export const RolesOrFrom = (setting: AddressListSetting, ...roles: Role[]) => signedIn({ public: false, roles, orFrom: setting });

/** The actor the auth guard loaded for this request. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext) => ctx.switchToHttp().getRequest().actor);
