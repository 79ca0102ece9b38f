import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, List, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, read } from '../../api/client';
import { PageCard } from '../../shared/components/PageCard';
import { DateTime } from '../../shared/components/DateTime';
import { QueryState } from '../../shared/components/QueryState';
import { NOTIFICATION_KIND_LABELS, NOTIFICATION_LEVEL_LABELS } from '../../shared/dictionary';
import { toProblem } from '../../shared/problem';
import { inboxQuery } from './queries';

/** Overdue work told to the user: unread first; each can be marked read. */
export default function InboxPage() {
  const [unreadOnly, setUnreadOnly] = useState(false);
  const inbox = useQuery(inboxQuery(unreadOnly));
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const markRead = useMutation({
    mutationFn: (id: string) => read<void>(api.POST('/me/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
    onError: (e) => message.error(toProblem(e).message),
  });

  return (
    <PageCard
      title="消息"
      extra={
        <Segmented
          aria-label="显示哪些消息"
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(v) => setUnreadOnly(v === 'unread')}
          options={[
            { label: '全部', value: 'all' },
            { label: '仅未读', value: 'unread' },
          ]}
        />
      }
    >
      <QueryState query={inbox} isEmpty={(items) => items.length === 0} empty={unreadOnly ? '没有未读消息' : '暂无消息'}>
        {(items) => (
          <List
            dataSource={items}
            renderItem={(n) => (
              <List.Item
                data-testid="notification"
                data-read={n.readAt ? 'true' : 'false'}
                actions={[
                  n.readAt ? (
                    <Typography.Text type="secondary" key="read">
                      已读
                    </Typography.Text>
                  ) : (
                    <Button
                      key="mark"
                      size="small"
                      loading={markRead.isPending && markRead.variables === n.id}
                      onClick={() => markRead.mutate(n.id)}
                    >
                      标为已读
                    </Button>
                  ),
                ]}
              >
                <List.Item.Meta
                  title={
                    <Space wrap>
                      {!n.readAt && <Tag color="red">未读</Tag>}
                      <Tag>{NOTIFICATION_KIND_LABELS[n.kind] ?? n.kind}</Tag>
                      <Typography.Text type="secondary">{NOTIFICATION_LEVEL_LABELS[n.level] ?? n.level}</Typography.Text>
                    </Space>
                  }
                  description={
                    <Space orientation="vertical" size={0}>
                      <Typography.Text>{n.message.zh}</Typography.Text>
                      <Space size="middle">
                        <DateTime at={n.createdAt} />
                        {n.projectId && <Link to={`/projects/${n.projectId}`}>查看项目</Link>}
                      </Space>
                    </Space>
                  }
                />
              </List.Item>
            )}
          />
        )}
      </QueryState>
    </PageCard>
  );
}
