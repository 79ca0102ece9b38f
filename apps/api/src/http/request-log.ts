import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Log } from '@app/workflow';
import { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';

export const REQUEST_ID_HEADER = 'x-request-id';

/** An id a proxy or client sent is kept (so a trace spans them), if it cannot smuggle anything into a log or a header. */
const WELL_FORMED_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdOf(raw: IncomingMessage): string {
  const sent = raw.headers[REQUEST_ID_HEADER];
  return typeof sent === 'string' && WELL_FORMED_ID.test(sent) ? sent : randomUUID();
}

/**
 * One line per request, when it is answered: the route pattern and the path without its query
 * (a query may hold a search term), the status and the time. A 4xx is the client's business: no
 * error object, no stack; a 5xx is logged with its stack where it is caught (problem.filter.ts).
 */
class RequestLogController extends LogController {
  constructor() {
    super({ requestIdLogLabel: 'requestId' });
  }

  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const line = { req: request, res: reply, ms: Math.round(reply.elapsedTime * 10) / 10 };
    if (error) reply.log.error({ ...line, err: error }, 'request failed');
    else reply.log.info(line, 'request completed');
  }

  override defaultErrorLog(error: Error, request: FastifyRequest, reply: FastifyReply): void {
    if (reply.statusCode >= 500) reply.log.error({ req: request, err: error }, error.message);
  }

  override routeNotFound(): void {}
}

/** The Fastify options that make its logger the process's one and name every request. */
export function loggingOptions(log: Log) {
  return { loggerInstance: log, genReqId: requestIdOf, logController: new RequestLogController() };
}

/** Echoes the request id, so a user reporting a problem can quote it and it is found in the log. */
export function echoRequestId(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
}
