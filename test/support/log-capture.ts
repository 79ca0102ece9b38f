import { Writable } from 'node:stream';
import type { LogLevel } from '@app/config';
import { createLogger, type Log } from '@app/workflow';

export interface CapturedLog {
  log: Log;
  /** Every line as written, in order. */
  raw: string[];
  /** The same lines parsed. */
  lines: Record<string, unknown>[];
}

/** The product's logger, writing into memory for a test to read. */
export function captureLog(level: LogLevel = 'info'): CapturedLog {
  const raw: string[] = [];
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        raw.push(line);
        lines.push(JSON.parse(line));
      }
      done();
    },
  });
  return { log: createLogger(level, stream), raw, lines };
}
