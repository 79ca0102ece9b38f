import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DataSource } from 'typeorm';
import type { DemoCredentials } from './demo-seeder.js';
import { verifyPassword } from './passwords.js';

const FILE = 'demo-passwords.json';

/**
 * Kept beside the generated JWT secret, readable by its owner only: the demo runs on the machine of
 * the person who started it, and they need the passwords again after the first start's output is gone.
 */
export function keepDemoPasswords(dataDir: string, credentials: DemoCredentials[]): void {
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(resolve(dataDir, FILE), JSON.stringify(credentials, null, 2) + '\n', { mode: 0o600 });
}

/**
 * The kept demo passwords that still open their account: one changed since (or an account gone or
 * deactivated) is left out. Null when none were kept here.
 */
export async function demoPasswords(db: DataSource, dataDir: string): Promise<DemoCredentials[] | null> {
  const file = resolve(dataDir, FILE);
  if (!existsSync(file)) return null;
  const kept = JSON.parse(readFileSync(file, 'utf8')) as DemoCredentials[];
  const hashes: { username: string; password_hash: string }[] = await db.query(
    'SELECT username, password_hash FROM users WHERE username = ANY($1) AND active',
    [kept.map((c) => c.username)],
  );
  const hashOf = new Map(hashes.map((h) => [h.username, h.password_hash]));
  const valid: DemoCredentials[] = [];
  for (const c of kept) {
    const hash = hashOf.get(c.username);
    if (hash && (await verifyPassword(c.password, hash))) valid.push(c);
  }
  return valid;
}

/** What `npm start` prints last and `npm run demo:passwords` prints again. */
export function describeDemoUsers(credentials: DemoCredentials[] | null, port: number): string {
  if (credentials === null)
    return 'No demo passwords are kept here (the demo was seeded before they were kept, or from another data directory).';
  if (!credentials.length) return 'Every demo user has a new password (or is gone): the kept ones no longer open any account.';
  const lines = credentials.map((c) => `  ${c.role.padEnd(20)} ${c.username.padEnd(16)} ${c.password}`);
  return [`Demo users (sign in at http://127.0.0.1:${port}/; shown again by \`npm run demo:passwords\`):`, ...lines].join('\n');
}
