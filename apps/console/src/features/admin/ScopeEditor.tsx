import { useMutation, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { App, Button, List, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { api, read } from '../../api/client';
import { ProblemAlert } from '../../shared/components/ProblemAlert';
import { QueryState } from '../../shared/components/QueryState';
import { compoundsQuery, districtsQuery, type User } from './queries';

/** A recorder's scope is compounds; a PM's or a supervisor's, districts; an admin's, the whole city. */
export function scopeKind(role: User['role']): 'compoundIds' | 'districtIds' | null {
  if (role === 'RESIDENTS_COMMITTEE') return 'compoundIds';
  return role === 'ADMIN' ? null : 'districtIds';
}

/**
 * Adds places to a user's scope or takes one out, one change at a time (PATCH): the rest of the
 * scope stays as it is, whatever another admin did meanwhile.
 */
export function ScopeEditor({ user }: { user: User }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const kind = scopeKind(user.role);
  const districts = useQuery({ ...districtsQuery(), enabled: kind === 'districtIds' });
  const compounds = useQuery({ ...compoundsQuery(), enabled: kind === 'compoundIds' });
  const places: UseQueryResult<{ id: string; name: string }[]> = kind === 'compoundIds' ? compounds : districts;
  const [adding, setAdding] = useState<string[]>([]);
  const change = useMutation({
    mutationFn: (body: { add?: Record<string, string[]>; remove?: Record<string, string[]> }) =>
      read<User>(api.PATCH('/users/{id}/scope', { params: { path: { id: user.id } }, body })),
    onSuccess: (updated) => {
      queryClient.setQueryData<User[]>(['users'], (users) => users?.map((u) => (u.id === updated.id ? updated : u)));
      void queryClient.invalidateQueries({ queryKey: ['users'] });
    },
  });
  if (!kind) return <Typography.Paragraph>系统管理员的管辖范围是全市，无需分配。</Typography.Paragraph>;
  const word = kind === 'compoundIds' ? '小区' : '区县';
  const current = user[kind];

  return (
    <QueryState query={places}>
      {(all) => {
        const name = new Map(all.map((p) => [p.id, p.name]));
        return (
          <>
            {change.isError && <ProblemAlert error={change.error} />}
            <List
              aria-label={`已分配的${word}`}
              dataSource={current}
              locale={{ emptyText: `尚未分配${word}` }}
              renderItem={(id) => (
                <List.Item
                  actions={[
                    <Button
                      key="remove"
                      danger
                      size="small"
                      aria-label={`移除 ${name.get(id) ?? id}`}
                      loading={change.isPending && change.variables?.remove?.[kind]?.[0] === id}
                      onClick={() =>
                        change.mutate(
                          { remove: { [kind]: [id] } },
                          { onSuccess: () => void message.success(`已移除${word}：${name.get(id) ?? id}`) },
                        )
                      }
                    >
                      移除
                    </Button>,
                  ]}
                >
                  {name.get(id) ?? id}
                </List.Item>
              )}
            />
            <Space.Compact style={{ width: '100%', marginTop: 12 }}>
              <Select
                mode="multiple"
                aria-label={`要添加的${word}`}
                placeholder={`选择要添加的${word}`}
                style={{ width: '100%' }}
                value={adding}
                onChange={setAdding}
                optionFilterProp="label"
                options={all.filter((p) => !current.includes(p.id)).map((p) => ({ value: p.id, label: p.name }))}
              />
              <Button
                type="primary"
                disabled={adding.length === 0}
                loading={change.isPending && !!change.variables?.add}
                onClick={() =>
                  change.mutate(
                    { add: { [kind]: adding } },
                    {
                      onSuccess: () => {
                        setAdding([]);
                        void message.success(`已添加 ${adding.length} 个${word}`);
                      },
                    },
                  )
                }
              >
                添加
              </Button>
            </Space.Compact>
          </>
        );
      }}
    </QueryState>
  );
}
