import { queryOptions } from '@tanstack/react-query';
import { api, read, type ResponseOf } from '../../api/client';

interface NotificationFallback {
  id: string;
  kind: string;
  level: string;
  subjectType: string;
  subjectId: string;
  projectId: string | null;
  message: { zh: string; en: string };
  createdAt: string;
  readAt: string | null;
}

export type Notification = ResponseOf<'/me/notifications', 'get', NotificationFallback[]>[number];

export const inboxQuery = (unreadOnly: boolean) =>
  queryOptions({
    queryKey: ['notifications', unreadOnly ? 'unread' : 'all'],
    queryFn: () => read<Notification[]>(api.GET('/me/notifications', { params: { query: unreadOnly ? { unread: true } : {} } })),
  });

/** The header's count: refreshed every minute, and at once when one is marked read. */
export const unreadQuery = () => queryOptions({ ...inboxQuery(true), refetchInterval: 60_000 });
