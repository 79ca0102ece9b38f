import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { CLIENT_SCHEMA_FILE, clientTypes } from './client-types.js';

/**
 * Regenerates the console's client types from a started API's /docs-json: the one at API_URL, or
 * else the built API started here for the purpose (its usual database, no demo, no worker).
 */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function documentFrom(url: string, deadline: number): Promise<unknown> {
  for (;;) {
    try {
      const res = await fetch(`${url}/docs-json`);
      if (res.ok) return res.json();
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`no OpenAPI document at ${url}/docs-json`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function main(): Promise<void> {
  let url = process.env.API_URL;
  let api: ReturnType<typeof fork> | undefined;
  if (!url) {
    const port = await freePort();
    api = fork(fileURLToPath(new URL('../apps/api/src/main.js', import.meta.url)), {
      env: { ...process.env, PORT: String(port), SEED_DEMO: 'false', START_WORKER: 'false' },
      stdio: 'ignore',
    });
    url = `http://127.0.0.1:${port}`;
  }
  try {
    writeFileSync(CLIENT_SCHEMA_FILE, await clientTypes(await documentFrom(url, Date.now() + 60_000)));
    console.log(`${CLIENT_SCHEMA_FILE} written from ${url}/docs-json`);
  } finally {
    api?.kill('SIGTERM');
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
