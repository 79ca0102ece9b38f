import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, read } from '../../api/client';
import { useProfile } from '../../session/SessionProvider';
import { DateTime } from '../../shared/components/DateTime';
import { FormDialog } from '../../shared/components/FormDialog';
import { MachineStateTag } from '../../shared/components/StateTag';
import { FINDING_SEVERITY_LABELS, machineStateLabel } from '../../shared/dictionary';
import { showFieldErrors } from '../../shared/forms';
import { findingActions, type FindingAction } from './findings';
import type { LedgerFinding } from './queries';

const SEVERITY_COLORS: Record<string, string> = { LOW: 'default', MEDIUM: 'gold', HIGH: 'orange', CRITICAL: 'red' };

/**
 * Findings not closed, in the order the API gives (overdue first, then by deadline), each with
 * what the user's role may do to it next; `withProject` where several projects' findings are listed.
 */
export function FindingsTable({ findings, withProject = false }: { findings: LedgerFinding[]; withProject?: boolean }) {
  const role = useProfile().data?.role;
  const [acting, setActing] = useState<{ finding: LedgerFinding; action: FindingAction } | null>(null);
  const columns: ColumnsType<LedgerFinding> = [
    {
      title: '逾期',
      dataIndex: 'overdue',
      render: (overdue: boolean) => (overdue ? <Tag color="error">已逾期</Tag> : <Tag>未逾期</Tag>),
    },
    ...(withProject
      ? [
          {
            title: '项目',
            dataIndex: 'projectName',
            render: (name: string, f: LedgerFinding) => <Link to={`/projects/${f.projectId}?tab=reports`}>{name}</Link>,
          },
        ]
      : []),
    { title: '问题', dataIndex: 'description', render: (d: string) => <span className="finding-description">{d}</span> },
    {
      title: '严重程度',
      dataIndex: 'severity',
      render: (s: string) => (
        <Tag color={SEVERITY_COLORS[s]}>{FINDING_SEVERITY_LABELS[s as keyof typeof FINDING_SEVERITY_LABELS] ?? s}</Tag>
      ),
    },
    { title: '整改期限', dataIndex: 'deadline', render: (at: string) => <DateTime at={at} /> },
    { title: '责任人', dataIndex: 'responsible', responsive: ['md'] },
    { title: '状态', dataIndex: 'state', render: (s: string) => <MachineStateTag machine="finding" state={s} /> },
    { title: '提出时间', dataIndex: 'raisedAt', render: (at: string) => <DateTime at={at} />, responsive: ['lg'] },
    {
      title: '操作',
      key: 'actions',
      render: (_, f) => (
        <Space wrap>
          {role &&
            findingActions(f.state, role).map((action) => (
              <Button key={action.event} size="small" onClick={() => setActing({ finding: f, action })}>
                {action.label}
              </Button>
            ))}
        </Space>
      ),
    },
  ];
  return (
    <>
      <Table<LedgerFinding>
        rowKey="id"
        aria-label="问题台账"
        columns={columns}
        dataSource={findings}
        size="middle"
        pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 条` }}
        scroll={{ x: 'max-content' }}
      />
      {acting && <FindingActionDialog {...acting} onClose={() => setActing(null)} />}
    </>
  );
}

/** Confirms a finding's event, with the evidence or the reason it needs; a refusal stays in the dialog. */
function FindingActionDialog({ finding, action, onClose }: { finding: LedgerFinding; action: FindingAction; onClose: () => void }) {
  const [form] = Form.useForm<{ evidence?: string; reason?: string }>();
  const [refusal, setRefusal] = useState<unknown>(null);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const fire = useMutation({
    mutationFn: (values: { evidence?: string; reason?: string }) =>
      read(
        api.POST('/findings/{id}/transitions', {
          params: { path: { id: finding.id } },
          body: { event: action.event, evidence: values.evidence?.trim() || undefined, reason: values.reason?.trim() || undefined },
        }),
      ),
    onSuccess: async () => {
      message.success(`已${action.label}，问题状态为「${machineStateLabel('finding', action.to)}」。`);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['findings'] }),
        queryClient.invalidateQueries({ queryKey: ['portfolio'] }),
      ]);
      onClose();
    },
    onError: (e) => {
      showFieldErrors(form, e);
      setRefusal(e);
    },
  });
  const field = action.needs === 'evidence' ? '整改证据' : '原因';
  return (
    <FormDialog
      title={`确认：${action.label}`}
      okText="确认执行"
      busy={fire.isPending}
      error={refusal}
      failure="未能执行"
      warning={
        <>
          问题「{finding.description}」将变为「{machineStateLabel('finding', action.to)}」，此操作会记入项目历史。
        </>
      }
      form={form}
      onSubmit={(v) => fire.mutate(v)}
      onClose={onClose}
    >
      {action.needs && (
        <Form.Item
          label={field}
          name={action.needs}
          rules={[{ required: true, whitespace: true, message: `请填写${field}` }]}
          extra={action.needs === 'evidence' ? '如整改照片编号、复查记录' : undefined}
        >
          <Input.TextArea rows={3} maxLength={action.needs === 'evidence' ? 5000 : 2000} showCount autoFocus />
        </Form.Item>
      )}
    </FormDialog>
  );
}
