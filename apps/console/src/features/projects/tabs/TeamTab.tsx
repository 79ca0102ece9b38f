import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Col, DatePicker, Descriptions, Form, Input, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, read } from '../../../api/client';
import { useSession } from '../../../session/SessionProvider';
import { FormActions, FormRows } from '../../../shared/components/FormRows';
import { DateTime } from '../../../shared/components/DateTime';
import { ProblemAlert } from '../../../shared/components/ProblemAlert';
import { QueryState } from '../../../shared/components/QueryState';
import { BODY_KIND_LABELS, labelOf, optionsOf } from '../../../shared/dictionary';
import { useFormSubmit } from '../../../shared/forms';
import type { ProjectTabProps } from '../tabs';
import { bodiesQuery, coveredCompoundsQuery, mayChange, permitsQuery, type Body, type Permits } from './preparation-queries';
import { StateNote } from './StateNote';

/** Who builds and watches the work (named by the PM in PERMITTING), and the residents' self-governance bodies. */
export default function TeamTab({ project }: ProjectTabProps) {
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <ConstructionTeam project={project} />
      <Bodies project={project} />
    </Space>
  );
}

interface TeamValues {
  contractor: string;
  supervisionCompany: string;
  epc: boolean;
  volunteerSupervisors: { name: string; phone?: string }[];
}

function ConstructionTeam({ project }: ProjectTabProps) {
  const { session } = useSession();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const permits = useQuery(permitsQuery(project.id));
  const canEdit = mayChange(session?.role, ['DISTRICT_PM'], project.state, ['PERMITTING']);
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<TeamValues>();
  const save = useFormSubmit(
    form,
    (v) =>
      read<Permits>(
        api.PUT('/projects/{id}/team', {
          params: { path: { id: project.id } },
          body: {
            contractor: v.contractor.trim(),
            supervisionCompany: v.supervisionCompany.trim(),
            epc: v.epc,
            volunteerSupervisors: v.volunteerSupervisors.map((s) => ({
              name: s.name.trim(),
              ...(s.phone?.trim() ? { phone: s.phone.trim() } : {}),
            })),
          },
        }),
      ),
    (saved) => {
      queryClient.setQueryData(permitsQuery(project.id).queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: ['projects', project.id, 'transitions'] });
      void message.success('已保存施工队伍');
      setEditing(false);
    },
  );

  return (
    <Card
      title="施工队伍"
      extra={
        canEdit && !editing ? (
          <Button onClick={() => setEditing(true)}>{permits.data?.team ? '修改施工队伍' : '登记施工队伍'}</Button>
        ) : null
      }
    >
      {!canEdit && session?.role === 'DISTRICT_PM' && <StateNote work="施工队伍的登记" states={['PERMITTING']} now={project.state} />}
      <QueryState query={permits}>
        {(p) =>
          editing ? (
            <Form<TeamValues>
              form={form}
              name="team"
              layout="vertical"
              onFinish={save.submit}
              requiredMark={false}
              initialValues={
                p.team
                  ? { ...p.team, volunteerSupervisors: p.team.volunteerSupervisors.map((v) => ({ name: v.name, phone: v.phone ?? '' })) }
                  : { epc: false, volunteerSupervisors: [{ name: '' }] }
              }
            >
              {save.error !== null && <ProblemAlert error={save.error} />}
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <Form.Item
                    label="施工单位"
                    name="contractor"
                    rules={[{ required: true, whitespace: true, message: '请填写施工单位' }, { max: 200 }]}
                  >
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item
                    label="监理单位"
                    name="supervisionCompany"
                    rules={[{ required: true, whitespace: true, message: '请填写监理单位' }, { max: 200 }]}
                  >
                    <Input />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="epc" valuePropName="checked" label="工程总承包（EPC）">
                <Checkbox />
              </Form.Item>
              <Typography.Title level={5}>居民义务监督员</Typography.Title>
              <FormRows
                name="volunteerSupervisors"
                noun="位义务监督员"
                addText="增加义务监督员"
                newRow={{ name: '' }}
                removeSpan={{ xs: 4, md: 2 }}
              >
                {(field, index) => (
                  <>
                    <Col xs={10} md={8}>
                      <Form.Item
                        label={`义务监督员 ${index + 1} 姓名`}
                        name={[field.name, 'name']}
                        rules={[{ required: true, whitespace: true, message: '请填写姓名' }, { max: 100 }]}
                      >
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={10} md={8}>
                      <Form.Item
                        label="电话"
                        name={[field.name, 'phone']}
                        rules={[{ pattern: /^[0-9+\- ]{5,20}$/, message: '电话为 5–20 位数字' }]}
                      >
                        <Input inputMode="tel" />
                      </Form.Item>
                    </Col>
                  </>
                )}
              </FormRows>
              <FormActions busy={save.busy} submit="保存施工队伍" onCancel={() => setEditing(false)} />
            </Form>
          ) : p.team ? (
            <Descriptions size="small" column={{ xs: 1, md: 2 }}>
              <Descriptions.Item label="施工单位">{p.team.contractor}</Descriptions.Item>
              <Descriptions.Item label="监理单位">{p.team.supervisionCompany}</Descriptions.Item>
              <Descriptions.Item label="工程总承包（EPC）">{p.team.epc ? '是' : '否'}</Descriptions.Item>
              <Descriptions.Item label="居民义务监督员">
                {p.team.volunteerSupervisors.map((v) => (v.phone ? `${v.name}（${v.phone}）` : v.name)).join('、')}
              </Descriptions.Item>
              <Descriptions.Item label="登记时间">
                <DateTime at={p.team.recordedAt} />
              </Descriptions.Item>
            </Descriptions>
          ) : (
            <Typography.Text type="secondary">尚未登记施工队伍</Typography.Text>
          )
        }
      </QueryState>
    </Card>
  );
}

interface BodyValues {
  compoundId?: string;
  kind: Body['kind'];
  name: string;
  establishedOn: Dayjs;
  members: { name: string; position: string; resident: boolean }[];
}

function Bodies({ project }: ProjectTabProps) {
  const { session } = useSession();
  const bodies = useQuery(bodiesQuery(project.id));
  const compounds = useQuery(coveredCompoundsQuery(project.id));
  const canRegister = mayChange(session?.role, ['DISTRICT_PM', 'RESIDENTS_COMMITTEE'], project.state);
  const [adding, setAdding] = useState(false);
  const compoundName = (id: string) => compounds.data?.find((c) => c.compoundId === id)?.name ?? '…';
  return (
    <Card
      title="自治组织"
      extra={
        canRegister && !adding ? (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            登记自治组织
          </Button>
        ) : null
      }
    >
      {adding && <BodyForm projectId={project.id} onDone={() => setAdding(false)} />}
      <QueryState query={bodies} isEmpty={(b) => b.length === 0} empty="尚未登记自治组织">
        {(list) => (
          <Table<Body>
            rowKey="id"
            aria-label="自治组织"
            dataSource={list}
            pagination={false}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: '名称', dataIndex: 'name' },
              { title: '类型', dataIndex: 'kind', render: (k: string) => labelOf(BODY_KIND_LABELS, k) },
              ...((compounds.data?.length ?? 0) > 1 ? [{ title: '小区', dataIndex: 'compoundId', render: compoundName }] : []),
              { title: '成立日期', dataIndex: 'establishedOn' },
              {
                title: '成员',
                dataIndex: 'members',
                render: (members: Body['members']) => (
                  <Space size={[4, 4]} wrap>
                    {members.map((m, i) => (
                      <Tag key={i}>
                        {m.position}：{m.name}
                        {m.resident ? '' : '（非居民）'}
                      </Tag>
                    ))}
                  </Space>
                ),
              },
            ]}
          />
        )}
      </QueryState>
    </Card>
  );
}

function BodyForm({ projectId, onDone }: { projectId: string; onDone: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const compounds = useQuery(coveredCompoundsQuery(projectId));
  const [form] = Form.useForm<BodyValues>();
  const register = useFormSubmit(
    form,
    ({ establishedOn, compoundId, ...rest }) =>
      read<Body>(
        api.POST('/projects/{id}/bodies', {
          params: { path: { id: projectId } },
          body: { ...rest, ...(compoundId ? { compoundId } : {}), establishedOn: establishedOn.format('YYYY-MM-DD') },
        }),
      ),
    (created) => {
      void queryClient.invalidateQueries({ queryKey: ['projects', projectId] });
      void message.success(`已登记${created.name}`);
      onDone();
    },
  );
  return (
    <Form<BodyValues>
      form={form}
      name="body"
      layout="vertical"
      onFinish={register.submit}
      requiredMark={false}
      initialValues={{ kind: 'RENOVATION_COUNCIL', members: [{ resident: true }] }}
      style={{ marginBottom: 16 }}
    >
      {register.error !== null && <ProblemAlert error={register.error} />}
      <Row gutter={16}>
        {(compounds.data?.length ?? 0) > 1 && (
          <Col xs={24} md={6}>
            <Form.Item label="小区" name="compoundId" rules={[{ required: true, message: '请选择小区' }]}>
              <Select options={compounds.data!.map((c) => ({ value: c.compoundId, label: c.name }))} />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} md={6}>
          <Form.Item label="组织类型" name="kind">
            <Select options={optionsOf(BODY_KIND_LABELS)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item label="组织名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写名称' }, { max: 200 }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item label="成立日期" name="establishedOn" rules={[{ required: true, message: '请选择成立日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <FormRows name="members" noun="位成员" addText="增加成员" newRow={{ resident: true }}>
        {(field, index) => (
          <>
            <Col xs={10} md={8}>
              <Form.Item
                label={`成员 ${index + 1} 姓名`}
                name={[field.name, 'name']}
                rules={[{ required: true, whitespace: true, message: '请填写姓名' }, { max: 100 }]}
              >
                <Input />
              </Form.Item>
            </Col>
            <Col xs={8} md={6}>
              <Form.Item label="职务" name={[field.name, 'position']} rules={[{ required: true, whitespace: true, message: '请填写职务' }]}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={4} md={4}>
              <Form.Item label="本小区居民" name={[field.name, 'resident']} valuePropName="checked">
                <Checkbox />
              </Form.Item>
            </Col>
          </>
        )}
      </FormRows>
      <FormActions busy={register.busy} submit="登记" onCancel={onDone} />
    </Form>
  );
}
