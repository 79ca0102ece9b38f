import type { DataSource } from 'typeorm';

/** One counter an attempt counts against, and whether a successful login clears it. */
export interface ThrottleKey {
  key: string;
  clearedOnSuccess: boolean;
}

/**
 * What a login attempt is counted against: its account (cleared when the owner signs in) and its
 * address (where one success does not excuse the other guesses). The one place to change when
 * throttling moves to other keys.
 */
export function throttleKeys(username: string, address: string): ThrottleKey[] {
  return [
    { key: `addr:${address}`, clearedOnSuccess: false },
    { key: `user:${username.toLowerCase()}`, clearedOnSuccess: true },
  ];
}

/**
 * Login attempts per key, in the database so that every API replica sees the same counts. An
 * attempt is counted before its password is checked, in one statement that answers the new counts,
 * so that parallel guesses cannot all pass a count read before any of them was written: at most
 * `limit` attempts per window are ever checked. One refused over the limit, or one that succeeds,
 * is taken back, so the counters hold the failures (and the attempts still being checked).
 */
export class LoginThrottle {
  constructor(
    private readonly db: DataSource,
    private readonly limit: number,
    private readonly windowSeconds: number,
  ) {}

  /** Counts the attempt; false (and nothing counted) when a key is already at the limit. */
  async admit(keys: ThrottleKey[], now: Date): Promise<boolean> {
    const names = keys.map((k) => k.key).sort();
    // Keys in one order for every attempt, so that two attempts never wait on each other's rows.
    const counts: { failures: number }[] = await this.db.query(
      `INSERT INTO login_throttle AS t (key, window_started_at, failures)
       SELECT key, $2, 1 FROM unnest($1::text[]) AS key
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN t.window_started_at <= $2::timestamptz - make_interval(secs => $3) THEN 1 ELSE t.failures + 1 END,
         window_started_at = CASE WHEN t.window_started_at <= $2::timestamptz - make_interval(secs => $3) THEN $2 ELSE t.window_started_at END
       RETURNING failures`,
      [names, now, this.windowSeconds],
    );
    if (counts.every((c) => c.failures <= this.limit)) return true;
    await this.takeBack(names);
    return false;
  }

  /** A login that succeeded: its account starts afresh, and the attempt no longer counts elsewhere. */
  async succeeded(keys: ThrottleKey[]): Promise<void> {
    await this.db.query('DELETE FROM login_throttle WHERE key = ANY($1)', [keys.filter((k) => k.clearedOnSuccess).map((k) => k.key)]);
    await this.takeBack(keys.filter((k) => !k.clearedOnSuccess).map((k) => k.key));
  }

  private async takeBack(names: string[]): Promise<void> {
    await this.db.query('UPDATE login_throttle SET failures = greatest(failures - 1, 0) WHERE key = ANY($1)', [names.sort()]);
  }
}
