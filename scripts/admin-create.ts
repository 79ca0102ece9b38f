import 'reflect-metadata';
import { loadConfig } from '@app/config';
import { createAdmin, parseAdminArgs, readPassword } from './ops/accounts.js';

/** npm run admin:create -- --username <name> — see the README's Signing in section. */
async function main(): Promise<void> {
  const config = loadConfig();
  const input = parseAdminArgs(process.argv.slice(2));
  const password = await readPassword(process.env, process.stdin, process.stderr);
  const user = await createAdmin(config, input, password, (line) => console.error(line));
  console.log(`管理员 ${user.username} 已创建（${user.id}）`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
