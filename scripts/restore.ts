import 'reflect-metadata';
import { loadConfig } from '@app/config';
import { restore } from './ops/backup.js';

/** npm run restore -- <backup folder> [--force] — see the README's Operations section. */
const args = process.argv.slice(2);
const from = args.find((a) => !a.startsWith('--'));
if (!from || args.some((a) => a.startsWith('--') && a !== '--force')) {
  console.error('usage: npm run restore -- <backup folder> [--force]');
  process.exit(2);
}
restore(loadConfig(), from, { force: args.includes('--force'), log: (line) => console.log(line) }).then(
  () => console.log('restored'),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
