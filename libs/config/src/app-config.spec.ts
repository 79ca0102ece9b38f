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
    [{ NODE_ENV: 'staging' }, /NODE_ENV/],
    [{ SEED_DEMO: 'maybe' }, /SEED_DEMO/],
  ])('refuses %j with one line naming it', (env, pattern) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (e) {
      expect((e as Error).message).toMatch(pattern);
      expect((e as Error).message).not.toContain('\n');
    }
  });

  it('lists every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', REDIS_URL: 'y' })).toThrow(/PORT.*; REDIS_URL|REDIS_URL.*; .*PORT/);
  });

  it('never echoes a secret or a URL that may hold a password', () => {
    expect(() => loadConfig({ JWT_SECRET: 'hunter2' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('hunter2') }),
    );
    expect(() => loadConfig({ DATABASE_URL: 'mysql://u:pw@h/db' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('pw@h') }),
    );
  });

  it('requires a JWT secret and a database in production, and keeps the demo off there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://h/db' })).toThrow(/JWT_SECRET must be set in production/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) })).toThrow(/DATABASE_URL must be set in production/);
    const production = loadConfig({
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(32),
      DATABASE_URL: 'postgres://h/db',
      START_WORKER: 'true',
    });
    expect(production).toMatchObject({ SEED_DEMO: false, START_WORKER: false });
  });
});
