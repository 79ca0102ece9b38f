import { APPLICATION_GROUP, ensureApplicationLogin } from '@app/db';
import { ADMIN_DATABASE_URL } from './support/env.js';
import { startApi, type TestApi } from './support/api.js';

/** The tables whose rows are written once: the ones an append-only trigger guards. */
async function appendOnlyTables(api: TestApi): Promise<string[]> {
  const rows: { name: string }[] = await api.db.query(
    `SELECT DISTINCT c.relname AS name
       FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
      WHERE p.proname = 'refuse_rewrite' AND NOT t.tgisinternal
      ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

describe('the API and the worker work as a least-privileged login', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startApi();
    // A row that a rewrite could aim at, written as the application writes the trail.
    await api.database.app.query(
      `INSERT INTO audit_log (at, subject_type, subject_id, action) VALUES (now(), 'probe', 'p', 'probe.written')`,
    );
  });
  afterAll(() => api?.close());

  it('the application signs in as its own login, a member of the group and nothing more', async () => {
    const [who] = await api.database.app.query(
      `SELECT current_user AS login, r.rolsuper AS superuser, pg_has_role(current_user, $1, 'USAGE') AS member
         FROM pg_roles r WHERE r.rolname = current_user`,
      [APPLICATION_GROUP],
    );
    expect(who).toEqual({ login: 'renovation_api', superuser: false, member: true });
  });

  it('the append-only tables are the audit log, the vote ledger, roster confirmations and household moves, and the login may only add to and read them', async () => {
    const tables = await appendOnlyTables(api);
    expect(tables).toEqual(['audit_log', 'household_moves', 'roster_confirmations', 'vote_ledger']);
    for (const table of tables) {
      const [rights] = await api.db.query(
        `SELECT has_table_privilege('renovation_api', $1, 'SELECT') AS "select", has_table_privilege('renovation_api', $1, 'INSERT') AS "insert",
                has_table_privilege('renovation_api', $1, 'UPDATE') AS "update", has_table_privilege('renovation_api', $1, 'DELETE') AS "delete",
                has_table_privilege('renovation_api', $1, 'TRUNCATE') AS "truncate", has_table_privilege('renovation_api', $1, 'TRIGGER') AS "trigger"`,
        [table],
      );
      expect({ table, ...rights }).toEqual({
        table,
        select: true,
        insert: true,
        update: false,
        delete: false,
        truncate: false,
        trigger: false,
      });
    }
  });

  it.each([
    ['UPDATE', `UPDATE audit_log SET action = 'rewritten'`],
    ['DELETE', `DELETE FROM audit_log`],
    ['TRUNCATE', `TRUNCATE audit_log`],
    ['UPDATE the ledger', `UPDATE vote_ledger SET choice = 'DISAGREE'`],
    ['DELETE from the ledger', `DELETE FROM vote_ledger`],
    ['TRUNCATE the ledger', `TRUNCATE vote_ledger`],
    ['DELETE a roster confirmation', `DELETE FROM roster_confirmations`],
    ['UPDATE a household move', `UPDATE household_moves SET reason = 'rewritten'`],
  ])('%s as the application is refused by privilege, before any trigger', async (_, sql) => {
    await expect(api.database.app.query(sql)).rejects.toThrow(/permission denied/);
  });

  it.each([
    ['disabling the audit trigger', `ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`],
    ['disabling the ledger trigger', `ALTER TABLE vote_ledger DISABLE TRIGGER vote_ledger_append_only`],
    ['dropping the ledger trigger', `DROP TRIGGER vote_ledger_append_only ON vote_ledger`],
    [
      'replacing the trigger function',
      `CREATE OR REPLACE FUNCTION refuse_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`,
    ],
  ])('%s as the application is refused: it owns nothing and creates nothing', async (_, sql) => {
    await expect(api.database.app.query(sql)).rejects.toThrow(/must be owner|permission denied/);
  });

  it('the application can neither skip triggers for its session nor become another role', async () => {
    await expect(api.database.app.query(`SET session_replication_role = replica`)).rejects.toThrow(/permission denied/);
    await expect(api.database.app.query(`SET ROLE postgres`)).rejects.toThrow(/permission denied/);
  });

  it('the audit row the application wrote is still there, unchanged, after every refused rewrite', async () => {
    expect(await api.database.app.query(`SELECT action FROM audit_log WHERE subject_type = 'probe'`)).toEqual([
      { action: 'probe.written' },
    ]);
  });

  it('the record of migrations is read, not written, by the application', async () => {
    await expect(api.database.app.query(`SELECT count(*) FROM migrations`)).resolves.toHaveLength(1);
    await expect(api.database.app.query(`INSERT INTO migrations (timestamp, name) VALUES (1, 'forged')`)).rejects.toThrow(
      /permission denied/,
    );
  });

  it('a table a later migration creates is the application’s to work in by default', async () => {
    await api.db.query(`CREATE TABLE later_feature (id int PRIMARY KEY)`);
    try {
      await api.database.app.query(`INSERT INTO later_feature VALUES (1)`);
      await api.database.app.query(`UPDATE later_feature SET id = 2`);
      await api.database.app.query(`DELETE FROM later_feature`);
    } finally {
      await api.db.query(`DROP TABLE later_feature`);
    }
  });

  it('every working table is open to the application, so no feature fails on a missing grant', async () => {
    const missing: { name: string }[] = await api.db.query(
      `SELECT c.relname AS name FROM pg_class c
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
          AND c.relname <> 'migrations' AND NOT c.relname = ANY($1)
          AND NOT (has_table_privilege('renovation_api', c.oid, 'SELECT') AND has_table_privilege('renovation_api', c.oid, 'INSERT')
               AND has_table_privilege('renovation_api', c.oid, 'UPDATE') AND has_table_privilege('renovation_api', c.oid, 'DELETE'))`,
      [await appendOnlyTables(api)],
    );
    expect(missing).toEqual([]);
  });

  it('a login with more rights than the group stops the start rather than serve', async () => {
    const url = new URL(ADMIN_DATABASE_URL);
    url.pathname = `/${api.database.name}`;
    await expect(ensureApplicationLogin(url.toString(), { user: url.username || 'postgres', password: 'unused-here' })).rejects.toThrow(
      /has more rights than renovation_app/,
    );
  });
});
