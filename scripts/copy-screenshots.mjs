// Copies the screenshots the browser tests took (test-results/screenshots, not kept by git) to
// docs/screenshots, where the README shows them. Run after npm run test:browser.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const from = join(root, 'test-results/screenshots');
const to = join(root, 'docs/screenshots');
if (!existsSync(from)) {
  console.error(`no screenshots in ${from}: run npm run test:browser first`);
  process.exit(1);
}
mkdirSync(to, { recursive: true });
const files = readdirSync(from).filter((f) => f.endsWith('.png'));
for (const file of files) copyFileSync(join(from, file), join(to, file));
console.log(`${files.length} screenshots copied to docs/screenshots`);
