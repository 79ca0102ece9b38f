import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { api, read } from '../../api/client';
import { useSession } from '../../session/SessionProvider';
import { DateTime } from '../../shared/components/DateTime';
import { FormDialog } from '../../shared/components/FormDialog';
import { QueryState } from '../../shared/components/QueryState';
import { OBJECTION_RESPONSE_LABELS } from '../../shared/dictionary';
import { useFormSubmit } from '../../shared/forms';
import { objectionsQuery, type Objection, type Round } from './queries';
import { typedOf } from './recording';
import { useRoundHouseholds } from './useRoundHouseholds';

/** Objections are filed while the round is open or its result is posted (the API refuses them otherwise). */
const FILING_STATES = ['OPEN', 'PUBLICITY'];

/** A round's objections: the committee or the PM files them as residents raise them; the PM answers each once. */
export function ObjectionsCard({ round }: { round: Round }) {
  const objections = useQuery(objectionsQuery(round.id));
  const role = useSession().session?.role;
  const [filing, setFiling] = useState(false);
  const [answering, setAnswering] = useState<Objection | null>(null);
  const mayFile = FILING_STATES.includes(round.state) && (role === 'RESIDENTS_COMMITTEE' || role === 'DISTRICT_PM');
  const { households } = useRoundHouseholds(round.id);
  const doors = useMemo(() => new Map([...households].map(([key, h]) => [h.householdId, typedOf(key)])), [households]);
  return (
    <Card
      size="small"
      title={`异议${objections.data ? `（${objections.data.length} 条）` : ''}`}
      data-testid="objections"
      extra={
        mayFile && (
          <Button icon={<PlusOutlined />} onClick={() => setFiling(true)}>
            登记异议
          </Button>
        )
      }
    >
      <QueryState query={objections} isEmpty={(o) => o.length === 0} empty="没有异议">
        {(list) => (
          <Table<Objection>
            size="small"
            rowKey="id"
            aria-label="异议"
            dataSource={list}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: '登记时间', dataIndex: 'filedAt', render: (at: string) => <DateTime at={at} /> },
              { title: '住户', dataIndex: 'householdId', render: (id: string | null) => (id ? (doors.get(id) ?? '—') : '—') },
              { title: '异议内容', dataIndex: 'text' },
              {
                title: '答复',
                key: 'response',
                render: (_, o) =>
                  o.response ? (
                    <Space orientation="vertical" size={0}>
                      <Tag color={o.response === 'ADOPTED' ? 'success' : 'default'}>{OBJECTION_RESPONSE_LABELS[o.response]}</Tag>
                      <Typography.Text>{o.responseText}</Typography.Text>
                    </Space>
                  ) : role === 'DISTRICT_PM' ? (
                    <Button size="small" onClick={() => setAnswering(o)} aria-label={`答复：${o.text}`}>
                      答复
                    </Button>
                  ) : (
                    <Tag color="warning">待答复</Tag>
                  ),
              },
              { title: '答复时间', dataIndex: 'respondedAt', render: (at: string | null) => <DateTime at={at} />, responsive: ['md'] },
            ]}
          />
        )}
      </QueryState>
      {filing && <FileObjectionDialog round={round} onClose={() => setFiling(false)} />}
      {answering && <AnswerDialog round={round} objection={answering} onClose={() => setAnswering(null)} />}
    </Card>
  );
}

interface NewObjection {
  householdId?: string;
  text: string;
}

/** An objection as a resident raises it, with their household when it is one of the round's. */
function FileObjectionDialog({ round, onClose }: { round: Round; onClose: () => void }) {
  const [form] = Form.useForm<NewObjection>();
  const { order, households } = useRoundHouseholds(round.id);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { error, busy, submit } = useFormSubmit(
    form,
    (v: NewObjection) =>
      read<Objection>(
        api.POST('/rounds/{id}/objections', {
          params: { path: { id: round.id } },
          body: { householdId: v.householdId, text: v.text.trim() },
        }),
      ),
    async () => {
      message.success('已登记异议。');
      await queryClient.invalidateQueries({ queryKey: ['rounds', round.id, 'objections'] });
      onClose();
    },
  );
  return (
    <FormDialog
      title="登记异议"
      okText="登记"
      busy={busy}
      error={error}
      failure="未能登记"
      form={form}
      name="objection"
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item label="提出异议的住户" name="householdId" extra="可不填；只能选本次征询名册中的住户">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="输入户号查找，如 1-1-101"
          options={order.map((key) => ({ value: households.get(key)!.householdId, label: typedOf(key) }))}
        />
      </Form.Item>
      <Form.Item label="异议内容" name="text" rules={[{ required: true, whitespace: true, message: '请填写异议内容' }]}>
        <Input.TextArea rows={4} maxLength={5000} placeholder="如：反对拆除自行车棚" />
      </Form.Item>
    </FormDialog>
  );
}

interface Answer {
  response: 'ADOPTED' | 'EXPLAINED';
  text: string;
}

/** The PM's answer, given once: the plan changes, or why it does not. */
function AnswerDialog({ round, objection, onClose }: { round: Round; objection: Objection; onClose: () => void }) {
  const [form] = Form.useForm<Answer>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { error, busy, submit } = useFormSubmit(
    form,
    (v: Answer) =>
      read<Objection>(
        api.POST('/objections/{id}/response', {
          params: { path: { id: objection.id } },
          body: { response: v.response, text: v.text.trim() },
        }),
      ),
    async () => {
      message.success('已答复异议。');
      await queryClient.invalidateQueries({ queryKey: ['rounds', round.id, 'objections'] });
      onClose();
    },
  );
  return (
    <FormDialog
      title="答复异议"
      okText="答复"
      busy={busy}
      error={error}
      failure="未能答复"
      hint={objection.text}
      form={form}
      name="answer"
      initialValues={{ response: 'EXPLAINED' }}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item label="答复结果" name="response">
        <Radio.Group options={Object.entries(OBJECTION_RESPONSE_LABELS).map(([value, label]) => ({ value, label }))} />
      </Form.Item>
      <Form.Item
        label="答复内容"
        name="text"
        rules={[{ required: true, whitespace: true, message: '请填写答复内容' }]}
        extra="答复只能给一次"
      >
        <Input.TextArea rows={4} maxLength={5000} />
      </Form.Item>
    </FormDialog>
  );
}
