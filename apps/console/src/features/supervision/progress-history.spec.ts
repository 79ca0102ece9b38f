import { progressHistory, progressLineOption } from './progress-history';

describe('the progress curve', () => {
  const plan = [
    { key: 'a', budget: '1000.00' },
    { key: 'b', budget: '3000.00' },
  ];
  const report = (seq: number, state: string, items: { key: string; percent: number }[] | null) => ({
    seq,
    state,
    auditedAt: state === 'ACCEPTED' ? `2026-11-0${seq}T00:00:00.000Z` : null,
    items,
  });

  it('weighs each accepted report by the budgets, in order, skipping the ones that do not count', () => {
    const points = progressHistory(plan, [
      report(3, 'SUBMITTED', [
        { key: 'a', percent: 100 },
        { key: 'b', percent: 100 },
      ]),
      report(2, 'ACCEPTED', [
        { key: 'a', percent: 100 },
        { key: 'b', percent: 50 },
      ]),
      report(1, 'ACCEPTED', [
        { key: 'a', percent: 50 },
        { key: 'b', percent: 0 },
      ]),
      report(4, 'DUE', null),
    ]);
    expect(points).toEqual([
      { seq: 1, at: '2026-11-01T00:00:00.000Z', percent: '12.50' },
      { seq: 2, at: '2026-11-02T00:00:00.000Z', percent: '62.50' },
    ]);
  });

  it('counts an item a report left out as 0%, rounds down as the API does, and has nothing to draw without a budget', () => {
    const thirds = [
      { key: 'a', budget: '1.00' },
      { key: 'b', budget: '2.00' },
    ];
    expect(progressHistory(thirds, [report(1, 'ACCEPTED', [{ key: 'a', percent: 100 }])])[0]!.percent).toBe('33.33');
    expect(progressHistory([], [report(1, 'ACCEPTED', [])])[0]!.percent).toBe('0.00');
    expect(() => progressHistory([{ key: 'a', budget: '1.5' }], [])).toThrow(RangeError);
  });

  it('draws a line per period from 0 to 100%', () => {
    const option = progressLineOption([
      { seq: 1, at: null, percent: '12.50' },
      { seq: 2, at: null, percent: '62.50' },
    ]);
    expect(option.xAxis.data).toEqual(['第 1 期', '第 2 期']);
    expect(option.series[0]!.data).toEqual([12.5, 62.5]);
    expect(option.yAxis).toMatchObject({ min: 0, max: 100 });
  });
});
