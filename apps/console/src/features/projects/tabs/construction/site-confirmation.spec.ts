import { quantityDifferences } from './site-confirmation';

describe('confirmed quantities against the plan', () => {
  const plan = [
    { key: 'rain-sewage', quantity: '650.00' },
    { key: 'fire', quantity: '12.00' },
  ];

  it('finds none when every item was built as planned, however the decimals are written', () => {
    expect(
      quantityDifferences(plan, [
        { key: 'fire', quantity: '12' },
        { key: 'rain-sewage', quantity: '650.0' },
      ]),
    ).toEqual([]);
  });

  it('names an item built in another quantity, one not confirmed, and one not in the plan', () => {
    expect(
      quantityDifferences(plan, [
        { key: 'rain-sewage', quantity: '720.00' },
        { key: 'bike-shed', quantity: '2.00' },
      ]),
    ).toEqual([
      { key: 'rain-sewage', planned: '650.00', built: '720.00' },
      { key: 'fire', planned: '12.00', built: null },
      { key: 'bike-shed', planned: null, built: '2.00' },
    ]);
  });
});
