import { PlusOutlined } from '@ant-design/icons';
import { AFTERCARE_STATES, type PropertyMode } from '@domain/aftercare/long-term';
import type { FindingSeverity } from '@domain/construction/supervision';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { api, read } from '../../../api/client';
import { useSession } from '../../../session/SessionProvider';
import { DateTime } from '../../../shared/components/DateTime';
import { Money } from '../../../shared/components/Money';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { QueryState } from '../../../shared/components/QueryState';
import { FINDING_SEVERITY_LABELS, PROPERTY_MODE_LABELS, REVISIT_STATE_LABELS } from '../../../shared/dictionary';
import { useFormSubmit } from '../../../shared/forms';
import { fenFromYuan, formatFen, formatYuan, yuanNumber } from '../../../shared/money';
import type { ProjectTabProps } from '../tabs';
import { longTermQuery, type LongTerm, type Revisit } from './closeout-queries';

type Fund = LongTerm['fund'];
type Line = Fund['lines'][number];
type Collection = Fund['collections'][number];

/** Today on Beijing's calendar (YYYY-MM-DD), which the API's dates count in. */
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());

/**
 * What comes after renovation (长效管理): the property-management arrangement, the owners'
 * committee, the maintenance fund in exact fen, and the revisits (回头看) with who may record them.
 */
export default function LongTermTab({ project }: ProjectTabProps) {
  const overview = useQuery(longTermQuery(project.id));
  const role = useSession().session?.role;
  const arranging = AFTERCARE_STATES.includes(project.state);
  const [dialog, setDialog] = useState<'property' | 'collection' | Revisit | null>(null);
  const close = () => setDialog(null);

  return (
    <QueryState query={overview}>
      {(view) => (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Card
            title="物业管理"
            extra={
              role === 'DISTRICT_PM' &&
              arranging && <Button onClick={() => setDialog('property')}>{view.property ? '变更物业管理' : '登记物业管理'}</Button>
            }
          >
            {view.property ? (
              <Descriptions size="small" column={{ xs: 1, md: 3 }}>
                <Descriptions.Item label="管理模式">{PROPERTY_MODE_LABELS[view.property.mode]}</Descriptions.Item>
                <Descriptions.Item label="服务单位">{view.property.provider ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="合同期">
                  {view.property.contractStart} 至 {view.property.contractEnd ?? '—'}
                </Descriptions.Item>
                <Descriptions.Item label="业主决定">{view.property.consentRoundId ? '已经业主共同决定' : '—'}</Descriptions.Item>
                <Descriptions.Item label="登记时间">
                  <DateTime at={view.property.recordedAt} />
                </Descriptions.Item>
              </Descriptions>
            ) : (
              <Empty description="尚未登记物业管理模式" />
            )}
          </Card>
          <Card title="业主委员会">
            {view.ownersCommittee ? (
              <Descriptions size="small" column={{ xs: 1, md: 3 }}>
                <Descriptions.Item label="名称">{view.ownersCommittee.name}</Descriptions.Item>
                <Descriptions.Item label="成员">{view.ownersCommittee.members} 人</Descriptions.Item>
                <Descriptions.Item label="登记时间">
                  <DateTime at={view.ownersCommittee.registeredAt} />
                </Descriptions.Item>
              </Descriptions>
            ) : (
              <Empty description="尚未登记业主委员会（在自治组织中登记）" />
            )}
          </Card>
          <FundSection
            projectId={project.id}
            fund={view.fund}
            mayPlan={arranging && role === 'DISTRICT_PM'}
            mayCollect={arranging && (role === 'DISTRICT_PM' || role === 'RESIDENTS_COMMITTEE')}
            onCollect={() => setDialog('collection')}
          />
          <Card title="回头看">
            <Table<Revisit>
              rowKey="months"
              size="middle"
              aria-label="回头看"
              pagination={false}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: '验收通过后安排回头看' }}
              dataSource={view.revisits}
              columns={[
                { title: '回访', dataIndex: 'months', render: (m: number) => `验收后 ${m} 个月` },
                { title: '到期', dataIndex: 'dueAt', render: (at: string) => <DateTime at={at} /> },
                {
                  title: '状态',
                  dataIndex: 'state',
                  render: (s: Revisit['state']) => (
                    <Tag color={s === 'DONE' ? 'success' : s === 'DUE' ? 'warning' : undefined}>{REVISIT_STATE_LABELS[s]}</Tag>
                  ),
                },
                { title: '评分', dataIndex: 'score', align: 'right', render: (v: number | null) => v ?? '—' },
                { title: '小结', dataIndex: 'summary', render: (v: string | null) => v ?? '—' },
                {
                  title: '发现问题',
                  dataIndex: 'findings',
                  render: (f: Revisit['findings']) =>
                    f && f.length > 0 ? (
                      <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                        {f.map((x, i) => (
                          <li key={i}>
                            <Tag>{FINDING_SEVERITY_LABELS[x.severity]}</Tag>
                            {x.description}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      '—'
                    ),
                },
                { title: '完成时间', dataIndex: 'doneAt', render: (at: string | null) => <DateTime at={at} /> },
                ...(project.state === 'LONG_TERM' && (role === 'DISTRICT_PM' || role === 'SUPERVISOR')
                  ? [
                      {
                        title: '操作',
                        key: 'record',
                        render: (_: unknown, r: Revisit) =>
                          r.state !== 'DONE' &&
                          (new Date(r.dueAt).getTime() <= Date.now() ? (
                            <Button
                              size="small"
                              type="primary"
                              onClick={() => setDialog(r)}
                              aria-label={`记录验收后 ${r.months} 个月回头看`}
                            >
                              记录
                            </Button>
                          ) : (
                            <Typography.Text type="secondary">到期后可记录</Typography.Text>
                          )),
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
          {dialog === 'property' && <PropertyDialog projectId={project.id} current={view.property} onClose={close} />}
          {dialog === 'collection' && <CollectionDialog projectId={project.id} lines={view.fund.lines} onClose={close} />}
          {typeof dialog === 'object' && dialog !== null && <RevisitDialog projectId={project.id} revisit={dialog} onClose={close} />}
        </Space>
      )}
    </QueryState>
  );
}

function FundSection({
  projectId,
  fund,
  mayPlan,
  mayCollect,
  onCollect,
}: {
  projectId: string;
  fund: Fund;
  mayPlan: boolean;
  mayCollect: boolean;
  onCollect: () => void;
}) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [failure, setFailure] = useState<unknown>(null);
  const [planning, setPlanning] = useState(false);
  const rateName = (type: string) => fund.rates.find((r) => r.buildingType === type)?.name.zh ?? type;
  const plan = async () => {
    setFailure(null);
    setPlanning(true);
    try {
      await read(api.PUT('/projects/{id}/long-term/fund-plan', { params: { path: { id: projectId } }, body: {} }));
      await queryClient.invalidateQueries({ queryKey: ['projects', projectId, 'long-term'] });
      void message.success('已按名册面积制定维修资金归集计划');
    } catch (e) {
      setFailure(e);
    } finally {
      setPlanning(false);
    }
  };

  return (
    <Card
      title="住宅专项维修资金"
      extra={
        <Space wrap>
          {mayPlan && (
            <Popconfirm title="按名册中各楼栋的建筑面积和单价计算应筹金额？" okText="计算" cancelText="取消" onConfirm={plan}>
              <Button loading={planning}>{fund.planned ? '重新计算归集计划' : '制定归集计划'}</Button>
            </Popconfirm>
          )}
          {mayCollect && (
            <Button type="primary" onClick={onCollect}>
              登记归集
            </Button>
          )}
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {failure !== null && <ProblemAlert error={failure} />}
        <Descriptions size="small" column={{ xs: 1, md: 3 }} data-testid="fund-totals">
          <Descriptions.Item label="应筹">
            {fund.expectedFen === null ? '未制定计划' : <Money fen={fund.expectedFen} showFen />}
          </Descriptions.Item>
          <Descriptions.Item label="已归集">
            <Money fen={fund.collectedFen} showFen />
          </Descriptions.Item>
          <Descriptions.Item label="尚欠">
            {fund.outstandingFen === null ? '—' : <Money fen={fund.outstandingFen} showFen />}
          </Descriptions.Item>
        </Descriptions>
        <Typography.Text type="secondary">
          单价：{fund.rates.map((r) => `${r.name.zh} ${formatYuan(r.rateFen)}/m²`).join('，')}
        </Typography.Text>
        {fund.lines.length > 0 && (
          <Table<Line>
            rowKey={(l) => `${l.compoundId}/${l.building}`}
            size="small"
            aria-label="各楼栋应筹"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={fund.lines}
            columns={[
              { title: '楼栋', dataIndex: 'building' },
              { title: '类型', dataIndex: 'buildingType', render: rateName },
              { title: '建筑面积（m²）', dataIndex: 'area', align: 'right' },
              { title: '单价', dataIndex: 'rateFen', align: 'right', render: (f: number) => `${formatYuan(f)}/m²` },
              { title: '应筹', dataIndex: 'expectedFen', align: 'right', render: (f: string) => <Money fen={f} showFen /> },
            ]}
          />
        )}
        <Table<Collection>
          rowKey="id"
          size="small"
          aria-label="归集记录"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: '还没有归集记录' }}
          dataSource={fund.collections}
          columns={[
            { title: '归集日期', dataIndex: 'collectedOn' },
            { title: '楼栋', dataIndex: 'building', render: (b: string | null) => b ?? '—' },
            { title: '金额', dataIndex: 'amountFen', align: 'right', render: (f: string) => <Money fen={f} showFen /> },
            { title: '备注', dataIndex: 'note', render: (n: string) => n || '—' },
            { title: '登记时间', dataIndex: 'recordedAt', render: (at: string) => <DateTime at={at} /> },
          ]}
        />
      </Space>
    </Card>
  );
}

interface PropertyValues {
  mode: PropertyMode;
  provider?: string;
  contractStart: string;
  contractEnd?: string;
}

function PropertyDialog({ projectId, current, onClose }: { projectId: string; current: LongTerm['property']; onClose: () => void }) {
  const [form] = Form.useForm<PropertyValues>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const selfManaged = Form.useWatch('mode', form) === 'SELF_MANAGED';
  const dialog = useFormSubmit(
    form,
    ({ mode, provider, contractStart, contractEnd }: PropertyValues) =>
      read(
        api.PUT('/projects/{id}/long-term/property', {
          params: { path: { id: projectId } },
          body:
            mode === 'SELF_MANAGED'
              ? { mode, contractStart }
              : { mode, contractStart, provider: provider?.trim() || undefined, contractEnd: contractEnd || undefined },
        }),
      ),
    () => {
      void queryClient.invalidateQueries({ queryKey: ['projects', projectId] });
      void message.success('已登记物业管理');
      onClose();
    },
  );
  return (
    <Modal open title="登记物业管理" okText="保存" onOk={() => form.submit()} confirmLoading={dialog.busy} onCancel={onClose}>
      {dialog.error !== null && <ProblemAlert error={dialog.error} />}
      <Form<PropertyValues>
        form={form}
        name="property"
        layout="vertical"
        requiredMark={false}
        onFinish={dialog.submit}
        initialValues={{
          mode: current?.mode ?? 'PROFESSIONAL',
          provider: current?.provider ?? '',
          contractStart: current?.contractStart ?? today(),
          contractEnd: current?.contractEnd ?? '',
        }}
      >
        <Form.Item label="管理模式" name="mode" extra="选聘专业物业服务企业须先经业主共同决定（选聘物业服务企业征询通过）">
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={Object.entries(PROPERTY_MODE_LABELS).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        {!selfManaged && (
          <Form.Item label="服务单位" name="provider">
            <Input maxLength={200} placeholder="物业服务企业或受托单位" />
          </Form.Item>
        )}
        <Form.Item
          label={selfManaged ? '开始日期' : '合同开始日期'}
          name="contractStart"
          rules={[{ required: true, message: '请选择日期' }]}
        >
          <Input type="date" />
        </Form.Item>
        {!selfManaged && (
          <Form.Item label="合同结束日期" name="contractEnd" extra="合同的最后一天">
            <Input type="date" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

interface CollectionValues {
  amount: string;
  collectedOn: string;
  building?: string;
  note?: string;
}

/** Money collected into the fund, typed in yuan and shown beneath in the exact fen it will be recorded as. */
function CollectionDialog({ projectId, lines, onClose }: { projectId: string; lines: Line[]; onClose: () => void }) {
  const [form] = Form.useForm<CollectionValues>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const fen = fenFromYuan(Form.useWatch('amount', form) ?? '');
  const dialog = useFormSubmit(
    form,
    ({ amount, collectedOn, building, note }: CollectionValues) =>
      read(
        api.POST('/projects/{id}/long-term/fund-collections', {
          params: { path: { id: projectId } },
          body: { amount: yuanNumber(fenFromYuan(amount)!), collectedOn, building: building || undefined, note: note?.trim() || undefined },
        }),
      ),
    (_, { amount }) => {
      void queryClient.invalidateQueries({ queryKey: ['projects', projectId, 'long-term'] });
      void message.success(`已登记归集 ${formatYuan(fenFromYuan(amount)!)}`);
      onClose();
    },
  );
  const buildings = [...new Set(lines.map((l) => l.building))];
  return (
    <Modal open title="登记维修资金归集" okText="登记" onOk={() => form.submit()} confirmLoading={dialog.busy} onCancel={onClose}>
      {dialog.error !== null && <ProblemAlert error={dialog.error} />}
      <Form<CollectionValues>
        form={form}
        name="collection"
        layout="vertical"
        requiredMark={false}
        onFinish={dialog.submit}
        initialValues={{ amount: '', collectedOn: today() }}
      >
        <Form.Item
          label="金额（元）"
          name="amount"
          extra={fen !== null && fen !== '0' ? `即 ${formatFen(fen)}` : '最多两位小数，如 12500.50'}
          rules={[
            {
              validator: async (_, v: string) => {
                const f = fenFromYuan(v ?? '');
                if (f === null || f === '0') throw new Error('请填写金额（元），最多两位小数');
              },
            },
          ]}
        >
          <Input inputMode="decimal" autoComplete="off" />
        </Form.Item>
        <Form.Item label="归集日期" name="collectedOn" rules={[{ required: true, message: '请选择日期' }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item label="楼栋" name="building">
          <Select allowClear options={buildings.map((b) => ({ value: b, label: `${b} 栋` }))} placeholder="不分楼栋可不选" />
        </Form.Item>
        <Form.Item label="备注" name="note">
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface RevisitValues {
  score: number;
  summary: string;
  findings: { description: string; severity: FindingSeverity }[];
}

function RevisitDialog({ projectId, revisit, onClose }: { projectId: string; revisit: Revisit; onClose: () => void }) {
  const [form] = Form.useForm<RevisitValues>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const dialog = useFormSubmit(
    form,
    ({ score, summary, findings }: RevisitValues) =>
      read(
        api.POST('/projects/{id}/long-term/revisits/{months}', {
          params: { path: { id: projectId, months: revisit.months } },
          body: { score, summary: summary.trim(), findings: findings.map((f) => ({ ...f, description: f.description.trim() })) },
        }),
      ),
    () => {
      void queryClient.invalidateQueries({ queryKey: ['projects', projectId] });
      void message.success(`已记录验收后 ${revisit.months} 个月回头看`);
      onClose();
    },
  );
  return (
    <Modal
      open
      title={`记录回头看：验收后 ${revisit.months} 个月`}
      okText="记录"
      onOk={() => form.submit()}
      confirmLoading={dialog.busy}
      onCancel={onClose}
      width={640}
    >
      {dialog.error !== null && <ProblemAlert error={dialog.error} />}
      <Form<RevisitValues>
        form={form}
        name="revisit"
        layout="vertical"
        requiredMark={false}
        onFinish={dialog.submit}
        initialValues={{ findings: [] }}
      >
        <Form.Item label="评分（满分 100）" name="score" rules={[{ required: true, message: '请填写评分' }]}>
          <InputNumber min={0} max={100} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item label="小结" name="summary" rules={[{ required: true, whitespace: true, message: '请填写小结' }]}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.List name="findings">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => (
                <Space key={field.key} align="start" wrap>
                  <Form.Item
                    label={`问题 ${i + 1}`}
                    name={[field.name, 'description']}
                    rules={[{ required: true, whitespace: true, message: '请描述问题' }]}
                    style={{ minWidth: 300 }}
                  >
                    <Input maxLength={1000} />
                  </Form.Item>
                  <Form.Item label={`问题 ${i + 1} 程度`} name={[field.name, 'severity']} rules={[{ required: true, message: '请选择' }]}>
                    <Select
                      style={{ width: 120 }}
                      options={Object.entries(FINDING_SEVERITY_LABELS).map(([value, label]) => ({ value, label }))}
                    />
                  </Form.Item>
                  <Button style={{ marginTop: 30 }} onClick={() => remove(field.name)} aria-label={`删除问题 ${i + 1}`}>
                    删除
                  </Button>
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ description: '', severity: 'LOW' })}>
                添加发现的问题
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
