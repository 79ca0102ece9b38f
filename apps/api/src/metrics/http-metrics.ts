import { Metrics } from '@app/workflow';
import type { FastifyInstance } from 'fastify';
import { Counter, Histogram } from 'prom-client';

/**
 * Counts and times every answer by route pattern (`/rounds/:id/votes`, never the raw URL: one
 * series per route, not per id) and status. A request no route matched counts as `unmatched`.
 */
export function registerHttpMetrics(fastify: FastifyInstance, metrics: Metrics): void {
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({
    name: 'renovation_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames,
    registers: [metrics.registry],
  });
  const duration = new Histogram({
    name: 'renovation_http_request_duration_seconds',
    help: 'Time from the request to its answer, by method, route pattern and status',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [metrics.registry],
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const labels = { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) };
    requests.inc(labels);
    duration.observe(labels, reply.elapsedTime / 1000);
    done();
  });
}
