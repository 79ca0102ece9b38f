import { randomBytes } from 'node:crypto';
import { dataSourceOptions, MIGRATIONS } from '@app/db';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { ADMIN_DATABASE_URL, databaseUrl } from './support/env.js';

/** Migrations that settle rows written under older rules: a database at the previous schema, rows, then the migration. */
describe('data migrations', () => {
  const name = `renovation_data_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: ADMIN_DATABASE_URL });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  /** A database migrated up to, not including, the named migration. */
  const before = async (migration: string): Promise<DataSource> => {
    const index = MIGRATIONS.findIndex((m) => m.name === migration);
    expect(index).toBeGreaterThan(0);
    const ds = new DataSource({ ...dataSourceOptions(databaseUrl(name), 2), migrations: MIGRATIONS.slice(0, index) });
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    return ds;
  };
  const finish = async (): Promise<DataSource> => {
    const ds = new DataSource(dataSourceOptions(databaseUrl(name), 2));
    await ds.initialize();
    await ds.runMigrations({ transaction: 'each' });
    return ds;
  };

  beforeEach(() => admin(`CREATE DATABASE ${name}`));
  afterEach(() => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));

  it('re-binds rounds not yet judged by a profile not made for their subject, voids judged ones, and resets project defaults', async () => {
    const old = await before('BindRuleProfilesToRoundSubjects1764500000000');
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

    const ds = await finish();
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
});
