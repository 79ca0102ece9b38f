import { useQuery } from '@tanstack/react-query';
import { Card, Progress as Bar, Space, Table, Typography } from 'antd';
import { Money } from '../../../../shared/components/Money';
import { QueryState } from '../../../../shared/components/QueryState';
import type { ProjectTabProps } from '../../tabs';
import { ChangeOrders } from './ChangeOrders';
import { coverageQuery, progressQuery, type Progress } from './queries';
import { SiteConfirmationCard } from './SiteConfirmationCard';

/**
 * Construction under supervision: the progress supervisors accepted, the change orders on their
 * way from the five parties' argument to the government's decision, and the on-site confirmation
 * of what was built. (Progress reports are a tab of their own.)
 */
export default function ConstructionTab({ project }: ProjectTabProps) {
  const progress = useQuery(progressQuery(project.id));
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title="工程进度">
        <QueryState query={progress}>{(p) => <ProgressView projectId={project.id} progress={p} />}</QueryState>
      </Card>
      <ChangeOrders project={project} />
      <SiteConfirmationCard project={project} />
    </Space>
  );
}

function ProgressView({ projectId, progress: p }: { projectId: string; progress: Progress }) {
  const coverage = useQuery({ ...coverageQuery(projectId), enabled: p.compounds.length > 1 });
  const names = new Map((coverage.data ?? []).map((c) => [c.compoundId, c.name]));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Bar percent={p.basisPoints / 100} format={() => `${p.percent}%`} aria-label="按预算加权的工程进度" />
      <Typography.Text type="secondary">
        {p.reportSeq === null ? '尚无督导采纳的进度报告。' : `按预算加权，依据督导已采纳的第 ${p.reportSeq} 期进度报告。`}
      </Typography.Text>
      {p.compounds.length > 1 && (
        <Table
          rowKey={(c) => c.compoundId ?? 'shared'}
          size="small"
          pagination={false}
          dataSource={p.compounds}
          columns={[
            { title: '小区', key: 'compound', render: (_, c) => (c.compoundId === null ? '片区共用' : (names.get(c.compoundId) ?? '…')) },
            { title: '预算', key: 'budget', align: 'right', render: (_, c) => <Money yuan={c.budget} /> },
            { title: '进度', key: 'percent', align: 'right', render: (_, c) => `${c.percent}%` },
          ]}
        />
      )}
    </Space>
  );
}
