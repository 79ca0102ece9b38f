import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Descriptions, Form, Input, InputNumber, Row, Select, Space, Table, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { api, read } from '../../../api/client';
import { useSession } from '../../../session/SessionProvider';
import { FormActions, FormRows } from '../../../shared/components/FormRows';
import { DateTime } from '../../../shared/components/DateTime';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { QueryState } from '../../../shared/components/QueryState';
import { ASSET_KIND_LABELS, labelOf, optionsOf, SURVEY_METHOD_LABELS } from '../../../shared/dictionary';
import { useFormSubmit } from '../../../shared/forms';
import type { ProjectTabProps } from '../tabs';
import {
  coveredCompoundsQuery,
  districtCompoundsQuery,
  mayChange,
  surveyQuery,
  type CoveredCompound,
  type Survey,
  type SurveyBody,
} from './preparation-queries';
import { StateNote } from './StateNote';

type Section = 'baseData' | 'assets' | 'willingness';

/** A cleared optional field is left out, as the API reads an absent one, rather than sent empty. */
function withoutBlanks<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (_, v: unknown) => (v === null || v === '' ? undefined : v))) as T;
}

/** The three-fold survey (三个摸清) of each covered compound: read by everyone in scope, recorded by the PM while the project is in SURVEY. */
export default function SurveyTab({ project }: ProjectTabProps) {
  const { session } = useSession();
  const compounds = useQuery(coveredCompoundsQuery(project.id));
  const [picked, setPicked] = useState<string | null>(null);
  const compoundId = picked ?? project.compoundId;
  const survey = useQuery(surveyQuery(project.id, compoundId));
  const canEdit = mayChange(session?.role, ['DISTRICT_PM'], project.state, ['SURVEY']);

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {((compounds.data?.length ?? 0) > 1 || mayChange(session?.role, ['DISTRICT_PM'], project.state, ['SURVEY'])) && (
        <ProjectArea project={project} />
      )}
      {(compounds.data?.length ?? 0) > 1 && (
        <Space wrap>
          <label htmlFor="survey-compound">调查的小区</label>
          <Select
            id="survey-compound"
            style={{ minWidth: 240 }}
            value={compoundId}
            onChange={setPicked}
            options={compounds.data!.map((c) => ({ value: c.compoundId, label: c.lead ? `${c.name}（牵头小区）` : c.name }))}
          />
        </Space>
      )}
      {!canEdit && session?.role === 'DISTRICT_PM' && <StateNote work="摸底调查的登记" states={['SURVEY']} now={project.state} />}
      <QueryState query={survey}>
        {(s) => (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {s && (
              <Typography.Text type="secondary">
                最近登记：
                <DateTime at={s.updatedAt} />
              </Typography.Text>
            )}
            <BaseData projectId={project.id} compoundId={compoundId} survey={s} canEdit={canEdit} />
            <Assets projectId={project.id} compoundId={compoundId} survey={s} canEdit={canEdit} />
            <Willingness projectId={project.id} compoundId={compoundId} survey={s} canEdit={canEdit} />
          </Space>
        )}
      </QueryState>
    </Space>
  );
}

interface SectionProps {
  projectId: string;
  compoundId: string;
  survey: Survey;
  canEdit: boolean;
}

/** One section's card: what is recorded, and for the PM in SURVEY its form, saved on its own. */
function SectionCard<V extends SurveyBody>({
  title,
  section,
  props: { projectId, compoundId, survey, canEdit },
  initial,
  view,
  fields,
}: {
  title: string;
  section: Section;
  props: SectionProps;
  initial: V;
  view: ReactNode;
  fields: ReactNode;
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<V>();
  const save = useFormSubmit(
    form,
    (values) =>
      read<Survey>(
        api.PUT('/projects/{id}/survey', {
          params: { path: { id: projectId } },
          body: { compoundId, [section]: withoutBlanks(values[section]) },
        }),
      ),
    (saved) => {
      queryClient.setQueryData(surveyQuery(projectId, compoundId).queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: ['projects', projectId, 'transitions'] });
      void message.success(`已保存${title}`);
      setEditing(false);
    },
  );
  const recorded = survey?.[section] != null;
  return (
    <Card
      title={title}
      extra={
        canEdit && !editing ? (
          <Button onClick={() => setEditing(true)} aria-label={`${recorded ? '修改' : '登记'}${title}`}>
            {recorded ? '修改' : '登记'}
          </Button>
        ) : null
      }
    >
      {editing ? (
        <Form<V>
          form={form}
          layout="vertical"
          name={`survey-${section}`}
          initialValues={initial}
          onFinish={save.submit}
          requiredMark={false}
        >
          {save.error !== null && <ProblemAlert error={save.error} />}
          {fields}
          <FormActions busy={save.busy} submit={<>保存{title}</>} onCancel={() => setEditing(false)} />
        </Form>
      ) : recorded ? (
        view
      ) : (
        <Typography.Text type="secondary">尚未登记</Typography.Text>
      )}
    </Card>
  );
}

const int = (label: string, name: string[], min: number, max: number) => (
  <Form.Item label={label} name={name} rules={[{ required: true, message: `请填写${label}` }]}>
    <InputNumber min={min} max={max} precision={0} style={{ width: '100%' }} />
  </Form.Item>
);

function BaseData(props: SectionProps) {
  const b = props.survey?.baseData;
  return (
    <SectionCard
      title="基础数据"
      section="baseData"
      props={props}
      initial={{ baseData: b ? { ...b, floorArea: Number(b.floorArea) } : undefined }}
      view={
        b && (
          <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }}>
            <Descriptions.Item label="楼栋数">{b.buildings} 栋</Descriptions.Item>
            <Descriptions.Item label="户数">{b.households} 户</Descriptions.Item>
            <Descriptions.Item label="建筑面积">{b.floorArea} m²</Descriptions.Item>
            <Descriptions.Item label="建成年份">{b.buildYear} 年</Descriptions.Item>
          </Descriptions>
        )
      }
      fields={
        <Row gutter={16}>
          <Col xs={12} xl={6}>
            {int('楼栋数', ['baseData', 'buildings'], 1, 10000)}
          </Col>
          <Col xs={12} xl={6}>
            {int('户数', ['baseData', 'households'], 1, 1000000)}
          </Col>
          <Col xs={12} xl={6}>
            <Form.Item label="建筑面积（m²）" name={['baseData', 'floorArea']} rules={[{ required: true, message: '请填写建筑面积' }]}>
              <InputNumber min={0.01} max={1e10} step={0.01} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} xl={6}>
            {int('建成年份', ['baseData', 'buildYear'], 1900, 2100)}
          </Col>
        </Row>
      }
    />
  );
}

function Assets(props: SectionProps) {
  const a = props.survey?.assets;
  return (
    <SectionCard
      title="资产资源"
      section="assets"
      props={props}
      initial={{ assets: a ?? { items: [] } }}
      view={
        a && (
          <>
            <Table
              rowKey={(_, i) => String(i)}
              aria-label="资产资源"
              size="small"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={a.items}
              locale={{ emptyText: '调查未发现可利用的资产资源' }}
              columns={[
                { title: '类别', dataIndex: 'kind', render: (k: string) => labelOf(ASSET_KIND_LABELS, k) },
                { title: '说明', dataIndex: 'description' },
                { title: '数量', key: 'q', render: (_, i) => (i.quantity == null ? '—' : `${i.quantity} ${i.unit ?? ''}`) },
              ]}
            />
            {a.notes && <Typography.Paragraph style={{ marginTop: 8 }}>备注：{a.notes}</Typography.Paragraph>}
          </>
        )
      }
      fields={
        <>
          <FormRows
            name={['assets', 'items']}
            noun="项资产"
            addText="增加一项资产"
            newRow={{ kind: 'VACANT_ROOM' }}
            removeSpan={{ xs: 4, md: 2 }}
          >
            {(field) => (
              <>
                <Col xs={12} md={5}>
                  <Form.Item label="类别" name={[field.name, 'kind']} rules={[{ required: true, message: '请选择' }]}>
                    <Select options={optionsOf(ASSET_KIND_LABELS)} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={9}>
                  <Form.Item
                    label="说明"
                    name={[field.name, 'description']}
                    rules={[{ required: true, whitespace: true, message: '请填写' }]}
                  >
                    <Input maxLength={500} />
                  </Form.Item>
                </Col>
                <Col xs={10} md={4}>
                  <Form.Item label="数量" name={[field.name, 'quantity']}>
                    <InputNumber min={0} step={0.01} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={10} md={4}>
                  <Form.Item label="单位" name={[field.name, 'unit']}>
                    <Input maxLength={20} />
                  </Form.Item>
                </Col>
              </>
            )}
          </FormRows>
          <Form.Item label="资产备注" name={['assets', 'notes']}>
            <Input.TextArea rows={2} maxLength={5000} />
          </Form.Item>
        </>
      }
    />
  );
}

function Willingness(props: SectionProps) {
  const w = props.survey?.willingness;
  return (
    <SectionCard
      title="改造意愿"
      section="willingness"
      props={props}
      initial={{ willingness: w ?? undefined }}
      view={
        w && (
          <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }}>
            <Descriptions.Item label="调查户数">{w.surveyedHouseholds} 户</Descriptions.Item>
            <Descriptions.Item label="愿意改造">{w.willingHouseholds} 户</Descriptions.Item>
            <Descriptions.Item label="调查方式">{labelOf(SURVEY_METHOD_LABELS, w.method)}</Descriptions.Item>
            <Descriptions.Item label="备注">{w.notes ?? '—'}</Descriptions.Item>
          </Descriptions>
        )
      }
      fields={
        <Row gutter={16}>
          <Col xs={12} xl={6}>
            {int('调查户数', ['willingness', 'surveyedHouseholds'], 1, 1000000)}
          </Col>
          <Col xs={12} xl={6}>
            {int('愿意改造户数', ['willingness', 'willingHouseholds'], 0, 1000000)}
          </Col>
          <Col xs={12} xl={6}>
            <Form.Item label="调查方式" name={['willingness', 'method']} rules={[{ required: true, message: '请选择调查方式' }]}>
              <Select options={optionsOf(SURVEY_METHOD_LABELS)} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item label="意愿备注" name={['willingness', 'notes']}>
              <Input.TextArea rows={2} maxLength={5000} />
            </Form.Item>
          </Col>
        </Row>
      }
    />
  );
}

/** The compounds the project covers; while it is in SURVEY the PM takes neighbours of the district in (片区) or lets them go. */
function ProjectArea({ project }: ProjectTabProps) {
  const { session } = useSession();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const covered = useQuery(coveredCompoundsQuery(project.id));
  const canEdit = mayChange(session?.role, ['DISTRICT_PM'], project.state, ['SURVEY']);
  const district = useQuery({ ...districtCompoundsQuery(project.districtId), enabled: canEdit });
  const [adding, setAdding] = useState<string | undefined>();
  const change = useMutation({
    mutationFn: (c: { add: string } | { remove: string }) =>
      read<CoveredCompound[]>(
        'add' in c
          ? api.POST('/projects/{id}/compounds', { params: { path: { id: project.id } }, body: { compoundId: c.add } })
          : api.DELETE('/projects/{id}/compounds/{compoundId}', { params: { path: { id: project.id, compoundId: c.remove } } }),
      ),
    onSuccess: (list, c) => {
      queryClient.setQueryData(coveredCompoundsQuery(project.id).queryKey, list);
      void message.success('add' in c ? '已加入片区' : '已移出片区');
      setAdding(undefined);
    },
  });
  const coveredIds = new Set(covered.data?.map((c) => c.compoundId));
  return (
    <Card title="覆盖的小区">
      {change.isError && <ProblemAlert error={change.error} />}
      <QueryState query={covered}>
        {(list) => (
          <Table<CoveredCompound>
            rowKey="compoundId"
            aria-label="覆盖的小区"
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={list}
            columns={[
              { title: '小区', dataIndex: 'name', render: (name: string, c) => (c.lead ? `${name}（牵头小区）` : name) },
              { title: '户数', dataIndex: 'households', render: (h: number | null) => (h === null ? '—' : `${h} 户`) },
              { title: '加入时间', dataIndex: 'addedAt', render: (at: string) => <DateTime at={at} /> },
              ...(canEdit
                ? [
                    {
                      title: '操作',
                      key: 'remove',
                      render: (_: unknown, c: CoveredCompound) =>
                        c.lead ? null : (
                          <Button
                            size="small"
                            danger
                            onClick={() => change.mutate({ remove: c.compoundId })}
                            aria-label={`将${c.name}移出片区`}
                          >
                            移出
                          </Button>
                        ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </QueryState>
      {canEdit && (
        <Space wrap style={{ marginTop: 12 }}>
          <label htmlFor="area-add">加入片区的小区</label>
          <Select
            id="area-add"
            showSearch
            optionFilterProp="label"
            style={{ minWidth: 260 }}
            value={adding}
            onChange={setAdding}
            loading={district.isPending}
            placeholder="选择本区县的小区"
            options={(district.data ?? []).filter((c) => !coveredIds.has(c.id)).map((c) => ({ value: c.id, label: c.name }))}
          />
          <Button disabled={!adding} loading={change.isPending} onClick={() => adding && change.mutate({ add: adding })}>
            加入片区
          </Button>
        </Space>
      )}
    </Card>
  );
}
