import { randomBytes } from 'node:crypto';
import { createDataSource, migrate, MIGRATIONS } from '@app/db';
import { adminQuery } from './support/database.js';
import { databaseUrl } from './support/env.js';

/** API replicas started at once share one database: the schema is migrated by one of them, once. */
describe('migrations at start', () => {
  const name = `renovation_migrate_${randomBytes(4).toString('hex')}`;

  beforeAll(() => adminQuery(`CREATE DATABASE ${name}`));
  afterAll(() => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));

  it('two processes migrating an empty database together apply every migration once', async () => {
    const replicas = [createDataSource(databaseUrl(name), 2), createDataSource(databaseUrl(name), 2)];
    await Promise.all(replicas.map((ds) => ds.initialize()));
    try {
      const applied = await Promise.all(replicas.map((ds) => migrate(ds)));
      expect(applied.sort((a, b) => a - b)).toEqual([0, MIGRATIONS.length]);
      expect(await migrate(replicas[0]!)).toBe(0);
      const [{ n }] = await replicas[0]!.query('SELECT count(*)::int AS n FROM migrations');
      expect(n).toBe(MIGRATIONS.length);
    } finally {
      await Promise.all(replicas.map((ds) => ds.destroy()));
    }
  });
});
