import { voteErrors } from './vote.js';

const valid = { householdId: '0b0e9a3c-6f4e-4a55-9d1e-3d2b8c1f7a10', choice: 'AGREE', signed: true, channel: 'PAPER_FORM' };

describe('voteErrors', () => {
  it('accepts a vote with its evidence', () => {
    expect(voteErrors({ ...valid, formNumber: 'GHY-2026-0153', photoHash: 'ab'.repeat(32), chosenItems: ['elevator'] })).toEqual([]);
    expect(voteErrors({ ...valid, formNumber: null, photoHash: null, chosenItems: null })).toEqual([]);
  });

  it.each([
    ['a household id that is not a UUID', { householdId: 'h-1' }, 'householdId', 'isUuid'],
    ['an unknown choice', { choice: 'MAYBE' }, 'choice', 'isIn'],
    ['a signature that is not a boolean', { signed: 'yes' }, 'signed', 'isBoolean'],
    ['an unknown channel', { channel: 'PIGEON' }, 'channel', 'isIn'],
    ['a form number of 101 characters', { formNumber: 'x'.repeat(101) }, 'formNumber', 'maxLength'],
    ['a form number with a NUL', { formNumber: 'NO.\u0000-7' }, 'formNumber', 'NUL'],
    ['a form number with a lone surrogate', { formNumber: 'NO.\ud800-7' }, 'formNumber', 'LONE_SURROGATE'],
    ['a photo hash that is not sha256', { photoHash: 'abc' }, 'photoHash', 'matches'],
    ['a chosen item with a lone surrogate', { chosenItems: ['ok', '\udc00'] }, 'chosenItems', 'isArray'],
    ['chosen items that are not a list', { chosenItems: 'elevator' }, 'chosenItems', 'isArray'],
  ])('refuses %s', (_, change, field, code) => {
    expect(voteErrors({ ...valid, ...change })).toEqual([expect.objectContaining({ field, code })]);
  });

  it('a form number of exactly 100 characters is accepted', () => {
    expect(voteErrors({ ...valid, formNumber: 'x'.repeat(100) })).toEqual([]);
  });
});
