import { CompoundEntity, DistrictEntity } from '@app/db';
import { invalid, type Actor } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { appendAudit } from '../platform/audit.js';
import { Clock } from '../platform/clock.js';
import { assertInScope, scopeFilter } from '../platform/scope.js';

export interface CompoundFields {
  name: string;
  address: string;
  buildYear: number;
  buildings?: number | null;
  households?: number | null;
  floorArea?: number | null;
  hasElevator?: boolean;
  inShantytownPlan?: boolean;
  dangerRating?: 'A' | 'B' | 'C' | 'D' | null;
  latitude?: number | null;
  longitude?: number | null;
}

export interface NewCompound extends CompoundFields {
  districtId: string;
}

export interface EligibilityException {
  reason: string;
  approvalRef: string;
}

export interface CompoundQuery {
  districtId?: string;
  limit: number;
  offset: number;
}

const toDecimal = (value: number | null | undefined, scale: number) =>
  value === undefined ? undefined : value === null ? null : value.toFixed(scale);

@Injectable()
export class CompoundService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async create(actor: Actor, input: NewCompound): Promise<CompoundEntity> {
    return this.db.transaction(async (m) => {
      const district = await m.findOneBy(DistrictEntity, { id: input.districtId });
      assertInScope(actor, district ? { districtId: district.id } : null, 'district');
      this.checkBuildYear(input.buildYear);
      const compound = await m.save(m.create(CompoundEntity, { ...this.columns(input), districtId: input.districtId }));
      await appendAudit(m, {
        actor,
        at: this.clock.now(),
        subjectType: 'compound',
        subjectId: compound.id,
        action: 'compound.created',
        detail: { districtId: input.districtId },
      });
      return compound;
    });
  }

  async list(actor: Actor, query: CompoundQuery): Promise<{ items: CompoundEntity[]; total: number }> {
    const scope = scopeFilter(actor, 'c', { column: 'id' });
    const qb = this.db
      .getRepository(CompoundEntity)
      .createQueryBuilder('c')
      .where(scope.sql, scope.params)
      .orderBy('c.name', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .take(query.limit)
      .skip(query.offset);
    if (query.districtId) qb.andWhere('c.district_id = :districtId', { districtId: query.districtId });
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }

  async get(actor: Actor, id: string): Promise<CompoundEntity> {
    const compound = await this.db.getRepository(CompoundEntity).findOneBy({ id });
    assertInScope(actor, compound ? { districtId: compound.districtId, compoundId: compound.id } : null, 'compound');
    return compound!;
  }

  async update(actor: Actor, id: string, input: Partial<CompoundFields>): Promise<CompoundEntity> {
    return this.db.transaction(async (m) => {
      const compound = await this.lockForWrite(m, actor, id);
      if (input.buildYear !== undefined) this.checkBuildYear(input.buildYear);
      const changes = this.columns(input);
      await m.update(CompoundEntity, { id: compound.id }, changes);
      await appendAudit(m, {
        actor,
        at: this.clock.now(),
        subjectType: 'compound',
        subjectId: id,
        action: 'compound.updated',
        detail: { fields: Object.keys(changes) },
      });
      return m.findOneByOrFail(CompoundEntity, { id });
    });
  }

  async setEligibilityException(actor: Actor, id: string, input: EligibilityException | null): Promise<CompoundEntity> {
    return this.db.transaction(async (m) => {
      await this.lockForWrite(m, actor, id);
      const at = this.clock.now();
      const exception = input && {
        reason: input.reason,
        approvalRef: input.approvalRef,
        recordedBy: actor.userId,
        recordedAt: at.toISOString(),
      };
      await m.update(CompoundEntity, { id }, { eligibilityException: exception });
      await appendAudit(m, {
        actor,
        at,
        subjectType: 'compound',
        subjectId: id,
        action: input ? 'compound.eligibility-exception-recorded' : 'compound.eligibility-exception-withdrawn',
        reason: input?.reason ?? null,
        detail: input ? { approvalRef: input.approvalRef } : {},
      });
      return m.findOneByOrFail(CompoundEntity, { id });
    });
  }

  /** Locks the compound row and checks the actor may change it. */
  async lockForWrite(m: EntityManager, actor: Actor, id: string): Promise<CompoundEntity> {
    const compound = await m.findOne(CompoundEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    assertInScope(actor, compound ? { districtId: compound.districtId, compoundId: compound.id } : null, 'compound');
    return compound!;
  }

  private checkBuildYear(year: number): void {
    const thisYear = this.clock.now().getUTCFullYear();
    if (year > thisYear) throw invalid([{ field: 'buildYear', code: 'IN_FUTURE', message: `build year ${year} is after ${thisYear}` }]);
  }

  private columns(input: Partial<CompoundFields>): Partial<CompoundEntity> {
    const out: Partial<CompoundEntity> = {};
    const { floorArea, latitude, longitude, ...plain } = input;
    Object.assign(out, plain);
    if (floorArea !== undefined) out.floorArea = toDecimal(floorArea, 2);
    if (latitude !== undefined) out.latitude = toDecimal(latitude, 6);
    if (longitude !== undefined) out.longitude = toDecimal(longitude, 6);
    return out;
  }
}
