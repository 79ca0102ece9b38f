import 'reflect-metadata';
import { loadConfig } from '@app/config';
import { demoPasswordsText } from './ops/accounts.js';

/** npm run demo:passwords — the demo users' passwords again, as `npm start` printed them. */
demoPasswordsText(loadConfig()).then(
  (text) => console.log(text),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
