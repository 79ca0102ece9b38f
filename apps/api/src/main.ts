import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig, type AppConfig } from '@app/config';
import { localSecret, migrate } from '@app/db';
import {
  createLogger,
  DemoSeeder,
  demoPasswords,
  describeDemoUsers,
  keepDemoPasswords,
  LocalSettingsService,
  openApplicationDatabase,
  PracticeCatalog,
  RuleProfileCatalog,
  type Log,
  type OpenDatabase,
} from '@app/workflow';
import { createApi } from './bootstrap.js';

/**
 * The worker is its own app; on a developer's machine the API starts it beside itself, on the same
 * database, so that deadlines fire without a second command. Without Redis it exits and says why.
 */
function startWorkerProcess(config: AppConfig, db: OpenDatabase, log: Log): ChildProcess {
  // The owner's URL, as the API had it: the worker signs in as the application login itself.
  const child = fork(fileURLToPath(new URL('../../worker/src/main.js', import.meta.url)), {
    env: { ...process.env, DATABASE_URL: db.ownerUrl, NODE_ENV: config.NODE_ENV },
  });
  child.on('exit', (code) => code && log.warn(`worker exited (${code}); deadlines wait until it runs`));
  return child;
}

/**
 * Until the worker says it has caught up with what was due (or has exited, or is slow to): its
 * lines come before what main prints last.
 */
function caughtUp(worker: ChildProcess | null): Promise<void> {
  if (!worker) return Promise.resolve();
  return new Promise((done) => {
    worker.once('message', () => done());
    worker.once('exit', () => done());
    setTimeout(done, 15_000).unref();
  });
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  // Outside production a missing JWT secret is generated once and kept with the local data.
  config.JWT_SECRET ??= await localSecret(resolve(config.DATA_DIR, 'jwt-secret'));
  const log = createLogger(config.LOG_LEVEL);

  const db = await openApplicationDatabase(
    config,
    (line) => log.info(line),
    async (owner) => {
      const applied = await migrate(owner);
      if (applied) log.info(`applied ${applied} migration(s)`);
    },
  );

  const app = await createApi(config, db.dataSource, undefined, log);
  const practices = await app.get(PracticeCatalog).load();
  const profiles = await app.get(RuleProfileCatalog).load();
  // Read now, so that an unsound local-settings file stops the start rather than a later request.
  const settings = app.get(LocalSettingsService).definitions().length;
  log.info(`practice catalog: ${practices} practices; ${profiles} consent rule profiles; ${settings} local settings`);
  if (config.SEED_DEMO) {
    const credentials = await app.get(DemoSeeder).seed();
    if (credentials) keepDemoPasswords(config.DATA_DIR, credentials);
  }
  const worker = config.START_WORKER ? startWorkerProcess(config, db, log) : null;
  const shutdown = async () => {
    worker?.kill('SIGTERM');
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  // Every interface, as a container needs; Fastify alone would take only localhost.
  await app.listen(config.PORT, '0.0.0.0');
  log.info(`API on http://127.0.0.1:${config.PORT}${config.DOCS_ENABLED ? ' (OpenAPI at /docs)' : ''}`);
  if (config.SEED_DEMO) {
    await caughtUp(worker);
    // Last, after the server's lines and the worker's, for the person starting it (not a log line).
    console.log(`\n${describeDemoUsers(await demoPasswords(db.dataSource, config.DATA_DIR), config.PORT)}\n`);
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
