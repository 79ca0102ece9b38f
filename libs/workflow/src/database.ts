import { resolve } from 'node:path';
import { AppConfig } from '@app/config';
import { createDataSource, ensureApplicationLogin, localSecret, startEmbeddedPostgres, type EmbeddedDatabase } from '@app/db';
import type { DataSource } from 'typeorm';

export interface OpenDatabase {
  dataSource: DataSource;
  /** Signed in as the tables' owner: what migrations, backups and a worker started beside the API are given. */
  ownerUrl: string;
  embedded: EmbeddedDatabase | null;
  close(): Promise<void>;
}

async function connect(url: string, poolSize: number, embedded: EmbeddedDatabase | null): Promise<DataSource> {
  const dataSource = createDataSource(url, poolSize);
  try {
    await dataSource.initialize();
  } catch (e) {
    await embedded?.stop();
    throw new Error(`cannot connect to PostgreSQL: ${e instanceof Error ? e.message : String(e)}`);
  }
  return dataSource;
}

function opened(dataSource: DataSource, ownerUrl: string, embedded: EmbeddedDatabase | null): OpenDatabase {
  return {
    dataSource,
    ownerUrl,
    embedded,
    close: async () => {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}

/** DATABASE_URL when set, otherwise the project's own embedded PostgreSQL, started now. */
async function server(config: AppConfig, log: (line: string) => void): Promise<{ ownerUrl: string; embedded: EmbeddedDatabase | null }> {
  const embedded = config.DATABASE_URL ? null : await startEmbeddedPostgres(config.DATA_DIR, config.EMBEDDED_PG_PORT, log);
  return { ownerUrl: config.DATABASE_URL ?? embedded!.url, embedded };
}

/** Signed in as the owner of the tables. */
export async function openDatabase(config: AppConfig, log: (line: string) => void): Promise<OpenDatabase> {
  const { ownerUrl, embedded } = await server(config, log);
  return opened(await connect(ownerUrl, config.DB_POOL_SIZE, embedded), ownerUrl, embedded);
}

/**
 * The database as the API and the worker use it: `prepare` runs as the owner first (the API
 * migrates there), then every request works as the least-privileged application login, which
 * cannot rewrite the append-only tables whatever it is asked to run.
 */
export async function openApplicationDatabase(
  config: AppConfig,
  log: (line: string) => void,
  prepare?: (owner: DataSource) => Promise<void>,
): Promise<OpenDatabase> {
  const { ownerUrl, embedded } = await server(config, log);
  let appUrl: string;
  // Two connections: migrate() holds its lock on one while running on the other.
  const owner = await connect(ownerUrl, 2, embedded);
  try {
    await prepare?.(owner);
    const password = config.DATABASE_APP_PASSWORD ?? (await localSecret(resolve(config.DATA_DIR, 'db-app-password')));
    appUrl = await ensureApplicationLogin(ownerUrl, { user: config.DATABASE_APP_USER, password });
  } catch (e) {
    await embedded?.stop();
    throw e;
  } finally {
    await owner.destroy();
  }
  return opened(await connect(appUrl, config.DB_POOL_SIZE, embedded), ownerUrl, embedded);
}
