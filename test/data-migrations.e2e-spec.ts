import { randomBytes } from 'node:crypto';
import { dataSourceOptions, MIGRATIONS } from '@app/db';
import { DataSource } from 'typeorm';
import { adminQuery } from './support/database.js';
import { databaseUrl } from './support/env.js';

/**
 * Migrations that reshape existing rows, run over data written in the shape before them: each case
 * migrates a fresh database up to the migration, writes the old rows, then applies the rest.
 */
describe('migrations over existing data', () => {
  const created: string[] = [];

  /** A database migrated up to (not including) the named migration, and a function applying the rest. */
  async function before(migration: string): Promise<{ db: DataSource; rest: () => Promise<void> }> {
    const index = MIGRATIONS.findIndex((m) => m.name === migration);
    if (index < 0) throw new Error(`no migration ${migration}`);
    const name = `renovation_data_${randomBytes(4).toString('hex')}`;
    await adminQuery(`CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`);
    created.push(name);
    const db = new DataSource({ ...dataSourceOptions(databaseUrl(name), 2), migrations: MIGRATIONS.slice(0, index) });
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    const rest = async () => {
      const all = new DataSource(dataSourceOptions(databaseUrl(name), 2));
      await all.initialize();
      try {
        await all.runMigrations({ transaction: 'each' });
      } finally {
        await all.destroy();
      }
    };
    return { db, rest };
  }

  afterAll(async () => {
    for (const name of created) await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('cities: each distinct city text becomes a city; a bulletin goes to the city of its districts', async () => {
    const { db, rest } = await before('CreateCitiesAndBulletinsPerCity1764410000000');
    try {
      const district = async (code: string, city: string) =>
        (await db.query('INSERT INTO districts (code, name, city) VALUES ($1, $1, $2) RETURNING id', [code, city]))[0].id as string;
      const cs1 = await district('cs-1', '长沙市');
      const cs2 = await district('cs-2', '长沙市');
      const yc1 = await district('yc-1', '宜昌市');
      const bulletin = (month: string, districtIds: string[]) =>
        db.query(`INSERT INTO monthly_bulletins (month, content, built_at, built_via) VALUES ($1, $2, now(), 'JOB')`, [
          month,
          JSON.stringify({ month, districts: districtIds.map((id) => ({ id })) }),
        ]);
      await bulletin('2026-01', [cs1, cs2]);
      await bulletin('2026-02', [cs1, yc1]);
      await bulletin('2026-03', [yc1]);
      await db.destroy();
      await rest();

      const after = new DataSource(dataSourceOptions((db.options as { url: string }).url, 2));
      await after.initialize();
      try {
        const cities = await after.query('SELECT id, code, name FROM cities ORDER BY name');
        expect(cities.map((c: { name: string }) => c.name).sort()).toEqual(['宜昌市', '长沙市'].sort());
        for (const c of cities) expect(c.code).toMatch(/^city-[0-9a-f]{10}$/);
        const cityOf = Object.fromEntries(cities.map((c: { id: string; name: string }) => [c.name, c.id]));
        const districts = await after.query('SELECT code, city, city_id FROM districts ORDER BY code');
        expect(districts).toEqual([
          { code: 'cs-1', city: '长沙市', city_id: cityOf['长沙市'] },
          { code: 'cs-2', city: '长沙市', city_id: cityOf['长沙市'] },
          { code: 'yc-1', city: '宜昌市', city_id: cityOf['宜昌市'] },
        ]);
        // The bulletin that ranked both cities together stays as published, under no city.
        expect(await after.query('SELECT month, city_id FROM monthly_bulletins ORDER BY month')).toEqual([
          { month: '2026-01', city_id: cityOf['长沙市'] },
          { month: '2026-02', city_id: null },
          { month: '2026-03', city_id: cityOf['宜昌市'] },
        ]);
      } finally {
        await after.destroy();
      }
    } finally {
      if (db.isInitialized) await db.destroy();
    }
  });
});
