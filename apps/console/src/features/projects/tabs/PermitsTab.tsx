import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Col, DatePicker, Form, Input, Row, Space, Table, Typography } from 'antd';
import type { ExemptionBasis } from '@domain/plan/review';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, read } from '../../../api/client';
import { useSession } from '../../../session/SessionProvider';
import { FormActions } from '../../../shared/components/FormRows';
import { DateTime } from '../../../shared/components/DateTime';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { QueryState } from '../../../shared/components/QueryState';
import { EXEMPTION_BASIS_LABELS, labelOf, optionsOf } from '../../../shared/dictionary';
import { useFormSubmit } from '../../../shared/forms';
import type { ProjectTabProps } from '../tabs';
import { mayChange, permitsQuery, type Permits } from './preparation-queries';
import { StateNote } from './StateNote';

type Permit = Permits['permits'][number];

/** Construction permits, or the exemption with all three of its bases: recorded by the PM while the project is in PERMITTING. */
export default function PermitsTab({ project }: ProjectTabProps) {
  const { session } = useSession();
  const permits = useQuery(permitsQuery(project.id));
  const canEdit = mayChange(session?.role, ['DISTRICT_PM'], project.state, ['PERMITTING']);
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {!canEdit && session?.role === 'DISTRICT_PM' && (
        <StateNote work="施工许可和免办依据的登记" states={['PERMITTING']} now={project.state} />
      )}
      <QueryState query={permits}>
        {(p) => (
          <>
            <Card title="施工许可">
              <Table<Permit>
                rowKey="id"
                aria-label="施工许可"
                dataSource={p.permits}
                pagination={false}
                scroll={{ x: 'max-content' }}
                locale={{ emptyText: '尚未登记施工许可' }}
                columns={[
                  { title: '许可类型', dataIndex: 'type' },
                  { title: '许可证号', dataIndex: 'number' },
                  { title: '发证机关', dataIndex: 'issuer' },
                  { title: '发证日期', dataIndex: 'issuedOn' },
                ]}
              />
              {canEdit && <PermitForm projectId={project.id} recorded={p.permits.map((x) => x.number)} />}
            </Card>
            <Card title="免办施工许可">
              {p.exemption ? (
                <>
                  <ul aria-label="免办依据">
                    {p.exemption.bases.map((b) => (
                      <li key={b}>{labelOf(EXEMPTION_BASIS_LABELS, b)}</li>
                    ))}
                  </ul>
                  {p.exemption.note && <Typography.Paragraph>说明：{p.exemption.note}</Typography.Paragraph>}
                  <Typography.Text type="secondary">
                    登记于 <DateTime at={p.exemption.recordedAt} />
                  </Typography.Text>
                </>
              ) : (
                <Typography.Text type="secondary">未登记免办</Typography.Text>
              )}
              {canEdit && <ExemptionForm projectId={project.id} current={p.exemption} />}
            </Card>
          </>
        )}
      </QueryState>
    </Space>
  );
}

interface PermitValues {
  type: string;
  number: string;
  issuer: string;
  issuedOn: Dayjs;
}

function PermitForm({ projectId, recorded }: { projectId: string; recorded: string[] }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<PermitValues>();
  const add = useFormSubmit(
    form,
    ({ issuedOn, ...rest }) =>
      read<Permits>(
        api.POST('/projects/{id}/permits', {
          params: { path: { id: projectId } },
          body: { type: rest.type.trim(), number: rest.number.trim(), issuer: rest.issuer.trim(), issuedOn: issuedOn.format('YYYY-MM-DD') },
        }),
      ),
    (saved, values) => {
      queryClient.setQueryData(permitsQuery(projectId).queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: ['projects', projectId, 'transitions'] });
      void message.success(`已登记许可证 ${values.number.trim()}`);
      form.resetFields();
    },
  );
  return (
    <Form<PermitValues>
      form={form}
      name="permit"
      layout="vertical"
      onFinish={add.submit}
      requiredMark={false}
      initialValues={{ type: '建筑工程施工许可证' }}
      style={{ marginTop: 16 }}
    >
      <Typography.Title level={5}>登记一份许可</Typography.Title>
      {add.error !== null && <ProblemAlert error={add.error} />}
      <Row gutter={16}>
        <Col xs={24} md={12} xl={6}>
          <Form.Item label="许可类型" name="type" rules={[{ required: true, whitespace: true, message: '请填写许可类型' }, { max: 200 }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item
            label="许可证号"
            name="number"
            rules={[
              { required: true, whitespace: true, message: '请填写许可证号' },
              { max: 100 },
              {
                // Numbers are unique everywhere; one already on this project is said here, before the API refuses it.
                validator: async (_, n: string | undefined) => {
                  if (n && recorded.includes(n.trim())) throw new Error('该许可证号已登记');
                },
              },
            ]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item label="发证机关" name="issuer" rules={[{ required: true, whitespace: true, message: '请填写发证机关' }, { max: 200 }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item label="发证日期" name="issuedOn" rules={[{ required: true, message: '请选择发证日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" loading={add.busy}>
        登记许可
      </Button>
    </Form>
  );
}

interface ExemptionValues {
  bases: ExemptionBasis[];
  note?: string;
}

function ExemptionForm({ projectId, current }: { projectId: string; current: Permits['exemption'] }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<ExemptionValues>();
  const save = useFormSubmit(
    form,
    ({ bases, note }) =>
      read<Permits>(
        api.PUT('/projects/{id}/permits/exemption', {
          params: { path: { id: projectId } },
          body: { bases, ...(note?.trim() ? { note: note.trim() } : {}) },
        }),
      ),
    (saved) => {
      queryClient.setQueryData(permitsQuery(projectId).queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: ['projects', projectId, 'transitions'] });
      void message.success('已登记免办依据');
      setOpen(false);
    },
  );
  if (!open)
    return (
      <div style={{ marginTop: 16 }}>
        <Button onClick={() => setOpen(true)}>{current ? '修改免办依据' : '登记免办依据'}</Button>
      </div>
    );
  return (
    <Form<ExemptionValues>
      form={form}
      name="exemption"
      layout="vertical"
      onFinish={save.submit}
      requiredMark={false}
      initialValues={{ bases: current?.bases ?? [], note: current?.note ?? '' }}
      style={{ marginTop: 16 }}
    >
      {save.error !== null && <ProblemAlert error={save.error} />}
      <Form.Item label="免办依据（三项须全部满足）" name="bases">
        <Checkbox.Group options={optionsOf(EXEMPTION_BASIS_LABELS)} />
      </Form.Item>
      <Form.Item label="免办说明" name="note" rules={[{ max: 2000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <FormActions busy={save.busy} submit="保存免办依据" onCancel={() => setOpen(false)} />
    </Form>
  );
}
