import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, read } from '../../../../api/client';
import { useSession } from '../../../../session/SessionProvider';
import { DateTime } from '../../../../shared/components/DateTime';
import { FormDialog } from '../../../../shared/components/FormDialog';
import { ProblemAlert } from '../../../../shared/components/ProblemAlert';
import { QueryState } from '../../../../shared/components/QueryState';
import { useFormSubmit } from '../../../../shared/forms';
import type { ProjectTabProps } from '../../tabs';
import { chinaToday } from './change-orders';
import { coverageQuery, planInForceQuery, siteConfirmationQuery, type PlanVersion, type SiteConfirmation } from './queries';
import { quantityDifferences } from './site-confirmation';

/**
 * The on-site confirmation (现场签证) of the work built: the visa the project HQ signed with the
 * resident representatives, item by item against the plan in force, and where it differs from it.
 */
export function SiteConfirmationCard({ project }: ProjectTabProps) {
  const confirmation = useQuery(siteConfirmationQuery(project.id));
  const plan = useQuery(planInForceQuery(project.id));
  const { session } = useSession();
  const [recording, setRecording] = useState(false);
  const mayRecord = session?.role === 'DISTRICT_PM' && project.state === 'CONSTRUCTION';
  return (
    <Card
      title="现场签证（工程量确认）"
      extra={
        mayRecord && (
          <Button onClick={() => setRecording(true)} disabled={!plan.data}>
            {confirmation.data ? '重新登记现场签证' : '登记现场签证'}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">
        没有内容变更的项目，由项目指挥部会同居民代表在现场书面确认实际完成的工程量；与方案不一致即为变更，须走变更签证。
      </Typography.Paragraph>
      {plan.isError && <ProblemAlert error={plan.error} />}
      <QueryState query={confirmation} isEmpty={(c) => c === null} empty="尚未登记现场签证">
        {(c) => <ConfirmationView projectId={project.id} confirmation={c!} plan={plan.data ?? null} />}
      </QueryState>
      {recording && plan.data && (
        <ConfirmationDialog
          projectId={project.id}
          plan={plan.data}
          current={confirmation.data ?? null}
          onClose={() => setRecording(false)}
        />
      )}
    </Card>
  );
}

function ConfirmationView({
  projectId,
  confirmation: c,
  plan,
}: {
  projectId: string;
  confirmation: SiteConfirmation;
  plan: PlanVersion | null;
}) {
  const coverage = useQuery(coverageQuery(projectId));
  const compounds = new Map((coverage.data ?? []).map((x) => [x.compoundId, x.name]));
  const area = (coverage.data?.length ?? 0) > 1;
  const differences = plan ? quantityDifferences(plan.items, c.items) : [];
  const differs = new Set(differences.map((d) => d.key));
  const names = new Map((plan?.items ?? []).map((i) => [i.key, i]));
  const stale = plan !== null && plan.version !== c.planVersion;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }}>
        <Descriptions.Item label="签证单号">{c.documentNumber}</Descriptions.Item>
        <Descriptions.Item label="签证日期">{c.confirmedOn}</Descriptions.Item>
        <Descriptions.Item label="居民代表">
          {c.residentRepresentatives.map((r) => (area ? `${r.name}（${compounds.get(r.compoundId) ?? '…'}）` : r.name)).join('、')}
        </Descriptions.Item>
        <Descriptions.Item label="依据方案">第 {c.planVersion} 版</Descriptions.Item>
        <Descriptions.Item label="登记时间">
          <DateTime at={c.recordedAt} />
        </Descriptions.Item>
      </Descriptions>
      {plan &&
        (stale ? (
          <Alert type="warning" showIcon title={`现行方案已是第 ${plan.version} 版：请按现行方案重新登记现场签证。`} />
        ) : differences.length === 0 ? (
          <Alert type="success" showIcon title="签证工程量与现行方案逐项一致。" />
        ) : (
          <Alert type="warning" showIcon title={`有 ${differences.length} 项与方案不一致：没有已批准的变更签证时，完工申请会被退回。`} />
        ))}
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={c.items}
        columns={[
          { title: '项目', key: 'name', render: (_, i) => names.get(i.key)?.name ?? i.key },
          { title: '方案工程量', key: 'planned', align: 'right', render: (_, i) => names.get(i.key)?.quantity ?? '—' },
          { title: '签证工程量', dataIndex: 'quantity', align: 'right' },
          { title: '单位', key: 'unit', render: (_, i) => names.get(i.key)?.unit ?? '' },
          {
            title: '对照',
            key: 'check',
            render: (_, i) => (differs.has(i.key) ? <Tag color="warning">与方案不一致</Tag> : <Tag color="success">一致</Tag>),
          },
        ]}
      />
    </Space>
  );
}

interface Values {
  documentNumber: string;
  confirmedOn: string;
  /** Named as the API names them, so that its field errors land beside their fields. */
  residentRepresentatives: { name: string; compoundId?: string }[];
  quantities: Record<string, string>;
}

function ConfirmationDialog({
  projectId,
  plan,
  current,
  onClose,
}: {
  projectId: string;
  plan: PlanVersion;
  current: SiteConfirmation | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const coverage = useQuery(coverageQuery(projectId));
  // In a project area every covered compound is represented, each representative by their own.
  const compounds = (coverage.data?.length ?? 0) > 1 ? coverage.data! : null;
  const dialog = useFormSubmit(
    form,
    (v: Values) =>
      read(
        api.PUT('/projects/{id}/site-confirmation', {
          params: { path: { id: projectId } },
          body: {
            documentNumber: v.documentNumber.trim(),
            confirmedOn: v.confirmedOn,
            residentRepresentatives: v.residentRepresentatives.map((r) => ({ name: r.name.trim(), compoundId: r.compoundId })),
            items: plan.items.map((i) => ({ key: i.key, quantity: Number(v.quantities[i.key]) })),
          },
        }),
      ),
    () => {
      void queryClient.invalidateQueries({ queryKey: ['projects', projectId] });
      void message.success('已登记现场签证');
      onClose();
    },
  );
  return (
    <FormDialog<Values>
      title="登记现场签证"
      okText="确认登记"
      width={720}
      busy={dialog.busy}
      error={dialog.error}
      failure="未能登记"
      hint={
        <>
          按现行方案第 {plan.version} 版逐项填写实际完成的工程量{current && '；将替换已登记的签证（原记录保留在项目历史中）'}。
        </>
      }
      form={form}
      initialValues={{
        confirmedOn: chinaToday(),
        residentRepresentatives: [{ name: '' }],
        quantities: Object.fromEntries(plan.items.map((i) => [i.key, i.quantity])),
      }}
      onSubmit={dialog.submit}
      onClose={onClose}
    >
      <Space wrap size="large">
        <Form.Item label="签证单号" name="documentNumber" rules={[{ required: true, whitespace: true, message: '请填写签证单号' }]}>
          <Input maxLength={100} style={{ width: 220 }} />
        </Form.Item>
        <Form.Item label="签证日期" name="confirmedOn" rules={[{ required: true, message: '请填写签证日期' }]}>
          <Input type="date" max={chinaToday()} style={{ width: 180 }} />
        </Form.Item>
      </Space>
      <Form.List name="residentRepresentatives">
        {(fields, { add, remove }) => (
          <Form.Item label="居民代表" required>
            <Space wrap>
              {fields.map((field, i) => (
                <Space key={field.key} size={0}>
                  <Form.Item
                    name={[field.name, 'name']}
                    noStyle
                    rules={[{ required: true, whitespace: true, message: '请填写居民代表姓名' }]}
                  >
                    <Input aria-label={`居民代表 ${i + 1}`} maxLength={100} style={{ width: 140 }} />
                  </Form.Item>
                  {compounds && (
                    <Form.Item name={[field.name, 'compoundId']} noStyle rules={[{ required: true, message: '请选择居民代表所在的小区' }]}>
                      <Select
                        aria-label={`居民代表 ${i + 1} 所在小区`}
                        placeholder="所在小区"
                        style={{ width: 160 }}
                        options={compounds.map((c) => ({ value: c.compoundId, label: c.name }))}
                      />
                    </Form.Item>
                  )}
                  {fields.length > 1 && (
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      onClick={() => remove(field.name)}
                      aria-label={`删除居民代表 ${i + 1}`}
                    />
                  )}
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ name: '' })}>
                添加
              </Button>
            </Space>
          </Form.Item>
        )}
      </Form.List>
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content', y: 320 }}
        dataSource={plan.items}
        columns={[
          { title: '项目', dataIndex: 'name' },
          { title: '方案工程量', key: 'planned', align: 'right', render: (_, i) => `${i.quantity} ${i.unit}` },
          {
            title: '实际完成',
            key: 'built',
            render: (_, i) => (
              <Form.Item
                name={['quantities', i.key]}
                noStyle
                rules={[{ required: true, pattern: /^\d+(\.\d{1,2})?$/, message: '须为不小于 0 的数，最多两位小数' }]}
              >
                <Input aria-label={`${i.name} 实际完成`} inputMode="decimal" suffix={i.unit} style={{ width: 160 }} />
              </Form.Item>
            ),
          },
        ]}
      />
    </FormDialog>
  );
}
