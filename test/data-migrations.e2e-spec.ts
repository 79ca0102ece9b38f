import { randomBytes } from 'node:crypto';
import { dataSourceOptions, MIGRATIONS } from '@app/db';
import { DataSource } from 'typeorm';
import { adminQuery } from './support/database.js';
import { databaseUrl } from './support/env.js';

/**
 * Migrations that reshape existing rows, run over data written in the shape before them: each case
 * migrates a fresh database up to the migration, writes the old rows, then applies the rest.
 */
describe('migrations over existing data', () => {
  const created: string[] = [];

  /** A database migrated up to (not including) the named migration, and a function applying the rest. */
  async function before(migration: string): Promise<{ db: DataSource; rest: () => Promise<void> }> {
    const index = MIGRATIONS.findIndex((m) => m.name === migration);
    if (index < 0) throw new Error(`no migration ${migration}`);
    const name = `renovation_data_${randomBytes(4).toString('hex')}`;
    await adminQuery(`CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`);
    created.push(name);
    const db = new DataSource({ ...dataSourceOptions(databaseUrl(name), 2), migrations: MIGRATIONS.slice(0, index) });
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    const rest = async () => {
      const all = new DataSource(dataSourceOptions(databaseUrl(name), 2));
      await all.initialize();
      try {
        await all.runMigrations({ transaction: 'each' });
      } finally {
        await all.destroy();
      }
    };
    return { db, rest };
  }

  afterAll(async () => {
    for (const name of created) await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('cities: each distinct city text becomes a city; a bulletin goes to the city of its districts', async () => {
    const { db, rest } = await before('CreateCitiesAndBulletinsPerCity1764410000000');
    try {
      const district = async (code: string, city: string) =>
        (await db.query('INSERT INTO districts (code, name, city) VALUES ($1, $1, $2) RETURNING id', [code, city]))[0].id as string;
      const cs1 = await district('cs-1', '长沙市');
      const cs2 = await district('cs-2', '长沙市');
      const yc1 = await district('yc-1', '宜昌市');
      const bulletin = (month: string, districtIds: string[]) =>
        db.query(`INSERT INTO monthly_bulletins (month, content, built_at, built_via) VALUES ($1, $2, now(), 'JOB')`, [
          month,
          JSON.stringify({ month, districts: districtIds.map((id) => ({ id })) }),
        ]);
      await bulletin('2026-01', [cs1, cs2]);
      await bulletin('2026-02', [cs1, yc1]);
      await bulletin('2026-03', [yc1]);
      await db.destroy();
      await rest();

      const after = new DataSource(dataSourceOptions((db.options as { url: string }).url, 2));
      await after.initialize();
      try {
        const cities = await after.query('SELECT id, code, name FROM cities ORDER BY name');
        expect(cities.map((c: { name: string }) => c.name).sort()).toEqual(['宜昌市', '长沙市'].sort());
        for (const c of cities) expect(c.code).toMatch(/^city-[0-9a-f]{10}$/);
        const cityOf = Object.fromEntries(cities.map((c: { id: string; name: string }) => [c.name, c.id]));
        const districts = await after.query('SELECT code, city, city_id FROM districts ORDER BY code');
        expect(districts).toEqual([
          { code: 'cs-1', city: '长沙市', city_id: cityOf['长沙市'] },
          { code: 'cs-2', city: '长沙市', city_id: cityOf['长沙市'] },
          { code: 'yc-1', city: '宜昌市', city_id: cityOf['宜昌市'] },
        ]);
        // The bulletin that ranked both cities together stays as published, under no city.
        expect(await after.query('SELECT month, city_id FROM monthly_bulletins ORDER BY month')).toEqual([
          { month: '2026-01', city_id: cityOf['长沙市'] },
          { month: '2026-02', city_id: null },
          { month: '2026-03', city_id: cityOf['宜昌市'] },
        ]);
      } finally {
        await after.destroy();
      }
    } finally {
      if (db.isInitialized) await db.destroy();
    }
  });

  it('change orders: open minor orders start the argued route, decided ones keep their outcome, with what they were kept', async () => {
    const { db, rest } = await before('ChangeOrdersApprovedByGovernmentAndSiteConfirmations1764420000000');
    try {
      const one = async (sql: string, params: unknown[] = []) => (await db.query(sql, params))[0].id as string;
      const district = await one(`INSERT INTO districts (code, name, city) VALUES ('co-1', '一区', '长沙市') RETURNING id`);
      const user = await one(
        `INSERT INTO users (username, display_name, role, password_hash) VALUES ('pm', 'pm', 'DISTRICT_PM', 'x') RETURNING id`,
      );
      const compound = await one(
        `INSERT INTO compounds (district_id, name, address, build_year) VALUES ($1, '小区', '路', 1990) RETURNING id`,
        [district],
      );
      const project = await one(
        `INSERT INTO projects (compound_id, district_id, name, state, rule_profile) VALUES ($1, $2, '改造', 'CONSTRUCTION', 'changsha-two-80') RETURNING id`,
        [compound, district],
      );
      const order = (kind: string, state: string, site: string | null, reps: string[]) =>
        one(
          `INSERT INTO change_orders (project_id, district_id, compound_id, kind, title, reason, lines, state, resident_representatives, parties, site_document, created_by, created_at)
           VALUES ($1, $2, $3, $4, $5, '理由', '[]', $5, $6, '{}', $7, $8, now()) RETURNING id`,
          [project, district, compound, kind, state, reps, site, user],
        );
      const minorDraft = await order('MINOR', 'DRAFT', null, []);
      const minorConfirmed = await order('MINOR', 'SITE_CONFIRMED', '签证单 QZ-1', ['居民代表甲']);
      const minorApproved = await order('MINOR', 'APPROVED', '签证单 QZ-2', ['居民代表乙']);
      const majorArgued = await order('MAJOR', 'ARGUED', '五方论证意见', []);
      const majorReviewed = await order('MAJOR', 'BUDGET_REVIEWED', '论证意见', []);
      const majorApproved = await order('MAJOR', 'APPROVED', '论证意见', []);
      const minorRejected = await order('MINOR', 'REJECTED', null, []);
      await db.query(
        `INSERT INTO audit_log (at, actor_id, subject_type, subject_id, project_id, action) VALUES ('2026-05-10T02:00:00Z', $1, 'change-order', $2, $3, 'change-order.REVIEW_BUDGET')`,
        [user, majorReviewed, project],
      );
      await db.destroy();
      await rest();

      const after = new DataSource(dataSourceOptions((db.options as { url: string }).url, 2));
      await after.initialize();
      try {
        const rows = await after.query(
          'SELECT id, state, opinion_document, budget_reviewed_at, legacy FROM change_orders ORDER BY created_at, id',
        );
        const byId = new Map(rows.map((r: { id: string }) => [r.id, r]));
        expect(byId.get(minorDraft)).toMatchObject({ state: 'DRAFT', opinion_document: null, legacy: { kind: 'MINOR', state: 'DRAFT' } });
        expect(byId.get(minorConfirmed)).toMatchObject({
          state: 'DRAFT',
          opinion_document: null,
          legacy: { kind: 'MINOR', state: 'SITE_CONFIRMED', siteDocument: '签证单 QZ-1', residentRepresentatives: ['居民代表甲'] },
        });
        expect(byId.get(minorApproved)).toMatchObject({
          state: 'APPROVED',
          legacy: { kind: 'MINOR', state: 'APPROVED', siteDocument: '签证单 QZ-2', approvedWithoutGovernment: true },
        });
        expect(byId.get(majorArgued)).toMatchObject({ state: 'ARGUED', opinion_document: '五方论证意见', legacy: null });
        expect(byId.get(majorReviewed)).toMatchObject({ state: 'BUDGET_REVIEWED', budget_reviewed_at: new Date('2026-05-10T02:00:00Z') });
        expect(byId.get(majorApproved)).toMatchObject({ state: 'APPROVED', legacy: { kind: 'MAJOR', approvedWithoutGovernment: true } });
        expect(byId.get(minorRejected)).toMatchObject({ state: 'REJECTED', legacy: { kind: 'MINOR', state: 'REJECTED' } });

        const trail = await after.query(
          `SELECT subject_id, from_state, to_state FROM audit_log WHERE action = 'change-order.reclassified' ORDER BY subject_id`,
        );
        expect(
          trail.map((t: { subject_id: string; from_state: string; to_state: string }) => [t.subject_id, t.from_state, t.to_state]).sort(),
        ).toEqual(
          [
            [minorDraft, 'DRAFT', 'DRAFT'],
            [minorConfirmed, 'SITE_CONFIRMED', 'DRAFT'],
            [minorApproved, 'APPROVED', 'APPROVED'],
            [majorApproved, 'APPROVED', 'APPROVED'],
            [minorRejected, 'REJECTED', 'REJECTED'],
          ].sort(),
        );
        // From now on an approval carries the government's document.
        await expect(after.query(`UPDATE change_orders SET state = 'APPROVED' WHERE id = $1`, [majorReviewed])).rejects.toThrow(
          /change_orders_approval_documented/,
        );
        await expect(after.query(`UPDATE change_orders SET state = 'SITE_CONFIRMED' WHERE id = $1`, [majorArgued])).rejects.toThrow(
          /change_orders_state_check/,
        );
      } finally {
        await after.destroy();
      }
    } finally {
      if (db.isInitialized) await db.destroy();
    }
  });

  it('project areas: every project covers its compound as its lead; what its residents did is theirs', async () => {
    const { db, rest } = await before('ProjectAreasCoverSeveralCompounds1764430000000');
    try {
      const one = async (sql: string, params: unknown[] = []) => (await db.query(sql, params))[0].id as string;
      const district = await one(`INSERT INTO districts (code, name, city) VALUES ('pa-1', '一区', '长沙市') RETURNING id`);
      const user = await one(
        `INSERT INTO users (username, display_name, role, password_hash) VALUES ('pm', 'pm', 'DISTRICT_PM', 'x') RETURNING id`,
      );
      const project = async (state: string) => {
        const compound = await one(
          `INSERT INTO compounds (district_id, name, address, build_year) VALUES ($1, $2, '路', 1990) RETURNING id`,
          [district, state],
        );
        const id = await one(
          `INSERT INTO projects (compound_id, district_id, name, state, rule_profile) VALUES ($1, $2, '改造', $3, 'changsha-two-80') RETURNING id`,
          [compound, district, state],
        );
        return { id, compound };
      };
      const live = await project('LONG_TERM');
      const closed = await project('CLOSED');
      await db.query(`INSERT INTO project_surveys (project_id, assets, updated_by) VALUES ($1, '{"items": []}', $2)`, [live.id, user]);
      await db.query(
        `INSERT INTO governance_bodies (project_id, kind, name, established_on, members, registered_by) VALUES ($1, 'OWNERS_COMMITTEE', '业委会', '2026-01-01', '[]', $2)`,
        [live.id, user],
      );
      await db.query(
        `INSERT INTO admission_confirmations (project_id, item, basis, confirmed_by, confirmed_at) VALUES ($1, 'DEMOLISH_ILLEGAL_STRUCTURES', '决议', $2, now())`,
        [live.id, user],
      );
      await db.query('INSERT INTO maintenance_fund_plans (project_id, recorded_by, recorded_at) VALUES ($1, $2, now())', [live.id, user]);
      await db.query(
        `INSERT INTO maintenance_fund_lines (project_id, building, building_type, area, rate_fen, expected_fen) VALUES ($1, '1', 'NO_ELEVATOR', 100, 3500, 350000)`,
        [live.id],
      );
      await db.destroy();
      await rest();

      const after = new DataSource(dataSourceOptions((db.options as { url: string }).url, 2));
      await after.initialize();
      try {
        const covered = await after.query(
          'SELECT project_id, compound_id, lead, position, released_at IS NOT NULL AS released FROM project_compounds',
        );
        expect(covered).toEqual(
          expect.arrayContaining([
            { project_id: live.id, compound_id: live.compound, lead: true, position: 1, released: false },
            { project_id: closed.id, compound_id: closed.compound, lead: true, position: 1, released: true },
          ]),
        );
        for (const table of ['project_surveys', 'governance_bodies', 'admission_confirmations', 'maintenance_fund_lines']) {
          expect(await after.query(`SELECT compound_id FROM ${table}`)).toEqual([{ compound_id: live.compound }]);
        }
        // The closed project let its compound go: a new one may start there, and only one.
        const next = () =>
          after.query(
            `INSERT INTO projects (compound_id, district_id, name, state, rule_profile) VALUES ($1, $2, '再改造', 'SURVEY', 'changsha-two-80') RETURNING id`,
            [closed.compound, district],
          );
        const [{ id: again }] = await next();
        await after.query(
          `INSERT INTO project_compounds (project_id, compound_id, district_id, lead, position, added_at) VALUES ($1, $2, $3, true, 1, now())`,
          [again, closed.compound, district],
        );
        const [{ id: third }] = await next();
        await expect(
          after.query(
            `INSERT INTO project_compounds (project_id, compound_id, district_id, lead, position, added_at) VALUES ($1, $2, $3, true, 1, now())`,
            [third, closed.compound, district],
          ),
        ).rejects.toThrow(/project_compounds_one_active_project/);
      } finally {
        await after.destroy();
      }
    } finally {
      if (db.isInitialized) await db.destroy();
    }
  });
});
