import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider, Result, Skeleton } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { Suspense, useEffect, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, RouterProvider, useLocation, useRouteError } from 'react-router';
import { ApiError } from '../shared/problem';
import { ProblemAlert } from '../shared/components/ProblemAlert';
import { LoginPage } from '../features/login/LoginPage';
import { useProfile, useSession, SessionProvider } from '../session/SessionProvider';
import { AppLayout } from './AppLayout';
import type { ConsoleRoute } from './route';
import { homeOf, ROUTES } from './routes';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refusal will not change by asking again; a lost connection may.
      retry: (count, error) => count < 2 && error instanceof ApiError && error.problem.status === 0,
      refetchOnWindowFocus: false,
    },
  },
});

/** Pages need a session: without one, the login page, which returns here afterwards. */
function RequireSession({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  if (!session) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}

/** A page for roles the user does not have: said plainly, not a blank screen. */
function Page({ route }: { route: ConsoleRoute }) {
  const profile = useProfile();
  useEffect(() => {
    document.title = `${route.title} · 老旧小区改造项目管理`;
  }, [route.title]);
  if (profile.data && !route.roles.includes(profile.data.role))
    return <Result status="403" title="无权访问" subTitle="您的角色不能打开这个页面。" />;
  const Component = route.page;
  return (
    <Suspense fallback={<Skeleton active />}>
      <Component />
    </Suspense>
  );
}

function Home() {
  const profile = useProfile();
  if (!profile.data) return <Skeleton active />;
  return <Navigate to={homeOf(profile.data.role)} replace />;
}

function RouteError() {
  return <ProblemAlert error={useRouteError()} title="页面出错了" />;
}

const router = createBrowserRouter(
  [
    { path: '/login', element: <LoginPage /> },
    {
      path: '/',
      element: (
        <RequireSession>
          <AppLayout />
        </RequireSession>
      ),
      errorElement: <RouteError />,
      children: [
        { index: true, element: <Home /> },
        ...ROUTES.map((route) => ({ path: route.path, element: <Page route={route} /> })),
        { path: '*', element: <Result status="404" title="没有这个页面" subTitle="请从左侧菜单进入。" /> },
      ],
    },
  ],
  { basename: '/console' },
);

export function App() {
  return (
    // No space inserted between two characters of a button: screen readers and searches read the word as written.
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }} theme={{ token: { fontSize: 14 } }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <SessionProvider>
            <RouterProvider router={router} />
          </SessionProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
