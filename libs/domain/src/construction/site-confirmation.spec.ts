import { quantityDifferences } from './site-confirmation.js';

const plan = [
  { key: 'rain-sewage', quantity: '650.00' },
  { key: 'fire', quantity: '24.00' },
];

describe('quantityDifferences', () => {
  it('is empty when every planned item is confirmed at its quantity, however written', () => {
    expect(
      quantityDifferences(plan, [
        { key: 'fire', quantity: '24' },
        { key: 'rain-sewage', quantity: '650.0' },
      ]),
    ).toEqual([]);
  });

  it('names an item a hundredth off, an item left out and an item not in the plan', () => {
    expect(
      quantityDifferences(plan, [
        { key: 'rain-sewage', quantity: '650.01' },
        { key: 'roads', quantity: '10' },
      ]),
    ).toEqual([
      { key: 'rain-sewage', planned: '650.00', confirmed: '650.01' },
      { key: 'fire', planned: '24.00', confirmed: null },
      { key: 'roads', planned: null, confirmed: '10' },
    ]);
  });

  it('a quantity built short of the plan is a difference too', () => {
    expect(
      quantityDifferences(plan, [
        { key: 'rain-sewage', quantity: '600' },
        { key: 'fire', quantity: '24' },
      ]),
    ).toEqual([{ key: 'rain-sewage', planned: '650.00', confirmed: '600' }]);
  });
});
