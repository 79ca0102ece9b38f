/** Small statistics and formatting helpers for the benchmarks. */

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

export const median = (values: number[]): number => percentile(values, 50);

export const round = (x: number, digits = 2): number => Number(x.toFixed(digits));

export const int = (x: number): string => Math.round(x).toLocaleString('en-US');

export function ms(x: number): string {
  return x < 10 ? `${x.toFixed(2)} ms` : x < 100 ? `${x.toFixed(1)} ms` : `${Math.round(x)} ms`;
}

/** A plain fixed-width table; the first row is the header. */
export function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) =>
    Math.max(...rows.map((r) => [...(r[c] ?? '')].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0))),
  );
  const pad = (s: string, w: number) =>
    s + ' '.repeat(Math.max(0, w - [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)));
  const line = (r: string[]) =>
    r
      .map((cell, c) => pad(cell ?? '', widths[c]))
      .join('  ')
      .trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  firstError: string | null;
}

/**
 * Sends `count` requests through `concurrency` workers pulling from one counter; stops early at
 * the deadline. Each call returns when its response has been read.
 */
export async function drive(
  count: number,
  concurrency: number,
  send: (i: number) => Promise<void>,
  deadlineMs: number,
): Promise<LoadResult> {
  let next = 0;
  let errors = 0;
  let firstError: string | null = null;
  const latencies: number[] = [];
  const started = performance.now();
  const stopAt = started + deadlineMs;
  const worker = async () => {
    while (next < count && performance.now() < stopAt) {
      const i = next++;
      const t0 = performance.now();
      try {
        await send(i);
        latencies.push(performance.now() - t0);
      } catch (e) {
        errors++;
        firstError ??= e instanceof Error ? e.message : String(e);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  return {
    requests: latencies.length,
    errors,
    seconds,
    perSecond: latencies.length / seconds,
    p50: median(latencies),
    p99: percentile(latencies, 99),
    firstError,
  };
}
