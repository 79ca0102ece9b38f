import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@app/db';
import pg from 'pg';

/** The database `npm start` brings up on a machine with nothing installed. */
describe('embedded PostgreSQL', () => {
  const dir = mkdtempSync(join(tmpdir(), 'renovation-embedded-'));
  const port = 55000 + Math.floor(Math.random() * 1000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('initialises, serves UTF-8 with a Chinese-aware locale, is reused by a second start, and stops', async () => {
    const first = await startEmbeddedPostgres(dir, port, () => undefined);
    try {
      const client = new pg.Client({ connectionString: first.url });
      await client.connect();
      const [row] = (
        await client.query(
          `SELECT current_setting('server_encoding') AS enc, datcollate FROM pg_database WHERE datname = current_database()`,
        )
      ).rows;
      expect(row).toEqual({ enc: 'UTF8', datcollate: 'C.UTF-8' });
      expect((await client.query(`SELECT '老旧小区' AS t`)).rows[0].t).toBe('老旧小区');
      await client.end();

      expect(statSync(join(dir, 'pg-password')).mode & 0o777).toBe(0o600);
      // A second start (another process, or a restart after a kill) attaches instead of failing.
      const second = await startEmbeddedPostgres(dir, port, () => undefined);
      expect(second.url).toBe(first.url);
      await second.stop();
      const stillUp = new pg.Client({ connectionString: first.url });
      await stillUp.connect();
      await stillUp.end();
    } finally {
      await first.stop();
    }
    const down = new pg.Client({ connectionString: first.url, connectionTimeoutMillis: 1000 });
    await expect(down.connect()).rejects.toThrow();
  });
});
