import { DomainError, type ErrorCode } from '@app/domain';

/**
 * Runs a write and turns a unique-index violation on one of the named constraints into a domain
 * error: a check-then-insert loses races, the index does not. A foreign key named here maps the
 * same way (a delete that rows still refer to).
 */
export async function onUniqueViolation<T>(write: () => Promise<T>, constraints: Record<string, [ErrorCode, string]>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    const { code, constraint } = e as { code?: string; constraint?: string };
    const mapped = (code === '23505' || code === '23503') && constraint ? constraints[constraint] : undefined;
    if (mapped) throw new DomainError(mapped[0], mapped[1]);
    throw e;
  }
}
