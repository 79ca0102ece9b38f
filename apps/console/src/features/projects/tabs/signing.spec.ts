import { signableParties, signatureBody, signingModes } from './signing';

const PARTIES = ['CONSTRUCTION_UNIT', 'CONTRACTOR', 'SUPERVISION', 'OWNER_REPRESENTATIVES'];

describe('recording an acceptance signature', () => {
  it('offers each role the parties it can sign for, of those not yet signed', () => {
    expect(signableParties('DISTRICT_PM', PARTIES, ['CONTRACTOR'])).toEqual(['CONSTRUCTION_UNIT', 'SUPERVISION']);
    expect(signableParties('SUPERVISOR', PARTIES, [])).toEqual(['CONSTRUCTION_UNIT', 'CONTRACTOR', 'SUPERVISION']);
    expect(signableParties('RESIDENTS_COMMITTEE', PARTIES, [])).toEqual(['OWNER_REPRESENTATIVES']);
    expect(signableParties('RESIDENTS_COMMITTEE', PARTIES, ['OWNER_REPRESENTATIVES'])).toEqual([]);
    expect(signableParties('ADMIN', PARTIES, [])).toEqual([]);
  });

  it('lets only a PM enter a signature from paper, which is what a PM usually does', () => {
    expect(signingModes('DISTRICT_PM')).toEqual(['ON_BEHALF', 'SELF']);
    expect(signingModes('SUPERVISOR')).toEqual(['SELF']);
    expect(signingModes('RESIDENTS_COMMITTEE')).toEqual(['SELF']);
  });

  const values = {
    party: 'CONTRACTOR',
    opinion: 'PASS' as const,
    comments: ' 同意验收 ',
    signer: ' 黄志刚 ',
    formNumber: ' YS-031 ',
    photoDocumentId: '7d0c3f7e-5f43-4a53-9b8e-6a1b2c3d4e5f',
  };

  it('sends the paper only with a signature entered from it', () => {
    expect(signatureBody(values, 'ON_BEHALF')).toEqual({
      party: 'CONTRACTOR',
      opinion: 'PASS',
      comments: '同意验收',
      signer: '黄志刚',
      formNumber: 'YS-031',
      photoDocumentId: values.photoDocumentId,
    });
    expect(signatureBody(values, 'SELF')).toEqual({ party: 'CONTRACTOR', opinion: 'PASS', comments: '同意验收', signer: '黄志刚' });
  });

  it('leaves out an empty signer, which the API fills with the user’s name', () => {
    expect(signatureBody({ ...values, signer: '  ' }, 'SELF')).not.toHaveProperty('signer');
  });
});
