/**
 * Every refusal the product can give, by stable code. The API maps each code to an HTTP status
 * with an exhaustive switch, so adding a code here forces a decision there.
 */
export const ERROR_CODES = [
  'REQUEST.VALIDATION_FAILED',
  'REQUEST.MALFORMED',
  'REQUEST.TOO_LARGE',
  'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  'REQUEST.URI_TOO_LONG',
  'REQUEST.HEADERS_TOO_LARGE',
  'REQUEST.TIMEOUT',
  'REQUEST.ILL_FORMED_TEXT',
  'REQUEST.RATE_LIMITED',
  'AUTH.UNAUTHENTICATED',
  'AUTH.INVALID_CREDENTIALS',
  'AUTH.RATE_LIMITED',
  'ACCESS.FORBIDDEN',
  'USER.LAST_ADMIN',
  'RESOURCE.NOT_FOUND',
  /** A code, name, number or unit key another record already holds. */
  'RESOURCE.TAKEN',
  /** What is recorded once (an opinion, a signature, an answer, a revisit) already is. */
  'RESOURCE.ALREADY_RECORDED',
  /** Other records name it, so it stays. */
  'RESOURCE.IN_USE',
  'MACHINE.UNKNOWN_EVENT',
  'MACHINE.EVENT_NOT_ALLOWED',
  'MACHINE.ROLE_NOT_ALLOWED',
  'MACHINE.GUARD_FAILED',
  'MACHINE.CONCURRENT_CHANGE',
  'PROJECT.ACTIVE_EXISTS',
  /** The project (or its joint review) is not at the stage this work belongs to. */
  'PROJECT.WRONG_STAGE',
  'HOUSEHOLD.DEPARTED',
  /** Merged into another household of the round's snapshot, which answers for the home. */
  'HOUSEHOLD.MERGED',
  'DOMAIN.INVALID',
  'IMPORT.REJECTED',
  'IMPORT.UNREADABLE',
  'ROUND.NOT_OPEN',
  'PLAN.FROZEN',
  'PLAN.MISSING',
  'ROUND.NOT_PLAN',
  'REVISIT.NOT_DUE',
  'SERVER.ERROR',
  'SERVER.UNAVAILABLE',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function notFound(what: string): DomainError {
  return new DomainError('RESOURCE.NOT_FOUND', `${what} not found`);
}

/** The request itself is wrong (400), as opposed to a domain rule refusing it (422). */
export function badRequest(errors: FieldError[]): DomainError {
  return new DomainError('REQUEST.VALIDATION_FAILED', errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors });
}

export function invalid(errors: FieldError[]): DomainError {
  return new DomainError('DOMAIN.INVALID', errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors });
}
