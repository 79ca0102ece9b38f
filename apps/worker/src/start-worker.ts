import type { AppConfig } from '@app/config';
import { redisConnection } from '@app/jobs';
import { createLogger, NestLogBridge, openApplicationDatabase, type Clock, type Log } from '@app/workflow';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Redis } from 'ioredis';
import { JobRunner, type RunnerOptions } from './job-runner.js';
import { WorkerModule } from './worker.module.js';

export interface RunningWorker {
  app: INestApplicationContext;
  runner: JobRunner;
  close(): Promise<void>;
}

/** Jobs live in Redis: without it the worker has nothing to do and says so instead of idling. */
async function assertRedis(url: string): Promise<void> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 2000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
  } catch {
    throw new Error(`worker cannot start: Redis at ${new URL(url).host} is not reachable`);
  } finally {
    client.disconnect();
  }
}

export async function startWorker(
  config: AppConfig,
  options: { clock?: Clock; runner?: Omit<RunnerOptions, 'connection'>; log?: Log } = {},
): Promise<RunningWorker> {
  const log = options.log ?? createLogger(config.LOG_LEVEL);
  await assertRedis(config.REDIS_URL);
  const db = await openApplicationDatabase(config, (line) => log.info(line));
  const app = await NestFactory.createApplicationContext(
    WorkerModule.forRoot({ config, dataSource: db.dataSource, clock: options.clock, log }),
    { logger: new NestLogBridge(log) },
  );
  const runner = app.get(JobRunner);
  try {
    await runner.start({ connection: redisConnection(config.REDIS_URL), ...options.runner });
  } catch (e) {
    await app.close();
    await db.close();
    throw e;
  }
  return {
    app,
    runner,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}
