import { progressBasisPoints, progressByCompound } from './supervision.js';

describe('progress', () => {
  it('is the budget-weighted mean of the items, rounded down to the basis point', () => {
    expect(
      progressBasisPoints([
        { budgetFen: 300n, percent: 100 },
        { budgetFen: 700n, percent: 50 },
      ]),
    ).toBe(6500);
    expect(
      progressBasisPoints([
        { budgetFen: 1n, percent: 33.33 },
        { budgetFen: 2n, percent: 0 },
      ]),
    ).toBe(1111);
    expect(progressBasisPoints([])).toBe(0);
  });

  it('of a project area, rolls the compounds up by budget: a small compound done does not make the area half done', () => {
    const { basisPoints, compounds } = progressByCompound([
      { compoundId: 'a', budgetFen: 900_000n, percent: 10 },
      { compoundId: 'b', budgetFen: 100_000n, percent: 100 },
      { compoundId: 'a', budgetFen: 0n, percent: 0 },
    ]);
    expect(compounds).toEqual([
      { compoundId: 'a', budgetFen: 900_000n, basisPoints: 1000 },
      { compoundId: 'b', budgetFen: 100_000n, basisPoints: 10000 },
    ]);
    // (0.9 × 10% + 0.1 × 100%) = 19%, where the mean of the compounds would say 55%.
    expect(basisPoints).toBe(1900);
  });

  it('keeps the items the area shares apart, and a single compound equals its project', () => {
    const items = [
      { compoundId: null, budgetFen: 500n, percent: 40 },
      { compoundId: 'a', budgetFen: 500n, percent: 80 },
    ];
    expect(progressByCompound(items)).toEqual({
      basisPoints: 6000,
      compounds: [
        { compoundId: null, budgetFen: 500n, basisPoints: 4000 },
        { compoundId: 'a', budgetFen: 500n, basisPoints: 8000 },
      ],
    });
    const one = [{ compoundId: 'a', budgetFen: 7n, percent: 63 }];
    expect(progressByCompound(one).compounds[0]!.basisPoints).toBe(progressByCompound(one).basisPoints);
  });
});
