// Builds the server and the console only when their sources changed since the last build: a hash
// of the sources is compared with the stamp that build wrote. Plain JavaScript, since it runs
// before anything is compiled (npm install, npm start, the browser tests).
import { createHash } from 'node:crypto';
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SHARED = ['package-lock.json', 'tsconfig.json'];
const TARGETS = {
  server: {
    inputs: ['apps', 'libs', 'scripts', 'tsconfig.build.json', ...SHARED],
    skip: ['apps/console'],
    output: 'dist/apps/api/src/main.js',
    command: 'npm run build:server',
  },
  console: {
    inputs: ['apps/console', 'libs/domain/src', ...SHARED],
    skip: [],
    output: 'dist/console/index.html',
    command: 'npm run build:console',
    // A production install (--omit=dev) has no Vite: it serves the console built before.
    needs: 'node_modules/vite/package.json',
  },
};

function files(path, skip) {
  const full = join(root, path);
  if (!existsSync(full) || skip.includes(path)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full)
    .filter((name) => name !== 'node_modules' && !name.endsWith('.spec.ts'))
    .flatMap((name) => files(join(path, name), skip));
}

function sourceHash(target) {
  const hash = createHash('sha256');
  for (const file of target.inputs.flatMap((p) => files(p, target.skip)).sort()) {
    hash.update(relative(root, join(root, file)) + '\0').update(readFileSync(join(root, file))).update('\0');
  }
  return hash.digest('hex');
}

const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(TARGETS);
for (const name of wanted) {
  const target = TARGETS[name];
  if (!target) throw new Error(`unknown build target ${name}; known: ${Object.keys(TARGETS).join(', ')}`);
  // npm install before the sources are copied in (a container build) has nothing to build yet.
  if (!existsSync(join(root, target.inputs[0]))) continue;
  if (target.needs && !existsSync(join(root, target.needs))) {
    console.log(`build ${name}: skipped, ${target.needs} is not installed`);
    continue;
  }
  const stamp = join(root, 'dist', '.stamps', `${name}.sha256`);
  const hash = sourceHash(target);
  if (existsSync(join(root, target.output)) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) continue;
  console.log(`build ${name}: sources changed, running ${target.command}`);
  execSync(target.command, { cwd: root, stdio: 'inherit' });
  mkdirSync(join(root, 'dist', '.stamps'), { recursive: true });
  writeFileSync(stamp, hash);
}
