import { useQuery } from '@tanstack/react-query';
import { Card, Col, Descriptions, Row, Skeleton, Space, Tabs, Typography } from 'antd';
import { Suspense } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useSession } from '../../session/SessionProvider';
import { QueryState } from '../../shared/components/QueryState';
import { StateTag } from '../../shared/components/StateTag';
import { DateTime } from '../../shared/components/DateTime';
import { LifecycleChart } from './LifecycleChart';
import { NextSteps } from './NextSteps';
import { ProjectHistory } from './ProjectHistory';
import { compoundQuery, historyQuery, lifecycleQuery, projectQuery, transitionsQuery, type Project } from './queries';
import { PROJECT_TABS } from './tabs';

/**
 * One project: a header, then its overview (where it stands in the lifecycle, what can be done
 * next and what blocks it, its history) beside the tabs of the features the user's role works in.
 */
export default function ProjectPage() {
  const { id = '' } = useParams();
  const project = useQuery(projectQuery(id));
  const { session } = useSession();
  const [search, setSearch] = useSearchParams();
  const tabs = PROJECT_TABS.filter((t) => session && t.roles.includes(session.role));
  const active = tabs.some((t) => t.key === search.get('tab')) ? search.get('tab')! : 'overview';

  return (
    <QueryState query={project} rows={8}>
      {(p) => (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <ProjectHeader project={p} />
          <Tabs
            activeKey={active}
            onChange={(key) => setSearch(key === 'overview' ? {} : { tab: key }, { replace: true })}
            destroyOnHidden
            items={[
              { key: 'overview', label: '概览', children: <Overview project={p} /> },
              ...tabs.map((t) => ({
                key: t.key,
                label: t.label,
                children: (
                  <Suspense fallback={<Skeleton active />}>
                    <t.page project={p} />
                  </Suspense>
                ),
              })),
            ]}
          />
        </Space>
      )}
    </QueryState>
  );
}

function ProjectHeader({ project: p }: { project: Project }) {
  const compound = useQuery(compoundQuery(p.compoundId));
  return (
    <Card>
      <Space wrap align="center">
        <Link to="/projects">← 项目列表</Link>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="project-name">
          {p.name}
        </Typography.Title>
        <StateTag state={p.state} />
      </Space>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginTop: 12 }}>
        <Descriptions.Item label="小区">{compound.data ? `${compound.data.name}（${compound.data.address}）` : '…'}</Descriptions.Item>
        {p.resumeState && (
          <Descriptions.Item label="恢复后回到">
            <StateTag state={p.resumeState} />
          </Descriptions.Item>
        )}
        <Descriptions.Item label="创建">
          <DateTime at={p.createdAt} />
        </Descriptions.Item>
        <Descriptions.Item label="最近更新">
          <DateTime at={p.updatedAt} />
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

function Overview({ project: p }: { project: Project }) {
  const options = useQuery(transitionsQuery(p.id));
  const history = useQuery(historyQuery(p.id));
  const machine = useQuery(lifecycleQuery());
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title="生命周期">
        <QueryState query={machine}>
          {(m) => (
            <LifecycleChart
              machine={m}
              current={p.state}
              next={options.data?.events.filter((e) => e.ready).map((e) => e.to) ?? []}
              visited={history.data?.items.flatMap((e) => (e.toState ? [e.toState] : [])) ?? []}
            />
          )}
        </QueryState>
      </Card>
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={12}>
          <Card title="下一步可以做什么">
            <QueryState query={options}>{(o) => <NextSteps projectId={p.id} options={o} />}</QueryState>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title="项目历史">
            <QueryState query={history} isEmpty={(h) => h.items.length === 0} empty="暂无记录">
              {(h) => <ProjectHistory history={h} />}
            </QueryState>
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
