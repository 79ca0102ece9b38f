import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '@app/config';
import { createDataSource, migrate } from '@app/db';
import type { Clock } from '@app/workflow';
import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { createApi } from '../../apps/api/src/bootstrap.js';
import { seedCity, type SeedSummary } from '../../scripts/seed/city.js';
import { round } from './stats.js';

/**
 * What every benchmark does around its measurements: a throwaway database on a server of this
 * machine, dropped at the end, on Ctrl-C or past a time limit; the machine described; the results
 * written under bench/results/.
 */

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const ADMIN_URL = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export const log = (line: string) => console.log(line);

export const envInt = (name: string, fallback: number) => (process.env[name] ? Number.parseInt(process.env[name]!, 10) : fallback);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface Closer {
  name: string;
  close(): Promise<unknown>;
}

export interface Machine {
  cpus: number;
  cpuModel: string;
  totalMemBytes: number;
  platform: string;
  node: string;
  postgres: string;
}

function assertLoopback(url: string): void {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  if (host === '' || host === 'localhost' || host === '::1' || /^127\./.test(host)) return;
  throw new Error(`BENCH_ADMIN_URL and REDIS_URL must name servers on this machine (127.0.0.1, localhost or ::1), not ${host}`);
}

function databaseUrl(adminUrl: string, name: string): string {
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const extraDatabases = new Set<string>();

/** The database the bench runs in, set by runBench. */
let benchDatabase = '';

/** Another empty throwaway database beside the bench's own (`renovation_bench_<pid>_<suffix>`), dropped with it. */
export async function freshDatabase(suffix: string): Promise<string> {
  const name = `${benchDatabase}_${suffix}`;
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE ${name}`);
  extraDatabases.add(name);
  return databaseUrl(ADMIN_URL, name);
}

/**
 * Runs a benchmark in a database of its own (`renovation_bench_<pid>`), then writes what it
 * returns to bench/results/<name>.json with the machine and the total time.
 */
export async function runBench(
  name: string,
  timeLimitMs: number,
  run: (url: string, machine: Machine, closers: Closer[]) => Promise<Json>,
): Promise<void> {
  const started = performance.now();
  assertLoopback(ADMIN_URL);
  assertLoopback(REDIS_URL);
  const cpus = os.cpus();
  const machine: Machine = {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    totalMemBytes: os.totalmem(),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    postgres: '',
  };
  log(
    `machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${(machine.totalMemBytes / 2 ** 30).toFixed(1)} GiB RAM, ${machine.platform}, Node ${machine.node}`,
  );
  if (process.env.DATABASE_URL) log('note: DATABASE_URL is left alone; the bench works in a throwaway database of its own');

  const dbName = (benchDatabase = `renovation_bench_${process.pid}`);
  const url = databaseUrl(ADMIN_URL, dbName);
  const closers: Closer[] = [];
  let cleaned: Promise<void> | null = null;
  const cleanup = () =>
    (cleaned ??= (async () => {
      for (const c of closers.reverse()) {
        await c.close().catch((e) => console.error(`closing ${c.name}: ${e instanceof Error ? e.message : e}`));
      }
      for (const name of [dbName, ...extraDatabases]) {
        await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch((e) =>
          console.error(`could not drop ${name}: ${e instanceof Error ? e.message : e}`),
        );
      }
      log(`dropped ${[dbName, ...extraDatabases].join(', ')}`);
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: cleaning up`);
      void cleanup().finally(() => process.exit(130));
    });
  }
  const watchdog = setTimeout(() => {
    console.error(`the bench ran past ${timeLimitMs / 60_000} minutes: stopping`);
    void cleanup().finally(() => process.exit(1));
  }, timeLimitMs);
  watchdog.unref();

  await adminQuery(`CREATE DATABASE ${dbName}`);
  log(`created ${dbName}`);
  try {
    const results = await run(url, machine, closers);
    results.totalSeconds = round((performance.now() - started) / 1000, 1);
    const file = resolve(ROOT, `bench/results/${name}.json`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
    log(`\nwrote ${file.slice(ROOT.length + 1)} (total ${results.totalSeconds} s)`);
  } finally {
    await cleanup();
  }
}

/**
 * The throwaway database migrated and filled with the Changsha-sized city: the data source the API
 * will use, and a plain client for setup and for the references.
 */
export async function seededCity(
  url: string,
  poolSize: number,
  machine: Machine,
  closers: Closer[],
): Promise<{ dataSource: DataSource; client: pg.Client; seed: SeedSummary }> {
  const t = performance.now();
  const dataSource = createDataSource(url, poolSize);
  await dataSource.initialize();
  closers.push({ name: 'API data source', close: () => dataSource.destroy() });
  const applied = await migrate(dataSource);
  log(`migrated (${applied} migrations) in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  closers.push({ name: 'setup client', close: () => client.end() });
  machine.postgres = (await client.query('SHOW server_version')).rows[0].server_version;
  log('seeding the city (seed:scale):');
  const seed = await seedCity(client, { log: (l) => log(l) });
  if (!seed) throw new Error('the fresh database already had the city');
  return { dataSource, client, seed };
}

/**
 * The real API in-process on a random 127.0.0.1 port. NODE_ENV only picks Nest's log levels
 * (bootstrap.ts) and the production-only config checks: 'test' keeps the startup log out of the
 * table; everything on the request path is the same.
 */
export async function startBenchApi(
  url: string,
  dataSource: DataSource,
  poolSize: number,
  closers: Closer[],
  clock?: Clock,
): Promise<{ app: INestApplication; base: string }> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: url,
    REDIS_URL,
    JWT_SECRET: randomBytes(48).toString('base64url'),
    SEED_DEMO: 'false',
    DB_POOL_SIZE: String(poolSize),
    SEEDS_DIR: resolve(ROOT, 'seeds'),
    DATA_DIR: resolve(os.tmpdir(), `renovation-bench-${process.pid}`),
    // Throughput is what is measured: sixteen clients voting as one user would be throttled.
    RATE_LIMIT_ENABLED: 'false',
  });
  const app = await createApi(config, dataSource, clock);
  closers.push({ name: 'API', close: () => app.close() });
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${app.getHttpServer().address().port}`;
  log(`API listening on ${base}`);
  return { app, base };
}

/**
 * A JSON request to the API; anything but 2xx is an error that names the route. Plain node:http
 * over kept-alive sockets: what is timed is the server, not a client library's own work.
 */
export function jsonClient(base: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const { hostname, port } = new URL(base);
  return (method: string, path: string, body?: unknown, token?: string): Promise<Json> =>
    new Promise((resolvePromise, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const req = http.request(
        {
          agent,
          hostname,
          port,
          method,
          path,
          timeout: 120_000,
          headers: {
            'content-type': 'application/json',
            ...(payload ? { 'content-length': Buffer.byteLength(payload) } : {}),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            if (res.statusCode! < 200 || res.statusCode! >= 300)
              reject(new Error(`${method} ${path}: ${res.statusCode} ${text.slice(0, 300)}`));
            else resolvePromise(text ? JSON.parse(text) : null);
          });
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`${method} ${path}: timed out`)));
      req.on('error', reject);
      req.end(payload);
    });
}
