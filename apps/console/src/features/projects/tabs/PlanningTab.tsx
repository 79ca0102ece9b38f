import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Col, Descriptions, Form, Input, InputNumber, Row, Select, Space, Table, Tag, Typography } from 'antd';
import type { AdmissionItem, FundingSource } from '@domain/lifecycle/lifecycle.machine';
import { useState } from 'react';
import { api, read } from '../../../api/client';
import { useSession } from '../../../session/SessionProvider';
import { FormActions, FormRows } from '../../../shared/components/FormRows';
import { DateTime } from '../../../shared/components/DateTime';
import { Money } from '../../../shared/components/Money';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { QueryState } from '../../../shared/components/QueryState';
import { ADMISSION_ITEM_LABELS, FUNDING_SOURCE_LABELS, labelOf, optionsOf } from '../../../shared/dictionary';
import { useFormSubmit } from '../../../shared/forms';
import { fenFromYuan, yuanNumber } from '../../../shared/money';
import { YUAN_HINT, yuanRules } from '../../../shared/yuan-input';
import type { ProjectTabProps } from '../tabs';
import { coveredCompoundsQuery, mayChange, planningQuery, type FundingBody, type Planning } from './preparation-queries';

type Funding = NonNullable<Planning['funding']>;

/** Every write here answers the whole planning: the cache takes it as it is. */
function useSaved(projectId: string, what: string) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return (saved: Planning) => {
    queryClient.setQueryData(planningQuery(projectId).queryKey, saved);
    void queryClient.invalidateQueries({ queryKey: ['projects', projectId, 'transitions'] });
    void message.success(`已保存${what}`);
  };
}

/** The annual plan, the admission conditions residents accept, the implementing entity and the funding plan (一本账). */
export default function PlanningTab({ project }: ProjectTabProps) {
  const { session } = useSession();
  const planning = useQuery(planningQuery(project.id));
  const canEdit = mayChange(session?.role, ['DISTRICT_PM'], project.state);
  const canConfirm = mayChange(session?.role, ['DISTRICT_PM', 'RESIDENTS_COMMITTEE'], project.state);
  return (
    <QueryState query={planning}>
      {(p) => (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Card title="年度计划与实施主体">
            <Row gutter={[24, 16]}>
              <Col xs={24} md={12}>
                <PlanYear projectId={project.id} planning={p} canEdit={canEdit} />
              </Col>
              <Col xs={24} md={12}>
                <ImplementingEntity projectId={project.id} planning={p} canEdit={canEdit} />
              </Col>
            </Row>
          </Card>
          <Admission projectId={project.id} planning={p} canConfirm={canConfirm} />
          <FundingCard projectId={project.id} funding={p.funding} canEdit={canEdit} />
        </Space>
      )}
    </QueryState>
  );
}

interface PartProps {
  projectId: string;
  planning: Planning;
  canEdit: boolean;
}

function PlanYear({ projectId, planning, canEdit }: PartProps) {
  const [form] = Form.useForm<{ planYear: number }>();
  const save = useFormSubmit(
    form,
    (v) => read<Planning>(api.PUT('/projects/{id}/planning/plan-year', { params: { path: { id: projectId } }, body: v })),
    useSaved(projectId, '年度计划'),
  );
  if (!canEdit)
    return (
      <Descriptions size="small" column={1}>
        <Descriptions.Item label="纳入年度计划">{planning.planYear ? `${planning.planYear} 年` : '尚未纳入'}</Descriptions.Item>
      </Descriptions>
    );
  return (
    <Form form={form} name="plan-year" layout="inline" onFinish={save.submit} initialValues={{ planYear: planning.planYear ?? undefined }}>
      {save.error !== null && <ProblemAlert error={save.error} />}
      <Form.Item label="纳入年度计划（年）" name="planYear" rules={[{ required: true, message: '请填写年份' }]}>
        <InputNumber min={2000} max={2100} precision={0} />
      </Form.Item>
      <Button htmlType="submit" loading={save.busy}>
        保存年度
      </Button>
    </Form>
  );
}

function ImplementingEntity({ projectId, planning, canEdit }: PartProps) {
  const [form] = Form.useForm<{ name: string }>();
  const save = useFormSubmit(
    form,
    (v) =>
      read<Planning>(
        api.PUT('/projects/{id}/planning/implementing-entity', { params: { path: { id: projectId } }, body: { name: v.name.trim() } }),
      ),
    useSaved(projectId, '实施主体'),
  );
  if (!canEdit)
    return (
      <Descriptions size="small" column={1}>
        <Descriptions.Item label="实施主体">{planning.implementingEntity ?? '尚未明确'}</Descriptions.Item>
      </Descriptions>
    );
  return (
    <Form
      form={form}
      name="implementing-entity"
      layout="inline"
      onFinish={save.submit}
      initialValues={{ name: planning.implementingEntity ?? '' }}
    >
      {save.error !== null && <ProblemAlert error={save.error} />}
      <Form.Item label="实施主体" name="name" rules={[{ required: true, whitespace: true, message: '请填写实施主体' }, { max: 200 }]}>
        <Input style={{ minWidth: 220 }} />
      </Form.Item>
      <Button htmlType="submit" loading={save.busy}>
        保存实施主体
      </Button>
    </Form>
  );
}

interface AdmissionRow {
  compoundId: string;
  item: AdmissionItem;
  confirmation?: Planning['admission'][number];
}

function Admission({ projectId, planning, canConfirm }: { projectId: string; planning: Planning; canConfirm: boolean }) {
  const compounds = useQuery(coveredCompoundsQuery(projectId));
  const [confirming, setConfirming] = useState<AdmissionRow | null>(null);
  const area = (compounds.data?.length ?? 0) > 1;
  const rows: AdmissionRow[] = (compounds.data ?? []).flatMap((c) =>
    (Object.keys(ADMISSION_ITEM_LABELS) as AdmissionItem[]).map((item) => ({
      compoundId: c.compoundId,
      item,
      confirmation: planning.admission.find((a) => a.compoundId === c.compoundId && a.item === item),
    })),
  );
  const compoundName = (id: string) => compounds.data?.find((c) => c.compoundId === id)?.name ?? '…';
  return (
    <Card title="入围条件（居民承诺）">
      <QueryState query={compounds}>
        {() => (
          <Table<AdmissionRow>
            rowKey={(r) => `${r.compoundId}:${r.item}`}
            aria-label="入围条件"
            dataSource={rows}
            pagination={false}
            scroll={{ x: 'max-content' }}
            columns={[
              ...(area ? [{ title: '小区', dataIndex: 'compoundId', render: compoundName }] : []),
              { title: '条件', dataIndex: 'item', render: (i: AdmissionItem) => ADMISSION_ITEM_LABELS[i] },
              {
                title: '状态',
                key: 'state',
                render: (_, r) => (r.confirmation ? <Tag color="success">已确认</Tag> : <Tag color="warning">未确认</Tag>),
              },
              { title: '依据', key: 'basis', render: (_, r) => r.confirmation?.basis ?? '—' },
              { title: '确认时间', key: 'at', render: (_, r) => <DateTime at={r.confirmation?.confirmedAt} /> },
              ...(canConfirm
                ? [
                    {
                      title: '操作',
                      key: 'confirm',
                      render: (_: unknown, r: AdmissionRow) => (
                        <Button
                          size="small"
                          onClick={() => setConfirming(r)}
                          aria-label={`${r.confirmation ? '修改' : '确认'}「${ADMISSION_ITEM_LABELS[r.item]}」${area ? `（${compoundName(r.compoundId)}）` : ''}`}
                        >
                          {r.confirmation ? '修改依据' : '确认'}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </QueryState>
      {confirming && <AdmissionForm projectId={projectId} row={confirming} onDone={() => setConfirming(null)} />}
    </Card>
  );
}

function AdmissionForm({ projectId, row, onDone }: { projectId: string; row: AdmissionRow; onDone: () => void }) {
  const [form] = Form.useForm<{ basis: string }>();
  const saved = useSaved(projectId, `「${ADMISSION_ITEM_LABELS[row.item]}」`);
  const save = useFormSubmit(
    form,
    ({ basis }) =>
      read<Planning>(
        api.PUT('/projects/{id}/planning/admission/{item}', {
          params: { path: { id: projectId, item: row.item } },
          body: { basis: basis.trim(), compoundId: row.compoundId },
        }),
      ),
    (p) => {
      saved(p);
      onDone();
    },
  );
  return (
    <Form
      form={form}
      name="admission"
      layout="vertical"
      onFinish={save.submit}
      initialValues={{ basis: row.confirmation?.basis ?? '' }}
      style={{ marginTop: 16 }}
      requiredMark={false}
    >
      {save.error !== null && <ProblemAlert error={save.error} />}
      <Form.Item
        label={`「${ADMISSION_ITEM_LABELS[row.item]}」的依据`}
        name="basis"
        extra="如业主大会决议、居民签字承诺书"
        rules={[{ required: true, whitespace: true, message: '请填写依据' }, { min: 2, message: '依据太短' }, { max: 1000 }]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
      <FormActions busy={save.busy} submit="确认" onCancel={onDone} />
    </Form>
  );
}

interface SourceValues {
  source: FundingSource;
  amount: string;
  received?: string;
  note?: string;
  publicSpace?: boolean;
}

interface FundingValues {
  budget: string;
  sources: SourceValues[];
}

// Only after the form's rules passed: every amount here is one.
const yuanOf = (text: string) => yuanNumber(fenFromYuan(text)!);

function fundingBody(v: FundingValues): FundingBody {
  return {
    budget: yuanOf(v.budget),
    sources: v.sources.map((s) => ({
      source: s.source,
      amount: yuanOf(s.amount),
      ...(s.received?.trim() ? { received: yuanOf(s.received!) } : {}),
      ...(s.note?.trim() ? { note: s.note.trim() } : {}),
      ...(s.source === 'SOCIAL_CAPITAL' ? { publicSpace: !!s.publicSpace } : {}),
    })),
  };
}

function FundingCard({ projectId, funding, canEdit }: { projectId: string; funding: Planning['funding']; canEdit: boolean }) {
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<FundingValues>();
  const saved = useSaved(projectId, '资金筹措计划');
  const save = useFormSubmit(
    form,
    (v) => read<Planning>(api.PUT('/projects/{id}/planning/funding', { params: { path: { id: projectId } }, body: fundingBody(v) })),
    (p) => {
      saved(p);
      setEditing(false);
    },
  );
  const sources = Form.useWatch('sources', form) ?? [];
  return (
    <Card
      title="资金筹措（一本账）"
      extra={canEdit && !editing ? <Button onClick={() => setEditing(true)}>{funding ? '修改资金计划' : '登记资金计划'}</Button> : null}
    >
      {editing ? (
        <Form<FundingValues>
          form={form}
          name="funding"
          layout="vertical"
          onFinish={save.submit}
          requiredMark={false}
          initialValues={
            funding
              ? {
                  budget: funding.budget,
                  sources: funding.sources.map((s) => ({
                    source: s.source as FundingSource,
                    amount: s.amount,
                    received: s.received,
                    note: s.note ?? '',
                    publicSpace: s.publicSpace ?? false,
                  })),
                }
              : { sources: [{ source: 'CENTRAL_BUDGET' }] }
          }
        >
          {save.error !== null && <ProblemAlert error={save.error} />}
          <Form.Item label="总预算（元）" name="budget" rules={yuanRules({ positive: true })} extra={YUAN_HINT} style={{ maxWidth: 320 }}>
            <Input inputMode="decimal" />
          </Form.Item>
          <FormRows name="sources" noun="项资金来源" addText="增加资金来源" newRow={{}}>
            {(field, index) => (
              <>
                <Col xs={24} md={5}>
                  <Form.Item label={`来源 ${index + 1}`} name={[field.name, 'source']} rules={[{ required: true, message: '请选择来源' }]}>
                    <Select options={optionsOf(FUNDING_SOURCE_LABELS)} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={4}>
                  <Form.Item label="承诺金额（元）" name={[field.name, 'amount']} rules={yuanRules()}>
                    <Input inputMode="decimal" />
                  </Form.Item>
                </Col>
                <Col xs={12} md={4}>
                  <Form.Item label="已到位（元）" name={[field.name, 'received']} rules={yuanRules({ required: false })}>
                    <Input inputMode="decimal" />
                  </Form.Item>
                </Col>
                <Col xs={16} md={6}>
                  <Form.Item label="备注" name={[field.name, 'note']} rules={[{ max: 500 }]}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={6} md={3}>
                  {sources[index]?.source === 'SOCIAL_CAPITAL' && (
                    <Form.Item label="经营公共空间回报" name={[field.name, 'publicSpace']} valuePropName="checked">
                      <Checkbox />
                    </Form.Item>
                  )}
                </Col>
              </>
            )}
          </FormRows>
          <FormActions busy={save.busy} submit="保存资金计划" onCancel={() => setEditing(false)} />
        </Form>
      ) : funding ? (
        <FundingView funding={funding} />
      ) : (
        <Typography.Text type="secondary">尚未登记资金筹措计划</Typography.Text>
      )}
    </Card>
  );
}

function FundingView({ funding: f }: { funding: Funding }) {
  const money = (yuan: string | null) => (yuan === null ? '—' : <Money yuan={yuan} showFen />);
  return (
    <>
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }} data-testid="funding-summary">
        <Descriptions.Item label="总预算">{money(f.budget)}</Descriptions.Item>
        <Descriptions.Item label="已落实">{money(f.raised)}</Descriptions.Item>
        <Descriptions.Item label="资金缺口">{money(f.gap)}</Descriptions.Item>
        <Descriptions.Item label="已到位">{money(f.received)}</Descriptions.Item>
        <Descriptions.Item label="现行方案预算">{money(f.planBudget)}</Descriptions.Item>
        <Descriptions.Item label="方案资金缺口">{money(f.planGap)}</Descriptions.Item>
        <Descriptions.Item label="居民出资项目">{money(f.residentsItems)}</Descriptions.Item>
        <Descriptions.Item label="居民承诺出资">{money(f.residentsCommitted)}</Descriptions.Item>
      </Descriptions>
      <Table<Funding['sources'][number]>
        rowKey="source"
        aria-label="资金来源"
        size="small"
        dataSource={f.sources}
        pagination={false}
        scroll={{ x: 'max-content' }}
        style={{ marginTop: 16 }}
        columns={[
          { title: '来源', dataIndex: 'source', render: (s: string) => labelOf(FUNDING_SOURCE_LABELS, s) },
          { title: '承诺金额', dataIndex: 'amount', align: 'right', render: (a: string) => <Money yuan={a} showFen /> },
          { title: '已到位', dataIndex: 'received', align: 'right', render: (a: string) => <Money yuan={a} showFen /> },
          { title: '经营公共空间回报', dataIndex: 'publicSpace', render: (p: boolean | null) => (p === null ? '—' : p ? '是' : '否') },
          { title: '备注', dataIndex: 'note', render: (n: string | null) => n ?? '—' },
        ]}
      />
    </>
  );
}
