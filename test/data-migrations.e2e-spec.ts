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
    const { db, rest } = await before('CreateCitiesAndBulletinsPerCity1764600000000');
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
    const { db, rest } = await before('ChangeOrdersApprovedByGovernmentAndSiteConfirmations1764600000100');
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
    const { db, rest } = await before('ProjectAreasCoverSeveralCompounds1764600000200');
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

  it('re-binds rounds not yet judged by a profile not made for their subject, voids judged ones, and resets project defaults', async () => {
    const { db: old, rest } = await before('BindRuleProfilesToRoundSubjects1764500000000');
    const one = async (sql: string, params: unknown[] = []) => ((await old.query(sql, params)) as { id: string }[])[0]!.id;
    for (const id of ['changsha-two-80', 'civil-code-278-major', 'civil-code-278-ordinary', 'satisfaction-95'])
      await old.query(`INSERT INTO rule_profiles (id, definition) VALUES ($1, '{}')`, [id]);
    const district = await one(`INSERT INTO districts (code, name, city) VALUES ('m', 'm', '长沙市') RETURNING id`);
    const user = await one(
      `INSERT INTO users (username, display_name, role, password_hash) VALUES ('pm', 'pm', 'DISTRICT_PM', 'x') RETURNING id`,
    );
    const project = async (profile: string) => {
      const compound = await one(
        `INSERT INTO compounds (district_id, name, address, build_year) VALUES ($1, 'c', 'a', 1990) RETURNING id`,
        [district],
      );
      return {
        compound,
        id: await one(
          `INSERT INTO projects (compound_id, district_id, name, state, rule_profile) VALUES ($1, $2, 'p', 'CONSULTATION', $3) RETURNING id`,
          [compound, district, profile],
        ),
      };
    };
    const round = (p: { id: string; compound: string }, subject: string, profile: string, state: string, result: string | null = null) =>
      one(
        `INSERT INTO consultation_rounds (project_id, compound_id, district_id, subject, title, rule_profile, state, publicity_days, result, created_by)
         VALUES ($1, $2, $3, $4, 't', $5, $6, 7, $7, $8) RETURNING id`,
        [p.id, p.compound, district, subject, profile, state, result, user],
      );
    const ordinary = await project('civil-code-278-ordinary');
    const satisfactionDefault = await project('satisfaction-95');
    const draft = await round(ordinary, 'WILLINGNESS', 'satisfaction-95', 'DRAFT');
    const open = await round(ordinary, 'SATISFACTION', 'civil-code-278-ordinary', 'OPEN');
    const judged = await round(ordinary, 'WILLINGNESS', 'satisfaction-95', 'CONCLUDED', 'PASSED');
    const fine = await round(ordinary, 'WILLINGNESS', 'changsha-two-80', 'CONCLUDED', 'PASSED');
    const cancelled = await round(ordinary, 'PLAN', 'satisfaction-95', 'CANCELLED');
    const inherited = await round(satisfactionDefault, 'PLAN', 'satisfaction-95', 'OPEN');
    await old.destroy();
    await rest();

    const ds = new DataSource(dataSourceOptions((old.options as { url: string }).url, 2));
    await ds.initialize();
    try {
      const rows: { id: string; rule_profile: string; state: string; result: string | null; void_reason: string | null }[] = await ds.query(
        'SELECT id, rule_profile, state, result, void_reason FROM consultation_rounds',
      );
      const of = (id: string) => rows.find((r) => r.id === id)!;
      expect(of(draft)).toMatchObject({ rule_profile: 'civil-code-278-ordinary', state: 'DRAFT', void_reason: null });
      expect(of(open)).toMatchObject({ rule_profile: 'satisfaction-95', state: 'OPEN', void_reason: null });
      // The decision taken stays on record, and counts for nothing.
      expect(of(judged)).toMatchObject({ rule_profile: 'satisfaction-95', state: 'CONCLUDED', result: 'PASSED' });
      expect(of(judged).void_reason).toMatch(/satisfaction-95 does not judge WILLINGNESS rounds/);
      expect(of(fine)).toMatchObject({ rule_profile: 'changsha-two-80', void_reason: null });
      expect(of(cancelled)).toMatchObject({ rule_profile: 'satisfaction-95', void_reason: null });
      expect(of(inherited)).toMatchObject({ rule_profile: 'changsha-two-80' });
      const [{ rule_profile }] = await ds.query('SELECT rule_profile FROM projects WHERE id = $1', [satisfactionDefault.id]);
      expect(rule_profile).toBe('changsha-two-80');

      const audit: { subject_id: string; action: string; actor_id: string | null; detail: Record<string, string> }[] = await ds.query(
        'SELECT subject_id, action, actor_id, detail FROM audit_log ORDER BY id',
      );
      expect(audit.map((a) => [a.subject_id, a.action]).sort()).toEqual(
        [
          [satisfactionDefault.id, 'project.rule-profile-reset'],
          [draft, 'round.profile-rebound'],
          [open, 'round.profile-rebound'],
          [inherited, 'round.profile-rebound'],
          [judged, 'round.voided'],
        ].sort(),
      );
      expect(audit.every((a) => a.actor_id === null)).toBe(true);
      expect(audit.find((a) => a.subject_id === open)!.detail).toEqual({ from: 'civil-code-278-ordinary', to: 'satisfaction-95' });
    } finally {
      await ds.destroy();
    }
  });

  it("local settings: a city's settings move from its name to its id; one of a name no city has is dropped, its value in the trail", async () => {
    const { db, rest } = await before('KeyCitySettingsByCity1764600000300');
    try {
      const one = async (sql: string, params: unknown[] = []) => (await db.query(sql, params))[0].id as string;
      const district = await one(`INSERT INTO districts (code, name, city) VALUES ('ls-1', '一区', '长沙市') RETURNING id`);
      const user = await one(
        `INSERT INTO users (username, display_name, role, password_hash) VALUES ('admin', 'admin', 'ADMIN', 'x') RETURNING id`,
      );
      const setting = (scope: string, key: string, name: string, value: number) =>
        db.query(`INSERT INTO local_settings (scope, scope_key, key, value, set_by, set_at) VALUES ($1, $2, $3, $4, $5, now())`, [
          scope,
          key,
          name,
          value,
          user,
        ]);
      // Written as the former release did: a city by the name its districts record, a district by its id.
      await setting('CITY', '长沙市', 'complaint.responseDays', 5);
      await setting('CITY', '株洲市', 'complaint.responseDays', 7);
      await setting('DISTRICT', district, 'renovationCouncil.maxMembers', 7);
      await db.destroy();
      await rest();

      const after = new DataSource(dataSourceOptions((db.options as { url: string }).url, 2));
      await after.initialize();
      try {
        const [city] = await after.query(`SELECT id FROM cities WHERE name = '长沙市'`);
        expect(await after.query('SELECT scope, scope_key, key, value FROM local_settings ORDER BY scope')).toEqual([
          { scope: 'CITY', scope_key: city.id, key: 'complaint.responseDays', value: '5' },
          { scope: 'DISTRICT', scope_key: district, key: 'renovationCouncil.maxMembers', value: '7' },
        ]);
        expect(
          await after.query(`SELECT subject_type, subject_id, actor_id, detail FROM audit_log WHERE action = 'settings.dropped'`),
        ).toEqual([
          {
            subject_type: 'city',
            subject_id: '株洲市',
            actor_id: null,
            detail: { key: 'complaint.responseDays', value: 7, city: '株洲市' },
          },
        ]);
        // A renamed city keeps its settings.
        await after.query(`UPDATE cities SET name = '长沙' WHERE id = $1`, [city.id]);
        expect(
          await after.query(`SELECT count(*)::int AS n FROM local_settings WHERE scope = 'CITY' AND scope_key = $1`, [city.id]),
        ).toEqual([{ n: 1 }]);
      } finally {
        await after.destroy();
      }
    } finally {
      if (db.isInitialized) await db.destroy();
    }
  });

  it("a frozen tally's gap names each household with where it stood at close, in the order it was published", async () => {
    const { db, rest } = await before('NameWhereGapHouseholdsStand1764720000000');
    try {
      const one = async (sql: string, params: unknown[] = []) => ((await db.query(sql, params)) as { id: string }[])[0]!.id;
      await db.query(`INSERT INTO rule_profiles (id, definition) VALUES ('changsha-two-80', '{}')`);
      const city = await one(`INSERT INTO cities (code, name) VALUES ('gap', '长沙市') RETURNING id`);
      const district = await one(`INSERT INTO districts (code, name, city_id) VALUES ('gap-1', '一区', $1) RETURNING id`, [city]);
      const user = await one(
        `INSERT INTO users (username, display_name, role, password_hash) VALUES ('rc', 'rc', 'RESIDENTS_COMMITTEE', 'x') RETURNING id`,
      );
      const compound = await one(
        `INSERT INTO compounds (district_id, name, address, build_year) VALUES ($1, 'c', 'a', 1990) RETURNING id`,
        [district],
      );
      const project = await one(
        `INSERT INTO projects (compound_id, district_id, name, state, rule_profile) VALUES ($1, $2, 'p', 'CONSULTATION', 'changsha-two-80') RETURNING id`,
        [compound, district],
      );
      await db.query(
        `INSERT INTO project_compounds (project_id, compound_id, district_id, lead, position, added_at) VALUES ($1, $2, $3, true, 1, now())`,
        [project, compound, district],
      );
      const condition = (id: string, gapUnits: string[]) => ({ id, passed: gapUnits.length === 0, gap: gapUnits.length, gapUnits });
      const tally = {
        profile: 'changsha-two-80',
        result: 'FAILED',
        conditions: [condition('agree-of-all', ['1/1/104', '1/1/101', '1/1/102']), condition('signed-of-agree', ['1/1/103'])],
        rosterSize: 4,
        responded: 3,
        notResponded: 1,
        computedAt: '2026-05-01T00:00:00.000Z',
      };
      const round = await one(
        `INSERT INTO consultation_rounds (project_id, compound_id, district_id, subject, title, rule_profile, state, publicity_days, result, tally, created_by)
         VALUES ($1, $2, $3, 'WILLINGNESS', 't', 'changsha-two-80', 'CLOSED', 7, 'FAILED', $4, $5) RETURNING id`,
        [project, compound, district, JSON.stringify(tally), user],
      );
      for (const [room, choice] of [
        ['101', 'DISAGREE'],
        ['102', 'ABSTAIN'],
        ['103', 'AGREE'],
        ['104', null],
      ] as const) {
        const household = await one(
          `INSERT INTO households (compound_id, building, unit, room, floor_area) VALUES ($1, '1', '1', $2, 80) RETURNING id`,
          [compound, room],
        );
        await db.query(`INSERT INTO round_households (round_id, household_id, unit_key, area_centi) VALUES ($1, $2, $3, 8000)`, [
          round,
          household,
          `1/1/${room}`,
        ]);
        if (choice)
          await db.query(
            `INSERT INTO votes (round_id, household_id, choice, signed, channel, recorder_id, recorded_at, seq) VALUES ($1, $2, $3, false, 'MEETING', $4, now(), 1)`,
            [round, household, choice, user],
          );
      }
      await db.destroy();
      await rest();

      const after = new DataSource(dataSourceOptions((db.options as { url: string }).url, 2));
      await after.initialize();
      try {
        const [{ tally: migrated }] = await after.query('SELECT tally FROM consultation_rounds WHERE id = $1', [round]);
        expect(migrated).toEqual({
          ...tally,
          conditions: [
            {
              id: 'agree-of-all',
              passed: false,
              gap: 3,
              gapHouseholds: [
                { unitKey: '1/1/104', status: 'NOT_RESPONDED', statusName: '未表态' },
                { unitKey: '1/1/101', status: 'DISAGREED', statusName: '已反对' },
                { unitKey: '1/1/102', status: 'ABSTAINED', statusName: '已弃权' },
              ],
            },
            {
              id: 'signed-of-agree',
              passed: false,
              gap: 1,
              gapHouseholds: [{ unitKey: '1/1/103', status: 'AGREED_UNSIGNED', statusName: '已同意未签字' }],
            },
          ],
        });
      } finally {
        await after.destroy();
      }
    } finally {
      if (db.isInitialized) await db.destroy();
    }
  });

  it("signatures and review opinions entered before anyone asked who signed are marked so, not passed off as the party's own", async () => {
    const { db, rest } = await before('RecordWhoSignsAndOnWhoseBehalf1764740000000');
    try {
      const one = async (sql: string, params: unknown[] = []) => (await db.query(sql, params))[0].id as string;
      const city = await one(`INSERT INTO cities (code, name) VALUES ('cs', '长沙市') RETURNING id`);
      const district = await one(`INSERT INTO districts (code, name, city, city_id) VALUES ('sg-1', '一区', '长沙市', $1) RETURNING id`, [
        city,
      ]);
      const compound = await one(
        `INSERT INTO compounds (district_id, name, address, build_year) VALUES ($1, '东园', '东路 1 号', 1990) RETURNING id`,
        [district],
      );
      const pm = await one(
        `INSERT INTO users (username, display_name, role, password_hash) VALUES ('pm', '王经理', 'DISTRICT_PM', 'x') RETURNING id`,
      );
      const project = await one(
        `INSERT INTO projects (compound_id, district_id, name, state, rule_profile) VALUES ($1, $2, '改造', 'ACCEPTANCE', 'civil-code-278-ordinary') RETURNING id`,
        [compound, district],
      );
      await db.query(
        `INSERT INTO plan_versions (project_id, version, sections, current_state_survey, fire_lanes, age_friendly, elevator_position_reserved, created_by)
         VALUES ($1, 1, '{}', true, true, true, true, $2)`,
        [project, pm],
      );
      const review = await one(
        `INSERT INTO joint_reviews (project_id, plan_version, reviewers, state, opened_at) VALUES ($1, 1, '{HOUSING}', 'PASSED', now()) RETURNING id`,
        [project],
      );
      await db.query(
        `INSERT INTO review_opinions (review_id, reviewer, opinion, comments, recorded_by, recorded_at) VALUES ($1, 'HOUSING', 'APPROVE', '同意', $2, now())`,
        [review, pm],
      );
      const form = await one(
        `INSERT INTO acceptance_forms (project_id, parties, state, opened_at) VALUES ($1, '{CONTRACTOR}', 'OPEN', now()) RETURNING id`,
        [project],
      );
      await db.query(
        `INSERT INTO acceptance_signatures (form_id, party, signer, opinion, comments, recorded_by, signed_at) VALUES ($1, 'CONTRACTOR', '黄志刚', 'PASS', '合格', $2, now())`,
        [form, pm],
      );
      await db.destroy();
      await rest();

      const after = new DataSource(dataSourceOptions((db.options as { url: string }).url, 2));
      await after.initialize();
      try {
        expect(await after.query('SELECT signer, entry, form_number, photo_sha256 FROM acceptance_signatures')).toEqual([
          { signer: '黄志刚', entry: 'UNVERIFIED', form_number: null, photo_sha256: null },
        ]);
        expect(await after.query('SELECT signer, entry, form_number, photo_sha256 FROM review_opinions')).toEqual([
          { signer: null, entry: 'UNVERIFIED', form_number: null, photo_sha256: null },
        ]);
        expect(await after.query('SELECT organisation FROM users')).toEqual([{ organisation: null }]);
        // From now on an entry on a party's behalf carries its paper, and says how it came in.
        await expect(
          after.query(
            `INSERT INTO acceptance_signatures (form_id, party, signer, opinion, comments, entry, recorded_by, signed_at) VALUES ($1, 'DESIGN', '孙', 'PASS', '合格', 'ON_BEHALF', $2, now())`,
            [form, pm],
          ),
        ).rejects.toThrow(/check constraint/);
        await expect(
          after.query(
            `INSERT INTO acceptance_signatures (form_id, party, signer, opinion, comments, recorded_by, signed_at) VALUES ($1, 'DESIGN', '孙', 'PASS', '合格', $2, now())`,
            [form, pm],
          ),
        ).rejects.toThrow(/null value in column "entry"/);
      } finally {
        await after.destroy();
      }
    } finally {
      if (db.isInitialized) await db.destroy();
    }
  });
});
