import type { Actor, Signatory } from '@app/domain';
import type { EntityManager } from 'typeorm';

/** The acting user as a party to a signature: their role, the body they work for, and their name. */
export async function signatory(m: EntityManager, actor: Actor): Promise<Signatory & { displayName: string }> {
  const [user]: { organisation: string | null; display_name: string }[] = await m.query(
    'SELECT organisation, display_name FROM users WHERE id = $1',
    [actor.userId],
  );
  return { role: actor.role, organisation: user!.organisation, displayName: user!.display_name };
}
