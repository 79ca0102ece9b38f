import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { PROJECT_STATES, type Actor, type ProjectState } from '@app/domain';
import { AdminService, Clock, IdentityService, PortfolioService, type Portfolio } from '@app/workflow';
import pg from 'pg';
import { SEED_AS_OF } from '../scripts/seed/supervision.js';
import { envInt, jsonClient, log, runBench, seededCity, startBenchApi, type Closer, type Json, type Machine } from './support/harness.js';
import { RAW_PORTFOLIO_SQL } from './support/reference.js';
import { median, ms, percentile, round, table } from './support/stats.js';

/**
 * npm run bench:portfolio — GET /portfolio over the seeded city against hand-written SQL that
 * computes the same figures through pg, in one run on one throwaway database: the whole city for
 * an administrator and one district for its supervisor, each through PortfolioService in-process
 * and over HTTP with real auth. The figures are checked equal before anything is timed.
 */

const POOL_SIZE = 20;
const RUNS = envInt('BENCH_PORTFOLIO_RUNS', 200);
const WARM = 20;
const TIME_LIMIT_MS = 10 * 60_000;
const GOAL = 2;
/** The supervisor's district: the largest of the city. */
const SUPERVISED_DISTRICT = '430111';

/** The moment the generated city describes, so the overdue figures are the same on every run. */
class SeedClock extends Clock {
  protected current(): Date {
    return new Date(SEED_AS_OF);
  }
}

interface RawRow {
  id: string;
  code: string;
  counts: Record<string, number>;
  reports: number;
  findings: number;
  complaints: number;
  budget: string;
  raised: string;
  gap: string;
}

/** Both answers reduced to the same plain figures, so that any disagreement shows. */
function comparable(p: Portfolio): string {
  return JSON.stringify(
    p.districts.map((d) => ({
      id: d.id,
      counts: Object.fromEntries(Object.entries(d.projects.byState).filter(([, n]) => n > 0)),
      overdue: [d.overdue.reports, d.overdue.findings, d.overdue.complaints],
      funds: [d.funds.budgetFen, d.funds.raisedFen, d.funds.gapFen],
    })),
  );
}

function comparableRaw(rows: RawRow[]): string {
  return JSON.stringify(
    rows.map((r) => ({
      id: r.id,
      counts: Object.fromEntries(Object.entries(r.counts).sort(([a], [b]) => stateOrder(a) - stateOrder(b))),
      overdue: [r.reports, r.findings, r.complaints],
      funds: [r.budget, r.raised, r.gap],
    })),
  );
}
const stateOrder = (state: string) => PROJECT_STATES.indexOf(state as ProjectState);

async function run(url: string, machine: Machine, closers: Closer[]): Promise<Json> {
  // ---------------------------------------------------------------- setup: schema and city
  const { dataSource, client, seed } = await seededCity(url, POOL_SIZE, machine, closers);
  log(`  ${seed.compounds} compounds, ${seed.projects} projects in ${seed.seconds.toFixed(1)} s`);

  // ---------------------------------------------------------------- the API, its users, the reference pool
  const { app, base } = await startBenchApi(url, dataSource, POOL_SIZE, closers, new SeedClock());
  const districts: { id: string; code: string }[] = (await client.query('SELECT id, code FROM districts ORDER BY code')).rows;
  const supervised = districts.find((d) => d.code === SUPERVISED_DISTRICT)!.id;
  const password = randomBytes(18).toString('base64url');
  const admin = app.get(AdminService);
  const identity = app.get(IdentityService);
  const call = jsonClient(base);
  const users = {
    admin: await admin.createUser(null, { username: 'bench-admin', displayName: '基准测试管理员', role: 'ADMIN', password }),
    supervisor: await admin.createUser(null, {
      username: 'bench-supervisor',
      displayName: '基准测试督导',
      role: 'SUPERVISOR',
      password,
      districtIds: [supervised],
    }),
  };
  const portfolio = app.get(PortfolioService);
  const refPool = new pg.Pool({ connectionString: url, max: POOL_SIZE });
  closers.push({ name: 'reference pool', close: () => refPool.end() });

  const scenarios = [
    { name: 'city, ADMIN', user: users.admin, districtIds: districts.map((d) => d.id) },
    { name: `one district (${SUPERVISED_DISTRICT}), SUPERVISOR`, user: users.supervisor, districtIds: [supervised] },
  ];
  await client.query(
    'VACUUM ANALYZE projects, project_admissions, funding_plans, funding_sources, progress_reports, findings, complaints, audit_log, users',
  );
  await client.query('CHECKPOINT');

  log(`\nportfolio as of ${SEED_AS_OF.toISOString()}: ${RUNS} runs of each way after ${WARM} warm-up runs`);
  const results: Json[] = [];
  for (const scenario of scenarios) {
    const actor: Actor = (await identity.actor(scenario.user.id))!;
    const token: string = (await call('POST', '/auth/login', { username: scenario.user.username, password })).accessToken;
    const ways: Record<string, () => Promise<unknown>> = {
      http: () => call('GET', '/portfolio', undefined, token),
      service: () => portfolio.portfolio(actor, {}),
      raw: () => refPool.query(RAW_PORTFOLIO_SQL, [scenario.districtIds, SEED_AS_OF]),
      // The same caller on a route that reads six rows: what any authenticated request costs here.
      floor: () => call('GET', '/districts', undefined, token),
    };

    const ours = (await ways.service()) as Portfolio;
    const viaHttp = (await ways.http()) as Portfolio;
    const raw = ((await ways.raw()) as pg.QueryResult<RawRow>).rows;
    if (comparable(ours) !== comparableRaw(raw) || comparable(viaHttp) !== comparable(ours))
      throw new Error(`${scenario.name}: the portfolio and the reference disagree:\n${comparable(ours)}\n${comparableRaw(raw)}`);

    const samples: Record<string, number[]> = { http: [], service: [], raw: [], floor: [] };
    const names = Object.keys(ways);
    for (let i = 0; i < WARM + RUNS; i++) {
      // Rotate the order so no way always runs first on a cold cache.
      for (let j = 0; j < names.length; j++) {
        const name = names[(i + j) % names.length];
        const t0 = performance.now();
        await ways[name]();
        if (i >= WARM) samples[name].push(performance.now() - t0);
      }
    }
    const stat = (xs: number[]) => ({ medianMs: round(median(xs), 3), p95Ms: round(percentile(xs, 95), 3), runs: xs.length });
    const result = {
      scenario: scenario.name,
      districts: ours.districts.length,
      projects: ours.total.projects.total,
      overdue: ours.total.overdue,
      http: stat(samples.http),
      service: stat(samples.service),
      raw: stat(samples.raw),
      httpFloor: stat(samples.floor),
      serviceRatio: round(median(samples.service) / median(samples.raw), 2),
      httpRatio: round(median(samples.http) / median(samples.raw), 2),
      goal: GOAL,
    };
    results.push(result);
    log(
      `  ${scenario.name}: ${result.projects} projects, overdue ${JSON.stringify(result.overdue)}; service ${ms(result.service.medianMs)}, ` +
        `HTTP ${ms(result.http.medianMs)}, raw SQL ${ms(result.raw.medianMs)}, authenticated GET /districts ${ms(result.httpFloor.medianMs)}`,
    );
  }

  // ---------------------------------------------------------------- the table
  const met = (ok: boolean) => (ok ? 'yes' : 'NO');
  const rows: string[][] = [
    ['figure', 'ours median', 'ours p95', 'reference median', 'reference p95', 'ratio', 'goal', 'met'],
    ...results.flatMap((x) => [
      [
        `${x.scenario}: PortfolioService.portfolio`,
        ms(x.service.medianMs),
        ms(x.service.p95Ms),
        `${ms(x.raw.medianMs)} (raw SQL)`,
        ms(x.raw.p95Ms),
        x.serviceRatio.toFixed(2),
        `<= ${GOAL}`,
        met(x.serviceRatio <= GOAL),
      ],
      [
        `${x.scenario}: GET /portfolio`,
        ms(x.http.medianMs),
        ms(x.http.p95Ms),
        `${ms(x.raw.medianMs)} (raw SQL)`,
        ms(x.raw.p95Ms),
        x.httpRatio.toFixed(2),
        `<= ${GOAL}`,
        met(x.httpRatio <= GOAL),
      ],
      [`   (where the time goes) GET /districts, same caller`, ms(x.httpFloor.medianMs), ms(x.httpFloor.p95Ms), '', '', '', '', ''],
    ]),
  ];
  log('\n' + table(rows));

  return {
    machine,
    ranAt: new Date().toISOString(),
    asOf: SEED_AS_OF.toISOString(),
    settings: { poolSize: POOL_SIZE, runs: RUNS, warm: WARM },
    seed: { compounds: seed.compounds, projects: seed.projects, ...seed.supervision, seconds: round(seed.seconds, 1) },
    portfolio: results,
    totalSeconds: 0,
  };
}

runBench('portfolio', TIME_LIMIT_MS, run).then(
  () => process.exit(0),
  (e) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  },
);
