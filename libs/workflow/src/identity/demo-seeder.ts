import { AppConfig } from '@app/config';
import { CityEntity, CompoundEntity, DistrictEntity } from '@app/db';
import { PROJECT_STATES, type ProjectState, type Role } from '@app/domain';
import { Inject, Injectable } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { Clock } from '../platform/clock.js';
import { LOG, type Log } from '../platform/logger.js';
import { boundToTransaction } from '../platform/transaction-bound.js';
import { AdminService } from './admin.service.js';
import { DemoStory } from './demo-story.js';
import { IdentityService } from './identity.service.js';
import { generatePassword } from './passwords.js';

export const DEMO_DISTRICT_CODE = 'demo-yuhua';
const DEMO_CITY = { code: 'changsha', name: '长沙市' };

export interface DemoCredentials {
  username: string;
  role: Role;
  password: string;
}

/**
 * One compound per lifecycle state, in PROJECT_STATES order. Rosters are buildings x units x
 * floors x two rooms: 24 to 40 households.
 */
const COMPOUNDS: { name: string; address: string; buildYear: number; buildings: number; units: number; floors: number }[] = [
  { name: '桂花苑', address: '演示路 1 号', buildYear: 1996, buildings: 3, units: 1, floors: 6 },
  { name: '樟树湾', address: '演示路 9 号', buildYear: 1993, buildings: 2, units: 1, floors: 6 },
  { name: '枫林苑', address: '演示路 17 号', buildYear: 1998, buildings: 2, units: 2, floors: 5 },
  { name: '湘绣新村', address: '演示路 25 号', buildYear: 1989, buildings: 3, units: 1, floors: 5 },
  { name: '机械厂宿舍', address: '演示北街 2 号', buildYear: 1985, buildings: 2, units: 1, floors: 7 },
  { name: '粮站家属院', address: '演示北街 8 号', buildYear: 1987, buildings: 2, units: 2, floors: 4 },
  { name: '电力新村', address: '演示北街 16 号', buildYear: 1991, buildings: 3, units: 1, floors: 6 },
  { name: '荷花池', address: '演示南路 5 号', buildYear: 1994, buildings: 2, units: 1, floors: 6 },
  { name: '芙蓉里', address: '演示南路 11 号', buildYear: 1990, buildings: 4, units: 1, floors: 5 },
  { name: '印刷厂宿舍', address: '演示南路 23 号', buildYear: 1988, buildings: 2, units: 1, floors: 7 },
  { name: '梅岭小区', address: '演示东路 4 号', buildYear: 1997, buildings: 3, units: 1, floors: 5 },
  { name: '杏林苑', address: '演示东路 12 号', buildYear: 1999, buildings: 2, units: 2, floors: 4 },
  { name: '自来水公司宿舍', address: '演示东路 30 号', buildYear: 1986, buildings: 3, units: 1, floors: 6 },
  { name: '银杏里', address: '演示西路 7 号', buildYear: 1995, buildings: 2, units: 1, floors: 6 },
  { name: '纺织厂生活区', address: '演示西路 19 号', buildYear: 1984, buildings: 2, units: 2, floors: 5 },
];

/**
 * A neighbour of the ORGANIZING story's compound: the two are surveyed and organize as one project
 * area (片区), each compound's residents for themselves. The area's story stops before consultation,
 * where every beat after it would speak for the lead compound alone.
 */
const AREA: { state: ProjectState; neighbour: (typeof COMPOUNDS)[number] } = {
  state: 'ORGANIZING',
  neighbour: { name: '樟树湾北区', address: '演示路 11 号', buildYear: 1992, buildings: 2, units: 1, floors: 6 },
};

/**
 * A district whose compounds hold one project in every lifecycle state, each brought there by its
 * history, and one user per role, so that a first start shows the whole lifecycle.
 */
@Injectable()
export class DemoSeeder {
  constructor(
    private readonly db: DataSource,
    private readonly admin: AdminService,
    private readonly identity: IdentityService,
    private readonly story: DemoStory,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    @Inject(LOG) private readonly log: Log,
  ) {}

  /**
   * Returns the generated credentials the first time, and null once the demo exists. The whole
   * demo is written in one transaction, by the same services over a data source bound to it: a
   * start that dies halfway leaves nothing behind, and the next start seeds it again.
   */
  async seed(): Promise<DemoCredentials[] | null> {
    if (await this.db.getRepository(DistrictEntity).existsBy({ code: DEMO_DISTRICT_CODE })) return null;
    // Imported here: the module lists this class among its services.
    const { WorkflowModule } = await import('../workflow.module.js');
    return this.db.transaction(async (m) => {
      const scoped = await NestFactory.createApplicationContext(
        WorkflowModule.forRoot({ config: this.config, dataSource: boundToTransaction(this.db, m), clock: this.clock, log: this.log }),
        { logger: false },
      );
      try {
        return await scoped.get(DemoSeeder).write();
      } finally {
        await scoped.close();
      }
    });
  }

  /** Everything the demo holds, through this instance's services. */
  private async write(): Promise<DemoCredentials[]> {
    const cities = this.db.getRepository(CityEntity);
    const city = (await cities.findOneBy({ name: DEMO_CITY.name })) ?? (await cities.save(DEMO_CITY));
    const district = await this.db
      .getRepository(DistrictEntity)
      .save({ code: DEMO_DISTRICT_CODE, name: '雨花区（演示）', cityId: city.id });
    const compoundIds: string[] = [];
    for (const c of [...COMPOUNDS, AREA.neighbour]) {
      const compound = await this.db.getRepository(CompoundEntity).save({
        districtId: district.id,
        name: `${c.name}（演示小区）`,
        address: c.address,
        buildYear: c.buildYear,
        buildings: c.buildings,
        hasElevator: false,
        inShantytownPlan: false,
        dangerRating: c.buildYear < 1990 ? 'C' : 'B',
      });
      // A roster without personal data, areas from 56 to 118 m².
      await this.db.query(
        `INSERT INTO households (compound_id, building, unit, room, floor_area)
         SELECT $1, b::text, u::text, (f * 100 + r)::text, 56 + ((b * 7 + u * 3 + f * 5 + r) % 63) + 0.5
           FROM generate_series(1, $2) b, generate_series(1, $3) u, generate_series(1, $4) f, generate_series(1, 2) r`,
        [compound.id, c.buildings, c.units, c.floors],
      );
      await this.db.query(
        `UPDATE compounds SET households = s.n, floor_area = s.area FROM (SELECT count(*)::int n, sum(floor_area) area FROM households WHERE compound_id = $1) s WHERE id = $1`,
        [compound.id],
      );
      compoundIds.push(compound.id);
    }
    const users: [string, Role, { districtIds?: string[]; compoundIds?: string[] }][] = [
      ['demo-admin', 'ADMIN', {}],
      ['demo-pm', 'DISTRICT_PM', { districtIds: [district.id] }],
      ['demo-committee', 'RESIDENTS_COMMITTEE', { compoundIds }],
      ['demo-supervisor', 'SUPERVISOR', { districtIds: [district.id] }],
    ];
    const credentials: DemoCredentials[] = [];
    const ids = new Map<Role, string>();
    for (const [username, role, scope] of users) {
      const password = generatePassword();
      ids.set(role, (await this.admin.createUser(null, { username, displayName: username, role, password, ...scope })).id);
      credentials.push({ username, role, password });
    }
    const actor = async (role: Role) => (await this.identity.actor(ids.get(role)!))!;
    const cast = { pm: await actor('DISTRICT_PM'), committee: await actor('RESIDENTS_COMMITTEE'), supervisor: await actor('SUPERVISOR') };
    // One after the other: they share the transaction's one connection.
    for (const [i, state] of PROJECT_STATES.entries()) {
      const neighbours = state === AREA.state ? [compoundIds[COMPOUNDS.length]!] : [];
      await this.story.tell(cast, compoundIds[i]!, `${COMPOUNDS[i]!.name}综合改造`, state, neighbours);
    }
    return credentials;
  }
}
