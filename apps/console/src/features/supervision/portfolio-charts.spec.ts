import { PROJECT_STATES, type ProjectState } from '@domain/lifecycle/lifecycle.machine';
import { chartHeight, overdueByKind, projectsByState, stackedBarOption, type DistrictCounts } from './portfolio-charts';

function district(name: string, counts: Partial<Record<ProjectState, number>>, overdue = { reports: 0, findings: 0, complaints: 0 }) {
  const byState = Object.fromEntries(PROJECT_STATES.map((s) => [s, counts[s] ?? 0])) as Record<ProjectState, number>;
  return { name, projects: { byState }, overdue } satisfies DistrictCounts;
}

describe('the portfolio as chart series', () => {
  const districts = [
    district('雨花区', { CONSTRUCTION: 2, SURVEY: 1 }, { reports: 1, findings: 2, complaints: 0 }),
    district('岳麓区', { SURVEY: 3, CLOSED: 1 }),
  ];

  it('stacks each district by the states some district has, in lifecycle order, named in Chinese', () => {
    expect(projectsByState(districts)).toEqual({
      categories: ['雨花区', '岳麓区'],
      series: [
        { key: 'SURVEY', name: '摸底调查', data: [1, 3] },
        { key: 'CONSTRUCTION', name: '进行现场施工', data: [2, 0] },
        { key: 'CLOSED', name: '已完结', data: [0, 1] },
      ],
    });
  });

  it('draws nothing for a portfolio without projects, and no district at all', () => {
    expect(projectsByState([district('雨花区', {})]).series).toEqual([]);
    expect(projectsByState([])).toEqual({ categories: [], series: [] });
  });

  it('keeps every overdue kind, zeros included', () => {
    expect(overdueByKind(districts).series).toEqual([
      { key: 'reports', name: '逾期进度报告', data: [1, 0] },
      { key: 'findings', name: '逾期未整改问题', data: [2, 0] },
      { key: 'complaints', name: '超时未办投诉', data: [0, 0] },
    ]);
  });

  it('makes one stack of horizontal bars, the districts top to bottom, as tall as they need', () => {
    const bars = projectsByState(districts);
    const option = stackedBarOption(bars);
    expect(option.yAxis).toMatchObject({ type: 'category', data: ['雨花区', '岳麓区'], inverse: true });
    expect(option.series.map((s) => [s.name, s.stack, s.type])).toEqual([
      ['摸底调查', 'total', 'bar'],
      ['进行现场施工', 'total', 'bar'],
      ['已完结', 'total', 'bar'],
    ]);
    expect(chartHeight(bars)).toBe(168);
    expect(chartHeight(projectsByState([]))).toBe(124);
  });
});
