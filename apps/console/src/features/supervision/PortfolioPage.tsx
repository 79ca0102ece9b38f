import { useQuery } from '@tanstack/react-query';
import type { ProjectState } from '@domain/lifecycle/lifecycle.machine';
import { Card, Col, Form, Row, Skeleton, Space, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { lazy, Suspense, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { PageCard } from '../../shared/components/PageCard';
import { DateTime } from '../../shared/components/DateTime';
import { Money } from '../../shared/components/Money';
import { QueryState } from '../../shared/components/QueryState';
import { FilterSelect, PlanYearFilter, ProjectStateFilter } from '../../shared/components/Filters';
import { yuanFromFen } from '../../shared/money';
import { chartHeight, overdueByKind, projectsByState, stackedBarOption, type StackedBars } from './portfolio-charts';
import { portfolioQuery, type DistrictFigures, type Portfolio, type PortfolioFilter } from './queries';

const EChart = lazy(() => import('../../shared/components/EChart'));

/** Amounts of millions fit a sixth of the row at 1366 pixels. */
const MONEY_STYLE = { content: { fontSize: 20 } };

const columns: ColumnsType<DistrictFigures> = [
  { title: '区县', dataIndex: 'name', fixed: 'left' },
  { title: '项目数', dataIndex: ['projects', 'total'], align: 'right' },
  { title: '施工中', dataIndex: ['projects', 'byState', 'CONSTRUCTION'], align: 'right', responsive: ['md'] },
  { title: '逾期进度报告', dataIndex: ['overdue', 'reports'], align: 'right', responsive: ['lg'] },
  { title: '逾期未整改问题', dataIndex: ['overdue', 'findings'], align: 'right', responsive: ['lg'] },
  { title: '超时未办投诉', dataIndex: ['overdue', 'complaints'], align: 'right', responsive: ['lg'] },
  { title: '逾期合计', dataIndex: ['overdue', 'total'], align: 'right' },
  { title: '资金预算', dataIndex: ['funds', 'budgetFen'], align: 'right', render: (fen: string) => <Money fen={fen} /> },
  { title: '已筹集', dataIndex: ['funds', 'raisedFen'], align: 'right', render: (fen: string) => <Money fen={fen} />, responsive: ['md'] },
  { title: '资金缺口', dataIndex: ['funds', 'gapFen'], align: 'right', render: (fen: string) => <Money fen={fen} /> },
];

function filterFrom(params: URLSearchParams): PortfolioFilter {
  const year = Number(params.get('planYear'));
  return {
    cityId: params.get('cityId') ?? undefined,
    districtId: params.get('districtId') ?? undefined,
    state: (params.get('state') as ProjectState | null) ?? undefined,
    planYear: Number.isInteger(year) && year > 0 ? year : undefined,
  };
}

/** The districts in scope at a glance: projects by stage, what is overdue, the funds; filters in the address. */
export default function PortfolioPage() {
  const [params, setParams] = useSearchParams();
  const filter = filterFrom(params);
  const portfolio = useQuery(portfolioQuery(filter));
  // The choices come from the whole scope, whatever is filtered now.
  const scope = useQuery(portfolioQuery({}));

  const change = (patch: Partial<Record<keyof PortfolioFilter, string | number | undefined>>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    setParams(next, { replace: true });
  };

  return (
    <PageCard
      title="项目总览"
      extra={
        portfolio.data && (
          <span data-testid="as-of">
            截至 <DateTime at={portfolio.data.asOf} />
          </span>
        )
      }
    >
      <Form layout="inline" aria-label="筛选总览" style={{ marginBottom: 16, rowGap: 8 }}>
        {(scope.data?.cities.length ?? 0) > 1 && (
          <FilterSelect
            id="portfolio-city"
            label="城市"
            all="全部城市"
            width={160}
            value={filter.cityId}
            options={scope.data!.cities.map((c) => ({ value: c.id, label: c.name }))}
            onChange={(v) => change({ cityId: v, districtId: undefined })}
          />
        )}
        <FilterSelect
          id="portfolio-district"
          label="区县"
          all="全部区县"
          width={180}
          value={filter.districtId}
          loading={scope.isPending}
          options={(scope.data?.districts ?? [])
            .filter((d) => !filter.cityId || d.cityId === filter.cityId)
            .map((d) => ({ value: d.id, label: d.name }))}
          onChange={(v) => change({ districtId: v })}
        />
        <ProjectStateFilter id="portfolio-state" value={filter.state} onChange={(v) => change({ state: v })} />
        <PlanYearFilter id="portfolio-year" value={filter.planYear} onChange={(v) => change({ planYear: v })} />
      </Form>
      <QueryState query={portfolio} rows={8} isEmpty={(p) => p.districts.length === 0} empty="您的管辖范围内没有区县">
        {(p) => <PortfolioView portfolio={p} />}
      </QueryState>
    </PageCard>
  );
}

function PortfolioView({ portfolio: p }: { portfolio: Portfolio }) {
  const byState = useMemo(() => projectsByState(p.districts), [p]);
  const overdue = useMemo(() => overdueByKind(p.districts), [p]);
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Row gutter={[16, 16]} aria-label="合计">
        <Col xs={12} md={8} xl={4}>
          <Statistic title="项目总数" value={p.total.projects.total} />
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Statistic title="施工中" value={p.total.projects.byState.CONSTRUCTION} />
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Statistic
            title="逾期事项"
            value={p.total.overdue.total}
            styles={{ content: { color: p.total.overdue.total > 0 ? '#cf1322' : undefined } }}
          />
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Statistic title="资金预算" value={yuanFromFen(p.total.funds.budgetFen)} suffix="元" styles={MONEY_STYLE} />
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Statistic title="已筹集" value={yuanFromFen(p.total.funds.raisedFen)} suffix="元" styles={MONEY_STYLE} />
        </Col>
        <Col xs={12} md={8} xl={4}>
          <Statistic title="资金缺口" value={yuanFromFen(p.total.funds.gapFen)} suffix="元" styles={MONEY_STYLE} />
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small" title="各区县项目阶段分布">
            <Bars bars={byState} label={`各区县项目阶段分布，共 ${p.total.projects.total} 个项目`} empty="没有符合条件的项目" />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title="各区县逾期事项">
            <Bars bars={overdue} label={`各区县逾期事项，共 ${p.total.overdue.total} 项`} />
          </Card>
        </Col>
      </Row>
      <Table<DistrictFigures>
        rowKey="id"
        aria-label="各区县情况"
        columns={columns}
        dataSource={p.districts}
        pagination={false}
        size="middle"
        scroll={{ x: 'max-content' }}
      />
    </Space>
  );
}

function Bars({ bars, label, empty }: { bars: StackedBars; label: string; empty?: string }) {
  const option = useMemo(() => stackedBarOption(bars), [bars]);
  if (empty && bars.series.length === 0) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return (
    <Suspense fallback={<Skeleton active paragraph={{ rows: 3 }} />}>
      <EChart option={option} height={chartHeight(bars)} label={label} />
    </Suspense>
  );
}
