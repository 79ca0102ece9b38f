import { useQuery } from '@tanstack/react-query';
import { Skeleton } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { api, read, type ResponseOf } from '../../api/client';
import { ProblemAlert } from '../../shared/components/ProblemAlert';
import { PROJECT_STATE_LABELS } from '../../shared/dictionary';
import type { ProjectState } from '@domain/lifecycle/lifecycle.machine';

const EChart = lazy(() => import('../../shared/components/EChart'));

type Portfolio = ResponseOf<'/portfolio', 'get', { total: { projects: { total: number; byState: Record<ProjectState, number> } } }>;

/** Projects in scope by lifecycle state, from the portfolio, with the list's district and plan-year filters. */
export function StateChart({ districtId, planYear }: { districtId?: string; planYear?: number }) {
  const portfolio = useQuery({
    queryKey: ['portfolio', { districtId, planYear }],
    queryFn: () => read<Portfolio>(api.GET('/portfolio', { params: { query: { districtId, planYear } } })),
  });
  const option = useMemo(() => {
    const byState = portfolio.data?.total.projects.byState;
    const states = Object.keys(PROJECT_STATE_LABELS) as ProjectState[];
    return {
      grid: { left: 40, right: 16, top: 16, bottom: 64 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: states.map((s) => PROJECT_STATE_LABELS[s]), axisLabel: { interval: 0, rotate: 35 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: '项目数', data: states.map((s) => byState?.[s] ?? 0), itemStyle: { color: '#1677ff' } }],
    };
  }, [portfolio.data]);
  if (portfolio.isError) return <ProblemAlert error={portfolio.error} />;
  if (!portfolio.data) return <Skeleton active paragraph={{ rows: 3 }} />;
  return (
    <Suspense fallback={<Skeleton active paragraph={{ rows: 3 }} />}>
      <EChart option={option} height={240} label={`各阶段项目数，共 ${portfolio.data.total.projects.total} 个`} />
    </Suspense>
  );
}
