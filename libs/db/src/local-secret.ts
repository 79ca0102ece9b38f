import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** A secret generated on first use and kept in `path`, readable by its owner only. */
export async function localSecret(path: string): Promise<string> {
  if (existsSync(path)) return (await readFile(path, 'utf8')).trim();
  await mkdir(dirname(path), { recursive: true });
  const secret = randomBytes(24).toString('base64url');
  await writeFile(path, secret + '\n', { mode: 0o600 });
  return secret;
}
