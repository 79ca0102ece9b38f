import { ProjectOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import { ALL_ROLES, type ConsoleRoute } from '../../app/route';

export const projectRoutes: ConsoleRoute[] = [
  { path: 'projects', title: '项目', roles: ALL_ROLES, menu: { icon: <ProjectOutlined /> }, page: lazy(() => import('./ProjectListPage')) },
  { path: 'projects/:id', title: '项目详情', roles: ALL_ROLES, page: lazy(() => import('./ProjectPage')) },
];
