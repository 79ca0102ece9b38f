import { CompoundEntity, DistrictEntity } from '@app/db';
import type { Role } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ProjectService } from '../projects/project.service.js';
import { AdminService } from './admin.service.js';
import { IdentityService } from './identity.service.js';
import { generatePassword } from './passwords.js';

export const DEMO_DISTRICT_CODE = 'demo-yuhua';

export interface DemoCredentials {
  username: string;
  role: Role;
  password: string;
}

/** A district, a compound, a project and one user per role, so a first start has something to show. */
@Injectable()
export class DemoSeeder {
  constructor(
    private readonly db: DataSource,
    private readonly admin: AdminService,
    private readonly identity: IdentityService,
    private readonly projects: ProjectService,
  ) {}

  /** Returns the generated credentials the first time, and null once the demo exists. */
  async seed(): Promise<DemoCredentials[] | null> {
    if (await this.db.getRepository(DistrictEntity).existsBy({ code: DEMO_DISTRICT_CODE })) return null;
    const district = await this.db.getRepository(DistrictEntity).save({ code: DEMO_DISTRICT_CODE, name: '雨花区（演示）', city: '长沙市' });
    const compound = await this.db.getRepository(CompoundEntity).save({
      districtId: district.id,
      name: '桂花苑（演示小区）',
      address: '演示路 1 号',
      buildYear: 1996,
      buildings: 6,
      households: 240,
      floorArea: '18650.50',
      hasElevator: false,
      inShantytownPlan: false,
      dangerRating: 'B',
    });
    // A roster without personal data: 6 buildings x 2 units x 20 rooms, areas from 56 to 118 m².
    await this.db.query(
      `INSERT INTO households (compound_id, building, unit, room, floor_area)
       SELECT $1, b::text, u::text, (f * 100 + r)::text, 56 + ((b * 7 + u * 3 + f * 5 + r) % 63) + 0.5
         FROM generate_series(1, 6) b, generate_series(1, 2) u, generate_series(1, 10) f, generate_series(1, 2) r`,
      [compound.id],
    );
    await this.db.query(
      `UPDATE compounds SET households = s.n, floor_area = s.area FROM (SELECT count(*)::int n, sum(floor_area) area FROM households WHERE compound_id = $1) s WHERE id = $1`,
      [compound.id],
    );
    const users: [string, Role, { districtIds?: string[]; compoundIds?: string[] }][] = [
      ['demo-admin', 'ADMIN', {}],
      ['demo-pm', 'DISTRICT_PM', { districtIds: [district.id] }],
      ['demo-committee', 'RESIDENTS_COMMITTEE', { compoundIds: [compound.id] }],
      ['demo-supervisor', 'SUPERVISOR', { districtIds: [district.id] }],
    ];
    const credentials: DemoCredentials[] = [];
    let pmId: string | undefined;
    for (const [username, role, scope] of users) {
      const password = generatePassword();
      const user = await this.admin.createUser(null, { username, displayName: username, role, password, ...scope });
      if (role === 'DISTRICT_PM') pmId = user.id;
      credentials.push({ username, role, password });
    }
    const pm = await this.identity.actor(pmId!);
    await this.projects.create(pm!, compound.id, { name: '桂花苑综合改造', ruleProfile: 'changsha-two-80' });
    return credentials;
  }
}
