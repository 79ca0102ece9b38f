import { DomainError, type ErrorCode } from '@app/domain';
import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { problemOf } from './problem.js';

function codeForHttpStatus(status: number): ErrorCode {
  if (status === 401) return 'AUTH.UNAUTHENTICATED';
  if (status === 403) return 'ACCESS.FORBIDDEN';
  if (status === 404) return 'RESOURCE.NOT_FOUND';
  if (status === 413) return 'REQUEST.TOO_LARGE';
  if (status === 415) return 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
  if (status < 500) return 'REQUEST.MALFORMED';
  return 'SERVER.ERROR';
}

/** Every error leaves as one problem-details body; nothing else reaches the client. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    // The id the log line carries too: what a user quotes when reporting the problem.
    const problem = { ...problemOf(this.toDomainError(exception)), requestId: request.id };
    // The logger's error serializer keeps class, message and stack: request bodies and query
    // parameters may carry residents' personal data.
    if (problem.status >= 500) request.log.error({ err: exception }, 'unhandled error');
    void reply.status(problem.status).type('application/problem+json').send(problem);
  }

  private toDomainError(exception: unknown): DomainError {
    if (exception instanceof DomainError) return exception;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const message =
        typeof body === 'object' && body && 'message' in body ? String((body as { message: unknown }).message) : exception.message;
      return new DomainError(codeForHttpStatus(status), status === 400 ? `malformed request: ${message}` : message);
    }
    // Errors of the HTTP layer (a body it cannot parse, an upload over its limit) carry their status.
    const status = (exception as { statusCode?: number })?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const message =
        status === 413 ? 'request body too large' : status === 415 ? 'send JSON (application/json)' : 'malformed request body';
      return new DomainError(codeForHttpStatus(status), message);
    }
    return new DomainError('SERVER.ERROR', 'internal error');
  }
}
