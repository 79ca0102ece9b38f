import 'reflect-metadata';
import { loadConfig } from '@app/config';
import { Logger } from '@nestjs/common';
import { startWorker } from './start-worker.js';

async function main(): Promise<void> {
  const log = new Logger('worker');
  const worker = await startWorker(loadConfig(), { log: (line) => log.log(line) });
  log.log('worker running');
  const stop = async () => {
    log.log('stopping: finishing running jobs');
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
