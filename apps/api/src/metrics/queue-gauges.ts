import { AppConfig } from '@app/config';
import { QUEUE_NAME, redisConnection } from '@app/jobs';
import { Metrics } from '@app/workflow';
import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Gauge } from 'prom-client';

const STATES = ['waiting', 'delayed', 'active', 'failed'] as const;

/**
 * The job queue as a scrape reads it. While Redis is down the gauge has no samples rather than
 * stale ones: an absent series is what an alert on "queue unknown" looks for.
 */
@Injectable()
export class QueueGauges implements OnApplicationShutdown {
  private readonly queue: Queue;

  constructor(config: AppConfig, metrics: Metrics) {
    this.queue = new Queue(QUEUE_NAME, {
      // Fails a count at once while Redis is down instead of holding the scrape.
      connection: { ...redisConnection(config.REDIS_URL), enableOfflineQueue: false, maxRetriesPerRequest: 0, connectTimeout: 2000 },
      prefix: config.REDIS_PREFIX,
    });
    this.queue.on('error', () => undefined);
    const queue = this.queue;
    new Gauge({
      name: 'renovation_queue_jobs',
      help: 'Jobs in the queue by state: waiting to run, delayed until their time, running, failed after their last attempt',
      labelNames: ['state'] as const,
      registers: [metrics.registry],
      async collect() {
        this.reset();
        const counts = await queue.getJobCounts(...STATES).catch(() => null);
        if (counts) for (const state of STATES) this.set({ state }, counts[state] ?? 0);
      },
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}
