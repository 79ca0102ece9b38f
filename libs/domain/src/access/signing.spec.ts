import { DomainError } from '../errors.js';
import type { Role } from '../roles.js';
import { belongsTo, signingEntry, type Evidence, type Signatory } from './signing.js';

const who = (role: Role, organisation: string | null = null): Signatory => ({ role, organisation });
const REVIEW_LIST = ['HOUSING', 'FIRE_EMERGENCY'];
const PAPER: Evidence = { signer: '黄志刚', formNumber: 'YS-2026-031', photo: { field: 'photoDocumentId', value: 'doc' } };
const NONE: Evidence = { photo: { field: 'photoDocumentId' } };

function refusal(run: () => unknown): [string, unknown] {
  try {
    run();
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    return [e.code, (e.details.errors as { field: string; code: string }[] | undefined)?.map((x) => [x.field, x.code])];
  }
  throw new Error('not refused');
}

describe('belongsTo', () => {
  it.each<[string, Signatory, string, boolean]>([
    ["a committee recorder is the owners' side", who('RESIDENTS_COMMITTEE'), 'OWNER_REPRESENTATIVES', true],
    ['a PM is not the owners, whatever it works for', who('DISTRICT_PM', 'OWNER_REPRESENTATIVES'), 'OWNER_REPRESENTATIVES', false],
    ['a PM working for the contractor is the contractor', who('DISTRICT_PM', 'CONTRACTOR'), 'CONTRACTOR', true],
    ['a supervisor working for the design institute is the designer', who('SUPERVISOR', 'DESIGN'), 'DESIGN', true],
    ['a PM of no organisation is no party', who('DISTRICT_PM'), 'CONSTRUCTION_UNIT', false],
    ['a PM of another organisation is not this party', who('DISTRICT_PM', 'DESIGN'), 'CONTRACTOR', false],
    ['a committee recorder is no company', who('RESIDENTS_COMMITTEE', 'CONTRACTOR'), 'CONTRACTOR', false],
    ['an admin is no party', who('ADMIN', 'CONTRACTOR'), 'CONTRACTOR', false],
    ['a reviewing department is one of the departments concerned', who('SUPERVISOR', 'FIRE_EMERGENCY'), 'DEPARTMENTS', true],
    ['a department off the review list is not', who('SUPERVISOR', 'GAS'), 'DEPARTMENTS', false],
  ])('%s', (_what, signatory, party, expected) => {
    expect(belongsTo(signatory, party, REVIEW_LIST)).toBe(expected);
  });
});

describe('signingEntry', () => {
  it('lets the party sign as itself, without paper', () => {
    expect(signingEntry(who('DISTRICT_PM', 'CONTRACTOR'), 'CONTRACTOR', NONE)).toBe('SELF');
    expect(signingEntry(who('RESIDENTS_COMMITTEE'), 'OWNER_REPRESENTATIVES', { ...NONE, signer: '张建国' })).toBe('SELF');
  });

  it('refuses paper from a party signing as itself (422)', () => {
    expect(refusal(() => signingEntry(who('SUPERVISOR', 'DESIGN'), 'DESIGN', PAPER))).toEqual([
      'DOMAIN.INVALID',
      [
        ['formNumber', 'NOT_ON_BEHALF'],
        ['photoDocumentId', 'NOT_ON_BEHALF'],
      ],
    ]);
  });

  it('lets a PM enter another party with all the paper', () => {
    expect(signingEntry(who('DISTRICT_PM'), 'CONTRACTOR', PAPER)).toBe('ON_BEHALF');
    expect(signingEntry(who('DISTRICT_PM', 'CONSTRUCTION_UNIT'), 'CONTRACTOR', PAPER)).toBe('ON_BEHALF');
  });

  it.each<[string, Evidence, string[]]>([
    ['no paper at all', NONE, ['signer', 'formNumber', 'photoDocumentId']],
    ['no photo', { ...PAPER, photo: { field: 'photoDocumentId' } }, ['photoDocumentId']],
    ['no form number', { ...PAPER, formNumber: undefined }, ['formNumber']],
    ['no signer', { ...PAPER, signer: undefined }, ['signer']],
    ['a hash field of its own name', { signer: '李', formNumber: 'F1', photo: { field: 'photoSha256' } }, ['photoSha256']],
  ])('refuses a PM entering on behalf with %s (422 naming what is missing)', (_what, evidence, fields) => {
    expect(refusal(() => signingEntry(who('DISTRICT_PM'), 'CONTRACTOR', evidence))).toEqual([
      'DOMAIN.INVALID',
      fields.map((f) => [f, 'EVIDENCE_REQUIRED']),
    ]);
  });

  it.each<[string, Signatory, string]>([
    ['a supervisor for a party it does not work for', who('SUPERVISOR', 'DESIGN'), 'CONTRACTOR'],
    ['a committee recorder for a company', who('RESIDENTS_COMMITTEE'), 'CONTRACTOR'],
    ['a PM for the owners, even with paper', who('DISTRICT_PM'), 'OWNER_REPRESENTATIVES'],
    ['a supervisor of a department off the review list, with paper', who('SUPERVISOR', 'GAS'), 'DEPARTMENTS'],
  ])('refuses %s (403)', (_what, signatory, party) => {
    expect(refusal(() => signingEntry(signatory, party, PAPER, REVIEW_LIST))).toEqual(['ACCESS.FORBIDDEN', undefined]);
  });
});
