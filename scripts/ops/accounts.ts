import type { Readable, Writable } from 'node:stream';
import type { AppConfig } from '@app/config';
import { migrate } from '@app/db';
import { DomainError, USERNAME_PATTERN, type FieldError } from '@app/domain';
import { AdminService, createLogger, demoPasswords, describeDemoUsers, openDatabase, WorkflowModule } from '@app/workflow';
import { NestFactory } from '@nestjs/core';
import type { DataSource } from 'typeorm';

/** A refusal to tell the person at the terminal, in their language. */
export class AccountCommandError extends Error {}

async function withDatabase<T>(config: AppConfig, log: (line: string) => void, work: (db: DataSource) => Promise<T>): Promise<T> {
  const db = await openDatabase({ ...config, DB_POOL_SIZE: 2 }, log);
  try {
    return await work(db.dataSource);
  } finally {
    await db.close();
  }
}

export interface NewAdmin {
  username: string;
  displayName?: string;
}

/**
 * The first admin of an installation (or another one): migrates the database if no start has yet,
 * then creates the user through the same service as POST /users, under the same password policy.
 * Refuses a username that exists rather than touch that account.
 */
export async function createAdmin(config: AppConfig, input: NewAdmin, password: string, log: (line: string) => void = () => {}) {
  if (!USERNAME_PATTERN.test(input.username)) {
    throw new AccountCommandError('用户名须为 3 到 50 个字母、数字、点、短横线或下划线');
  }
  return withDatabase(config, log, async (db) => {
    await migrate(db);
    // The same services as the API, wired the same way, so the command takes no shortcut past them.
    const app = await NestFactory.createApplicationContext(
      WorkflowModule.forRoot({ config, dataSource: db, log: createLogger('silent') }),
      { logger: false },
    );
    try {
      return await app.get(AdminService).createUser(null, {
        username: input.username,
        displayName: input.displayName ?? input.username,
        role: 'ADMIN',
        password,
      });
    } catch (e) {
      if (e instanceof DomainError && e.code === 'RESOURCE.TAKEN')
        throw new AccountCommandError(`用户名 ${input.username} 已存在，未做任何修改`);
      if (e instanceof DomainError && e.code === 'DOMAIN.INVALID') {
        const errors = (e.details.errors ?? []) as FieldError[];
        throw new AccountCommandError(`密码不符合要求：${errors.map((f) => f.message).join('；')}`);
      }
      throw e;
    } finally {
      await app.close();
    }
  });
}

/** `--username wang.admin --display-name 王主任` (or `--username=…`). */
export function parseAdminArgs(args: string[]): NewAdmin {
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    if (flag !== '--username' && flag !== '--display-name') throw new AccountCommandError(`不认识的参数 ${flag}`);
    const value = inline ?? args[++i];
    if (value === undefined) throw new AccountCommandError(`${flag} 缺少取值`);
    values.set(flag, value);
  }
  const username = values.get('--username');
  if (!username) throw new AccountCommandError('用法：npm run admin:create -- --username <用户名> [--display-name <姓名>]');
  return { username, displayName: values.get('--display-name') };
}

type Input = Readable & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };

/** One line typed at a terminal, not echoed. */
function typedUnseen(input: Input, output: Writable, prompt: string): Promise<string> {
  output.write(prompt);
  input.setRawMode?.(true);
  input.resume();
  return new Promise((done, fail) => {
    let typed = '';
    const finish = (error?: Error) => {
      input.off('data', onData);
      input.setRawMode?.(false);
      input.pause();
      output.write('\n');
      if (error) fail(error);
      else done(typed);
    };
    const onData = (chunk: Buffer | string) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return finish();
        if (ch === '\u0003' || ch === '\u0004') return finish(new AccountCommandError('已取消'));
        if (ch === '\u007f' || ch === '\b') typed = [...typed].slice(0, -1).join('');
        else typed += ch;
      }
    };
    input.on('data', onData);
  });
}

/**
 * The new admin's password, never echoed nor taken from the command line (where `ps` and the shell
 * history would keep it): ADMIN_PASSWORD if set, else typed twice at a terminal, else the whole of
 * a piped stdin (one trailing newline dropped).
 */
export async function readPassword(env: Record<string, string | undefined>, input: Input, output: Writable): Promise<string> {
  if (env.ADMIN_PASSWORD !== undefined) return env.ADMIN_PASSWORD;
  if (input.isTTY) {
    const first = await typedUnseen(input, output, '新管理员的密码（输入时不显示）：');
    const again = await typedUnseen(input, output, '再输入一次：');
    if (first !== again) throw new AccountCommandError('两次输入的密码不一致，未做任何修改');
    return first;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** What `npm run demo:passwords` prints: the demo passwords kept at the first start that still work. */
export async function demoPasswordsText(config: AppConfig, log: (line: string) => void = () => {}): Promise<string> {
  return withDatabase(config, log, async (db) => describeDemoUsers(await demoPasswords(db, config.DATA_DIR), config.PORT));
}
