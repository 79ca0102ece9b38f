import { CHINA_TIME_ZONE, DomainError, previousMonth } from '@app/domain';
import { assertEveryJobHandled, MONTHLY_BULLETIN_SCHEDULE, QUEUE_NAME, relayOutbox, type JobHandlers } from '@app/jobs';
import { AppConfig } from '@app/config';
import {
  ArchiveService,
  BulletinService,
  Clock,
  DEADLINE_JOB,
  DeadlineRunner,
  deadlineJobId,
  LOG,
  WebhookService,
  type Log,
} from '@app/workflow';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Queue, UnrecoverableError, Worker, type ConnectionOptions, type Job } from 'bullmq';
import { DataSource } from 'typeorm';

/** What a handler gets besides its payload. */
export interface JobContext {
  now: Date;
  attempt: number;
}

type AnyHandlers = Record<string, (payload: never, context: JobContext) => Promise<unknown>>;

export interface RunnerOptions {
  connection: ConnectionOptions;
  /** Key prefix in Redis; unset: REDIS_PREFIX. Tests use their own. */
  prefix?: string;
  concurrency?: number;
  /** 0 turns the periodic relay off; tests then call relayOnce themselves. */
  relayIntervalMs?: number;
  /** 0 turns the periodic deadline sweep off. */
  sweepIntervalMs?: number;
  /** How often files orphaned by failed uploads are removed from the archive; 0 turns it off. */
  archiveSweepIntervalMs?: number;
}

/** Owns the queue: relays the outbox into it, sweeps deadlines back into it, and runs its jobs. */
@Injectable()
export class JobRunner implements OnApplicationShutdown {
  private queue?: Queue;
  private worker?: Worker;
  private timers: NodeJS.Timeout[] = [];
  private busy = new Set<Promise<unknown>>();

  /** Every job the product runs, by name; the type makes a missing handler a compile error. */
  readonly handlers: JobHandlers<JobContext> = {
    'deadline.fire': (payload, ctx) => this.deadlines.fire(payload.deadlineId, ctx.now).then(() => undefined),
    'webhook.deliver': (payload) => this.webhooks.deliver(payload.deliveryId).then(() => undefined),
    // A second delivery finds each city's month stored and changes nothing.
    'bulletin.build': async (payload, ctx) => {
      const month = payload.month ?? previousMonth(ctx.now);
      if (payload.cityId) await this.bulletins.build(month, { cityId: payload.cityId }, null);
      else await this.bulletins.buildEveryCity(month);
    },
  };

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly deadlines: DeadlineRunner,
    private readonly webhooks: WebhookService,
    private readonly bulletins: BulletinService,
    private readonly archive: ArchiveService,
    private readonly config: AppConfig,
    @Inject(LOG) private readonly log: Log,
  ) {}

  async start(options: RunnerOptions, handlers: AnyHandlers = this.handlers): Promise<void> {
    const pending: { job_name: string }[] = await this.db.query('SELECT DISTINCT job_name FROM outbox WHERE dispatched_at IS NULL');
    assertEveryJobHandled([...Object.keys(this.handlers), ...pending.map((r) => r.job_name)], handlers);
    const common = { connection: options.connection, prefix: options.prefix ?? this.config.REDIS_PREFIX };
    this.queue = new Queue(QUEUE_NAME, {
      ...common,
      defaultJobOptions: { attempts: 8, backoff: { type: 'exponential', delay: 5000 }, removeOnComplete: { age: 7 * 24 * 3600 } },
    });
    this.worker = new Worker(QUEUE_NAME, (job: Job) => this.run(job, handlers), { ...common, concurrency: options.concurrency ?? 4 });
    this.worker.on('failed', (job, err) =>
      this.jobLog(job).warn(
        { err, attempt: job?.attemptsMade, final: job ? job.attemptsMade >= (job.opts.attempts ?? 1) : true },
        'job failed',
      ),
    );
    this.worker.on('error', (err) => this.log.error({ err }, 'queue error'));
    const { id, pattern, job } = MONTHLY_BULLETIN_SCHEDULE;
    await this.queue.upsertJobScheduler(id, { pattern, tz: CHINA_TIME_ZONE }, { name: job.name, data: job.data });
    this.every(options.relayIntervalMs ?? 1000, () => this.relayOnce());
    this.every(options.sweepIntervalMs ?? 60_000, () => this.sweep());
    this.every(options.archiveSweepIntervalMs ?? 3_600_000, () => this.sweepArchive());
  }

  /**
   * Resolves once nothing due is left: the outbox relayed, no job waiting or running (a delayed
   * one is not due yet). A first start catches up with what fell due while nothing ran.
   */
  async settled(pollMs = 200): Promise<void> {
    const queue = this.requireQueue();
    for (;;) {
      await this.relayOnce();
      const counts = await queue.getJobCounts('waiting', 'prioritized', 'active');
      if (Object.values(counts).every((n) => n === 0)) return;
      await new Promise((done) => setTimeout(done, pollMs));
    }
  }

  /** Moves committed outbox rows into the queue now. */
  relayOnce(): Promise<number> {
    return relayOutbox(this.db, this.requireQueue(), this.clock.now());
  }

  /**
   * Makes sure every pending deadline has a live job: after Redis lost its data, or a crash
   * between commit and enqueue, the job is added again under its deterministic id.
   */
  async sweep(): Promise<number> {
    const queue = this.requireQueue();
    const now = this.clock.now();
    let restored = 0;
    for (const d of await this.deadlines.pending()) {
      const id = deadlineJobId(d.id);
      const job = await queue.getJob(id);
      const state = job ? await job.getState() : 'missing';
      if (state === 'failed') {
        await job!.retry();
        restored++;
      } else if (state === 'missing' || state === 'completed' || state === 'unknown') {
        if (job) await job.remove();
        await queue.add(DEADLINE_JOB, { deadlineId: d.id }, { jobId: id, delay: Math.max(0, d.dueAt.getTime() - now.getTime()) });
        restored++;
      }
    }
    return restored;
  }

  /** Removes archive files no committed upload names, past the grace age (ARCHIVE_ORPHAN_GRACE_MINUTES). */
  async sweepArchive(): Promise<number> {
    const { removed } = await this.archive.sweepOrphans(this.clock.now(), this.config.ARCHIVE_ORPHAN_GRACE_MINUTES);
    if (removed.length) this.log.info({ files: removed }, 'removed archive files no committed upload names');
    return removed.length;
  }

  private every(ms: number, task: () => Promise<unknown>): void {
    if (ms <= 0) return;
    let running: Promise<unknown> | undefined;
    this.timers.push(
      setInterval(() => {
        if (running) return;
        running = task()
          .catch((err: Error) => this.log.warn({ err }, 'periodic task failed; will retry'))
          .finally(() => {
            this.busy.delete(running!);
            running = undefined;
          });
        this.busy.add(running);
      }, ms),
    );
  }

  private requireQueue(): Queue {
    if (!this.queue) throw new Error('job runner not started');
    return this.queue;
  }

  /** A job's lines carry its id and what it is about (the deadline or delivery), never its whole payload. */
  private jobLog(job: Job | undefined): Log {
    const data = (job?.data ?? {}) as { deadlineId?: unknown; deliveryId?: unknown; month?: unknown };
    return this.log.child({
      jobId: job?.id,
      jobName: job?.name,
      ...(typeof data.deadlineId === 'string' ? { deadlineId: data.deadlineId } : {}),
      ...(typeof data.deliveryId === 'string' ? { deliveryId: data.deliveryId } : {}),
      ...(typeof data.month === 'string' ? { month: data.month } : {}),
    });
  }

  private async run(job: Job, handlers: AnyHandlers): Promise<void> {
    const handler = handlers[job.name];
    if (!handler) throw new UnrecoverableError(`no handler for job ${job.name}`);
    const log = this.jobLog(job);
    const started = performance.now();
    log.info({ attempt: job.attemptsMade + 1 }, 'job started');
    try {
      await handler(job.data as never, { now: this.clock.now(), attempt: job.attemptsMade + 1 });
      log.info({ ms: Math.round(performance.now() - started) }, 'job done');
    } catch (e) {
      // A malformed payload stays malformed: fail the job now rather than retry it with backoff.
      if (e instanceof DomainError && e.code.startsWith('REQUEST.')) throw new UnrecoverableError(e.message);
      throw e;
    }
  }

  /** Stops taking jobs, lets running ones finish, then closes the connections. */
  async onApplicationShutdown(): Promise<void> {
    this.timers.forEach(clearInterval);
    await Promise.all(this.busy);
    await this.worker?.close();
    await this.queue?.close();
  }
}
