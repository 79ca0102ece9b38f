import { CityEntity } from '@app/db';
import { badRequest, notFound, type Actor, type ErrorCode } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { appendAudit } from '../platform/audit.js';
import { Clock } from '../platform/clock.js';
import { onUniqueViolation } from '../platform/unique.js';

export interface CityFields {
  code: string;
  name: string;
}

/** A city named by its id or its code; neither means "the one city the caller works in". */
export interface CityRef {
  cityId?: string;
  cityCode?: string;
}

const TAKEN: Record<string, [ErrorCode, string]> = {
  cities_code_key: ['RESOURCE.TAKEN', 'that city code is taken'],
  cities_name_key: ['RESOURCE.TAKEN', 'a city of that name exists'],
};

/** Cities (市): the districts of one city are ranked together in its bulletin. */
@Injectable()
export class CityService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  list(): Promise<CityEntity[]> {
    return this.db.getRepository(CityEntity).find({ order: { code: 'ASC' } });
  }

  async create(actor: Actor, input: CityFields): Promise<CityEntity> {
    return onUniqueViolation(
      () =>
        this.db.transaction(async (m) => {
          const city = await m.save(m.create(CityEntity, { code: input.code, name: input.name.trim() }));
          await appendAudit(m, {
            actor,
            at: this.clock.now(),
            subjectType: 'city',
            subjectId: city.id,
            action: 'city.created',
            detail: { code: city.code },
          });
          return city;
        }),
      TAKEN,
    );
  }

  /** A new code or name; the districts' city text follows the name in the database. */
  async update(actor: Actor, id: string, input: Partial<CityFields>): Promise<CityEntity> {
    return onUniqueViolation(
      () =>
        this.db.transaction(async (m) => {
          const city = await m.findOne(CityEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
          if (!city) throw notFound('city');
          const changes = {
            ...(input.code !== undefined && { code: input.code }),
            ...(input.name !== undefined && { name: input.name.trim() }),
          };
          if (Object.keys(changes).length === 0) {
            throw badRequest([{ field: 'name', code: 'NOTHING_TO_CHANGE', message: 'send a new code, a new name, or both' }]);
          }
          await m.update(CityEntity, { id }, changes);
          await appendAudit(m, {
            actor,
            at: this.clock.now(),
            subjectType: 'city',
            subjectId: id,
            action: 'city.updated',
            detail: { fields: Object.keys(changes), ...(input.code !== undefined && { code: input.code, was: city.code }) },
          });
          return m.findOneByOrFail(CityEntity, { id });
        }),
      TAKEN,
    );
  }

  /** The cities whose districts the actor works in; null for every city (an administrator). */
  async inScope(actor: Actor, m: Pick<EntityManager, 'query'> = this.db.manager): Promise<string[] | null> {
    if (actor.role === 'ADMIN') return null;
    const rows: { city_id: string }[] = await m.query('SELECT DISTINCT city_id FROM districts WHERE id = ANY($1) ORDER BY city_id', [
      [...actor.districtIds],
    ]);
    return rows.map((r) => r.city_id);
  }

  /**
   * The city a request is about. Named: it must exist, and be one the actor works in (out of scope,
   * it is not found, as in assertInScope). Not named: the only city of the actor's scope (for an administrator,
   * the only city there is); with several, the request must say which.
   */
  async resolve(actor: Actor, ref: CityRef, m: EntityManager = this.db.manager): Promise<CityEntity> {
    if (ref.cityId && ref.cityCode) {
      throw badRequest([{ field: 'cityCode', code: 'ONE_CITY', message: 'name the city by cityId or by cityCode, not both' }]);
    }
    const visible = await this.inScope(actor, m);
    if (ref.cityId || ref.cityCode) {
      const city = await m.findOneBy(CityEntity, ref.cityId ? { id: ref.cityId } : { code: ref.cityCode });
      if (!city || (visible && !visible.includes(city.id))) throw notFound('city');
      return city;
    }
    const candidates: CityEntity[] = visible
      ? await m.getRepository(CityEntity).createQueryBuilder('c').where('c.id = ANY(:ids)', { ids: visible }).getMany()
      : await m.find(CityEntity, { take: 2 });
    if (candidates.length === 1) return candidates[0]!;
    if (candidates.length === 0) throw notFound('city');
    throw badRequest([{ field: 'cityId', code: 'CITY_REQUIRED', message: 'you work in several cities: name one by cityId or cityCode' }]);
  }
}
