import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Form, Input, InputNumber, Modal, Progress, Skeleton, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { lazy, Suspense, useMemo, useState } from 'react';
import { api, read } from '../../../api/client';
import { useProfile } from '../../../session/SessionProvider';
import { DateTime } from '../../../shared/components/DateTime';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { QueryState } from '../../../shared/components/QueryState';
import { MachineStateTag } from '../../../shared/components/StateTag';
import { useFormSubmit } from '../../../shared/forms';
import { FindingsTable } from '../../supervision/FindingsTable';
import { progressHistory, progressLineOption } from '../../supervision/progress-history';
import { AcceptDialog, ReturnDialog, useAfterReport } from '../../supervision/ReportAudit';
import { currentPlanQuery, ledgerQuery, progressQuery, reportsQuery, type PlanVersion, type Report } from '../../supervision/queries';
import type { ProjectTabProps } from '../tabs';

const EChart = lazy(() => import('../../../shared/components/EChart'));

/** Report states the PM can (re)submit from. */
const OPEN_TO_SUBMIT = ['DUE', 'OVERDUE', 'RETURNED'];

type Dialog = { kind: 'submit' | 'accept' | 'return'; report: Report } | null;

/**
 * A project's progress reports: the PM fills in and submits one per period, a supervisor accepts
 * it (its figures then count) or returns it with findings; the progress and the open findings beside.
 */
export default function ReportsTab({ project }: ProjectTabProps) {
  const reports = useQuery(reportsQuery(project.id));
  const progress = useQuery(progressQuery(project.id));
  const findings = useQuery(ledgerQuery({ projectId: project.id }));
  const role = useProfile().data?.role;
  const [dialog, setDialog] = useState<Dialog>(null);
  const building = project.state === 'CONSTRUCTION';

  const columns: ColumnsType<Report> = [
    { title: '期次', dataIndex: 'seq', render: (seq: number) => `第 ${seq} 期` },
    { title: '应报日期', dataIndex: 'dueAt', render: (at: string) => <DateTime at={at} /> },
    { title: '状态', dataIndex: 'state', render: (s: string) => <MachineStateTag machine="progress-report" state={s} /> },
    { title: '提交时间', dataIndex: 'submittedAt', render: (at: string | null) => <DateTime at={at} />, responsive: ['md'] },
    { title: '审核时间', dataIndex: 'auditedAt', render: (at: string | null) => <DateTime at={at} />, responsive: ['lg'] },
    {
      title: '操作',
      key: 'actions',
      render: (_, r) => (
        <Space wrap>
          {role === 'DISTRICT_PM' && building && OPEN_TO_SUBMIT.includes(r.state) && (
            <Button size="small" type="primary" onClick={() => setDialog({ kind: 'submit', report: r })}>
              {r.state === 'RETURNED' ? '修改后重新提交' : '填报'}
            </Button>
          )}
          {role === 'SUPERVISOR' && r.state === 'SUBMITTED' && (
            <>
              <Button size="small" type="primary" onClick={() => setDialog({ kind: 'accept', report: r })}>
                采纳
              </Button>
              <Button size="small" danger onClick={() => setDialog({ kind: 'return', report: r })}>
                退回并提出问题
              </Button>
            </>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card size="small" title="施工进度">
        <QueryState query={progress} rows={2}>
          {(p) => (
            <Space wrap size="large" align="center">
              <Progress type="circle" size={88} percent={Number(p.percent)} format={() => `${p.percent}%`} aria-label="施工进度" />
              <Typography.Text type="secondary">
                {p.reportSeq === null ? '还没有经督导采纳的进度报告' : `按投资加权，依据第 ${p.reportSeq} 期已采纳的进度报告`}
              </Typography.Text>
              {role === 'DISTRICT_PM' && building && <ScheduleForm projectId={project.id} />}
            </Space>
          )}
        </QueryState>
        <ProgressCurve projectId={project.id} reports={reports.data ?? []} />
      </Card>
      <Card size="small" title="进度报告">
        <QueryState query={reports} isEmpty={(r) => r.length === 0} empty="开工后每期进度报告会在这里列出">
          {(r) => (
            <Table<Report>
              rowKey="id"
              aria-label="进度报告"
              columns={columns}
              dataSource={[...r].reverse()}
              size="middle"
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              scroll={{ x: 'max-content' }}
              expandable={{
                rowExpandable: (x) => x.items !== null,
                expandedRowRender: (x) => <ReportDetail report={x} projectId={project.id} />,
              }}
            />
          )}
        </QueryState>
      </Card>
      <Card size="small" title="本项目未销号的问题">
        <QueryState query={findings} isEmpty={(f) => f.length === 0} empty="没有未销号的问题">
          {(f) => <FindingsTable findings={f} />}
        </QueryState>
      </Card>
      {dialog?.kind === 'submit' && (
        <SubmitDialog projectId={project.id} report={dialog.report} reports={reports.data ?? []} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'accept' && <AcceptDialog projectId={project.id} report={dialog.report} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'return' && <ReturnDialog projectId={project.id} report={dialog.report} onClose={() => setDialog(null)} />}
    </Space>
  );
}

/** The progress after each accepted report, once there are two points to join. */
function ProgressCurve({ projectId, reports }: { projectId: string; reports: Report[] }) {
  const plan = useQuery(currentPlanQuery(projectId));
  const points = useMemo(() => (plan.data ? progressHistory(plan.data.items, reports) : []), [plan.data, reports]);
  const option = useMemo(() => progressLineOption(points), [points]);
  if (points.length < 2) return null;
  return (
    <Suspense fallback={<Skeleton active paragraph={{ rows: 3 }} />}>
      <EChart
        option={option}
        height={220}
        label={`进度曲线：第 ${points[0]!.seq} 至 ${points.at(-1)!.seq} 期已采纳报告，最新 ${points.at(-1)!.percent}%`}
      />
    </Suspense>
  );
}

function ReportDetail({ report, projectId }: { report: Report; projectId: string }) {
  const plan = useQuery(currentPlanQuery(projectId));
  const name = (key: string) => plan.data?.items.find((i) => i.key === key)?.name ?? key;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label="本期进展">{report.narrative}</Descriptions.Item>
        {report.issues && <Descriptions.Item label="存在问题">{report.issues}</Descriptions.Item>}
      </Descriptions>
      <Table
        rowKey="key"
        size="small"
        aria-label={`第 ${report.seq} 期各项目进度`}
        pagination={false}
        dataSource={report.items ?? []}
        columns={[
          { title: '方案项目', dataIndex: 'key', render: (k: string) => name(k) },
          { title: '完成', dataIndex: 'percent', align: 'right', render: (p: number) => `${p}%` },
          { title: '下降原因', dataIndex: 'reason', render: (r?: string | null) => r ?? '—' },
        ]}
      />
    </Space>
  );
}

interface ReportValues {
  items: { key: string; percent: number; reason?: string }[];
  narrative: string;
  issues?: string;
}

/** The figures a form starts from: the report's own when it came back, else the last accepted report's. */
function startingFigures(plan: PlanVersion, report: Report, reports: Report[]): ReportValues['items'] {
  const last = [...reports].reverse().find((r) => r.state === 'ACCEPTED');
  const from = report.items ?? last?.items ?? [];
  return plan.items.map((i) => ({ key: i.key, percent: from.find((x) => x.key === i.key)?.percent ?? 0 }));
}

function SubmitDialog({
  projectId,
  report,
  reports,
  onClose,
}: {
  projectId: string;
  report: Report;
  reports: Report[];
  onClose: () => void;
}) {
  const plan = useQuery(currentPlanQuery(projectId));
  const [form] = Form.useForm<ReportValues>();
  const after = useAfterReport(projectId);
  const { message } = App.useApp();
  const { error, busy, submit } = useFormSubmit(
    form,
    (v: ReportValues) =>
      read<Report>(
        api.POST('/reports/{id}/submit', {
          params: { path: { id: report.id } },
          body: {
            items: v.items.map((i) => ({ key: i.key, percent: i.percent, reason: i.reason?.trim() || undefined })),
            narrative: v.narrative.trim(),
            issues: v.issues?.trim() || undefined,
          },
        }),
      ),
    async (r) => {
      message.success(`第 ${r.seq} 期进度报告已提交，等待督导审核。`);
      await after();
      onClose();
    },
  );
  return (
    <Modal
      open
      width={760}
      title={`填报第 ${report.seq} 期进度报告`}
      okText="提交"
      cancelText="取消"
      confirmLoading={busy}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <QueryState query={plan} isEmpty={(p) => !p || p.items.length === 0} empty="项目还没有改造方案，无法填报">
        {(p) => (
          <Form
            form={form}
            layout="vertical"
            onFinish={submit}
            initialValues={{ items: startingFigures(p!, report, reports), narrative: report.narrative ?? '', issues: report.issues ?? '' }}
          >
            <Typography.Paragraph type="secondary">每个方案项目填写累计完成百分比；比上次采纳的数字低时须说明原因。</Typography.Paragraph>
            {p!.items.map((item, i) => (
              <Space key={item.key} wrap align="start" style={{ width: '100%' }}>
                <Form.Item name={['items', i, 'key']} hidden>
                  <Input />
                </Form.Item>
                <Form.Item
                  label={`${item.name}（%）`}
                  name={['items', i, 'percent']}
                  rules={[{ required: true, message: '请填写完成百分比' }]}
                >
                  <InputNumber min={0} max={100} precision={0} style={{ width: 120 }} />
                </Form.Item>
                <Form.Item label={`${item.name}：下降原因`} name={['items', i, 'reason']}>
                  <Input style={{ width: 320 }} maxLength={2000} placeholder="进度比上次低时填写" />
                </Form.Item>
              </Space>
            ))}
            <Form.Item label="本期进展" name="narrative" rules={[{ required: true, whitespace: true, message: '请填写本期进展' }]}>
              <Input.TextArea rows={3} maxLength={20000} />
            </Form.Item>
            <Form.Item label="存在问题" name="issues">
              <Input.TextArea rows={2} maxLength={20000} />
            </Form.Item>
          </Form>
        )}
      </QueryState>
      {error !== null && <ProblemAlert error={error} title="未能提交" />}
    </Modal>
  );
}

/** The PM sets the days between reports; the API answers only the value set, so the field starts empty. */
function ScheduleForm({ projectId }: { projectId: string }) {
  const [form] = Form.useForm<{ intervalDays: number }>();
  const { message } = App.useApp();
  const { error, busy, submit } = useFormSubmit(
    form,
    ({ intervalDays }: { intervalDays: number }) =>
      read<{ intervalDays: number }>(
        api.PUT('/projects/{id}/report-schedule', { params: { path: { id: projectId } }, body: { intervalDays } }),
      ),
    (s) => message.success(`报告间隔已设为 ${s.intervalDays} 天，自下一次采纳后到期的报告起生效。`),
  );
  return (
    <Space orientation="vertical">
      <Form form={form} layout="inline" onFinish={submit} aria-label="报告间隔">
        <Form.Item label="报告间隔（天）" name="intervalDays" rules={[{ required: true, message: '请填写天数' }]}>
          <InputNumber min={1} max={90} precision={0} placeholder="15" style={{ width: 100 }} />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit" loading={busy}>
            保存间隔
          </Button>
        </Form.Item>
      </Form>
      {error !== null && <ProblemAlert error={error} title="未能保存" />}
    </Space>
  );
}
