import 'reflect-metadata';
import { loadConfig } from '@app/config';
import { backup } from './ops/backup.js';

/** npm run backup — see the README's Operations section. */
backup(loadConfig(), (line) => console.log(line)).then(
  ({ dir, manifest }) =>
    console.log(`backup written to ${dir} (${manifest.files.length} files, checksums in manifest.json and SHA256SUMS)`),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
