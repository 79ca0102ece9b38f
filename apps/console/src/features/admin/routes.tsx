import { ApartmentOutlined, TeamOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { ConsoleRoute } from '../../app/route';

export const adminRoutes: ConsoleRoute[] = [
  { path: 'admin/users', title: '用户', roles: ['ADMIN'], menu: { icon: <TeamOutlined /> }, page: lazy(() => import('./UsersPage')) },
  {
    path: 'admin/districts',
    title: '区县',
    roles: ['ADMIN'],
    menu: { icon: <ApartmentOutlined /> },
    page: lazy(() => import('./DistrictsPage')),
  },
  { path: 'admin/districts/:id', title: '区县设置', roles: ['ADMIN'], page: lazy(() => import('./DistrictPage')) },
];
