import { DomainError, type Decision, type GuardResult } from '@app/domain';

/** The one translation of a machine's refusal into the error the API shows: 409, 403 or 422. */
export function refusalError(
  d: Exclude<Decision<string, string>, { ok: true }>,
  role: string,
  enrich: (failing: GuardResult[]) => unknown[] = (f) => f,
): DomainError {
  switch (d.reason) {
    case 'EVENT_NOT_ALLOWED':
      return new DomainError('MACHINE.EVENT_NOT_ALLOWED', `${d.event} is not allowed from ${d.from}`, {
        state: d.from,
        allowed: d.allowed,
      });
    case 'ROLE_NOT_ALLOWED':
      return new DomainError('MACHINE.ROLE_NOT_ALLOWED', `a ${role} may not fire ${d.event}`, { roles: d.roles });
    case 'GUARD_FAILED': {
      const failing = d.guards.filter((g) => !g.ok);
      return new DomainError('MACHINE.GUARD_FAILED', `${d.event} is blocked: ${failing.map((g) => g.code).join(', ')}`, {
        state: d.from,
        errors: enrich(failing),
      });
    }
  }
}
