import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { problemFor, type Problem } from './problem.js';

/** Every error leaves as one problem-details body; nothing else reaches the client. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    // The id the log line carries too: what a user quotes when reporting the problem.
    const problem: Problem = { ...problemFor(exception), requestId: request.id };
    // A client's mistake is answered, not logged. The logger's error serializer keeps class,
    // message and stack: request bodies and query parameters may carry residents' personal data.
    if (problem.status >= 500) request.log.error({ err: exception }, 'unhandled error');
    // The login throttle says when to come back as the request limits do.
    if (typeof problem.retryAfterSeconds === 'number') void reply.header('Retry-After', String(problem.retryAfterSeconds));
    void reply.status(problem.status).type('application/problem+json').send(problem);
  }
}
