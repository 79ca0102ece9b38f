import type { AppConfig } from '@app/config';
import { Metrics, type Log } from '@app/workflow';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { registerHttpMetrics } from '../metrics/http-metrics.js';
import { registerRateLimits } from './rate-limits.js';
import { echoRequestId } from './request-log.js';
import { registerSecurityHeaders } from './security-headers.js';

/**
 * What every request passes through before its route, in this order: its id echoed, the security
 * headers set, the rate limit counted; and once answered, its metrics. Registered before the
 * routes exist (app.init), so that each applies to all of them.
 */
export async function registerOperations(app: NestFastifyApplication, config: AppConfig, log: Log): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  echoRequestId(fastify);
  await registerSecurityHeaders(app);
  await registerRateLimits(app, config, log);
  registerHttpMetrics(fastify, app.get(Metrics));
}
