import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { problemFor } from './problem.js';

/** Every error leaves as one problem-details body; nothing else reaches the client. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly log = new Logger('http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const problem = problemFor(exception);
    // A client's mistake is answered, not logged: only what the server got wrong leaves a trace.
    if (problem.status >= 500) {
      // Message and stack only: request bodies may carry residents' personal data.
      this.log.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    void reply.status(problem.status).type('application/problem+json').send(problem);
  }
}
