import 'reflect-metadata';
import { loadConfig } from '@app/config';
import { createLogger } from '@app/workflow';
import { startWorker } from './start-worker.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const worker = await startWorker(config, { log });
  log.info('worker running');
  // Started by `npm start`, which prints the demo's passwords last, once the worker has caught up.
  if (process.send) void worker.runner.settled().then(() => process.send!('settled'));
  const stop = async () => {
    log.info('stopping: finishing running jobs');
    await worker.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
