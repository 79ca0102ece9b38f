import { CityEntity, CompoundEntity, DistrictEntity, UserEntity } from '@app/db';
import { DomainError, invalid, notFound, type Actor, type ErrorCode, type Role } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { appendAudit } from '../platform/audit.js';
import { Clock } from '../platform/clock.js';
import { onUniqueViolation } from '../platform/unique.js';
import { AcceptanceService } from '../projects/acceptance.service.js';
import { hashAcceptedPassword, replacePassword } from './passwords.js';

/** A district of a city named by its id or its code. */
export interface NewDistrict {
  code: string;
  name: string;
  cityId?: string;
  cityCode?: string;
}

export interface UserScope {
  districtIds?: string[];
  compoundIds?: string[];
}

export interface ScopeChange {
  add?: UserScope;
  remove?: UserScope;
}

export interface NewUser extends UserScope {
  username: string;
  displayName: string;
  role: Role;
  password: string;
  organisation?: string | null;
}

@Injectable()
export class AdminService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly acceptance: AcceptanceService,
  ) {}

  listDistricts(): Promise<DistrictEntity[]> {
    return this.db.getRepository(DistrictEntity).find({ order: { city: 'ASC', code: 'ASC' } });
  }

  async createDistrict(actor: Actor, input: NewDistrict): Promise<DistrictEntity> {
    const taken: [ErrorCode, string] = ['RESOURCE.TAKEN', `district code ${input.code} is taken`];
    return onUniqueViolation(
      () =>
        this.db.transaction(async (m) => {
          const exists = await m.existsBy(DistrictEntity, { code: input.code });
          if (exists) throw new DomainError(...taken);
          const city = await this.cityOf(m, input);
          const { id } = await m.save(m.create(DistrictEntity, { code: input.code, name: input.name, cityId: city.id }));
          const district = await m.findOneByOrFail(DistrictEntity, { id });
          await appendAudit(m, {
            actor,
            at: this.clock.now(),
            subjectType: 'district',
            subjectId: district.id,
            action: 'district.created',
            detail: { code: input.code, cityId: city.id },
          });
          return district;
        }),
      { districts_code_key: taken },
    );
  }

  private async cityOf(m: EntityManager, input: NewDistrict): Promise<CityEntity> {
    const field = input.cityId ? 'cityId' : 'cityCode';
    if (!input.cityId === !input.cityCode) {
      throw invalid([{ field, code: 'ONE_CITY', message: 'a district belongs to one city: give cityId or cityCode' }]);
    }
    const city = await m.findOneBy(CityEntity, input.cityId ? { id: input.cityId } : { code: input.cityCode });
    if (!city) throw invalid([{ field, code: 'UNKNOWN', message: 'no such city' }]);
    return city;
  }

  listUsers(): Promise<UserEntity[]> {
    return this.db.getRepository(UserEntity).find({ order: { username: 'ASC' } });
  }

  async createUser(actor: Actor | null, input: NewUser): Promise<UserEntity> {
    const passwordHash = await hashAcceptedPassword(input.password, input.username);
    const taken: [ErrorCode, string] = ['RESOURCE.TAKEN', `username ${input.username} is taken`];
    return onUniqueViolation(
      () =>
        this.db.transaction(async (m) => {
          if (await m.existsBy(UserEntity, { username: input.username })) throw new DomainError(...taken);
          const scope = await this.checkScope(m, input.role, input);
          const organisation = this.checkOrganisation(input.role, input.organisation ?? null);
          const user = await m.save(
            m.create(UserEntity, {
              username: input.username,
              displayName: input.displayName,
              role: input.role,
              passwordHash,
              organisation,
              ...scope,
            }),
          );
          await appendAudit(m, {
            actor,
            at: this.clock.now(),
            subjectType: 'user',
            subjectId: user.id,
            action: 'user.created',
            detail: { role: user.role, organisation, ...scope },
          });
          return this.user(m, user.id);
        }),
      { users_username_key: taken },
    );
  }

  /** Replaces the whole scope: the caller has confirmed it sends the full list. */
  setScope(actor: Actor, userId: string, input: UserScope): Promise<UserEntity> {
    return this.rescope(actor, userId, () => input);
  }

  /** Adds and removes single districts or compounds, keeping the rest of the scope as it is. */
  changeScope(actor: Actor, userId: string, change: ScopeChange): Promise<UserEntity> {
    const [add, remove] = [change.add ?? {}, change.remove ?? {}];
    const errors = [];
    for (const field of ['districtIds', 'compoundIds'] as const) {
      const both = (add[field] ?? []).filter((id) => remove[field]?.includes(id));
      if (both.length)
        errors.push({
          field: `remove.${field}`,
          code: 'ADDED_AND_REMOVED',
          message: `${both.join(', ')} cannot be added and removed at once`,
        });
    }
    if (![add, remove].some((s) => s.districtIds?.length || s.compoundIds?.length))
      errors.push({ field: 'add', code: 'REQUIRED', message: 'name the districts or compounds to add or remove' });
    if (errors.length) throw invalid(errors);
    return this.rescope(actor, userId, (current) => ({
      districtIds: [...current.districtIds.filter((id) => !remove.districtIds?.includes(id)), ...(add.districtIds ?? [])],
      compoundIds: [...current.compoundIds.filter((id) => !remove.compoundIds?.includes(id)), ...(add.compoundIds ?? [])],
    }));
  }

  /** The audit entry names what was added and what was dropped, besides the scope that results. */
  private rescope(actor: Actor, userId: string, next: (current: Required<UserScope>) => UserScope): Promise<UserEntity> {
    return this.db.transaction(async (m) => {
      const user = await m.findOne(UserEntity, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw notFound('user');
      const before = { districtIds: user.districtIds, compoundIds: user.compoundIds };
      const scope = await this.checkScope(m, user.role, next(before));
      await m.update(UserEntity, { id: userId }, scope);
      const without = (a: Required<UserScope>, b: Required<UserScope>) => ({
        districtIds: a.districtIds.filter((id) => !b.districtIds.includes(id)),
        compoundIds: a.compoundIds.filter((id) => !b.compoundIds.includes(id)),
      });
      await appendAudit(m, {
        actor,
        at: this.clock.now(),
        subjectType: 'user',
        subjectId: userId,
        action: 'user.scope-set',
        detail: { ...scope, added: without(scope, before), removed: without(before, scope) },
      });
      return this.user(m, userId);
    });
  }

  async setOrganisation(actor: Actor, userId: string, organisation: string | null): Promise<UserEntity> {
    return this.db.transaction(async (m) => {
      const user = await m.findOne(UserEntity, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw notFound('user');
      await m.update(UserEntity, { id: userId }, { organisation: this.checkOrganisation(user.role, organisation) });
      await appendAudit(m, {
        actor,
        at: this.clock.now(),
        subjectType: 'user',
        subjectId: userId,
        action: 'user.organisation-set',
        detail: { organisation },
      });
      return this.user(m, userId);
    });
  }

  /** An admin sets a user's password (a forgotten one, or one to hand over); the user's tokens stop working. */
  async resetPassword(actor: Actor, userId: string, password: string): Promise<UserEntity> {
    return this.db.transaction(async (m) => {
      const user = await m.findOne(UserEntity, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw notFound('user');
      await replacePassword(m, userId, await hashAcceptedPassword(password, user.username));
      await appendAudit(m, { actor, at: this.clock.now(), subjectType: 'user', subjectId: userId, action: 'user.password-reset' });
      return this.user(m, userId);
    });
  }

  async setActive(actor: Actor, userId: string, active: boolean): Promise<UserEntity> {
    return this.db.transaction(async (m) => {
      if (!active) await this.keepAnAdmin(m, userId);
      const result = await m.update(UserEntity, { id: userId }, { active });
      if (!result.affected) throw notFound('user');
      await appendAudit(m, {
        actor,
        at: this.clock.now(),
        subjectType: 'user',
        subjectId: userId,
        action: active ? 'user.activated' : 'user.deactivated',
      });
      return this.user(m, userId);
    });
  }

  /**
   * Refuses to leave the city without an active admin: nobody could then create users or fix a
   * scope. Every active admin's row is locked, so two admins deactivating each other at once are
   * judged one after the other.
   */
  private async keepAnAdmin(m: EntityManager, leaving: string): Promise<void> {
    const admins: { id: string }[] = await m.query(`SELECT id FROM users WHERE role = 'ADMIN' AND active ORDER BY id FOR UPDATE`);
    if (admins.length === 1 && admins[0].id === leaving) {
      throw new DomainError('USER.LAST_ADMIN', 'the last active admin cannot be deactivated: make another user an admin first');
    }
  }

  private async user(m: EntityManager, id: string): Promise<UserEntity> {
    return m.findOneByOrFail(UserEntity, { id });
  }

  /** Only PMs and supervisors work for a party; owners speak through the committees, and admins for nobody. */
  private checkOrganisation(role: Role, organisation: string | null): string | null {
    if (organisation === null) return null;
    if (role !== 'DISTRICT_PM' && role !== 'SUPERVISOR') {
      throw invalid([{ field: 'organisation', code: 'NOT_FOR_ROLE', message: `a ${role} works for no party` }]);
    }
    if (!this.acceptance.organisations().some((o) => o.code === organisation)) {
      throw invalid([
        { field: 'organisation', code: 'UNKNOWN', message: `${organisation} is neither an acceptance party nor a reviewing department` },
      ]);
    }
    return organisation;
  }

  /** A role gets exactly the kind of scope it works in, and every id must exist. */
  private async checkScope(m: EntityManager, role: Role, input: UserScope): Promise<Required<UserScope>> {
    const districtIds = [...new Set(input.districtIds ?? [])];
    const compoundIds = [...new Set(input.compoundIds ?? [])];
    const errors = [];
    const wantsDistricts = role === 'DISTRICT_PM' || role === 'SUPERVISOR';
    const wantsCompounds = role === 'RESIDENTS_COMMITTEE';
    if (!wantsDistricts && districtIds.length)
      errors.push({ field: 'districtIds', code: 'NOT_FOR_ROLE', message: `a ${role} has no district scope` });
    if (!wantsCompounds && compoundIds.length)
      errors.push({ field: 'compoundIds', code: 'NOT_FOR_ROLE', message: `a ${role} has no compound scope` });
    if (wantsDistricts && !districtIds.length)
      errors.push({ field: 'districtIds', code: 'REQUIRED', message: `a ${role} needs at least one district` });
    if (wantsCompounds && !compoundIds.length)
      errors.push({ field: 'compoundIds', code: 'REQUIRED', message: `a ${role} needs at least one compound` });
    if (districtIds.length && (await m.countBy(DistrictEntity, { id: In(districtIds) })) !== districtIds.length) {
      errors.push({ field: 'districtIds', code: 'UNKNOWN', message: 'one or more districts do not exist' });
    }
    if (compoundIds.length && (await m.countBy(CompoundEntity, { id: In(compoundIds) })) !== compoundIds.length) {
      errors.push({ field: 'compoundIds', code: 'UNKNOWN', message: 'one or more compounds do not exist' });
    }
    if (errors.length) throw invalid(errors);
    return { districtIds, compoundIds };
  }
}
