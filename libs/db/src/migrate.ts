import type { DataSource } from 'typeorm';

/** Any fixed key will do, as long as every process that migrates this database uses the same one. */
const MIGRATION_LOCK = 727_000;

/**
 * Applies the pending migrations, one transaction each, while holding a session advisory lock: API
 * replicas started together take turns, and the later ones find nothing left to do. The lock lives
 * on its own connection, so the pool needs two.
 */
export async function migrate(dataSource: DataSource): Promise<number> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      return (await dataSource.runMigrations({ transaction: 'each' })).length;
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    await lock.release();
  }
}
