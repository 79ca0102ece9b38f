import { AlertOutlined, AuditOutlined, DashboardOutlined, FileTextOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { ALL_ROLES, type ConsoleRoute } from '../../app/route';

export const supervisionRoutes: ConsoleRoute[] = [
  {
    path: 'portfolio',
    title: '项目总览',
    roles: ['SUPERVISOR', 'DISTRICT_PM', 'ADMIN'],
    menu: { icon: <DashboardOutlined /> },
    page: lazy(() => import('./PortfolioPage')),
  },
  {
    path: 'reports',
    title: '待审核报告',
    roles: ['SUPERVISOR'],
    menu: { icon: <AuditOutlined /> },
    page: lazy(() => import('./ReportQueuePage')),
  },
  { path: 'findings', title: '问题台账', roles: ALL_ROLES, menu: { icon: <AlertOutlined /> }, page: lazy(() => import('./LedgerPage')) },
  {
    path: 'bulletins',
    title: '月度通报',
    roles: ['SUPERVISOR', 'DISTRICT_PM', 'ADMIN'],
    menu: { icon: <FileTextOutlined /> },
    page: lazy(() => import('./BulletinsPage')),
  },
];
