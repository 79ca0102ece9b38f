import { createDataSource, migrate } from '@app/db';

/** Applies the project's TypeORM migrations to a database; returns how many were applied. */
export async function migrateUrl(url: string): Promise<number> {
  const dataSource = createDataSource(url, 2);
  await dataSource.initialize();
  try {
    return await migrate(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** The database URL without its password, for log lines. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}
