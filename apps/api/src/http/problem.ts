import { DomainError, type ErrorCode, type FieldError } from '@app/domain';

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
    case 'ACCESS.OUT_OF_SCOPE':
    case 'MACHINE.ROLE_NOT_ALLOWED':
      return 403;
    case 'RESOURCE.NOT_FOUND':
      return 404;
    case 'RESOURCE.CONFLICT':
    case 'MACHINE.EVENT_NOT_ALLOWED':
    case 'MACHINE.CONCURRENT_CHANGE':
    case 'PROJECT.ACTIVE_EXISTS':
    case 'ROUND.NOT_OPEN':
    case 'PLAN.FROZEN':
      return 409;
    case 'REQUEST.TOO_LARGE':
      return 413;
    case 'REQUEST.UNSUPPORTED_MEDIA_TYPE':
      return 415;
    case 'MACHINE.GUARD_FAILED':
    case 'DOMAIN.INVALID':
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
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
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

export function validationFailed(errors: FieldError[]): DomainError {
  return new DomainError('REQUEST.VALIDATION_FAILED', errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors });
}
