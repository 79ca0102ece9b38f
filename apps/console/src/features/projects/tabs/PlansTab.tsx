import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Col, Collapse, Descriptions, Form, Input, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { api, read } from '../../../api/client';
import { useSession } from '../../../session/SessionProvider';
import { FormActions } from '../../../shared/components/FormRows';
import { DateTime } from '../../../shared/components/DateTime';
import { Money } from '../../../shared/components/Money';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { QueryState } from '../../../shared/components/QueryState';
import {
  ITEM_KIND_LABELS,
  labelOf,
  machineStateLabel,
  PAYER_LABELS,
  PLAN_SECTION_LABELS,
  optionsOf,
  WORK_CATEGORY_LABELS,
} from '../../../shared/dictionary';
import { useFormSubmit } from '../../../shared/forms';
import { YUAN_HINT, yuanRules } from '../../../shared/yuan-input';
import type { ProjectTabProps } from '../tabs';
import { draftBody, draftTotal, draftValuesFrom, isPercent, isQuantity, lineFen, newItemKey, type DraftValues } from './plan-draft';
import { roundsQuery } from '../../committee/queries';
import { coveredCompoundsQuery, mayChange, objectionsQuery, plansQuery, type PlanVersion } from './preparation-queries';
import { StateNote } from './StateNote';

type Item = PlanVersion['items'][number];

const DRAFT_FLAGS = [
  ['currentStateSurvey', '依据现状调查'],
  ['fireLanes', '含消防通道'],
  ['ageFriendly', '含适老化设施'],
  ['elevatorPositionReserved', '预留电梯位置'],
] as const;

/** The renovation plan's versions: each one's items with exact money, and, in DESIGN, the PM drafts the next. */
export default function PlansTab({ project }: ProjectTabProps) {
  const { session } = useSession();
  const plans = useQuery(plansQuery(project.id));
  const [chosen, setChosen] = useState<number | null>(null);
  // The version being written: the next one drafted from the last, or one not yet consulted, edited.
  const [writing, setWriting] = useState<{ from?: PlanVersion; edit: boolean } | null>(null);
  const canDraft = mayChange(session?.role, ['DISTRICT_PM'], project.state, ['DESIGN']);

  return (
    <QueryState query={plans}>
      {(versions) => {
        const latest = versions.at(-1);
        const shown = versions.find((v) => v.version === chosen) ?? latest;
        return (
          <Space orientation="vertical" size="large" style={{ width: '100%' }}>
            <Card
              title="方案版本"
              extra={
                canDraft && !writing ? (
                  <Button type="primary" icon={<PlusOutlined />} onClick={() => setWriting({ from: latest, edit: false })}>
                    新建第 {(latest?.version ?? 0) + 1} 版
                  </Button>
                ) : null
              }
            >
              {!canDraft && session?.role === 'DISTRICT_PM' && <StateNote work="改造方案的编制" states={['DESIGN']} now={project.state} />}
              <VersionList
                versions={versions}
                shown={shown?.version}
                onShow={setChosen}
                onEdit={canDraft && !writing ? (v) => setWriting({ from: v, edit: true }) : undefined}
              />
            </Card>
            {writing && (
              <DraftForm
                projectId={project.id}
                from={writing.from}
                edit={writing.edit}
                onDone={(v) => {
                  setWriting(null);
                  if (v) setChosen(v);
                }}
              />
            )}
            {shown && <VersionView version={shown} projectId={project.id} />}
          </Space>
        );
      }}
    </QueryState>
  );
}

function VersionList({
  versions,
  shown,
  onShow,
  onEdit,
}: {
  versions: PlanVersion[];
  shown?: number;
  onShow: (v: number) => void;
  /** Only while the PM may write: a version no round has consulted is still edited in place. */
  onEdit?: (v: PlanVersion) => void;
}) {
  return (
    <Table<PlanVersion>
      rowKey="version"
      aria-label="方案版本"
      dataSource={[...versions].reverse()}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: '尚未编制改造方案' }}
      rowClassName={(v) => (v.version === shown ? 'ant-table-row-selected' : '')}
      columns={[
        { title: '版本', dataIndex: 'version', render: (v: number) => `第 ${v} 版` },
        {
          title: '状态',
          dataIndex: 'frozen',
          render: (frozen: boolean) => (frozen ? <Tag color="blue">已用于征询</Tag> : <Tag>未征询</Tag>),
        },
        { title: '预算', dataIndex: 'budget', align: 'right', render: (b: string) => <Money yuan={b} /> },
        { title: '变更说明', dataIndex: 'changeNote', render: (n: string | null) => n ?? '—' },
        { title: '编制时间', dataIndex: 'createdAt', render: (at: string) => <DateTime at={at} /> },
        {
          title: '操作',
          key: 'show',
          render: (_, v) => (
            <Space>
              <Button size="small" disabled={v.version === shown} onClick={() => onShow(v.version)} aria-label={`查看第 ${v.version} 版`}>
                {v.version === shown ? '正在查看' : '查看'}
              </Button>
              {onEdit && !v.frozen && (
                <Button size="small" onClick={() => onEdit(v)} aria-label={`修改第 ${v.version} 版`}>
                  修改
                </Button>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}

function VersionView({ version: v, projectId }: { version: PlanVersion; projectId: string }) {
  const compounds = useQuery(coveredCompoundsQuery(projectId));
  const area = (compounds.data?.length ?? 0) > 1;
  const compoundName = (id: string | null) => (id ? (compounds.data?.find((c) => c.compoundId === id)?.name ?? id) : '片区共用');
  const yes = (b: boolean) => (b ? '是' : '否');
  const k = v.contributions;
  return (
    <Card
      title={`第 ${v.version} 版改造方案`}
      data-testid="plan-version"
      extra={
        <Space align="start">
          <Typography.Text>预算合计</Typography.Text>
          <Money yuan={v.budget} showFen />
        </Space>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }}>
        <Descriptions.Item label="依据现状调查">{yes(v.currentStateSurvey)}</Descriptions.Item>
        <Descriptions.Item label="含消防通道">{yes(v.fireLanes)}</Descriptions.Item>
        <Descriptions.Item label="含适老化设施">{yes(v.ageFriendly)}</Descriptions.Item>
        <Descriptions.Item label="预留电梯位置">{yes(v.elevatorPositionReserved)}</Descriptions.Item>
        <Descriptions.Item label="居民出资比例">
          {k.residentSharePercent === null ? '未写明' : `${k.residentSharePercent}%`}
        </Descriptions.Item>
        <Descriptions.Item label="居民出资">{k.residents === null ? '未写明' : <Money yuan={k.residents} />}</Descriptions.Item>
        <Descriptions.Item label="社会资本出资">{k.socialCapital === null ? '未写明' : <Money yuan={k.socialCapital} />}</Descriptions.Item>
        <Descriptions.Item label="采纳的异议">{v.adoptedObjections.length} 条</Descriptions.Item>
      </Descriptions>
      <Table<Item>
        rowKey="key"
        aria-label={`第 ${v.version} 版改造项目`}
        dataSource={v.items}
        pagination={false}
        size="small"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '本版没有改造项目' }}
        style={{ marginTop: 16 }}
        columns={[
          { title: '项目', dataIndex: 'name' },
          { title: '类型', dataIndex: 'kind', render: (kind: string | null) => labelOf(ITEM_KIND_LABELS, kind) },
          { title: '类别', dataIndex: 'category', render: (c: string) => labelOf(WORK_CATEGORY_LABELS, c) },
          ...(area ? [{ title: '小区', dataIndex: 'compoundId', render: (id: string | null) => compoundName(id) }] : []),
          { title: '工程量', key: 'quantity', align: 'right', render: (_, i) => `${i.quantity} ${i.unit}` },
          { title: '单价', dataIndex: 'unitPrice', align: 'right', render: (p: string) => <Money yuan={p} showFen /> },
          { title: '预算', dataIndex: 'budget', align: 'right', render: (b: string) => <Money yuan={b} showFen /> },
          { title: '出资方', dataIndex: 'paidBy', render: (p: string) => labelOf(PAYER_LABELS, p) },
          { title: '必选/自选', dataIndex: 'required', render: (r: boolean) => (r ? '必选' : <Tag color="gold">居民自选</Tag>) },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={area ? 6 : 5}>
              <Typography.Text strong>合计（{v.items.length} 项）</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <span data-testid="plan-total">
                <Money yuan={v.budget} showFen />
              </span>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} colSpan={2} />
          </Table.Summary.Row>
        )}
      />
      <Collapse
        style={{ marginTop: 16 }}
        items={Object.entries(PLAN_SECTION_LABELS).map(([key, label]) => ({
          key,
          label,
          children: (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {v.sections[key as keyof typeof v.sections] || '（未填写）'}
            </Typography.Paragraph>
          ),
        }))}
      />
    </Card>
  );
}

/**
 * The next version drafted from the last (or a version not yet consulted, edited in place): rows
 * changed, added or taken out, the total counted as the API will.
 */
function DraftForm({
  projectId,
  from,
  edit,
  onDone,
}: {
  projectId: string;
  from: PlanVersion | undefined;
  edit: boolean;
  onDone: (version?: number) => void;
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const compounds = useQuery(coveredCompoundsQuery(projectId));
  const area = (compounds.data?.length ?? 0) > 1;
  const [form] = Form.useForm<DraftValues>();
  const rows = Form.useWatch('items', form) ?? [];
  const total = draftTotal(rows);
  const next = edit && from ? from.version : (from?.version ?? 0) + 1;
  const rounds = useQuery(roundsQuery(projectId));
  const planRounds = (rounds.data ?? []).filter((r) => r.subject === 'PLAN');
  const objections = useQueries({ queries: planRounds.map((r) => objectionsQuery(r.id)) });
  const adopted = objections.flatMap((q) => q.data ?? []).filter((o) => o.response === 'ADOPTED');
  const draft = useFormSubmit(
    form,
    (values) =>
      read<PlanVersion>(
        edit
          ? api.PUT('/projects/{id}/plans/{version}', { params: { path: { id: projectId, version: next } }, body: draftBody(values, from) })
          : api.POST('/projects/{id}/plans', { params: { path: { id: projectId } }, body: draftBody(values, from) }),
      ),
    (created) => {
      void queryClient.invalidateQueries({ queryKey: ['projects', projectId] });
      void message.success(`已保存第 ${created.version} 版方案`);
      onDone(created.version);
    },
  );

  return (
    <Card title={`${edit ? '修改' : '新建'}第 ${next} 版`} data-testid="plan-draft">
      <Typography.Paragraph type="secondary">
        {from && !edit ? `从第 ${from.version} 版开始：` : ''}改造项目可修改、增加或删除，金额按元填写（最多两位小数），合计与 API
        一样精确到分。
      </Typography.Paragraph>
      {draft.error !== null && <ProblemAlert error={draft.error} />}
      <Form<DraftValues>
        form={form}
        layout="vertical"
        name="plan-draft"
        onFinish={draft.submit}
        initialValues={draftValuesFrom(from, edit)}
        requiredMark={false}
      >
        <Typography.Title level={5}>方案要点</Typography.Title>
        <Space wrap size="large">
          {DRAFT_FLAGS.map(([name, label]) => (
            <Form.Item key={name} name={name} valuePropName="checked" style={{ marginBottom: 8 }}>
              <Checkbox>{label}</Checkbox>
            </Form.Item>
          ))}
        </Space>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              label="居民出资比例（%）"
              name={['contributions', 'residentSharePercent']}
              extra="完善类、提升类改造中居民出资的比例；留空为未写明"
              rules={[
                {
                  validator: async (_, v: string | undefined) => {
                    if (v?.trim() && !isPercent(v)) throw new Error('须为 0–100 的数，最多两位小数');
                  },
                },
              ]}
            >
              <Input inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item
              label="居民出资（元）"
              name={['contributions', 'residents']}
              rules={yuanRules({ required: false })}
              extra="须与资金计划一致"
            >
              <Input inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item
              label="社会资本出资（元）"
              name={['contributions', 'socialCapital']}
              rules={yuanRules({ required: false })}
              extra="没有则填 0"
            >
              <Input inputMode="decimal" />
            </Form.Item>
          </Col>
        </Row>
        <Collapse
          style={{ marginBottom: 16 }}
          items={Object.entries(PLAN_SECTION_LABELS).map(([key, label]) => ({
            key,
            label,
            // Closed panels still hold their fields: the whole version is sent.
            forceRender: true,
            children: (
              <Form.Item label={label} name={['sections', key]} rules={[{ max: 20000 }]} style={{ margin: 0 }}>
                <Input.TextArea rows={4} />
              </Form.Item>
            ),
          }))}
        />
        <Typography.Title level={5}>改造项目</Typography.Title>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <div key={field.key} role="group" aria-label={`第 ${index + 1} 项`} className="plan-draft-row">
                  <Form.Item name={[field.name, 'key']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'compoundId']} hidden={!area}>
                    {area ? (
                      <Select
                        allowClear
                        placeholder="片区共用"
                        options={(compounds.data ?? []).map((c) => ({ value: c.compoundId, label: c.name }))}
                      />
                    ) : (
                      <Input />
                    )}
                  </Form.Item>
                  <Row gutter={12} align="bottom">
                    <Col xs={24} md={12} xl={4}>
                      <Form.Item
                        label={`第 ${index + 1} 项名称`}
                        name={[field.name, 'name']}
                        rules={[{ required: true, whitespace: true, message: '请填写项目名称' }, { max: 200 }]}
                      >
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={6} xl={2}>
                      <Form.Item label="类别" name={[field.name, 'category']} rules={[{ required: true, message: '请选择类别' }]}>
                        <Select options={optionsOf(WORK_CATEGORY_LABELS)} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={6} xl={3}>
                      <Form.Item label="类型" name={[field.name, 'kind']}>
                        <Select allowClear placeholder="一般项目" options={optionsOf(ITEM_KIND_LABELS)} popupMatchSelectWidth={false} />
                      </Form.Item>
                    </Col>
                    <Col xs={8} md={4} xl={2}>
                      <Form.Item
                        label="工程量"
                        name={[field.name, 'quantity']}
                        rules={[
                          {
                            validator: async (_, q: string | undefined) => {
                              if (!isQuantity(q)) throw new Error('须为不小于 0 的数，最多两位小数');
                            },
                          },
                        ]}
                      >
                        <Input inputMode="decimal" />
                      </Form.Item>
                    </Col>
                    <Col xs={6} md={3} xl={2}>
                      <Form.Item
                        label="单位"
                        name={[field.name, 'unit']}
                        rules={[{ required: true, whitespace: true, message: '请填写' }, { max: 20 }]}
                      >
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={10} md={5} xl={3}>
                      <Form.Item label="单价（元）" name={[field.name, 'unitPrice']} rules={yuanRules()} tooltip={YUAN_HINT}>
                        <Input inputMode="decimal" />
                      </Form.Item>
                    </Col>
                    <Col xs={8} md={4} xl={2}>
                      <Form.Item label="出资方" name={[field.name, 'paidBy']} rules={[{ required: true, message: '请选择' }]}>
                        <Select options={optionsOf(PAYER_LABELS)} />
                      </Form.Item>
                    </Col>
                    <Col xs={8} md={4} xl={1}>
                      <Form.Item name={[field.name, 'required']} valuePropName="checked" label="必选" tooltip="不勾选则由居民点菜">
                        <Checkbox />
                      </Form.Item>
                    </Col>
                    <Col xs={8} md={4} xl={4}>
                      <Form.Item label="本项预算">
                        <LinePreview fen={lineFen(rows[index])} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={4} xl={1}>
                      <Form.Item label={<span aria-hidden>&nbsp;</span>}>
                        <Button danger icon={<DeleteOutlined />} aria-label={`删除第 ${index + 1} 项`} onClick={() => remove(field.name)} />
                      </Form.Item>
                    </Col>
                  </Row>
                </div>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() =>
                  add({ key: newItemKey(form.getFieldValue('items') ?? []), category: 'BASIC', paidBy: 'GOVERNMENT', required: true })
                }
              >
                增加一项
              </Button>
            </>
          )}
        </Form.List>
        <div className="plan-draft-total" aria-live="polite">
          <Typography.Text strong>合计（{rows.length} 项）：</Typography.Text>
          <span data-testid="draft-total">
            <Money fen={total.fen} showFen />
          </span>
          {!total.complete && <Typography.Text type="warning">（有项目的工程量或单价尚未填好，未计入）</Typography.Text>}
        </div>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label="按居民点菜结果" name="applyChoicesFrom" extra="保存时按该轮方案征询的结果保留或删去居民自选项目">
              <Select
                allowClear
                placeholder="不采用"
                loading={rounds.isPending}
                options={planRounds
                  .filter((r) => ['CLOSED', 'PUBLICITY', 'CONCLUDED'].includes(r.state))
                  .map((r) => ({ value: r.id, label: `${r.title}（${machineStateLabel('consultation-round', r.state)}）` }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="本版采纳的异议" name="adoptedObjections" extra="已答复为采纳、由本版方案落实的居民异议">
              <Select
                mode="multiple"
                placeholder="无"
                loading={objections.some((q) => q.isPending)}
                options={adopted.map((o) => ({ value: o.id, label: o.responseText ? `${o.text}（${o.responseText}）` : o.text }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="变更说明" name="changeNote" rules={[{ max: 5000 }]}>
          <Input.TextArea rows={2} placeholder="本版改了什么、为什么" />
        </Form.Item>
        <FormActions busy={draft.busy} submit={<>保存第 {next} 版</>} onCancel={() => onDone()} />
      </Form>
    </Card>
  );
}

function LinePreview({ fen }: { fen: string | null }) {
  return fen === null ? <Typography.Text type="secondary">—</Typography.Text> : <Money fen={fen} showFen />;
}
