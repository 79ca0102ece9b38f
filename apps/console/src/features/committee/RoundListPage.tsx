import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, InputNumber, Modal, Select, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { RoundSubject } from '@domain/consent/round.machine';
import { api, read } from '../../api/client';
import { PageCard } from '../../shared/components/PageCard';
import { DateTime } from '../../shared/components/DateTime';
import { ProblemAlert } from '../../shared/components/ProblemAlert';
import { QueryState } from '../../shared/components/QueryState';
import { MachineStateTag } from '../../shared/components/StateTag';
import { ROUND_SUBJECT_LABELS } from '../../shared/dictionary';
import { showFieldErrors } from '../../shared/forms';
import { projectListQuery } from '../projects/queries';
import { roundsQuery, type Round } from './queries';

export const RESULT_LABELS = { PASSED: '通过', FAILED: '未通过' } as const;

const columns: ColumnsType<Round> = [
  { title: '征询', dataIndex: 'title', render: (title: string, r) => <Link to={`/rounds/${r.id}`}>{title}</Link> },
  { title: '事项', dataIndex: 'subject', render: (s: RoundSubject) => ROUND_SUBJECT_LABELS[s] ?? s, responsive: ['md'] },
  { title: '状态', dataIndex: 'state', render: (s: string) => <MachineStateTag machine="consultation-round" state={s} /> },
  { title: '名册户数', dataIndex: 'rosterSize', align: 'right', responsive: ['md'] },
  {
    title: '结果',
    dataIndex: 'result',
    render: (r: Round['result']) => (r ? <Tag color={r === 'PASSED' ? 'success' : 'error'}>{RESULT_LABELS[r]}</Tag> : '—'),
  },
  { title: '开始时间', dataIndex: 'openedAt', render: (at: string | null) => <DateTime at={at} />, responsive: ['lg'] },
];

/** The consultation rounds of a project the committee works on, and a new one drafted. */
export default function RoundListPage() {
  const [params, setParams] = useSearchParams();
  const projects = useQuery(projectListQuery({ sort: 'recent', limit: 100, offset: 0 }));
  const projectId = params.get('project') ?? projects.data?.items[0]?.id;
  const rounds = useQuery({ ...roundsQuery(projectId ?? ''), enabled: !!projectId });
  const [drafting, setDrafting] = useState(false);

  return (
    <PageCard title="征询表决">
      <QueryState query={projects} isEmpty={(p) => p.items.length === 0} empty="您的管辖范围内没有项目">
        {(p) => (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Form layout="inline" style={{ rowGap: 8 }}>
              <Form.Item label="项目" htmlFor="rounds-project">
                <Select
                  id="rounds-project"
                  style={{ width: 260 }}
                  value={projectId}
                  showSearch={{ optionFilterProp: 'label' }}
                  options={p.items.map((x) => ({ value: x.id, label: x.name }))}
                  onChange={(v) => setParams({ project: v }, { replace: true })}
                />
              </Form.Item>
              <Form.Item>
                <Button icon={<PlusOutlined />} onClick={() => setDrafting(true)}>
                  新建征询
                </Button>
              </Form.Item>
            </Form>
            <QueryState query={rounds} isEmpty={(r) => r.length === 0} empty="这个项目还没有征询">
              {(r) => (
                <Table<Round>
                  rowKey="id"
                  columns={columns}
                  dataSource={r}
                  pagination={false}
                  aria-label="征询列表"
                  scroll={{ x: 'max-content' }}
                />
              )}
            </QueryState>
          </Space>
        )}
      </QueryState>
      {drafting && projectId && <DraftRoundDialog projectId={projectId} onClose={() => setDrafting(false)} />}
    </PageCard>
  );
}

interface Draft {
  subject: RoundSubject;
  title: string;
  publicityDays: number;
}

const SUBJECT_OPTIONS = Object.entries(ROUND_SUBJECT_LABELS).map(([value, label]) => ({ value, label }));

/** A round drafted under the rule profile the project inherits; it opens from its own page. */
function DraftRoundDialog({ projectId, onClose }: { projectId: string; onClose: () => void }) {
  const [form] = Form.useForm<Draft>();
  const [failure, setFailure] = useState<unknown>(null);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: (v: Draft) =>
      read<Round>(
        api.POST('/projects/{id}/rounds', {
          params: { path: { id: projectId } },
          body: { subject: v.subject, title: v.title.trim(), publicityDays: v.publicityDays },
        }),
      ),
    onSuccess: async (round) => {
      await queryClient.invalidateQueries({ queryKey: ['projects', projectId, 'rounds'] });
      void navigate(`/rounds/${round.id}`);
    },
    onError: (e) => {
      showFieldErrors(form, e);
      setFailure(e);
    },
  });
  return (
    <Modal
      open
      title="新建征询"
      okText="创建"
      cancelText="取消"
      confirmLoading={create.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ subject: 'WILLINGNESS', publicityDays: 7 }} onFinish={(v) => create.mutate(v)}>
        <Form.Item label="事项" name="subject" rules={[{ required: true, message: '请选择事项' }]}>
          <Select options={SUBJECT_OPTIONS} />
        </Form.Item>
        <Form.Item label="标题" name="title" rules={[{ required: true, whitespace: true, message: '请填写标题' }]}>
          <Input maxLength={200} autoFocus placeholder="如：是否同意实施老旧小区改造" />
        </Form.Item>
        <Form.Item label="公示天数" name="publicityDays" rules={[{ required: true, message: '请填写公示天数' }]}>
          <InputNumber min={1} max={90} precision={0} addonAfter="天" />
        </Form.Item>
      </Form>
      {failure !== null && <ProblemAlert error={failure} title="未能创建" />}
    </Modal>
  );
}
