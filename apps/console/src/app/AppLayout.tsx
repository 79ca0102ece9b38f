import { LogoutOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Badge, Button, Grid, Layout, Menu, Popover, Skeleton, Space, Typography } from 'antd';
import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { roleLabel } from '../shared/dictionary';
import { useProfile, useSession } from '../session/SessionProvider';
import { ProblemAlert } from '../shared/components/ProblemAlert';
import { unreadQuery } from '../features/inbox/queries';
import { menuFor } from './routes';
import type { Profile } from '../session/profile';

/** The scope in a few words for the header, all of it on hover or focus. */
function Scope({ profile }: { profile: Profile }) {
  const places = profile.role === 'RESIDENTS_COMMITTEE' ? profile.compounds : profile.districts;
  if (profile.role === 'ADMIN') return <span className="scope">全市</span>;
  const summary =
    places.length <= 1
      ? (places[0]?.name ?? '无管辖范围')
      : `${places[0]!.name} 等 ${places.length} 个${profile.role === 'RESIDENTS_COMMITTEE' ? '小区' : '区县'}`;
  return (
    <Popover
      content={
        <ul className="scope-list">
          {places.map((p) => (
            <li key={p.id}>{p.name}</li>
          ))}
        </ul>
      }
      title="管辖范围"
    >
      <button type="button" className="scope link-button" aria-label={`管辖范围：${places.map((p) => p.name).join('、')}`}>
        {summary}
      </button>
    </Popover>
  );
}

export function AppLayout() {
  const { logout } = useSession();
  const profile = useProfile();
  const unread = useQuery(unreadQuery());
  const location = useLocation();
  const screens = Grid.useBreakpoint();

  if (profile.isPending) return <Skeleton active className="page-skeleton" />;
  if (profile.isError) return <ProblemAlert error={profile.error} />;
  const me = profile.data;
  const entries = menuFor(me.role);
  const selected = entries.find((r) => location.pathname === `/${r.path}` || location.pathname.startsWith(`/${r.path}/`));

  return (
    <Layout className="app">
      <Layout.Sider breakpoint="lg" collapsedWidth={screens.md ? 64 : 0} theme="light" width={200} className="app-sider">
        <div className="app-brand">{screens.lg ? '老旧小区改造' : '改造'}</div>
        <Menu
          mode="inline"
          aria-label="主菜单"
          selectedKeys={selected ? [selected.path] : []}
          items={entries.map((r) => ({
            key: r.path,
            icon: r.menu!.icon,
            label:
              r.path === 'inbox' ? (
                <Link to="/inbox">
                  {r.title}
                  {unread.data ? <Badge count={unread.data.length} size="small" offset={[6, -2]} /> : null}
                </Link>
              ) : (
                <Link to={`/${r.path}`}>{r.title}</Link>
              ),
          }))}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <Space size="middle" wrap>
            <Typography.Text strong data-testid="who">
              {me.displayName}
            </Typography.Text>
            <Typography.Text type="secondary" data-testid="role">
              {roleLabel(me.role)}
            </Typography.Text>
            <Scope profile={me} />
          </Space>
          <Space size="middle">
            <Link to="/inbox" aria-label={`消息，${unread.data?.length ?? 0} 条未读`} data-testid="unread">
              <Badge count={unread.data?.length ?? 0} showZero={false} overflowCount={99}>
                <span className="header-link">消息</span>
              </Badge>
            </Link>
            <Button icon={<LogoutOutlined />} onClick={logout}>
              退出登录
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content className="app-content" id="main">
          <Suspense fallback={<Skeleton active />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
