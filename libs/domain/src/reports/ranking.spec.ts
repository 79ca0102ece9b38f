import { ACCEPTED_STATES, ADMITTED_STATES, completionBasisPoints, rankDistricts as rankBy, type DistrictStanding } from './ranking.js';

const d = (code: string, accepted: number, admitted: number, overdue: number) => ({ code, accepted, admitted, overdue });
const rankDistricts = <T extends DistrictStanding>(rows: T[]) => rankBy(rows, (r) => r);
const order = (rows: { code: string; rank: number }[]) => rows.map((r) => `${r.rank}:${r.code}`);

describe('rankDistricts', () => {
  it('puts the higher completion rate first, whatever the overdue items', () => {
    expect(order(rankDistricts([d('A', 1, 2, 0), d('B', 2, 3, 9)]))).toEqual(['1:B', '2:A']);
  });

  it('compares rates exactly: 1/3 equals 2/6 and stands above 333/1000', () => {
    expect(order(rankDistricts([d('A', 1, 3, 1), d('B', 2, 6, 0), d('C', 333, 1000, 0)]))).toEqual(['1:B', '2:A', '3:C']);
  });

  it('at equal rates, fewer overdue items first', () => {
    expect(order(rankDistricts([d('A', 1, 2, 3), d('B', 2, 4, 1)]))).toEqual(['1:B', '2:A']);
  });

  it('equal on both: the same rank, listed by code, and the next rank skips', () => {
    expect(order(rankDistricts([d('430105', 1, 2, 0), d('430103', 2, 4, 0), d('430102', 3, 4, 5), d('430104', 0, 1, 0)]))).toEqual([
      '1:430102',
      '2:430103',
      '2:430105',
      '4:430104',
    ]);
  });

  it('a district with nothing admitted rates zero: below any completion, tied with 0 of n', () => {
    expect(order(rankDistricts([d('A', 0, 0, 0), d('B', 1, 5, 4), d('C', 0, 3, 0)]))).toEqual(['1:B', '2:A', '2:C']);
  });

  it('ranks rows of any shape by the standing read from each', () => {
    const rows = [
      { name: '芙蓉区', figures: d('430102', 0, 2, 0) },
      { name: '天心区', figures: d('430103', 1, 2, 0) },
    ];
    expect(rankBy(rows, (r) => r.figures).map((r) => [r.rank, r.name])).toEqual([
      [1, '天心区'],
      [2, '芙蓉区'],
    ]);
  });
});

describe('completionBasisPoints', () => {
  it.each([
    [2, 3, 6666],
    [1, 1, 10000],
    [0, 4, 0],
    [1, 0, null],
  ])('%i of %i is %p', (accepted, admitted, bp) => {
    expect(completionBasisPoints(accepted, admitted)).toBe(bp);
  });
});

describe('admitted and accepted states', () => {
  it('admitted: PLANNED and every later state of the main line, not the side states', () => {
    expect(ADMITTED_STATES).toEqual([
      'PLANNED',
      'DESIGN',
      'JOINT_REVIEW',
      'PERMITTING',
      'CONSTRUCTION',
      'ACCEPTANCE',
      'ARCHIVING',
      'LONG_TERM',
      'CLOSED',
    ]);
  });

  it('accepted: from ARCHIVING on', () => {
    expect(ACCEPTED_STATES).toEqual(['ARCHIVING', 'LONG_TERM', 'CLOSED']);
  });
});
