import { AppConfig } from '@app/config';
import { createDataSource, startEmbeddedPostgres, type EmbeddedDatabase } from '@app/db';
import type { DataSource } from 'typeorm';

export interface OpenDatabase {
  dataSource: DataSource;
  embedded: EmbeddedDatabase | null;
  close(): Promise<void>;
}

/** DATABASE_URL when set; otherwise the project's own embedded PostgreSQL. */
export async function openDatabase(config: AppConfig, log: (line: string) => void): Promise<OpenDatabase> {
  const embedded = config.DATABASE_URL ? null : await startEmbeddedPostgres(config.DATA_DIR, config.EMBEDDED_PG_PORT, log);
  const dataSource = createDataSource(config.DATABASE_URL ?? embedded!.url, config.DB_POOL_SIZE);
  try {
    await dataSource.initialize();
  } catch (e) {
    await embedded?.stop();
    throw new Error(`cannot connect to PostgreSQL: ${e instanceof Error ? e.message : String(e)}`);
  }
  return {
    dataSource,
    embedded,
    close: async () => {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
