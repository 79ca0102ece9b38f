/** The one queue the worker owns; job names, not queues, separate the kinds of work. */
export const QUEUE_NAME = 'renovation';

/**
 * Payload of every job, keyed by job name. A job is added here with its payload type; the
 * worker's handler table is typed by it, so a job without a handler does not compile.
 */
export interface JobPayloads {
  /** A committed deadline came due: act on it once, if its subject still waits for it. */
  'deadline.fire': { deadlineId: string };
  /** Posts one notice to a district's webhook; retried with backoff until it answers 2xx. */
  'webhook.deliver': { deliveryId: string };
  /**
   * Builds the monthly bulletins of this month (YYYY-MM), or of the month before the job runs: of
   * this city, or of every city.
   */
  'bulletin.build': { month?: string; cityId?: string };
}

export type JobName = keyof JobPayloads & string;

/**
 * The bulletin job: at 00:05 on the first of every month (BullMQ cron with seconds), read in the
 * bulletin's time zone, when the month before has ended for every user. Upserted under one id at
 * every worker start, so replicas and restarts keep a single schedule.
 */
export const MONTHLY_BULLETIN_SCHEDULE = {
  id: 'bulletin.monthly',
  pattern: '0 5 0 1 * *',
  job: { name: 'bulletin.build', data: {} } satisfies { name: JobName; data: JobPayloads['bulletin.build'] },
} as const;

export type JobHandler<K extends JobName, Ctx> = (payload: JobPayloads[K], context: Ctx) => Promise<void>;
export type JobHandlers<Ctx> = { [K in JobName]: JobHandler<K, Ctx> };

/**
 * Same subject, same kind, same moment: the same id, so a second add is a no-op in the queue.
 * BullMQ reserves ':' in ids, hence '@'.
 */
export function jobId(name: string, ...parts: (string | number)[]): string {
  return [name, ...parts].join('@').replace(/[^A-Za-z0-9._@-]/g, '_');
}

/**
 * Runtime twin of the type check, for names that arrive as data (the outbox, a queue left over
 * from an older release): the worker refuses to start rather than fail jobs one by one.
 */
export function assertEveryJobHandled(names: readonly string[], handlers: Record<string, unknown>): void {
  const missing = names.filter((n) => typeof handlers[n] !== 'function');
  if (missing.length > 0) throw new Error(`no handler for job(s): ${missing.join(', ')}`);
}

/** ioredis options from a redis:// or rediss:// URL, as BullMQ wants them. */
export function redisConnection(url: string): {
  host: string;
  port: number;
  username?: string;
  password?: string;
  db?: number;
  tls?: object;
} {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(u.pathname.length > 1 ? { db: Number(u.pathname.slice(1)) } : {}),
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}
