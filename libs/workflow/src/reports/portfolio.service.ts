import { DomainError, notFound, type Actor, type ProjectState } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../platform/clock.js';
import { assertInScope } from '../platform/scope.js';
import { districtFigures, totalOf, type DistrictFigures, type Figures } from './district-figures.js';

export interface PortfolioFilter {
  cityId?: string;
  districtId?: string;
  state?: ProjectState;
  planYear?: number;
}

export interface Portfolio {
  asOf: Date;
  filter: PortfolioFilter;
  /** Every district in the caller's scope (or the one asked for, or those of the city asked for), by code, zeros included. */
  districts: DistrictFigures[];
  /** The districts above added up per city, by city code. */
  cities: (Figures & { id: string; code: string; name: string })[];
  /** The districts above added up: every city for an administrator. */
  total: Figures;
}

/** The supervisor's overview (督导总览): every district in scope at a glance, computed in one query. */
@Injectable()
export class PortfolioService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async portfolio(actor: Actor, filter: PortfolioFilter): Promise<Portfolio> {
    const districtIds = await this.districtsInView(actor, filter);
    const asOf = this.clock.now();
    // The cities are a handful of rows: read beside the figures rather than joined into them.
    const [districts, cities] = await Promise.all([
      districtFigures(this.db.manager, { districtIds, state: filter.state, planYear: filter.planYear }, asOf),
      this.db.query('SELECT id, code, name FROM cities ORDER BY code') as Promise<{ id: string; code: string; name: string }[]>,
    ]);
    const byCity = cities
      .map((c) => ({ ...c, districts: districts.filter((d) => d.cityId === c.id) }))
      .filter((c) => c.districts.length > 0)
      .map(({ districts: mine, ...c }) => ({ ...c, ...totalOf(mine) }));
    return { asOf, filter, districts, cities: byCity, total: totalOf(districts) };
  }

  /**
   * null: every district. A district or city asked for outside the scope reads as missing; a city
   * narrows the scope to its districts.
   */
  private async districtsInView(actor: Actor, filter: PortfolioFilter): Promise<readonly string[] | null> {
    if (actor.role === 'RESIDENTS_COMMITTEE') throw new DomainError('ACCESS.FORBIDDEN', 'the portfolio is for districts, not compounds');
    const scope = actor.role === 'ADMIN' ? null : actor.districtIds;
    let ids: readonly string[] | null = scope;
    if (filter.cityId) {
      const rows: { id: string }[] = await this.db.query(
        'SELECT d.id FROM districts d WHERE d.city_id = $1 AND ($2::uuid[] IS NULL OR d.id = ANY($2::uuid[]))',
        [filter.cityId, scope],
      );
      if (!rows.length) throw notFound('city');
      ids = rows.map((r) => r.id);
    }
    if (filter.districtId) {
      const [district]: { id: string }[] = await this.db.query('SELECT id FROM districts WHERE id = $1', [filter.districtId]);
      assertInScope(actor, district ? { districtId: district.id } : null, 'district');
      if (ids && !ids.includes(district.id)) throw notFound('district');
      return [district.id];
    }
    return ids;
  }
}
