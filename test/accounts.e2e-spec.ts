import { randomUUID } from 'node:crypto';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { loadConfig, type AppConfig } from '@app/config';
import { demoPasswords, describeDemoUsers, keepDemoPasswords, type DemoCredentials } from '@app/workflow';
import { createAdmin, demoPasswordsText, parseAdminArgs, readPassword } from '../scripts/ops/accounts.js';
import { districtWithCompound } from './support/fixtures.js';
import { expectProblem } from './support/problem.js';
import { startApi, TEST_PASSWORD, type TestApi } from './support/api.js';

type User = Awaited<ReturnType<TestApi['user']>>;

const NEW_PASSWORD = 'a brand new passphrase 2026';

/** Each rule of the policy, a password that breaks only it (for the username `pw-<n>`), and its message. */
const WEAK: [string, (username: string) => string, string][] = [
  ['TOO_SHORT', () => 'k7#mQ2vLp9x', '密码至少需要 12 个字符'],
  ['BLANK', () => ' '.repeat(12), '密码不能全部是空格或空白字符'],
  ['CONTAINS_USERNAME', (username) => `${username.toUpperCase()}-spring-2026`, '密码不能包含用户名'],
  ['COMMON', () => 'woaini5201314', '密码过于常见，容易被猜中，请换一个'],
];

describe('accounts: the password policy, changing a password, the account commands', () => {
  let api: TestApi;
  let admin: User;
  let n = 0;

  const login = (username: string, password: string) => api.http.post('/auth/login').send({ username, password });
  const auditCount = async () => (await api.db.query('SELECT count(*)::int AS n FROM audit_log'))[0].n as number;
  const hashOf = async (id: string) =>
    (await api.db.query('SELECT password_hash FROM users WHERE id = $1', [id]))[0].password_hash as string;
  const expectPolicy = (res: Awaited<ReturnType<typeof login>>, field: string, code: string, message: string) => {
    expectProblem(res, 422, 'DOMAIN.INVALID');
    expect(res.body.errors).toEqual([{ field, code, message }]);
  };

  beforeAll(async () => {
    api = await startApi({ LOGIN_MAX_ATTEMPTS: '3' });
    admin = await api.user('ADMIN');
  });
  afterAll(() => api.close());

  describe.each(WEAK)('a password refused as %s', (code, password, message) => {
    it('when an admin creates a user: 422 naming the rule, and no user', async () => {
      const username = `pw-${++n}`;
      const before = await auditCount();
      const res = await api.http
        .post('/users')
        .set(admin.auth)
        .send({ username, displayName: username, role: 'ADMIN', password: password(username) });
      expectPolicy(res, 'password', code, message);
      expect(await api.db.query('SELECT id FROM users WHERE username = $1', [username])).toEqual([]);
      expect(await auditCount()).toBe(before);
    });

    it("when an admin resets a user's password: 422, and the old password still works", async () => {
      const username = `pw-${++n}`;
      const user = await api.user('ADMIN', {}, username);
      const hash = await hashOf(user.id);
      expectPolicy(
        await api.http
          .put(`/users/${user.id}/password`)
          .set(admin.auth)
          .send({ password: password(username) }),
        'password',
        code,
        message,
      );
      expect(await hashOf(user.id)).toBe(hash);
      await api.http.get('/me').set(user.auth).expect(200);
    });

    it('when a user changes their own: 422 on newPassword, and nothing changed', async () => {
      const username = `pw-${++n}`;
      const user = await api.user('ADMIN', {}, username);
      const before = await auditCount();
      const res = await api.http
        .put('/me/password')
        .set(user.auth)
        .send({ currentPassword: TEST_PASSWORD, newPassword: password(username) });
      expectPolicy(res, 'newPassword', code, message);
      expect(await auditCount()).toBe(before);
      await api.http.get('/me').set(user.auth).expect(200);
    });

    it('when admin:create creates the first admin: refused in Chinese, and no user', async () => {
      const username = `pw-${++n}`;
      await expect(createAdmin(scriptConfig(), { username }, password(username))).rejects.toThrow(`密码不符合要求：${message}`);
      expect(await api.db.query('SELECT id FROM users WHERE username = $1', [username])).toEqual([]);
    });
  });

  it('a password one character over the minimum-length edge is accepted, exactly at it too', async () => {
    for (const password of ['k7#mQ2vLp9xZ', 'k7#mQ2vLp9xZ!']) {
      const username = `pw-${++n}`;
      await api.http.post('/users').set(admin.auth).send({ username, displayName: username, role: 'ADMIN', password }).expect(201);
      await login(username, password).expect(200);
    }
  });

  describe('a user changes their own password', () => {
    it('given the current one: a new token, every earlier token refused, the new password signs in, and it is audited', async () => {
      const user = await api.user('ADMIN', {}, 'self-changer');
      const other = await login('self-changer', TEST_PASSWORD).expect(200);
      const res = await api.http
        .put('/me/password')
        .set(user.auth)
        .send({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD })
        .expect(200);
      expect(res.body).toMatchObject({ tokenType: 'Bearer', role: 'ADMIN', accessToken: expect.any(String) });

      expectProblem(await api.http.get('/me').set(user.auth), 401, 'AUTH.UNAUTHENTICATED');
      expectProblem(await api.http.get('/me').set({ Authorization: `Bearer ${other.body.accessToken}` }), 401, 'AUTH.UNAUTHENTICATED');
      await api.http
        .get('/me')
        .set({ Authorization: `Bearer ${res.body.accessToken}` })
        .expect(200);

      expectProblem(await login('self-changer', TEST_PASSWORD), 401, 'AUTH.INVALID_CREDENTIALS');
      await login('self-changer', NEW_PASSWORD).expect(200);

      const audit = await api.db.query(
        'SELECT actor_id, action, detail FROM audit_log WHERE subject_type = $1 AND subject_id = $2 ORDER BY id',
        ['user', user.id],
      );
      expect(audit.at(-1)).toEqual({ actor_id: user.id, action: 'user.password-changed', detail: {} });
      expect(JSON.stringify(audit)).not.toContain(NEW_PASSWORD);
    });

    it('with a wrong current password: 422 on currentPassword, nothing changed; past the login limit, 429', async () => {
      const user = await api.user('ADMIN', {}, 'self-guesser');
      const hash = await hashOf(user.id);
      for (let i = 0; i < 3; i++) {
        const res = await api.http
          .put('/me/password')
          .set(user.auth)
          .send({ currentPassword: `guess number ${i}`, newPassword: NEW_PASSWORD });
        expectPolicy(res, 'currentPassword', 'WRONG', '当前密码不正确');
      }
      // A stolen token buys no more guesses at the password than the login allows.
      const refused = await api.http.put('/me/password').set(user.auth).send({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
      expectProblem(refused, 429, 'AUTH.RATE_LIMITED');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(await hashOf(user.id)).toBe(hash);
      await api.http.get('/me').set(user.auth).expect(200);
    });
  });

  it("an admin's reset retires the user's tokens and is audited; only an admin may reset", async () => {
    const user = await api.user('ADMIN', {}, 'reset-me');
    const bystander = await api.user('ADMIN', {}, 'reset-other');
    const res = await api.http.put(`/users/${user.id}/password`).set(admin.auth).send({ password: NEW_PASSWORD }).expect(200);
    expect(res.body).toMatchObject({ id: user.id, username: 'reset-me' });
    expect(JSON.stringify(res.body)).not.toMatch(/password|scrypt|tokenVersion/i);

    expectProblem(await api.http.get('/me').set(user.auth), 401, 'AUTH.UNAUTHENTICATED');
    await login('reset-me', NEW_PASSWORD).expect(200);
    await api.http.get('/me').set(bystander.auth).expect(200);

    const [entry] = await api.db.query("SELECT actor_id, detail FROM audit_log WHERE action = 'user.password-reset' AND subject_id = $1", [
      user.id,
    ]);
    expect(entry).toEqual({ actor_id: admin.id, detail: {} });

    const place = await districtWithCompound(api, 'accounts');
    const pm = await api.user('DISTRICT_PM', { districtIds: [place.districtId] });
    expectProblem(
      await api.http.put(`/users/${bystander.id}/password`).set(pm.auth).send({ password: NEW_PASSWORD }),
      403,
      'ACCESS.FORBIDDEN',
    );
    expectProblem(
      await api.http.put(`/users/${randomUUID()}/password`).set(admin.auth).send({ password: NEW_PASSWORD }),
      404,
      'RESOURCE.NOT_FOUND',
    );
  });

  let dataDir: string;
  const scriptConfig = (): AppConfig => loadConfig({ NODE_ENV: 'test', DATABASE_URL: api.database.url, DATA_DIR: dataDir });
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'accounts-'));
  });

  describe('npm run admin:create', () => {
    it('creates an admin who can sign in, audited without an actor', async () => {
      const user = await createAdmin(scriptConfig(), { username: 'first.admin', displayName: '王主任' }, NEW_PASSWORD);
      expect(user).toMatchObject({ username: 'first.admin', displayName: '王主任', role: 'ADMIN', active: true });
      const res = await login('first.admin', NEW_PASSWORD).expect(200);
      expect(res.body.role).toBe('ADMIN');
      const [entry] = await api.db.query("SELECT actor_id FROM audit_log WHERE action = 'user.created' AND subject_id = $1", [user.id]);
      expect(entry).toEqual({ actor_id: null });
    });

    it('refuses a username that exists, and leaves that account as it was', async () => {
      const existing = await api.user('ADMIN', {}, 'taken.admin');
      const hash = await hashOf(existing.id);
      await expect(createAdmin(scriptConfig(), { username: 'taken.admin' }, NEW_PASSWORD)).rejects.toThrow(
        '用户名 taken.admin 已存在，未做任何修改',
      );
      expect(await hashOf(existing.id)).toBe(hash);
      expect(await api.db.query("SELECT count(*)::int AS n FROM users WHERE username = 'taken.admin'")).toEqual([{ n: 1 }]);
    });

    it('refuses a username the API would refuse', async () => {
      await expect(createAdmin(scriptConfig(), { username: 'a b' }, NEW_PASSWORD)).rejects.toThrow('用户名须为 3 到 50 个字母');
    });

    it('takes the username from its arguments and nothing else', () => {
      expect(parseAdminArgs(['--username', 'wang', '--display-name', '王主任'])).toEqual({ username: 'wang', displayName: '王主任' });
      expect(parseAdminArgs(['--username=wang'])).toEqual({ username: 'wang', displayName: undefined });
      expect(() => parseAdminArgs([])).toThrow('用法：npm run admin:create');
      expect(() => parseAdminArgs(['--username'])).toThrow('--username 缺少取值');
      expect(() => parseAdminArgs(['--username', 'wang', '--password', 'x'])).toThrow('不认识的参数 --password');
    });

    it('reads the password from ADMIN_PASSWORD, else the whole of a piped stdin', async () => {
      const out = new PassThrough();
      expect(await readPassword({ ADMIN_PASSWORD: 'from the environment' }, new PassThrough(), out)).toBe('from the environment');
      const piped = new PassThrough();
      piped.end(' spaces kept, one newline dropped \n');
      expect(await readPassword({}, piped, out)).toBe(' spaces kept, one newline dropped ');
    });

    it('at a terminal, asks twice without echoing, and refuses two different answers', async () => {
      const terminal = () => {
        const input = Object.assign(new PassThrough(), {
          isTTY: true,
          raw: [] as boolean[],
          setRawMode: (raw: boolean) => input.raw.push(raw),
        });
        const output = new PassThrough();
        const shown: string[] = [];
        output.on('data', (c: Buffer) => shown.push(c.toString()));
        return { input, output, shown };
      };
      const ok = terminal();
      const asked = readPassword({}, ok.input, ok.output);
      ok.input.write('secret pass');
      ok.input.write('x\u007f phrase\r');
      await new Promise((r) => setImmediate(r));
      ok.input.write('secret pass phrase\r');
      expect(await asked).toBe('secret pass phrase');
      expect(ok.shown.join('')).not.toContain('secret');
      expect(ok.input.raw).toEqual([true, false, true, false]);

      const typo = terminal();
      const refused = readPassword({}, typo.input, typo.output);
      typo.input.write('secret pass phrase\r');
      await new Promise((r) => setImmediate(r));
      typo.input.write('secret pass phrasf\r');
      await expect(refused).rejects.toThrow('两次输入的密码不一致');
    });
  });

  describe('npm run demo:passwords', () => {
    it('prints the kept demo passwords that still open their account, from a file only its owner reads', async () => {
      const kept: DemoCredentials[] = [];
      for (const [username, role] of [
        ['kept-admin', 'ADMIN'],
        ['kept-changer', 'ADMIN'],
        ['kept-leaver', 'ADMIN'],
      ] as const) {
        await api.user(role, {}, username);
        kept.push({ username, role, password: TEST_PASSWORD });
      }
      keepDemoPasswords(dataDir, kept);
      expect(statSync(join(dataDir, 'demo-passwords.json')).mode & 0o777).toBe(0o600);
      expect(await demoPasswords(api.db, dataDir)).toEqual(kept);

      const changer = await login('kept-changer', TEST_PASSWORD).expect(200);
      await api.http
        .put('/me/password')
        .set({ Authorization: `Bearer ${changer.body.accessToken}` })
        .send({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD })
        .expect(200);
      await api.db.query("UPDATE users SET active = false WHERE username = 'kept-leaver'");

      const text = await demoPasswordsText(scriptConfig());
      expect(text).toBe(describeDemoUsers([kept[0]!], api.config.PORT));
      expect(text).toContain(`kept-admin       ${TEST_PASSWORD}`);
      expect(text).not.toContain('kept-changer');
      expect(text).not.toContain('kept-leaver');
    });

    it('says so when no demo was seeded from this data directory', async () => {
      const empty = mkdtempSync(join(tmpdir(), 'accounts-empty-'));
      expect(await demoPasswordsText({ ...scriptConfig(), DATA_DIR: empty })).toMatch(/^No demo passwords are kept here/);
    });
  });
});
