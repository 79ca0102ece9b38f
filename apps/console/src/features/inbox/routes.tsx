import { BellOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { ALL_ROLES, type ConsoleRoute } from '../../app/route';

export const inboxRoutes: ConsoleRoute[] = [
  { path: 'inbox', title: '消息', roles: ALL_ROLES, menu: { icon: <BellOutlined /> }, page: lazy(() => import('./InboxPage')) },
];
