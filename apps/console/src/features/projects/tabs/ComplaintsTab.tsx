import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, InputNumber, List, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { api, read } from '../../../api/client';
import { useSession } from '../../../session/SessionProvider';
import { DateTime } from '../../../shared/components/DateTime';
import { FormDialog } from '../../../shared/components/FormDialog';
import { QueryState } from '../../../shared/components/QueryState';
import { MachineStateTag } from '../../../shared/components/StateTag';
import { machineStateLabel } from '../../../shared/dictionary';
import { useFormSubmit } from '../../../shared/forms';
import type { ProjectTabProps } from '../tabs';
import {
  complaintMachineQuery,
  complaintsQuery,
  coveredCompoundsQuery,
  eventBody,
  eventsFor,
  notesFor,
  type Complaint,
  type ComplaintNote,
  type ComplaintTransition,
} from './complaints';

/** Who files complaints for residents (the API's roles for POST /projects/:id/complaints). */
const FILERS = ['DISTRICT_PM', 'RESIDENTS_COMMITTEE'];

/** The residents' complaints of a project: recorded for them, then handled, resolved, revisited and closed. */
export default function ComplaintsTab({ project }: ProjectTabProps) {
  const complaints = useQuery(complaintsQuery(project.id));
  const machine = useQuery(complaintMachineQuery());
  const role = useSession().session?.role ?? '';
  const [filing, setFiling] = useState(false);
  const [firing, setFiring] = useState<{ complaint: Complaint; transition: ComplaintTransition } | null>(null);
  const eventLabel = (event: string) => machine.data?.transitions.find((t) => t.event === event)?.label.zh ?? event;

  const columns: ColumnsType<Complaint> = [
    { title: '受理时间', dataIndex: 'receivedAt', render: (at: string) => <DateTime at={at} />, responsive: ['md'] },
    { title: '投诉事项', dataIndex: 'subject' },
    { title: '投诉人', dataIndex: 'complainantName', render: (v: string | null) => v ?? '—' },
    { title: '联系方式', dataIndex: 'complainantContact', render: (v: string | null) => v ?? '—', responsive: ['lg'] },
    { title: '状态', dataIndex: 'state', render: (s: string) => <MachineStateTag machine="complaint" state={s} /> },
    {
      title: '响应时限',
      dataIndex: 'respondBy',
      render: (at: string, c) => (
        <Space size={4} wrap>
          <DateTime at={at} />
          {c.responseOverdueAt && <Tag color="error">已超时</Tag>}
        </Space>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      render: (_, c) => (
        <Space size={0} wrap>
          {machine.data &&
            eventsFor(machine.data, c.state, role).map((t) => (
              <Button key={t.event} type="link" size="small" onClick={() => setFiring({ complaint: c, transition: t })}>
                {t.label.zh}
              </Button>
            ))}
        </Space>
      ),
    },
  ];

  return (
    <Card
      size="small"
      title={`居民投诉${complaints.data ? `（${complaints.data.length} 件）` : ''}`}
      extra={
        FILERS.includes(role) && (
          <Button icon={<PlusOutlined />} onClick={() => setFiling(true)}>
            登记投诉
          </Button>
        )
      }
    >
      <QueryState query={complaints} isEmpty={(c) => c.length === 0} empty="这个项目还没有投诉">
        {(list) => (
          <Table<Complaint>
            rowKey="id"
            size="middle"
            aria-label="投诉"
            data-testid="complaints"
            dataSource={list}
            columns={columns}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            expandable={{
              expandedRowRender: (c) => (
                <List
                  size="small"
                  header="办理经过"
                  dataSource={c.steps}
                  locale={{ emptyText: '尚未办理' }}
                  renderItem={(s) => (
                    <List.Item>
                      <Space wrap>
                        <DateTime at={s.at} />
                        <Typography.Text strong>{eventLabel(s.event)}</Typography.Text>
                        {s.note && <Typography.Text>{s.note}</Typography.Text>}
                      </Space>
                    </List.Item>
                  )}
                />
              ),
            }}
          />
        )}
      </QueryState>
      {filing && <FileComplaintDialog projectId={project.id} onClose={() => setFiling(false)} />}
      {firing && <ComplaintEventDialog {...firing} onClose={() => setFiring(null)} />}
    </Card>
  );
}

interface NewComplaint {
  compoundId?: string;
  subject: string;
  complainantName?: string;
  complainantContact?: string;
  responseDays: number;
}

/** A resident's complaint as the committee or the PM takes it down; it must be answered within its days. */
function FileComplaintDialog({ projectId, onClose }: { projectId: string; onClose: () => void }) {
  const [form] = Form.useForm<NewComplaint>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  // In a project area the complaint names the compound it came from.
  const compounds = useQuery(coveredCompoundsQuery(projectId));
  const several = (compounds.data?.length ?? 0) > 1;
  const { error, busy, submit } = useFormSubmit(
    form,
    (v: NewComplaint) =>
      read<Complaint>(
        api.POST('/projects/{id}/complaints', {
          params: { path: { id: projectId } },
          body: {
            compoundId: v.compoundId,
            subject: v.subject.trim(),
            complainantName: v.complainantName?.trim() || undefined,
            complainantContact: v.complainantContact?.trim() || undefined,
            responseDays: v.responseDays,
          },
        }),
      ),
    async () => {
      message.success('已登记投诉。');
      await queryClient.invalidateQueries({ queryKey: ['projects', projectId, 'complaints'] });
      onClose();
    },
  );
  return (
    <FormDialog
      title="登记投诉"
      okText="登记"
      busy={busy}
      error={error}
      failure="未能登记"
      form={form}
      name="complaint"
      initialValues={{ responseDays: 3 }}
      onSubmit={submit}
      onClose={onClose}
    >
      {several && (
        <Form.Item label="所在小区" name="compoundId" rules={[{ required: true, message: '请选择小区' }]}>
          <Select options={compounds.data!.map((c) => ({ value: c.compoundId, label: c.name }))} />
        </Form.Item>
      )}
      <Form.Item label="投诉事项" name="subject" rules={[{ required: true, whitespace: true, message: '请填写投诉事项' }]}>
        <Input.TextArea rows={3} maxLength={5000} placeholder="如：夜间施工噪音扰民" />
      </Form.Item>
      <Form.Item label="投诉人" name="complainantName">
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item label="联系方式" name="complainantContact">
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item label="响应时限" name="responseDays" rules={[{ required: true, message: '请填写响应时限' }]}>
        <InputNumber min={1} max={30} precision={0} addonAfter="天内" />
      </Form.Item>
    </FormDialog>
  );
}

/** One step of a complaint, with the words its guards ask for (the handler, the resolution, what the complainant said, a reason). */
function ComplaintEventDialog({
  complaint,
  transition: t,
  onClose,
}: {
  complaint: Complaint;
  transition: ComplaintTransition;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Partial<Record<ComplaintNote, string>>>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const notes = notesFor(t);
  const { error, busy, submit } = useFormSubmit(
    form,
    (v: Partial<Record<ComplaintNote, string>>) =>
      read<Complaint>(api.POST('/complaints/{id}/transitions', { params: { path: { id: complaint.id } }, body: eventBody(t, v) })),
    async (c) => {
      message.success(`已${t.label.zh}，投诉${machineStateLabel('complaint', c.state)}。`);
      await queryClient.invalidateQueries({ queryKey: ['projects', complaint.projectId, 'complaints'] });
      onClose();
    },
  );
  return (
    <FormDialog
      title={`${t.label.zh}：${complaint.subject}`}
      okText={`确认${t.label.zh}`}
      busy={busy}
      error={error}
      failure="未能完成"
      hint={<>投诉将进入「{machineStateLabel('complaint', t.to)}」，此操作记入办理经过。</>}
      form={form}
      name="complaint-event"
      onSubmit={submit}
      onClose={onClose}
    >
      {notes.map((n) => (
        <Form.Item key={n.field} label={n.label} name={n.field} rules={[{ required: true, whitespace: true, message: `请填写${n.label}` }]}>
          {n.maxLength > 200 ? <Input.TextArea rows={3} maxLength={n.maxLength} /> : <Input maxLength={n.maxLength} autoFocus />}
        </Form.Item>
      ))}
    </FormDialog>
  );
}
