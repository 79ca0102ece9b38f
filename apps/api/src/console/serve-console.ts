import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import { DomainError } from '@app/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { problemOf } from '../http/problem.js';

/**
 * The web console, same origin as the API: hashed assets under /console/assets/ cached for a year,
 * every other /console/ path answered with index.html (never cached) so that deep links reach the
 * console's router. The API's own routes sit at the root and are left alone; / leads to the console.
 */
export async function serveConsole(fastify: FastifyInstance, dir: string): Promise<void> {
  const root = resolve(dir);
  fastify.get('/', (_request, reply) => reply.redirect('/console/'));
  const indexFile = join(root, 'index.html');
  if (!existsSync(indexFile)) {
    const problem = problemOf(new DomainError('SERVER.UNAVAILABLE', `the console is not built in ${root}: run npm run build:console`));
    fastify.get('/console/*', (_request, reply) => reply.status(problem.status).type('application/problem+json').send(problem));
    return;
  }
  // Read once: a new build comes with a restart, as the server's own code does.
  const index = readFileSync(indexFile);
  await fastify.register(fastifyStatic, {
    root: join(root, 'assets'),
    prefix: '/console/assets/',
    index: false,
    immutable: true,
    // The build writes .br and .gz beside each asset; the one the browser accepts is sent as it is.
    preCompressed: true,
    maxAge: '365d',
  });
  const page = (_request: FastifyRequest, reply: FastifyReply) =>
    reply.header('Cache-Control', 'no-cache').type('text/html; charset=utf-8').send(index);
  fastify.get('/console', (_request, reply) => reply.redirect('/console/'));
  fastify.get('/console/', page);
  fastify.get('/console/*', page);
}
