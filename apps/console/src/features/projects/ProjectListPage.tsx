import { useQuery } from '@tanstack/react-query';
import type { ProjectState } from '@domain/lifecycle/lifecycle.machine';
import { Badge, Collapse, Form, Input, Select, Space } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useSearchParams } from 'react-router';
import { useProfile } from '../../session/SessionProvider';
import { PageCard } from '../../shared/components/PageCard';
import { DataTable } from '../../shared/components/DataTable';
import { DateTime } from '../../shared/components/DateTime';
import { StateTag } from '../../shared/components/StateTag';
import { FilterSelect, PlanYearFilter, ProjectStateFilter } from '../../shared/components/Filters';
import { StateChart } from './StateChart';
import { districtOptionsQuery, projectListQuery, type ProjectFilter, type ProjectListItem } from './queries';

const columns: ColumnsType<ProjectListItem> = [
  { title: '项目', dataIndex: 'name', render: (name: string, p) => <Link to={`/projects/${p.id}`}>{name}</Link> },
  { title: '小区', dataIndex: 'compoundName' },
  { title: '区县', dataIndex: 'districtName', responsive: ['md'] },
  { title: '阶段', dataIndex: 'state', render: (s: string) => <StateTag state={s} /> },
  { title: '计划年度', dataIndex: 'planYear', render: (y: number | null) => y ?? '—', responsive: ['md'] },
  {
    title: '逾期事项',
    dataIndex: 'overdue',
    align: 'right',
    render: (n: number) =>
      n > 0 ? <Badge count={n} overflowCount={999} aria-label={`${n} 项逾期`} /> : <span aria-label="无逾期">0</span>,
  },
  { title: '更新时间', dataIndex: 'updatedAt', render: (at: string) => <DateTime at={at} />, responsive: ['lg'] },
];

/** The filters live in the address, so a filtered list can be bookmarked and shared. */
function filterFrom(params: URLSearchParams): ProjectFilter {
  const year = Number(params.get('planYear'));
  return {
    districtId: params.get('districtId') ?? undefined,
    state: (params.get('state') as ProjectState | null) ?? undefined,
    planYear: Number.isInteger(year) && year > 0 ? year : undefined,
    q: params.get('q') ?? undefined,
    sort: params.get('sort') === 'recent' ? 'recent' : 'overdue',
    limit: Number(params.get('limit')) || 20,
    offset: Number(params.get('offset')) || 0,
  };
}

export default function ProjectListPage() {
  const [params, setParams] = useSearchParams();
  const filter = filterFrom(params);
  const list = useQuery(projectListQuery(filter));
  const me = useProfile().data;
  const byDistrict = me && me.role !== 'RESIDENTS_COMMITTEE';
  const districts = useQuery({ ...districtOptionsQuery(), enabled: !!byDistrict });

  const change = (patch: Partial<Record<keyof ProjectFilter, string | number | undefined>>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, String(v));
    }
    if (!('offset' in patch)) next.delete('offset');
    setParams(next, { replace: true });
  };

  return (
    <PageCard title="项目">
      <Form layout="inline" className="filters" aria-label="筛选项目" style={{ marginBottom: 16, rowGap: 8 }}>
        {byDistrict && (
          <FilterSelect
            id="filter-district"
            label="区县"
            all="全部区县"
            width={160}
            value={filter.districtId}
            loading={districts.isPending}
            options={districts.data ?? []}
            onChange={(v) => change({ districtId: v })}
          />
        )}
        <ProjectStateFilter id="filter-state" value={filter.state} onChange={(v) => change({ state: v })} />
        <PlanYearFilter id="filter-year" value={filter.planYear} onChange={(v) => change({ planYear: v })} />
        <Form.Item label="搜索" htmlFor="filter-q">
          <Input.Search
            id="filter-q"
            allowClear
            placeholder="项目或小区名称"
            defaultValue={filter.q}
            onSearch={(v) => change({ q: v.trim() || undefined })}
            style={{ width: 220 }}
          />
        </Form.Item>
        <Form.Item label="排序" htmlFor="filter-sort">
          <Select
            id="filter-sort"
            style={{ width: 140 }}
            value={filter.sort}
            onChange={(v) => change({ sort: v === 'overdue' ? undefined : v })}
            options={[
              { value: 'overdue', label: '逾期多的在前' },
              { value: 'recent', label: '最新创建在前' },
            ]}
          />
        </Form.Item>
      </Form>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {byDistrict && (
          <Collapse
            size="small"
            items={[
              { key: 'chart', label: '各阶段项目数', children: <StateChart districtId={filter.districtId} planYear={filter.planYear} /> },
            ]}
          />
        )}
        <DataTable<ProjectListItem>
          rowKey="id"
          columns={columns}
          query={list}
          page={{ limit: filter.limit, offset: filter.offset }}
          onPage={(p) => change({ limit: p.limit, offset: p.offset || undefined })}
          empty="没有符合条件的项目"
          size="middle"
        />
      </Space>
    </PageCard>
  );
}
