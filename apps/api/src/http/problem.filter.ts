import { DomainError, type ErrorCode } from '@app/domain';
import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { problemOf } from './problem.js';

function codeForHttpStatus(status: number): ErrorCode {
  if (status === 401) return 'AUTH.UNAUTHENTICATED';
  if (status === 403) return 'ACCESS.FORBIDDEN';
  if (status === 404) return 'RESOURCE.NOT_FOUND';
  if (status === 413) return 'REQUEST.TOO_LARGE';
  if (status < 500) return 'REQUEST.MALFORMED';
  return 'SERVER.ERROR';
}

/** Every error leaves as one problem-details body; nothing else reaches the client. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly log = new Logger('http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const problem = problemOf(this.toDomainError(exception));
    if (problem.status >= 500) {
      // Message and stack only: request bodies may carry residents' personal data.
      this.log.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    response.status(problem.status).type('application/problem+json').json(problem);
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
    // body-parser errors carry their HTTP status; a broken JSON body is the client's fault.
    const status = (exception as { status?: number; type?: string })?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return new DomainError(codeForHttpStatus(status), status === 413 ? 'request body too large' : 'malformed request body');
    }
    return new DomainError('SERVER.ERROR', 'internal error');
  }
}
