import {
  ACCEPTANCE_FORM_STATES,
  CHANGE_ORDER_STATES,
  COMPLAINT_STATES,
  FINDING_STATES,
  PROFILE_ORIGINS,
  PROJECT_STATES,
  REPORT_STATES,
  ROUND_STATES,
  ROUND_SUBJECTS,
} from '@app/domain';
import { createTestDatabase, type TestDatabase } from './support/database.js';

/** Every column that holds a machine's state or a domain enum, with the values the domain declares. */
const CONTRACTS: [table: string, column: string, values: readonly string[]][] = [
  ['projects', 'state', PROJECT_STATES],
  ['projects', 'resume_state', PROJECT_STATES],
  ['consultation_rounds', 'state', ROUND_STATES],
  ['consultation_rounds', 'subject', ROUND_SUBJECTS],
  ['consultation_rounds', 'rule_profile_origin', PROFILE_ORIGINS],
  ['district_rule_profiles', 'subject', ROUND_SUBJECTS],
  ['progress_reports', 'state', REPORT_STATES],
  ['findings', 'state', FINDING_STATES],
  ['complaints', 'state', COMPLAINT_STATES],
  ['acceptance_forms', 'state', ACCEPTANCE_FORM_STATES],
  ['change_orders', 'state', CHANGE_ORDER_STATES],
];

describe('the database refuses exactly the values the domain does not know', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.drop());

  it.each(CONTRACTS)('%s.%s takes the domain’s values and no other', async (table, column, values) => {
    const checks: { def: string }[] = await db.dataSource.query(
      `SELECT pg_get_constraintdef(c.oid) AS def
         FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        WHERE c.contype = 'c' AND c.conrelid = $1::regclass AND a.attname = $2 AND cardinality(c.conkey) = 1`,
      [table, column],
    );
    expect(checks).toHaveLength(1);
    const allowed = [...checks[0]!.def.matchAll(/'([^']+)'::text/g)].map((m) => m[1]);
    expect(allowed.sort()).toEqual([...values].sort());
  });
});
