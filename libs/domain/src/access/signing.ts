import { DomainError, invalid, type FieldError } from '../errors.js';
import type { Bilingual, Role } from '../roles.js';

/** Owners sign every acceptance of their compound (SPEC 3): no district may drop them. */
export const OWNER_REPRESENTATIVES = 'OWNER_REPRESENTATIVES';

/** The acceptance party that stands for the departments of the district's review list together. */
export const DEPARTMENTS = 'DEPARTMENTS';

/**
 * How a signature or a review opinion came into the record: given by the party itself, entered by a
 * PM from the paper the party signed, or entered before the system asked who signed (older records).
 */
export const ENTRIES = ['SELF', 'ON_BEHALF', 'UNVERIFIED'] as const;
export type Entry = (typeof ENTRIES)[number];

export const ENTRY_LABELS: Record<Entry, Bilingual> = {
  SELF: { zh: '本单位签署', en: 'signed by the party' },
  ON_BEHALF: { zh: '代为录入（纸质签字）', en: 'entered on behalf, from the signed paper' },
  UNVERIFIED: { zh: '录入（未留凭证）', en: 'entered without evidence' },
};

/**
 * A party's signature as it is given. Signed by the party itself, `signer` defaults to the user's
 * name; entered by a PM on its behalf, the signer, the paper form's number and a photo of the signed
 * form filed in the project's archive (an upload, by its document id) are all required.
 */
export interface SignatureInput {
  party: string;
  opinion: 'PASS' | 'FAIL';
  comments: string;
  signer?: string;
  formNumber?: string;
  photoDocumentId?: string;
}

/** Who is signing, as the user list knows them: their role and the body they work for (if any). */
export interface Signatory {
  role: Role;
  organisation: string | null;
}

/**
 * Whether the user is the party. The owners' representatives speak through the residents' committee
 * of the compound (the caller has checked the compound is theirs); every other party through a PM or
 * supervisor who works for it. A department on the district's review list is one of the
 * "departments concerned" of the acceptance form.
 */
export function belongsTo(who: Signatory, party: string, departments: readonly string[] = []): boolean {
  if (party === OWNER_REPRESENTATIVES) return who.role === 'RESIDENTS_COMMITTEE';
  if (who.role !== 'DISTRICT_PM' && who.role !== 'SUPERVISOR') return false;
  if (!who.organisation) return false;
  return who.organisation === party || (party === DEPARTMENTS && departments.includes(who.organisation));
}

/**
 * The paper a PM enters a party's signature from: the person who signed, the paper form's number and
 * a photo's hash. `photo` names the field the photo comes in (an archive document, or its hash).
 */
export interface Evidence {
  signer?: string;
  formNumber?: string;
  photo: { field: string; value?: string };
}

/**
 * Decides how a signature is entered, or refuses it. The party itself signs as itself and brings no
 * paper; anyone else is a PM entering the paper the party signed, with all of it. Owners'
 * representatives are never entered on their behalf: their signature comes from the committee side.
 */
export function signingEntry(who: Signatory, party: string, evidence: Evidence, departments: readonly string[] = []): 'SELF' | 'ON_BEHALF' {
  const paper = { formNumber: evidence.formNumber, [evidence.photo.field]: evidence.photo.value };
  if (belongsTo(who, party, departments)) {
    const extra = Object.keys(paper).filter((field) => paper[field] !== undefined);
    if (extra.length)
      throw invalid(extra.map((field) => ({ field, code: 'NOT_ON_BEHALF', message: `${party} signs as itself: no ${field}` })));
    return 'SELF';
  }
  if (who.role !== 'DISTRICT_PM' || party === OWNER_REPRESENTATIVES) {
    throw new DomainError(
      'ACCESS.FORBIDDEN',
      party === OWNER_REPRESENTATIVES
        ? "owner representatives sign through the residents' committee of the compound"
        : `you do not work for ${party}, and only a PM enters a signature on a party's behalf`,
    );
  }
  const missing: FieldError[] = Object.entries({ signer: evidence.signer, ...paper })
    .filter(([, value]) => value === undefined)
    .map(([field]) => ({ field, code: 'EVIDENCE_REQUIRED', message: `entered on behalf of ${party}: ${field} is required` }));
  if (missing.length) throw invalid(missing);
  return 'ON_BEHALF';
}
