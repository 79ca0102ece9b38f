import { badRequest, DomainError, type ErrorCode, type FieldError } from '@app/domain';
import { HttpException } from '@nestjs/common';

/** RFC 9457 problem details, with the stable code the client switches on. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  errors?: unknown[];
  [extra: string]: unknown;
}

export function statusOf(code: ErrorCode): number {
  switch (code) {
    case 'REQUEST.VALIDATION_FAILED':
    case 'REQUEST.MALFORMED':
    case 'MACHINE.UNKNOWN_EVENT':
      return 400;
    case 'AUTH.UNAUTHENTICATED':
    case 'AUTH.INVALID_CREDENTIALS':
      return 401;
    case 'ACCESS.FORBIDDEN':
    case 'MACHINE.ROLE_NOT_ALLOWED':
      return 403;
    case 'RESOURCE.NOT_FOUND':
      return 404;
    case 'RESOURCE.TAKEN':
    case 'RESOURCE.ALREADY_RECORDED':
    case 'RESOURCE.IN_USE':
    case 'PROJECT.WRONG_STAGE':
    case 'HOUSEHOLD.DEPARTED':
    case 'HOUSEHOLD.MERGED':
    case 'PLAN.MISSING':
    case 'ROUND.NOT_PLAN':
    case 'REVISIT.NOT_DUE':
    case 'MACHINE.EVENT_NOT_ALLOWED':
    case 'MACHINE.CONCURRENT_CHANGE':
    case 'PROJECT.ACTIVE_EXISTS':
    case 'ROUND.NOT_OPEN':
    case 'PLAN.FROZEN':
    case 'USER.LAST_ADMIN':
      return 409;
    case 'REQUEST.TOO_LARGE':
      return 413;
    case 'REQUEST.URI_TOO_LONG':
      return 414;
    case 'REQUEST.HEADERS_TOO_LARGE':
      return 431;
    case 'REQUEST.TIMEOUT':
      return 408;
    case 'REQUEST.UNSUPPORTED_MEDIA_TYPE':
      return 415;
    case 'MACHINE.GUARD_FAILED':
    case 'DOMAIN.INVALID':
    case 'REQUEST.ILL_FORMED_TEXT':
    case 'IMPORT.REJECTED':
    case 'IMPORT.UNREADABLE':
      return 422;
    case 'AUTH.RATE_LIMITED':
    case 'REQUEST.RATE_LIMITED':
      return 429;
    case 'SERVER.ERROR':
      return 500;
    case 'SERVER.UNAVAILABLE':
      return 503;
  }
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function problemOf(error: DomainError): Problem {
  const status = statusOf(error.code);
  return {
    type: `urn:renovation:problem:${error.code.toLowerCase()}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail: error.message,
    code: error.code,
    ...error.details,
  };
}

/** A malformed request: 400 with the failing fields, the first `limit` of them listed and the rest counted. */
export function validationFailed(all: FieldError[], limit = all.length): DomainError {
  const listed = badRequest(all.slice(0, limit));
  return all.length > limit ? new DomainError(listed.code, `${listed.message} (+${all.length - limit} more)`, listed.details) : listed;
}

function codeForHttpStatus(status: number): ErrorCode {
  if (status === 401) return 'AUTH.UNAUTHENTICATED';
  if (status === 403) return 'ACCESS.FORBIDDEN';
  if (status === 404) return 'RESOURCE.NOT_FOUND';
  if (status === 413) return 'REQUEST.TOO_LARGE';
  if (status === 408) return 'REQUEST.TIMEOUT';
  if (status === 414) return 'REQUEST.URI_TOO_LONG';
  if (status === 415) return 'REQUEST.UNSUPPORTED_MEDIA_TYPE';
  if (status === 431) return 'REQUEST.HEADERS_TOO_LARGE';
  if (status < 500) return 'REQUEST.MALFORMED';
  return 'SERVER.ERROR';
}

/** What the HTTP layer (Fastify, its plugins, Nest) says about a request it refused, in our words. */
const FRAMEWORK_MESSAGES: Record<number, string> = {
  413: 'request body too large',
  414: 'the URL or one of its path parameters is too long',
  415: 'send JSON (application/json)',
  408: 'the request took too long to arrive',
  431: 'the request headers, the URL among them, are too large',
};

/**
 * Any error, from a service, a pipe, Nest or Fastify itself, as the one problem body. Errors of
 * the HTTP layer carry their 4xx status; anything else is a 500 and says nothing of its cause.
 */
export function problemFor(exception: unknown): Problem {
  return problemOf(toDomainError(exception));
}

function toDomainError(exception: unknown): DomainError {
  if (exception instanceof DomainError) return exception;
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const body = exception.getResponse();
    const message =
      typeof body === 'object' && body && 'message' in body ? String((body as { message: unknown }).message) : exception.message;
    return new DomainError(
      codeForHttpStatus(status),
      FRAMEWORK_MESSAGES[status] ?? (status === 400 ? `malformed request: ${message}` : message),
    );
  }
  const { statusCode: status, code } = (exception ?? {}) as { statusCode?: unknown; code?: unknown };
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // Fastify's own messages (FST_ERR_*) are fixed texts; a plugin's may quote the request, so it is not repeated.
    const own = typeof code === 'string' && code.startsWith('FST_ERR_') && exception instanceof Error ? exception.message : null;
    const message = FRAMEWORK_MESSAGES[status] ?? (own && own.length <= 200 ? `malformed request: ${own}` : 'malformed request');
    return new DomainError(codeForHttpStatus(status), message);
  }
  return new DomainError('SERVER.ERROR', 'internal error');
}
