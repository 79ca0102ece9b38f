/** The one queue the worker owns; job names, not queues, separate the kinds of work. */
export const QUEUE_NAME = 'renovation';

/**
 * Payload of every job, keyed by job name. A job is added here with its payload type, and the
 * worker will not compile, nor start, until it has a handler for it.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface JobPayloads {}

export type JobName = keyof JobPayloads & string;

export type JobHandlers<Ctx> = { [K in JobName]: (payload: JobPayloads[K], context: Ctx) => Promise<void> };

/** Same subject, same kind, same moment: the same id, so a second add is a no-op in the queue. */
export function jobId(name: string, ...parts: (string | number)[]): string {
  return [name, ...parts].join(':').replace(/[^A-Za-z0-9._:-]/g, '_');
}

/** Runtime twin of the type check, for names that arrive as data (the outbox, an old queue). */
export function assertEveryJobHandled(names: readonly string[], handlers: Record<string, unknown>): void {
  const missing = names.filter((n) => typeof handlers[n] !== 'function');
  if (missing.length > 0) throw new Error(`no handler for job(s): ${missing.join(', ')}`);
}
