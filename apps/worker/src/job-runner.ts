import { assertEveryJobHandled, QUEUE_NAME, relayOutbox, type JobHandlers } from '@app/jobs';
import { Clock } from '@app/workflow';
import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Queue, UnrecoverableError, Worker, type ConnectionOptions, type Job } from 'bullmq';
import { DataSource } from 'typeorm';

/** What a handler gets besides its payload. */
export interface JobContext {
  now: Date;
  attempt: number;
}

/** Every job the product runs, by name; the type makes a missing handler a compile error. */
export const JOB_HANDLERS: JobHandlers<JobContext> = {};

export interface RunnerOptions {
  connection: ConnectionOptions;
  /** Key prefix in Redis; tests use their own. */
  prefix?: string;
  concurrency?: number;
  /** 0 turns the periodic relay off; tests then call relayOnce themselves. */
  relayIntervalMs?: number;
}

/** Owns the queue: relays the outbox into it and runs its jobs. */
@Injectable()
export class JobRunner implements OnApplicationShutdown {
  private readonly log = new Logger('worker');
  private queue?: Queue;
  private worker?: Worker;
  private relayTimer?: NodeJS.Timeout;
  private relaying?: Promise<unknown>;

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async start(
    options: RunnerOptions,
    handlers: Record<string, (payload: never, context: JobContext) => Promise<void>> = JOB_HANDLERS,
  ): Promise<void> {
    const pending: { job_name: string }[] = await this.db.query('SELECT DISTINCT job_name FROM outbox WHERE dispatched_at IS NULL');
    assertEveryJobHandled([...Object.keys(JOB_HANDLERS), ...pending.map((r) => r.job_name)], handlers);
    const common = { connection: options.connection, prefix: options.prefix };
    this.queue = new Queue(QUEUE_NAME, {
      ...common,
      defaultJobOptions: { attempts: 5, backoff: { type: 'exponential', delay: 5000 }, removeOnComplete: { age: 7 * 24 * 3600 } },
    });
    this.worker = new Worker(QUEUE_NAME, (job: Job) => this.run(job, handlers), {
      ...common,
      concurrency: options.concurrency ?? 4,
      autorun: true,
    });
    this.worker.on('failed', (job, err) => this.log.warn(`job ${job?.id} (${job?.name}) failed: ${err.message}`));
    const every = options.relayIntervalMs ?? 1000;
    if (every > 0) {
      this.relayTimer = setInterval(() => {
        this.relaying ??= this.relayOnce().finally(() => (this.relaying = undefined));
      }, every);
    }
  }

  /** Moves committed outbox rows into the queue now. */
  relayOnce(): Promise<number> {
    if (!this.queue) throw new Error('job runner not started');
    return relayOutbox(this.db, this.queue, this.clock.now()).catch((e: Error) => {
      this.log.warn(`outbox relay failed, will retry: ${e.message}`);
      return 0;
    });
  }

  private async run(job: Job, handlers: Record<string, (payload: never, context: JobContext) => Promise<void>>): Promise<void> {
    const handler = handlers[job.name];
    if (!handler) throw new UnrecoverableError(`no handler for job ${job.name}`);
    await handler(job.data as never, { now: this.clock.now(), attempt: job.attemptsMade + 1 });
  }

  /** Stops taking jobs, lets running ones finish, then closes the connections. */
  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.relayTimer);
    await this.relaying;
    await this.worker?.close();
    await this.queue?.close();
  }
}
