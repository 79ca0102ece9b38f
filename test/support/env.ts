/** The services the project's machines run; override for another setup. */
export const ADMIN_DATABASE_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export function databaseUrl(name: string): string {
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The login the API and the worker use in tests: the configuration's default name, a fixed password. */
export const APPLICATION_LOGIN = { user: 'renovation_api', password: 'test-application-login' };
