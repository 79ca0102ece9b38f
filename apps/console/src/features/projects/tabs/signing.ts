import { OWNER_REPRESENTATIVES, type SignatureInput } from '@domain/access/signing';
import type { Role } from '@domain/roles';
import type { SignatureBody } from './closeout-queries';

/** How a signature comes in: the party signing as itself, or a PM entering it from the signed paper. */
export type SigningMode = 'SELF' | 'ON_BEHALF';

/**
 * The parties not yet signed that the user can record: the owners' representatives sign only through
 * their residents' committee, every other party through a PM or a supervisor (the API still checks
 * that a supervisor works for the party, and a PM that it has the paper).
 */
export function signableParties(role: Role, parties: readonly string[], signed: readonly string[]): string[] {
  const open = parties.filter((p) => !signed.includes(p));
  if (role === 'RESIDENTS_COMMITTEE') return open.filter((p) => p === OWNER_REPRESENTATIVES);
  if (role === 'DISTRICT_PM' || role === 'SUPERVISOR') return open.filter((p) => p !== OWNER_REPRESENTATIVES);
  return [];
}

/** Only a PM enters a signature from paper; the usual case for a PM, so it comes first. */
export function signingModes(role: Role): SigningMode[] {
  return role === 'DISTRICT_PM' ? ['ON_BEHALF', 'SELF'] : ['SELF'];
}

/**
 * The body to send: the paper's number and photo only when entered from paper (the API refuses
 * them from a party signing as itself), and no empty signer (it defaults to the user's name).
 */
export function signatureBody(values: SignatureInput, mode: SigningMode): SignatureBody {
  const signer = values.signer?.trim();
  const body: SignatureBody = { party: values.party, opinion: values.opinion, comments: values.comments.trim() };
  if (signer) body.signer = signer;
  if (mode === 'ON_BEHALF') {
    body.formNumber = values.formNumber?.trim();
    body.photoDocumentId = values.photoDocumentId;
  }
  return body;
}
