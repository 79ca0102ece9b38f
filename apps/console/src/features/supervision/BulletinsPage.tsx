import { DownloadOutlined, FileAddOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Form, Input, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, read } from '../../api/client';
import { download } from '../../api/transfer';
import { useProfile } from '../../session/SessionProvider';
import { PageCard } from '../../shared/components/PageCard';
import { DateTime } from '../../shared/components/DateTime';
import { Money } from '../../shared/components/Money';
import { ProblemAlert } from '../../shared/components/ProblemAlert';
import { QueryState } from '../../shared/components/QueryState';
import { FilterSelect } from '../../shared/components/Filters';
import { BULLETIN_BUILT_VIA_LABELS } from '../../shared/dictionary';
import { useFormSubmit } from '../../shared/forms';
import { lastEndedMonth, MONTH_TEXT } from './months';
import { bulletinQuery, bulletinsQuery, portfolioQuery, type Bulletin, type BulletinSummary } from './queries';

type RankedDistrict = Bulletin['content']['districts'][number];

const BUILDERS = ['SUPERVISOR', 'ADMIN'];

/** The monthly bulletins (月度通报) of a city: built for a month that has ended, listed, read, downloaded. */
export default function BulletinsPage() {
  const [params, setParams] = useSearchParams();
  const role = useProfile().data?.role;
  // The cities of the scope; a caller in several names one, since a bulletin ranks one city's districts.
  const scope = useQuery(portfolioQuery({}));
  const cities = scope.data?.cities ?? [];
  const cityId = params.get('cityId') ?? (cities.length > 1 ? cities[0]!.id : undefined);
  const month = params.get('month');
  const list = useQuery({ ...bulletinsQuery(cityId), enabled: scope.isSuccess });
  const [failure, setFailure] = useState<unknown>(null);

  const select = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };
  const files = (b: BulletinSummary, kind: 'xlsx' | 'html') => () => {
    setFailure(null);
    download(`/bulletins/${b.month}.${kind}?cityId=${b.city.id}`, `月度通报-${b.city.name}-${b.month}.${kind}`).catch(setFailure);
  };

  const columns: ColumnsType<BulletinSummary> = [
    {
      title: '月份',
      dataIndex: 'month',
      render: (m: string, b) => (
        <button type="button" className="link-button" onClick={() => select({ month: m, cityId: b.city.id })}>
          {m}
        </button>
      ),
    },
    { title: '城市', dataIndex: ['city', 'name'] },
    { title: '生成时间', dataIndex: 'builtAt', render: (at: string) => <DateTime at={at} />, responsive: ['md'] },
    { title: '生成方式', dataIndex: 'builtVia', render: (v: 'JOB' | 'USER') => BULLETIN_BUILT_VIA_LABELS[v], responsive: ['md'] },
    {
      title: '下载',
      key: 'files',
      render: (_, b) => (
        <Space wrap>
          <Button size="small" icon={<DownloadOutlined />} onClick={files(b, 'xlsx')} aria-label={`下载 ${b.month} 月度通报 XLSX`}>
            XLSX
          </Button>
          <Button size="small" icon={<PrinterOutlined />} onClick={files(b, 'html')} aria-label={`下载 ${b.month} 月度通报打印版`}>
            打印版
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <PageCard title="月度通报">
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        {cities.length > 1 && (
          <Form layout="inline">
            <FilterSelect
              id="bulletin-city"
              label="城市"
              width={180}
              value={cityId}
              options={cities.map((c) => ({ value: c.id, label: c.name }))}
              onChange={(v) => select({ cityId: v, month: undefined })}
            />
          </Form>
        )}
        {role && BUILDERS.includes(role) && <BuildForm cityId={cityId} onBuilt={(b) => select({ month: b.month, cityId: b.city.id })} />}
        {failure !== null && <ProblemAlert error={failure} title="未能下载" />}
        <QueryState query={list} isEmpty={(l) => l.length === 0} empty="还没有生成过月度通报">
          {(l) => (
            <Table<BulletinSummary>
              rowKey={(b) => `${b.city.id}/${b.month}`}
              aria-label="月度通报列表"
              columns={columns}
              dataSource={l}
              size="middle"
              pagination={{ pageSize: 12, hideOnSinglePage: true }}
              scroll={{ x: 'max-content' }}
            />
          )}
        </QueryState>
        {month && <BulletinView month={month} cityId={params.get('cityId') ?? cityId} />}
      </Space>
    </PageCard>
  );
}

function BuildForm({ cityId, onBuilt }: { cityId?: string; onBuilt: (b: Bulletin) => void }) {
  const [form] = Form.useForm<{ month: string }>();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { error, busy, submit } = useFormSubmit(
    form,
    async ({ month }: { month: string }) => {
      const call = api.POST('/bulletins', { body: { month, cityId } });
      const bulletin = await read<Bulletin>(call);
      return { bulletin, created: (await call).response.status === 201 };
    },
    async ({ bulletin, created }) => {
      message.success(
        created ? `已生成 ${bulletin.month} 月度通报。` : `${bulletin.month} 的月度通报此前已生成，以下是已发布的内容（不会重新生成）。`,
      );
      await queryClient.invalidateQueries({ queryKey: ['bulletins'] });
      onBuilt(bulletin);
    },
  );
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Form form={form} layout="inline" initialValues={{ month: lastEndedMonth(new Date()) }} onFinish={submit} aria-label="生成月度通报">
        <Form.Item
          label="通报月份"
          name="month"
          rules={[
            { required: true, message: '请填写月份' },
            { pattern: MONTH_TEXT, message: '月份写作 YYYY-MM，如 2026-05' },
          ]}
        >
          <Input placeholder="YYYY-MM" style={{ width: 140 }} maxLength={7} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" icon={<FileAddOutlined />} loading={busy}>
            生成通报
          </Button>
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">只能生成已结束的月份；每个城市每月只生成一次，之后再生成得到的是已发布的那一份。</Typography.Text>
      {error !== null && <ProblemAlert error={error} title="未能生成" />}
    </Space>
  );
}

const rankColumns: ColumnsType<RankedDistrict> = [
  { title: '排名', dataIndex: 'rank', align: 'right' },
  { title: '区县', dataIndex: 'name' },
  {
    title: '完成率',
    key: 'completion',
    align: 'right',
    render: (_, d) => `${percentText(d.completionRate.percent)}（${d.completionRate.accepted}/${d.completionRate.admitted}）`,
  },
  { title: '逾期事项', dataIndex: ['overdue', 'total'], align: 'right' },
  { title: '本月开工', dataIndex: 'startedThisMonth', align: 'right', responsive: ['md'] },
  { title: '本月通过验收', dataIndex: 'completedThisMonth', align: 'right', responsive: ['md'] },
  { title: '项目数', dataIndex: ['projects', 'total'], align: 'right', responsive: ['lg'] },
  { title: '资金缺口', dataIndex: ['funds', 'gapFen'], align: 'right', render: (fen: string) => <Money fen={fen} />, responsive: ['lg'] },
];

/** A completion rate; none when nothing was admitted into a plan. */
function percentText(percent: string | null): string {
  return percent === null ? '—' : `${percent}%`;
}

function BulletinView({ month, cityId }: { month: string; cityId?: string }) {
  const bulletin = useQuery(bulletinQuery(month, cityId));
  return (
    <Card size="small" title={`${month} 月度通报`} data-testid="bulletin">
      <QueryState query={bulletin}>
        {(b) => (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Descriptions size="small" column={{ xs: 1, md: 3 }}>
              <Descriptions.Item label="城市">{b.city.name}</Descriptions.Item>
              <Descriptions.Item label="项目数">{b.content.city.projects.total}</Descriptions.Item>
              <Descriptions.Item label="月末逾期事项">{b.content.city.overdue.total}</Descriptions.Item>
              <Descriptions.Item label="本月开工">{b.content.city.startedThisMonth}</Descriptions.Item>
              <Descriptions.Item label="本月通过验收">{b.content.city.completedThisMonth}</Descriptions.Item>
              <Descriptions.Item label="完成率">{percentText(b.content.city.completionRate.percent)}</Descriptions.Item>
              <Descriptions.Item label="资金预算">
                <Money fen={b.content.city.funds.budgetFen} />
              </Descriptions.Item>
              <Descriptions.Item label="已筹集">
                <Money fen={b.content.city.funds.raisedFen} />
              </Descriptions.Item>
              <Descriptions.Item label="资金缺口">
                <Money fen={b.content.city.funds.gapFen} />
              </Descriptions.Item>
            </Descriptions>
            <Typography.Text type="secondary">{b.content.rankingRule.zh}</Typography.Text>
            <Table<RankedDistrict>
              rowKey="id"
              aria-label="各区排名"
              columns={rankColumns}
              dataSource={b.content.districts}
              pagination={false}
              size="small"
              scroll={{ x: 'max-content' }}
            />
          </Space>
        )}
      </QueryState>
    </Card>
  );
}
