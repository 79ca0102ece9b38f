import type { FindingSeverity } from '@domain/construction/supervision';
import { useQuery } from '@tanstack/react-query';
import { Form, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useProfile } from '../../session/SessionProvider';
import { PageCard } from '../../shared/components/PageCard';
import { QueryState } from '../../shared/components/QueryState';
import { FilterSelect } from '../../shared/components/Filters';
import { districtOptionsQuery, projectListQuery } from '../projects/queries';
import { SEVERITY_OPTIONS } from './findings';
import { FindingsTable } from './FindingsTable';
import { ledgerQuery, type LedgerFilter } from './queries';

/** The open-findings ledger (挂账销号) of the whole scope: overdue first, filtered in the address. */
export default function LedgerPage() {
  const [params, setParams] = useSearchParams();
  const filter: LedgerFilter = {
    districtId: params.get('districtId') ?? undefined,
    projectId: params.get('projectId') ?? undefined,
    severity: (params.get('severity') as FindingSeverity | null) ?? undefined,
  };
  const ledger = useQuery(ledgerQuery(filter));
  const role = useProfile().data?.role;
  const byDistrict = !!role && role !== 'RESIDENTS_COMMITTEE';
  const districts = useQuery({ ...districtOptionsQuery(), enabled: byDistrict });
  const projects = useQuery(projectListQuery({ sort: 'recent', limit: 500, offset: 0, districtId: filter.districtId }));

  const change = (key: keyof LedgerFilter, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key === 'districtId') next.delete('projectId');
    setParams(next, { replace: true });
  };

  return (
    <PageCard title="问题台账">
      <Typography.Paragraph type="secondary">未销号的督导问题，逾期的在前，其余按整改期限排列。</Typography.Paragraph>
      <Form layout="inline" aria-label="筛选问题" style={{ marginBottom: 16, rowGap: 8 }}>
        {byDistrict && (
          <FilterSelect
            id="ledger-district"
            label="区县"
            all="全部区县"
            width={180}
            value={filter.districtId}
            loading={districts.isPending}
            options={districts.data ?? []}
            onChange={(v) => change('districtId', v)}
          />
        )}
        <FilterSelect
          id="ledger-project"
          label="项目"
          all="全部项目"
          width={240}
          searchable
          value={filter.projectId}
          loading={projects.isPending}
          options={projects.data?.items.map((p) => ({ value: p.id, label: p.name })) ?? []}
          onChange={(v) => change('projectId', v)}
        />
        <FilterSelect
          id="ledger-severity"
          label="严重程度"
          all="全部"
          width={120}
          value={filter.severity}
          options={SEVERITY_OPTIONS}
          onChange={(v) => change('severity', v)}
        />
      </Form>
      <QueryState query={ledger} isEmpty={(f) => f.length === 0} empty="没有未销号的问题">
        {(findings) => <FindingsTable findings={findings} withProject />}
      </QueryState>
    </PageCard>
  );
}
