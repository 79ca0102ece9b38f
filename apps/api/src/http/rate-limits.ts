import rateLimit from '@fastify/rate-limit';
import type { AppConfig } from '@app/config';
import { DomainError } from '@app/domain';
import type { Log } from '@app/workflow';
import { JwtService } from '@nestjs/jwt';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { Redis } from 'ioredis';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** The files of Swagger UI and the web console: a page load fetches a dozen, before anyone signs in. */
const STATIC_PAGES = /^\/(docs|console)(\/|$)/;

/**
 * Two budgets, counted in Redis so that every replica sees the same counts:
 * - a signed-in user's writes (reads are not counted: they change nothing and a page makes many);
 * - everything an address sends without a valid token (login, health, and any request whose token
 *   does not verify), but the static files of /docs and /console.
 * The user is read from a verified token only: a forged subject cannot spend someone else's budget.
 *
 * When Redis is unreachable the limits fail open, with a warning: the API keeps serving (as it does
 * for everything else Redis does), and the failed-login throttle, which lives in PostgreSQL, still
 * guards the passwords.
 */
export async function registerRateLimits(app: NestFastifyApplication, config: AppConfig, log: Log): Promise<void> {
  if (!config.RATE_LIMIT_ENABLED) return;
  const redis = new Redis(config.REDIS_URL, {
    // A command while Redis is down fails at once rather than wait in a queue: the request goes on unlimited.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 500, 5000),
  });
  let open = false;
  redis.on('error', () => {
    if (open) return;
    open = true;
    log.warn('rate limits are off: Redis is unreachable; requests are served without limits until it is back');
  });
  redis.on('ready', () => {
    if (!open) return;
    open = false;
    log.info('rate limits are on again: Redis is back');
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onClose', async () => redis.disconnect());

  const jwt = app.get(JwtService);
  const userOf = (request: FastifyRequest): string | null => {
    const header = request.headers.authorization;
    if (!header?.startsWith('Bearer ')) return null;
    try {
      const { sub } = jwt.verify<{ sub?: unknown }>(header.slice(7));
      return typeof sub === 'string' ? sub : null;
    } catch {
      return null;
    }
  };
  const isUser = (key: string) => key.startsWith('user:');

  await app.register(rateLimit, {
    redis,
    nameSpace: `${config.REDIS_PREFIX}:rate-limit:`,
    skipOnError: true,
    keyGenerator: (request) => {
      const user = userOf(request);
      return user ? `user:${user}` : `addr:${request.ip}`;
    },
    allowList: (request, key) => READS.has(request.method) && (isUser(key) || STATIC_PAGES.test(request.url)),
    max: (_request, key) => (isUser(key) ? config.RATE_LIMIT_USER_WRITES : config.RATE_LIMIT_ADDRESS),
    timeWindow: (_request, key) => 1000 * (isUser(key) ? config.RATE_LIMIT_USER_WINDOW_SECONDS : config.RATE_LIMIT_ADDRESS_WINDOW_SECONDS),
    // Thrown into Nest's exception layer, which answers it as problem details; Retry-After is already set.
    errorResponseBuilder: (_request, context) =>
      new DomainError('REQUEST.RATE_LIMITED', `too many requests; retry in ${context.after}`, {
        retryAfterSeconds: Math.ceil(context.ttl / 1000),
      }),
  });
}
