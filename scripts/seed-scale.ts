import 'reflect-metadata';
import pg from 'pg';
import { cityExists, seedCity, TALLY_BENCH_COMPOUND_NAME, TOTAL_COMPOUNDS } from './seed/city.js';
import { migrateUrl, redact } from './seed/database.js';

/**
 * npm run seed:scale — fills DATABASE_URL with a Changsha-sized city (6 districts, 1,450 compounds,
 * about 250,000 households, one project per compound). Migrates first; does nothing when the city
 * is already there.
 */
async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\/.+/.test(url)) {
    console.error('seed:scale needs DATABASE_URL=postgres://… naming the database to fill (it is migrated first)');
    return 2;
  }
  console.log(`seed:scale into ${redact(url)}`);
  const applied = await migrateUrl(url);
  console.log(applied ? `applied ${applied} migration(s)` : 'schema up to date');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    if (await cityExists(client)) {
      console.log('the city is already seeded in this database: nothing written');
      return 0;
    }
    console.log(`generating ${TOTAL_COMPOUNDS.toLocaleString('en-US')} compounds, by district:`);
    const summary = await seedCity(client);
    if (!summary) {
      console.log('the city is already seeded in this database: nothing written');
      return 0;
    }
    console.log(
      `done in ${summary.seconds.toFixed(1)} s: ${summary.districts} districts, ${summary.compounds.toLocaleString('en-US')} compounds, ` +
        `${summary.households.toLocaleString('en-US')} households, ${summary.projects.toLocaleString('en-US')} projects`,
    );
    console.log(
      `projects by state: ${Object.entries(summary.byState)
        .sort((a, b) => b[1] - a[1])
        .map(([s, n]) => `${s} ${n}`)
        .join(', ')}`,
    );
    console.log(
      `tally benchmark compound "${TALLY_BENCH_COMPOUND_NAME}": ${summary.tallyBenchCompoundId} (project ${summary.tallyBenchProjectId})`,
    );
    return 0;
  } finally {
    await client.end();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
