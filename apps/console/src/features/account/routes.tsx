import { UserOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { ALL_ROLES, type ConsoleRoute } from '../../app/route';

export const accountRoutes: ConsoleRoute[] = [
  { path: 'account', title: '我的账号', roles: ALL_ROLES, menu: { icon: <UserOutlined /> }, page: lazy(() => import('./AccountPage')) },
];
