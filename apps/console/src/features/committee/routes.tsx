import { CarryOutOutlined, TeamOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { ALL_ROLES, type ConsoleRoute } from '../../app/route';

export const committeeRoutes: ConsoleRoute[] = [
  {
    path: 'roster',
    title: '住户名册',
    roles: ['RESIDENTS_COMMITTEE'],
    menu: { icon: <TeamOutlined /> },
    page: lazy(() => import('./RosterPage')),
  },
  {
    path: 'rounds',
    title: '征询表决',
    roles: ['RESIDENTS_COMMITTEE', 'DISTRICT_PM'],
    menu: { icon: <CarryOutOutlined /> },
    page: lazy(() => import('./RoundListPage')),
  },
  { path: 'rounds/:id', title: '征询详情', roles: ALL_ROLES, page: lazy(() => import('./RoundPage')) },
];
