import { useQuery } from '@tanstack/react-query';
import { Button, Form, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageCard } from '../../shared/components/PageCard';
import { DateTime } from '../../shared/components/DateTime';
import { QueryState } from '../../shared/components/QueryState';
import { FilterSelect } from '../../shared/components/Filters';
import { districtOptionsQuery } from '../projects/queries';
import { reportQueueQuery, type QueuedReport } from './queries';
import { AcceptDialog, ReturnDialog } from './ReportAudit';

/** The submitted progress reports of every project in scope, the longest waiting first, each accepted or returned here. */
export default function ReportQueuePage() {
  const [params, setParams] = useSearchParams();
  const districtId = params.get('districtId') ?? undefined;
  const queue = useQuery(reportQueueQuery(districtId));
  const districts = useQuery(districtOptionsQuery());
  const [dialog, setDialog] = useState<{ kind: 'accept' | 'return'; report: QueuedReport } | null>(null);

  const columns: ColumnsType<QueuedReport> = [
    {
      title: '项目',
      dataIndex: 'projectName',
      render: (name: string, r) => <Link to={`/projects/${r.projectId}?tab=reports`}>{name}</Link>,
    },
    { title: '期次', dataIndex: 'seq', render: (seq: number) => `第 ${seq} 期` },
    { title: '提交时间', dataIndex: 'submittedAt', render: (at: string | null) => <DateTime at={at} /> },
    { title: '应报日期', dataIndex: 'dueAt', render: (at: string) => <DateTime at={at} />, responsive: ['md'] },
    { title: '本期进展', dataIndex: 'narrative', ellipsis: true, responsive: ['lg'] },
    {
      title: '操作',
      key: 'actions',
      render: (_, r) => (
        <Space wrap>
          <Button size="small" type="primary" onClick={() => setDialog({ kind: 'accept', report: r })}>
            采纳
          </Button>
          <Button size="small" danger onClick={() => setDialog({ kind: 'return', report: r })}>
            退回并提出问题
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <PageCard title="待审核报告">
      <Form layout="inline" aria-label="筛选报告" style={{ marginBottom: 16 }}>
        <FilterSelect
          id="queue-district"
          label="区县"
          all="全部区县"
          width={180}
          value={districtId}
          loading={districts.isPending}
          options={districts.data ?? []}
          onChange={(v) => setParams(v ? { districtId: v } : {}, { replace: true })}
        />
      </Form>
      <QueryState query={queue} isEmpty={(q) => q.length === 0} empty="没有等待审核的进度报告">
        {(q) => (
          <Table<QueuedReport>
            rowKey="id"
            aria-label="待审核报告"
            columns={columns}
            dataSource={q}
            size="middle"
            pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 条` }}
            scroll={{ x: 'max-content' }}
          />
        )}
      </QueryState>
      {dialog?.kind === 'accept' && (
        <AcceptDialog projectId={dialog.report.projectId} report={dialog.report} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'return' && (
        <ReturnDialog projectId={dialog.report.projectId} report={dialog.report} onClose={() => setDialog(null)} />
      )}
    </PageCard>
  );
}
