import { PROJECT_STATES, type ProjectState } from '@domain/lifecycle/lifecycle.machine';
import { PROJECT_STATE_LABELS } from '../../shared/dictionary';

/** What the portfolio gives per district that the charts draw. */
export interface DistrictCounts {
  name: string;
  projects: { byState: Record<ProjectState, number> };
  overdue: { reports: number; findings: number; complaints: number };
}

export interface StackedBars {
  /** The districts, one bar each, in the portfolio's order. */
  categories: string[];
  /** One segment per stack part, named in Chinese. */
  series: { key: string; name: string; data: number[] }[];
}

/**
 * Projects by district and lifecycle state, stacked: the states in lifecycle order, only those
 * some district has a project in (fifteen legend entries of zeros tell nothing).
 */
export function projectsByState(districts: DistrictCounts[]): StackedBars {
  const states = PROJECT_STATES.filter((s) => districts.some((d) => d.projects.byState[s] > 0));
  return {
    categories: districts.map((d) => d.name),
    series: states.map((s) => ({ key: s, name: PROJECT_STATE_LABELS[s], data: districts.map((d) => d.projects.byState[s]) })),
  };
}

const OVERDUE_PARTS = [
  { key: 'reports', name: '逾期进度报告' },
  { key: 'findings', name: '逾期未整改问题' },
  { key: 'complaints', name: '超时未办投诉' },
] as const;

/** Overdue items by district, stacked by kind; every kind stays, so a zero reads as none rather than missing. */
export function overdueByKind(districts: DistrictCounts[]): StackedBars {
  return {
    categories: districts.map((d) => d.name),
    series: OVERDUE_PARTS.map((p) => ({ key: p.key, name: p.name, data: districts.map((d) => d.overdue[p.key]) })),
  };
}

/** Fifteen distinct colours, so that neighbouring stages never share one (ECharts' own palette has nine). */
const PALETTE = [
  '#5470c6',
  '#91cc75',
  '#fac858',
  '#ee6666',
  '#73c0de',
  '#3ba272',
  '#fc8452',
  '#9a60b4',
  '#ea7ccc',
  '#2f4554',
  '#c4ccd3',
  '#8d6e63',
  '#1d39c4',
  '#d4b106',
  '#08979c',
];

/** Horizontal stacked bars (district names read across), as tall as the districts need. */
export function stackedBarOption(bars: StackedBars) {
  return {
    color: PALETTE,
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, type: 'scroll' },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: bars.categories, inverse: true },
    series: bars.series.map((s) => ({ type: 'bar', stack: 'total', name: s.name, data: s.data, barMaxWidth: 36 })),
  };
}

export function chartHeight(bars: StackedBars): number {
  return 80 + Math.max(1, bars.categories.length) * 44;
}
