import type { DataSource } from 'typeorm';

/** One counter an attempt counts against, its limit, and whether a successful login clears it. */
export interface ThrottleKey {
  key: string;
  limit: number;
  clearedOnSuccess: boolean;
}

export interface ThrottleLimits {
  /** Failures allowed for one account from one address. */
  perAccountAndAddress: number;
  /** Failures allowed from one address, whatever the accounts. */
  perAddress: number;
}

/**
 * What a login attempt is counted against: its account as seen from its address (cleared when the
 * owner signs in from there), and its address (where one success does not excuse the other
 * guesses). No counter is the account's alone: a guesser elsewhere cannot lock its owner out.
 */
export function throttleKeys(username: string, address: string, limits: ThrottleLimits): ThrottleKey[] {
  return [
    { key: `addr:${address}`, limit: limits.perAddress, clearedOnSuccess: false },
    { key: `user:${username.toLowerCase()}@${address}`, limit: limits.perAccountAndAddress, clearedOnSuccess: true },
  ];
}

/**
 * Login attempts per key, in the database so that every API replica sees the same counts, and so
 * that passwords stay guarded while Redis (whose request limits fail open) is down. An attempt is
 * counted before its password is checked, in one statement that answers the new counts, so that
 * parallel guesses cannot all pass a count read before any of them was written: at most `limit`
 * attempts per window are ever checked. One refused over the limit, or one that succeeds, is taken
 * back, so the counters hold the failures (and the attempts still being checked).
 */
export class LoginThrottle {
  constructor(
    private readonly db: DataSource,
    private readonly windowSeconds: number,
  ) {}

  /**
   * Counts the attempt; when a key is already at its limit nothing is counted, and the answer is
   * how many seconds until that key's window ends.
   */
  async admit(keys: ThrottleKey[], now: Date): Promise<{ retryAfterSeconds: number } | null> {
    // Keys in one order for every attempt, so that two attempts never wait on each other's rows.
    const names = keys.map((k) => k.key).sort();
    const counts: { key: string; failures: number; window_started_at: Date }[] = await this.db.query(
      `INSERT INTO login_throttle AS t (key, window_started_at, failures)
       SELECT key, $2, 1 FROM unnest($1::text[]) AS key
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN t.window_started_at <= $2::timestamptz - make_interval(secs => $3) THEN 1 ELSE t.failures + 1 END,
         window_started_at = CASE WHEN t.window_started_at <= $2::timestamptz - make_interval(secs => $3) THEN $2 ELSE t.window_started_at END
       RETURNING key, failures, window_started_at`,
      [names, now, this.windowSeconds],
    );
    const limitOf = new Map(keys.map((k) => [k.key, k.limit]));
    const over = counts.filter((c) => c.failures > limitOf.get(c.key)!);
    if (!over.length) return null;
    await this.takeBack(names);
    const ends = Math.max(...over.map((c) => new Date(c.window_started_at).getTime() + this.windowSeconds * 1000));
    return { retryAfterSeconds: Math.max(1, Math.ceil((ends - now.getTime()) / 1000)) };
  }

  /** A login that succeeded: its account starts afresh from this address, and the attempt no longer counts elsewhere. */
  async succeeded(keys: ThrottleKey[]): Promise<void> {
    await this.db.query('DELETE FROM login_throttle WHERE key = ANY($1)', [keys.filter((k) => k.clearedOnSuccess).map((k) => k.key)]);
    await this.takeBack(keys.filter((k) => !k.clearedOnSuccess).map((k) => k.key));
  }

  /**
   * Rows locked in key order, as admit locks them: a plain UPDATE locks them in the order it finds
   * them on disk, and two attempts at one account from one address would then deadlock.
   */
  private async takeBack(names: string[]): Promise<void> {
    await this.db.query(
      `UPDATE login_throttle t SET failures = greatest(t.failures - 1, 0)
         FROM (SELECT key FROM login_throttle WHERE key = ANY($1) ORDER BY key FOR UPDATE) locked
        WHERE t.key = locked.key`,
      [names],
    );
  }
}
