import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('gives working defaults for a machine with nothing set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, REDIS_URL: 'redis://127.0.0.1:6379', NODE_ENV: 'development', SEED_DEMO: true });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('converts numbers and booleans from their text', () => {
    expect(loadConfig({ PORT: '8080', SEED_DEMO: 'false' })).toMatchObject({ PORT: 8080, SEED_DEMO: false });
  });

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must be a postgres:\/\/ URL/],
    [{ REDIS_URL: 'localhost:6379' }, /REDIS_URL must be a redis:\/\/ URL/],
    [{ JWT_SECRET: 'short' }, /JWT_SECRET must be at least 32 characters/],
    [{ DATABASE_APP_USER: 'Robert"; DROP' }, /DATABASE_APP_USER must be a lower-case PostgreSQL role name/],
    [{ DATABASE_APP_PASSWORD: 'short' }, /DATABASE_APP_PASSWORD must be at least 16 characters/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV/],
    [{ SEED_DEMO: 'maybe' }, /SEED_DEMO/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of fatal, error/],
    [{ METRICS_ALLOW: '10.0.0.0/33' }, /METRICS_ALLOW must be a comma-separated list/],
    [{ METRICS_ALLOW: '10.0.0.0/8, example.org' }, /METRICS_ALLOW/],
    [{ TRUST_PROXY: '1' }, /TRUST_PROXY must be a comma-separated list of addresses or CIDRs/],
    [{ TRUST_PROXY: 'loopback' }, /TRUST_PROXY/],
    [{ RATE_LIMIT_USER_WRITES: '0' }, /RATE_LIMIT_USER_WRITES/],
    [{ RATE_LIMIT_ADDRESS_WINDOW_SECONDS: '1.5' }, /RATE_LIMIT_ADDRESS_WINDOW_SECONDS/],
    [{ REDIS_PREFIX: 'a:b' }, /REDIS_PREFIX/],
    [{ DOCS_ENABLED: 'perhaps' }, /DOCS_ENABLED/],
  ])('refuses %j with one line naming it', (env, pattern) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (e) {
      expect((e as Error).message).toMatch(pattern);
      expect((e as Error).message).not.toContain('\n');
    }
  });

  it('takes address lists of IPv4 and IPv6 CIDRs and bare addresses', () => {
    expect(loadConfig({ METRICS_ALLOW: '10.0.0.0/8, 192.168.1.7,::1, fd00::/8' }).METRICS_ALLOW).toBe(
      '10.0.0.0/8, 192.168.1.7,::1, fd00::/8',
    );
    expect(loadConfig({}).METRICS_ALLOW).toBe('');
  });

  it('trusts no proxy unless told which', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe('');
    expect(loadConfig({ TRUST_PROXY: '10.0.0.2, fd00::/8' }).TRUST_PROXY).toBe('10.0.0.2, fd00::/8');
  });

  it('keeps the log quiet under test unless a level is asked for', () => {
    expect(loadConfig({}).LOG_LEVEL).toBe('info');
    expect(loadConfig({ NODE_ENV: 'test' }).LOG_LEVEL).toBe('silent');
    expect(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'debug' }).LOG_LEVEL).toBe('debug');
  });

  it('lists every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', REDIS_URL: 'y' })).toThrow(/PORT.*; REDIS_URL|REDIS_URL.*; .*PORT/);
  });

  it('never echoes a secret or a URL that may hold a password', () => {
    expect(() => loadConfig({ JWT_SECRET: 'hunter2' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('hunter2') }),
    );
    expect(() => loadConfig({ DATABASE_APP_PASSWORD: 'hunter2' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('hunter2') }),
    );
    expect(() => loadConfig({ DATABASE_URL: 'mysql://u:pw@h/db' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('pw@h') }),
    );
  });

  it("requires a JWT secret, a database and the application login's password in production, and keeps the demo off there", () => {
    const appPassword = { DATABASE_APP_PASSWORD: 'p'.repeat(16) };
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://h/db', ...appPassword })).toThrow(
      /JWT_SECRET must be set in production/,
    );
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), ...appPassword })).toThrow(
      /DATABASE_URL must be set in production/,
    );
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), DATABASE_URL: 'postgres://h/db' })).toThrow(
      /DATABASE_APP_PASSWORD must be set in production/,
    );
    const production = loadConfig({
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(32),
      DATABASE_URL: 'postgres://h/db',
      ...appPassword,
      START_WORKER: 'true',
    });
    expect(production).toMatchObject({ SEED_DEMO: false, START_WORKER: false });
  });
});
