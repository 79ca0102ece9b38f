import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';

export type CopyValue = string | number | boolean | null;

/** PostgreSQL's COPY text format: tab-separated, \N for NULL, backslash escapes. */
function field(v: CopyValue): string {
  if (v === null) return '\\N';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  return String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/**
 * Streams rows into a table with COPY on the transaction's own connection, so they commit or roll
 * back with everything else the transaction wrote.
 */
export async function copyRows(m: EntityManager, copySql: string, rows: CopyValue[][]): Promise<void> {
  const client = (await m.queryRunner!.connect()) as pg.PoolClient;
  const stream = client.query(copyFrom(copySql));
  function* chunks() {
    for (let i = 0; i < rows.length; i += 2000) {
      yield rows
        .slice(i, i + 2000)
        .map((r) => r.map(field).join('\t') + '\n')
        .join('');
    }
  }
  await pipeline(Readable.from(chunks()), stream);
}
