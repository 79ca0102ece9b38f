import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { Actor } from '@app/domain';
import { AdminService, IdentityService, RoundService, RuleProfileCatalog, type VoteInput } from '@app/workflow';
import pg from 'pg';
import { addCompound, DEFAULT_SEED, findTallyBenchCompound, TALLY_BENCH_HOUSEHOLDS } from '../scripts/seed/city.js';
import { Prng } from '../scripts/seed/prng.js';
import { copyVotes, RAW_TALLY_SQL, startReferenceServer, type CopyRow, type ReferenceVote } from './support/reference.js';
import { drive, int, median, ms, percentile, round, table, type LoadResult } from './support/stats.js';
import { envInt, jsonClient, log, runBench, seededCity, startBenchApi, type Closer, type Json, type Machine } from './support/harness.js';

/**
 * npm run bench:consent — the consent paths of the API against the least code doing the same
 * database work, measured in one run on one throwaway database:
 *   a. single votes over HTTP, concurrent clients, vs a bare Fastify + pg upsert;
 *   b. CSV vote imports of 10,000 and 100,000 rows vs COPY of the same rows;
 *   c. the live tally of a 5,000- and of a 50,000-household round (passing, and failing so the
 *      gap is computed) vs the raw aggregate, with the service-level tally beside it.
 * BENCH_ONLY=tally runs only c.
 * Only 127.0.0.1 is contacted; every loop is bounded; the database is dropped at the end.
 */

const POOL_SIZE = 20;
const CONCURRENCY = envInt('BENCH_CONCURRENCY', 16);
const VOTES = envInt('BENCH_VOTES', 3_000);
const WARM_VOTES = 300;
const IMPORT_SIZES = [10_000, 100_000];
const IMPORT_HOUSEHOLDS = 100_000;
const WARM_IMPORT = 1_000;
const TALLY_RUNS = envInt('BENCH_TALLY_RUNS', 60);
const TALLY_WARM = 10;
const TALLY_SIZES = [TALLY_BENCH_HOUSEHOLDS, 50_000];
const ONLY_TALLY = process.env.BENCH_ONLY === 'tally';
const PHASE_DEADLINE_MS = 180_000;
const TIME_LIMIT_MS = 14 * 60_000;
const GOALS = { votes: 0.6, import: 0.5, tally: 2 };

interface Household {
  id: string;
  building: string;
  unit: string;
  room: string;
}

/** Deterministic votes: about 85% agree (95% of them signed), 10% disagree, 5% abstain. */
function voteFor(prng: Prng, i: number): Omit<ReferenceVote, 'householdId'> {
  const x = prng.next();
  const choice = x < 0.85 ? 'AGREE' : x < 0.95 ? 'DISAGREE' : 'ABSTAIN';
  return {
    choice,
    signed: choice !== 'AGREE' || prng.chance(0.95),
    channel: prng.chance(0.7) ? 'PAPER_FORM' : 'DOOR_TO_DOOR',
    formNumber: `F-${i + 1}`,
  };
}

const CHOICE_ZH: Record<string, string> = { AGREE: '同意', DISAGREE: '不同意', ABSTAIN: '弃权' };
const CHANNEL_ZH: Record<string, string> = { PAPER_FORM: '纸质', DOOR_TO_DOOR: '入户', MEETING: '会议', ONLINE: '线上' };

/** A paper tally as the committee types it: one row per household, by unit key. */
function tallyCsv(rows: { household: Household; vote: Omit<ReferenceVote, 'householdId'> }[]): string {
  const lines = ['楼栋,单元,房号,意见,签字,方式,表单编号'];
  for (const { household: h, vote: v } of rows) {
    lines.push(
      `${h.building},${h.unit},${h.room},${CHOICE_ZH[v.choice]},${v.signed ? '是' : '否'},${CHANNEL_ZH[v.channel]},${v.formNumber ?? ''}`,
    );
  }
  return lines.join('\n') + '\n';
}

async function run(url: string, machine: Machine, closers: Closer[]): Promise<Json> {
  // ---------------------------------------------------------------- setup: schema, city, bench compounds
  const { dataSource, client, seed } = await seededCity(url, POOL_SIZE, machine, closers);
  log(`  ${seed.compounds} compounds, ${int(seed.households)} households in ${seed.seconds.toFixed(1)} s`);
  const tallyPlace = await findTallyBenchCompound(client);
  let t = performance.now();
  const importPlace = ONLY_TALLY
    ? null
    : await addCompound(client, tallyPlace.districtId, {
        name: '导入基准小区（10万户）',
        households: IMPORT_HOUSEHOLDS,
        buildYear: 1996,
        buildings: 40,
        unitsPerBuilding: 10,
        doorsPerFloor: 10,
        projectState: 'CONSULTATION',
      });
  if (importPlace)
    log(`added a ${int(IMPORT_HOUSEHOLDS)}-household compound for the imports in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  t = performance.now();
  const bigTallyPlace = await addCompound(
    client,
    tallyPlace.districtId,
    {
      name: '计票基准小区（5万户）',
      households: TALLY_SIZES[1],
      buildYear: 1994,
      buildings: 40,
      unitsPerBuilding: 5,
      projectState: 'CONSULTATION',
    },
    DEFAULT_SEED + 2,
  );
  log(`added a ${int(TALLY_SIZES[1])}-household compound for the tally in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const benchPlaces = [tallyPlace, bigTallyPlace, ...(importPlace ? [importPlace] : [])];

  // ---------------------------------------------------------------- the real API, in-process, on a random port
  const { app, base } = await startBenchApi(url, dataSource, POOL_SIZE, closers);
  await app.get(RuleProfileCatalog).load();

  const password = randomBytes(18).toString('base64url');
  const committee = await app.get(AdminService).createUser(null, {
    username: 'bench-committee',
    displayName: '基准测试居委会',
    role: 'RESIDENTS_COMMITTEE',
    password,
    compoundIds: benchPlaces.map((p) => p.compoundId),
  });
  const actor: Actor = (await app.get(IdentityService).actor(committee.id))!;
  const rounds = app.get(RoundService);

  const call = jsonClient(base);
  const token: string = (await call('POST', '/auth/login', { username: 'bench-committee', password })).accessToken;
  const auth = { authorization: `Bearer ${token}` };
  // Rounds open only on a confirmed roster; these have no survey to compare with, hence the reason.
  for (const place of benchPlaces)
    await call('POST', `/compounds/${place.compoundId}/roster/confirmation`, { reason: '基准测试名册，无摸底调查' }, token);

  const importCsv = async (roundId: string, csv: string): Promise<Json> => {
    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'tally.csv');
    const res = await fetch(`${base}/rounds/${roundId}/votes/import`, {
      method: 'POST',
      headers: auth,
      body: form,
      signal: AbortSignal.timeout(PHASE_DEADLINE_MS),
    });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`import: ${res.status} ${text.slice(0, 300)}`);
    return JSON.parse(text);
  };

  const openRound = async (projectId: string, title: string): Promise<string> => {
    const created = await call('POST', `/projects/${projectId}/rounds`, { subject: 'WILLINGNESS', title }, token);
    await call('POST', `/rounds/${created.id}/transitions`, { event: 'OPEN' }, token);
    return created.id;
  };

  t = performance.now();
  const tallyRounds: { pass: string; fail: string }[] = [];
  for (const place of [tallyPlace, bigTallyPlace])
    tallyRounds.push({
      pass: await openRound(place.projectId, '计票基准（通过）'),
      fail: await openRound(place.projectId, '计票基准（差几户）'),
    });
  log(`opened ${2 * TALLY_SIZES.length} tally rounds over HTTP in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const householdsOf = async (compoundId: string): Promise<Household[]> =>
    (
      await client.query(
        `SELECT id, building, unit, room FROM households WHERE compound_id = $1
          ORDER BY building::int, unit::int, room::int`,
        [compoundId],
      )
    ).rows;
  const small = await householdsOf(tallyPlace.compoundId);
  const tallyRosters = [small, await householdsOf(bigTallyPlace.compoundId)];
  if (tallyRosters.some((x, i) => x.length !== TALLY_SIZES[i])) throw new Error('unexpected roster sizes');

  // The references, on their own pool of the API's size.
  const refPool = new pg.Pool({ connectionString: url, max: POOL_SIZE });
  closers.push({ name: 'reference pool', close: () => refPool.end() });
  const ref = await startReferenceServer(refPool, committee.id);
  closers.push({ name: 'reference server', close: () => ref.close() });

  const settle = async () => {
    await client.query('CHECKPOINT');
  };
  await client.query('VACUUM ANALYZE households, round_households, votes, vote_ledger, consultation_rounds, users');
  await settle();

  const voteResults: Record<string, LoadResult> = {};
  const importResults: Json[] = [];
  if (importPlace) {
    t = performance.now();
    const r = {
      votesApi: await openRound(tallyPlace.projectId, '单票基准（API）'),
      votesRef: await openRound(tallyPlace.projectId, '单票基准（参照）'),
      votesSvc: await openRound(tallyPlace.projectId, '单票基准（服务层）'),
      warmImport: await openRound(tallyPlace.projectId, '导入预热（API）'),
      warmCopy: await openRound(tallyPlace.projectId, '导入预热（COPY）'),
      import: {} as Record<number, { api: string; copy: string }>,
    };
    for (const size of IMPORT_SIZES) {
      r.import[size] = {
        api: await openRound(importPlace.projectId, `导入基准 ${size}（API）`),
        copy: await openRound(importPlace.projectId, `导入基准 ${size}（COPY）`),
      };
    }
    log(`opened ${5 + 2 * IMPORT_SIZES.length} rounds over HTTP in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const large = await householdsOf(importPlace.compoundId);
    if (large.length !== IMPORT_HOUSEHOLDS) throw new Error('unexpected roster sizes');
    // ---------------------------------------------------------------- a. single votes
    log(`\na. single votes: ${int(VOTES)} votes, ${CONCURRENCY} concurrent clients, after ${WARM_VOTES} warm-up votes each`);
    const prng = new Prng(4242);
    const votes = small.map((h, i) => ({ householdId: h.id, ...voteFor(prng, i) }));
    const postVote = (target: string, roundId: string, headers: Record<string, string>) => async (i: number) => {
      const res = await fetch(`${target}/rounds/${roundId}/votes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(votes[i]),
        signal: AbortSignal.timeout(30_000),
      });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`vote: ${res.status} ${text.slice(0, 200)}`);
    };
    const serviceVote = (roundId: string) => async (i: number) => {
      await rounds.recordVote(actor, roundId, votes[i] as VoteInput);
    };
    const offset = (f: (i: number) => Promise<void>, by: number) => (i: number) => f(i + by);
    const targets = {
      api: postVote(base, r.votesApi, auth),
      reference: postVote(ref.url, r.votesRef, {}),
      service: serviceVote(r.votesSvc),
    };
    for (const [name, send] of Object.entries(targets)) {
      const warm = await drive(WARM_VOTES, CONCURRENCY, send, PHASE_DEADLINE_MS);
      if (warm.errors) throw new Error(`warm-up ${name}: ${warm.firstError}`);
    }
    for (const [name, send] of Object.entries(targets)) {
      await settle();
      voteResults[name] = await drive(VOTES, CONCURRENCY, offset(send, WARM_VOTES), PHASE_DEADLINE_MS);
      const v = voteResults[name];
      log(`  ${name.padEnd(10)} ${int(v.perSecond)} votes/s  (p50 ${ms(v.p50)}, p99 ${ms(v.p99)}, ${v.requests} ok, ${v.errors} errors)`);
      if (v.errors) log(`    first error: ${v.firstError}`);
    }
    const ledgerOk = await call('GET', `/rounds/${r.votesApi}/ledger/verify`, undefined, token);
    const apiRound = await call('GET', `/rounds/${r.votesApi}`, undefined, token);
    const expectedVotes = WARM_VOTES + voteResults.api.requests;
    if (!ledgerOk.ok || ledgerOk.count !== expectedVotes || apiRound.ledgerCount !== expectedVotes)
      throw new Error(`the API round's ledger does not hold the ${expectedVotes} votes: ${JSON.stringify(ledgerOk)}`);

    // ---------------------------------------------------------------- b. bulk import vs COPY
    log(`\nb. bulk import: CSV through POST /rounds/:id/votes/import vs COPY votes FROM STDIN`);
    const importPrng = new Prng(777);
    const importRows = large.map((h, i) => ({ household: h, vote: voteFor(importPrng, i) }));
    const copyRows = (n: number, from = importRows): CopyRow[] =>
      from.slice(0, n).map((x, i) => ({ householdId: x.household.id, ...x.vote, seq: i + 1 }));
    {
      const warmRows = small.slice(0, WARM_IMPORT).map((h, i) => ({ household: h, vote: voteFor(importPrng, i) }));
      const warm = await importCsv(r.warmImport, tallyCsv(warmRows));
      if (warm.recorded !== WARM_IMPORT) throw new Error(`warm-up import recorded ${warm.recorded}`);
      await copyVotes(refPool, r.warmCopy, committee.id, copyRows(WARM_IMPORT, warmRows));
    }
    for (const size of IMPORT_SIZES) {
      const csv = tallyCsv(importRows.slice(0, size));
      await settle();
      let t0 = performance.now();
      const imported = await importCsv(r.import[size].api, csv);
      const apiSeconds = (performance.now() - t0) / 1000;
      if (imported.recorded !== size) throw new Error(`import of ${size} recorded ${imported.recorded}`);
      const rowsForCopy = copyRows(size);
      await settle();
      t0 = performance.now();
      const copied = await copyVotes(refPool, r.import[size].copy, committee.id, rowsForCopy);
      const copySeconds = (performance.now() - t0) / 1000;
      if (copied !== size) throw new Error(`COPY wrote ${copied} of ${size}`);
      const result = {
        rows: size,
        csvBytes: Buffer.byteLength(csv),
        api: { seconds: round(apiSeconds, 3), rowsPerSecond: Math.round(size / apiSeconds) },
        copy: { seconds: round(copySeconds, 3), rowsPerSecond: Math.round(size / copySeconds) },
        ratio: round(copySeconds / apiSeconds, 3),
        goal: GOALS.import,
      };
      importResults.push(result);
      log(
        `  ${int(size).padStart(7)} rows: API ${apiSeconds.toFixed(2)} s (${int(size / apiSeconds)} rows/s), ` +
          `COPY ${copySeconds.toFixed(2)} s (${int(size / copySeconds)} rows/s), ratio ${result.ratio}`,
      );
    }
    {
      const largest = IMPORT_SIZES[IMPORT_SIZES.length - 1];
      const check = await call('GET', `/rounds/${r.import[largest].api}/ledger/verify`, undefined, token);
      if (!check.ok || check.count !== largest)
        throw new Error(`the ${largest}-row import's ledger does not verify: ${JSON.stringify(check)}`);
    }
  }

  // ---------------------------------------------------------------- c. tally
  const tallyResults: Json[] = [];
  for (const [size, households] of TALLY_SIZES.map((n, i) => [n, tallyRosters[i]] as const)) {
    const pair = tallyRounds[TALLY_SIZES.indexOf(size)];
    const votesCast = (size * 9) / 10;
    log(
      `\nc. tally of a ${int(size)}-household round with ${int(votesCast)} votes: ${TALLY_RUNS} runs each after ${TALLY_WARM} warm-up runs`,
    );
    const tallyPrng = new Prng(99);
    const shuffled = [...households.keys()];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = tallyPrng.int(0, i);
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    const order = shuffled.slice(0, votesCast);
    // Passing: 83% agree. Failing: 5 households short of 80% (3,995 of 5,000). The last 2% abstain.
    const tallyRows = (agree: number) =>
      order.map((hi, k) => ({
        household: households[hi],
        vote: {
          choice: k < agree ? 'AGREE' : k < votesCast - size / 50 ? 'DISAGREE' : 'ABSTAIN',
          signed: k < agree ? k % 20 !== 0 : k % 2 === 0,
          channel: 'DOOR_TO_DOOR',
          formNumber: `T-${k + 1}`,
        },
      }));
    await importCsv(pair.pass, tallyCsv(tallyRows((size * 83) / 100)));
    await importCsv(pair.fail, tallyCsv(tallyRows((size * 4) / 5 - 5)));
    await client.query('VACUUM ANALYZE round_households, votes, vote_ledger, consultation_rounds');
    await settle();

    const variants = [
      { name: 'passing', roundId: pair.pass },
      { name: 'failing by 5 (gap path)', roundId: pair.fail },
    ];
    for (const variant of variants) {
      const http = await call('GET', `/rounds/${variant.roundId}/tally`, undefined, token);
      const agreeOfAll = http.conditions.find((c: { id: string }) => c.id === 'agree-of-all');
      if (variant.roundId === pair.pass && http.result !== 'PASSED') throw new Error(`the passing round tallied ${http.result}`);
      if (variant.roundId === pair.fail && (http.result !== 'FAILED' || agreeOfAll.gap !== 5))
        throw new Error(`the failing round tallied ${http.result} with gap ${agreeOfAll?.gap}`);
      const { rows: raw } = await refPool.query(RAW_TALLY_SQL, [variant.roundId]);
      if (Number(raw[0].agree_n) !== Number(agreeOfAll.numerator) || Number(raw[0].all_n) !== Number(agreeOfAll.denominator))
        throw new Error(`the tally and the raw aggregate differ: ${JSON.stringify({ raw: raw[0], agreeOfAll })}`);
      const ways: Record<string, () => Promise<unknown>> = {
        http: () => call('GET', `/rounds/${variant.roundId}/tally`, undefined, token),
        service: () => rounds.tally(actor, variant.roundId),
        raw: () => refPool.query(RAW_TALLY_SQL, [variant.roundId]),
      };
      const samples: Record<string, number[]> = { http: [], service: [], raw: [] };
      const names = Object.keys(ways);
      for (let i = 0; i < TALLY_WARM + TALLY_RUNS; i++) {
        // Rotate the order so no way always runs first on a cold cache.
        for (let j = 0; j < names.length; j++) {
          const name = names[(i + j) % names.length];
          const t0 = performance.now();
          await ways[name]();
          if (i >= TALLY_WARM) samples[name].push(performance.now() - t0);
        }
      }
      const stat = (xs: number[]) => ({ medianMs: round(median(xs), 3), p90Ms: round(percentile(xs, 90), 3), runs: xs.length });
      const result = {
        households: size,
        variant: variant.name,
        result: http.result,
        gap: agreeOfAll.gap,
        http: stat(samples.http),
        service: stat(samples.service),
        raw: stat(samples.raw),
        ratio: round(median(samples.http) / median(samples.raw), 2),
        serviceRatio: round(median(samples.service) / median(samples.raw), 2),
        goal: GOALS.tally,
      };
      tallyResults.push(result);
      log(
        `  ${variant.name}: HTTP ${ms(result.http.medianMs)}, service ${ms(result.service.medianMs)}, raw SQL ${ms(result.raw.medianMs)} ` +
          `(median of ${TALLY_RUNS}); ratio ${result.ratio}`,
      );
    }
  }

  // ---------------------------------------------------------------- the table
  const v = voteResults;
  const votesRatio = importPlace ? round(v.api.perSecond / v.reference.perSecond, 2) : null;
  const met = (ok: boolean) => (ok ? 'yes' : 'NO');
  const voteRows = (ratio: number): string[][] => [
    [
      `a. single votes, HTTP, ${CONCURRENCY} clients, ${int(VOTES)} votes`,
      `${int(v.api.perSecond)} req/s`,
      `${int(v.reference.perSecond)} req/s (Fastify+pg)`,
      ratio.toFixed(2),
      `>= ${GOALS.votes}`,
      met(ratio >= GOALS.votes),
    ],
    [
      '   same votes, RoundService.recordVote in-process',
      `${int(v.service.perSecond)} votes/s`,
      `${int(v.reference.perSecond)} req/s`,
      (v.service.perSecond / v.reference.perSecond).toFixed(2),
      '(where time goes)',
      '',
    ],
  ];
  const rows: string[][] = [
    ['figure', 'ours', 'reference', 'ratio', 'goal', 'met'],
    ...(votesRatio === null ? [] : voteRows(votesRatio)),
    ...importResults.map((x) => [
      `b. import ${int(x.rows)} votes (CSV, multipart)`,
      `${int(x.api.rowsPerSecond)} rows/s`,
      `${int(x.copy.rowsPerSecond)} rows/s (COPY)`,
      x.ratio.toFixed(2),
      `>= ${GOALS.import}`,
      met(x.ratio >= GOALS.import),
    ]),
    ...tallyResults.flatMap((x) => [
      [
        `c. tally ${int(x.households)} hh, ${x.variant}, GET /tally`,
        `${ms(x.http.medianMs)} median`,
        `${ms(x.raw.medianMs)} (raw SQL)`,
        x.ratio.toFixed(2),
        `<= ${GOALS.tally}`,
        met(x.ratio <= GOALS.tally),
      ],
      [
        '   same tally, RoundService.tally in-process',
        `${ms(x.service.medianMs)} median`,
        `${ms(x.raw.medianMs)}`,
        x.serviceRatio.toFixed(2),
        '(where time goes)',
        '',
      ],
    ]),
  ];
  log('\n' + table(rows));
  if (votesRatio !== null)
    log(
      `\nvote latency p50/p99: API ${ms(v.api.p50)}/${ms(v.api.p99)}, reference ${ms(v.reference.p50)}/${ms(v.reference.p99)}, ` +
        `service ${ms(v.service.p50)}/${ms(v.service.p99)}`,
    );

  return {
    machine,
    ranAt: new Date().toISOString(),
    settings: {
      poolSize: POOL_SIZE,
      concurrency: CONCURRENCY,
      votes: VOTES,
      warmVotes: WARM_VOTES,
      importSizes: IMPORT_SIZES,
      tallySizes: TALLY_SIZES,
      tallyRuns: TALLY_RUNS,
      only: ONLY_TALLY ? 'tally' : null,
    },
    seed: { compounds: seed.compounds, households: seed.households, projects: seed.projects, seconds: round(seed.seconds, 1) },
    votes:
      votesRatio === null
        ? null
        : { api: summarise(v.api), reference: summarise(v.reference), service: summarise(v.service), ratio: votesRatio, goal: GOALS.votes },
    import: importResults,
    tally: tallyResults,
    totalSeconds: 0,
  };
}

function summarise(x: LoadResult) {
  return {
    requests: x.requests,
    errors: x.errors,
    seconds: round(x.seconds, 3),
    perSecond: Math.round(x.perSecond),
    p50Ms: round(x.p50, 2),
    p99Ms: round(x.p99, 2),
  };
}

runBench('consent', TIME_LIMIT_MS, run).then(
  () => process.exit(0),
  (e) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  },
);
