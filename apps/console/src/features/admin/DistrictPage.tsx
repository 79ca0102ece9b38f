import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, InputNumber, Modal, Radio, Select, Table, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { api, read } from '../../api/client';
import { PageCard } from '../../shared/components/PageCard';
import { DateTime } from '../../shared/components/DateTime';
import { ProblemAlert } from '../../shared/components/ProblemAlert';
import { QueryState } from '../../shared/components/QueryState';
import { ROUND_SUBJECT_LABELS } from '../../shared/dictionary';
import { useFormSubmit } from '../../shared/forms';
import {
  DISTRICT_LISTS,
  districtRuleProfilesQuery,
  districtSettingsQuery,
  districtsQuery,
  ruleProfileCatalogQuery,
  type DistrictRuleProfiles,
  type DistrictSettings,
} from './queries';
import { DistrictListEditor } from './DistrictListEditor';

type SubjectRow = DistrictRuleProfiles['subjects'][number];
type SettingRow = DistrictSettings['settings'][number];

const SHIPPED = '__shipped__';

function RuleProfileDialog({ districtId, row, onClose }: { districtId: string; row: SubjectRow; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const catalog = useQuery(ruleProfileCatalogQuery());
  const subject = ROUND_SUBJECT_LABELS[row.subject];
  const [form] = Form.useForm<{ ruleProfile: string; reason: string }>();
  const dialog = useFormSubmit(
    form,
    ({ ruleProfile, reason }) =>
      read(
        api.PUT('/districts/{id}/rule-profiles/{subject}', {
          params: { path: { id: districtId, subject: row.subject } },
          body: { ruleProfile: ruleProfile === SHIPPED ? null : ruleProfile, reason },
        }),
      ),
    () => {
      void queryClient.invalidateQueries({ queryKey: ['districts', districtId, 'rule-profiles'] });
      void message.success(`已保存「${subject}」的默认规则`);
      onClose();
    },
  );
  return (
    <Modal open title={`默认表决规则：${subject}`} okText="保存" onOk={() => form.submit()} confirmLoading={dialog.busy} onCancel={onClose}>
      {dialog.error !== null && <ProblemAlert error={dialog.error} />}
      {catalog.isError && <ProblemAlert error={catalog.error} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={dialog.submit}
        requiredMark={false}
        initialValues={{ ruleProfile: row.district?.ruleProfile ?? SHIPPED, reason: '' }}
      >
        <Form.Item label="默认规则" name="ruleProfile" rules={[{ required: true, message: '请选择规则' }]}>
          <Select
            loading={catalog.isPending}
            options={[
              { value: SHIPPED, label: '使用系统默认' },
              ...(catalog.data ?? []).filter((p) => p.subjects.includes(row.subject)).map((p) => ({ value: p.id, label: p.name.zh })),
            ]}
          />
        </Form.Item>
        <Form.Item
          label="调整理由"
          name="reason"
          extra="如依据的文件或会议决定；会记录在案，并随新征询一起保存"
          rules={[{ required: true, whitespace: true, message: '请说明调整理由' }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function SettingDialog({ districtId, row, onClose }: { districtId: string; row: SettingRow; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ level: 'CITY' | 'DISTRICT'; value: number | null; reason: string }>();
  const dialog = useFormSubmit(
    form,
    (body) =>
      read(
        api.PUT('/districts/{id}/settings/{key}', {
          params: { path: { id: districtId, key: row.key } },
          body: { ...body, value: body.value ?? null },
        }),
      ),
    () => {
      void queryClient.invalidateQueries({ queryKey: ['districts'] });
      void message.success(`已保存「${row.label.zh}」`);
      onClose();
    },
  );
  return (
    <Modal
      open
      title={`本地设置：${row.label.zh}`}
      okText="保存"
      onOk={() => form.submit()}
      confirmLoading={dialog.busy}
      onCancel={onClose}
    >
      {dialog.error !== null && <ProblemAlert error={dialog.error} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={dialog.submit}
        requiredMark={false}
        initialValues={{ level: 'DISTRICT', value: row.district ?? row.value, reason: '' }}
      >
        <Form.Item label="适用范围" name="level">
          <Radio.Group
            options={[
              { value: 'DISTRICT', label: '仅本区县' },
              { value: 'CITY', label: '全市各区县' },
            ]}
          />
        </Form.Item>
        <Form.Item label={`数值（${row.unit}）`} name="value" extra={`${row.min}–${row.max}；清空则取消该范围的设定，沿用上一级`}>
          <InputNumber min={row.min} max={row.max} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="调整理由" name="reason" rules={[{ required: true, whitespace: true, message: '请说明调整理由' }]}>
          <Input.TextArea rows={2} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}

const ORIGIN = { DEFAULT: '系统默认', SHIPPED: '系统默认', CITY: '全市设定', DISTRICT: '本区县设定' } as const;

/** One district's defaults: which rule judges each kind of round, and its local settings. */
/** One titled part of the district's page. */
function Section({ title, first = false, children }: { title: string; first?: boolean; children: ReactNode }) {
  return (
    <PageCard style={first ? undefined : { marginTop: 16 }} title={title}>
      {children}
    </PageCard>
  );
}

export default function DistrictPage() {
  const { id = '' } = useParams();
  const districts = useQuery(districtsQuery());
  const profiles = useQuery(districtRuleProfilesQuery(id));
  const catalog = useQuery(ruleProfileCatalogQuery());
  const settings = useQuery(districtSettingsQuery(id));
  const [subject, setSubject] = useState<SubjectRow | null>(null);
  const [setting, setSetting] = useState<SettingRow | null>(null);
  const district = districts.data?.find((d) => d.id === id);
  const profileName = (pid: string | null) => (pid ? (catalog.data?.find((p) => p.id === pid)?.name.zh ?? pid) : '由发起人选择');

  return (
    <>
      <Typography.Paragraph>
        <Link to="/admin/districts">← 全部区县</Link>
      </Typography.Paragraph>
      <Section first title={district ? `${district.name}：默认表决规则` : '默认表决规则'}>
        <Typography.Paragraph type="secondary">新建征询时按事项沿用这里的规则；项目经理另选规则时须说明理由。</Typography.Paragraph>
        <QueryState query={profiles}>
          {(view) => (
            <Table<SubjectRow>
              rowKey="subject"
              dataSource={view.subjects}
              pagination={false}
              scroll={{ x: 'max-content' }}
              aria-label="默认表决规则"
              columns={[
                { title: '征询事项', dataIndex: 'subject', render: (s: SubjectRow['subject']) => ROUND_SUBJECT_LABELS[s] },
                { title: '默认规则', dataIndex: 'ruleProfile', render: (p: string | null) => profileName(p) },
                {
                  title: '来源',
                  dataIndex: 'origin',
                  render: (o: SubjectRow['origin']) => <Tag color={o === 'DISTRICT' ? 'blue' : undefined}>{ORIGIN[o]}</Tag>,
                },
                { title: '理由', key: 'reason', render: (_, r) => r.district?.reason ?? '—' },
                { title: '设定时间', key: 'at', render: (_, r) => <DateTime at={r.district?.setAt} /> },
                {
                  title: '操作',
                  key: 'edit',
                  render: (_, r) => (
                    <Button size="small" onClick={() => setSubject(r)} aria-label={`修改「${ROUND_SUBJECT_LABELS[r.subject]}」的默认规则`}>
                      修改
                    </Button>
                  ),
                },
              ]}
            />
          )}
        </QueryState>
      </Section>
      <Section title="本地设置">
        <QueryState query={settings}>
          {(view) => (
            <Table<SettingRow>
              rowKey="key"
              dataSource={view.settings}
              pagination={false}
              scroll={{ x: 'max-content' }}
              aria-label="本地设置"
              columns={[
                { title: '设置', key: 'label', render: (_, s) => s.label.zh },
                { title: '当前值', key: 'value', render: (_, s) => `${s.value} ${s.unit}` },
                {
                  title: '来源',
                  dataIndex: 'origin',
                  render: (o: SettingRow['origin']) => <Tag color={o === 'DISTRICT' ? 'blue' : undefined}>{ORIGIN[o]}</Tag>,
                },
                { title: '系统默认', dataIndex: 'default' },
                { title: '全市', dataIndex: 'city', render: (v: number | null) => v ?? '—' },
                { title: '本区县', dataIndex: 'district', render: (v: number | null) => v ?? '—' },
                {
                  title: '操作',
                  key: 'edit',
                  render: (_, s) => (
                    <Button size="small" onClick={() => setSetting(s)} aria-label={`修改「${s.label.zh}」`}>
                      修改
                    </Button>
                  ),
                },
              ]}
            />
          )}
        </QueryState>
      </Section>
      <Section title={DISTRICT_LISTS['acceptance-parties'].label}>
        <DistrictListEditor districtId={id} kind="acceptance-parties" />
      </Section>
      <Section title={DISTRICT_LISTS.reviewers.label}>
        <DistrictListEditor districtId={id} kind="reviewers" />
      </Section>
      {subject && <RuleProfileDialog districtId={id} row={subject} onClose={() => setSubject(null)} />}
      {setting && <SettingDialog districtId={id} row={setting} onClose={() => setSetting(null)} />}
    </>
  );
}
