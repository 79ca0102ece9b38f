import { progressBasisPoints } from '@domain/construction/supervision';

const YUAN = /^(\d+)\.(\d{2})$/;

/** The API's exact yuan ("9000.00") as fen, without floating point. */
function fenOf(yuan: string): bigint {
  const m = YUAN.exec(yuan);
  if (!m) throw new RangeError(`not an amount in yuan: ${yuan}`);
  return BigInt(m[1]! + m[2]!);
}

export interface ProgressPoint {
  seq: number;
  /** When a supervisor accepted the report. */
  at: string | null;
  /** Percent, two decimals, as the API's progress gives it. */
  percent: string;
}

/**
 * The project's progress after each accepted report, budget-weighted over the plan in force as the
 * API weighs the latest one (an item a report left out counts 0%): the curve of the figures that count.
 */
export function progressHistory(
  planItems: { key: string; budget: string }[],
  reports: { seq: number; state: string; auditedAt: string | null; items: { key: string; percent: number }[] | null }[],
): ProgressPoint[] {
  const budgets = planItems.map((i) => ({ key: i.key, budgetFen: fenOf(i.budget) }));
  return reports
    .filter((r) => r.state === 'ACCEPTED')
    .sort((a, b) => a.seq - b.seq)
    .map((r) => {
      const percentOf = new Map((r.items ?? []).map((i) => [i.key, i.percent]));
      const bp = progressBasisPoints(budgets.map((b) => ({ budgetFen: b.budgetFen, percent: percentOf.get(b.key) ?? 0 })));
      return { seq: r.seq, at: r.auditedAt, percent: (bp / 100).toFixed(2) };
    });
}

/** A line of the points, 0 to 100%. */
export function progressLineOption(points: ProgressPoint[]) {
  return {
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v.toFixed(2)}%` },
    xAxis: { type: 'category', data: points.map((p) => `第 ${p.seq} 期`) },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [{ type: 'line', name: '施工进度', data: points.map((p) => Number(p.percent)), label: { show: true, formatter: '{c}%' } }],
  };
}
