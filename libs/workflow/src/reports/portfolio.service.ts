import { DomainError, type Actor, type ProjectState } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../platform/clock.js';
import { assertInScope } from '../platform/scope.js';
import { districtFigures, totalOf, type DistrictFigures, type Figures } from './district-figures.js';

export interface PortfolioFilter {
  districtId?: string;
  state?: ProjectState;
  planYear?: number;
}

export interface Portfolio {
  asOf: Date;
  filter: PortfolioFilter;
  /** Every district in the caller's scope (or the one asked for), by code, zeros included. */
  districts: DistrictFigures[];
  /** The districts above added up: the whole city for an administrator. */
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
    const districtIds = await this.districtsInView(actor, filter.districtId);
    const asOf = this.clock.now();
    const districts = await districtFigures(this.db.manager, { districtIds, state: filter.state, planYear: filter.planYear }, asOf);
    return { asOf, filter, districts, total: totalOf(districts) };
  }

  /** null: every district. A district asked for outside the scope reads as missing. */
  private async districtsInView(actor: Actor, districtId: string | undefined): Promise<readonly string[] | null> {
    if (actor.role === 'RESIDENTS_COMMITTEE') throw new DomainError('ACCESS.FORBIDDEN', 'the portfolio is for districts, not compounds');
    if (districtId) {
      const [district]: { id: string }[] = await this.db.query('SELECT id FROM districts WHERE id = $1', [districtId]);
      assertInScope(actor, district ? { districtId: district.id } : null, 'read', 'district');
      return [district.id];
    }
    return actor.role === 'ADMIN' ? null : actor.districtIds;
  }
}
