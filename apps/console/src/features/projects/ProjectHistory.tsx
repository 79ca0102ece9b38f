import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { DateTime } from '../../shared/components/DateTime';
import { StateTag } from '../../shared/components/StateTag';
import { auditActionLabel, roleLabel } from '../../shared/dictionary';
import type { History } from './queries';

type Entry = History['items'][number];

const columns: ColumnsType<Entry> = [
  { title: '时间', dataIndex: 'at', render: (at: string) => <DateTime at={at} />, width: 170 },
  { title: '操作', dataIndex: 'action', render: (a: string) => auditActionLabel(a) },
  {
    title: '阶段变化',
    key: 'states',
    render: (_: unknown, e) =>
      e.toState ? (
        <span>
          {e.fromState && (
            <>
              <StateTag state={e.fromState} /> →{' '}
            </>
          )}
          <StateTag state={e.toState} />
        </span>
      ) : (
        '—'
      ),
  },
  { title: '操作人角色', dataIndex: 'actorRole', render: (r: string | null) => (r ? roleLabel(r) : '系统'), responsive: ['md'] },
  { title: '原因', dataIndex: 'reason', render: (r: string | null) => r ?? '—' },
];

/** The project's audit trail, newest first for reading (the API keeps it oldest first). */
export function ProjectHistory({ history }: { history: History }) {
  return (
    <Table<Entry>
      data-testid="history"
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={[...history.items].reverse()}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 条` }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: '暂无记录' }}
    />
  );
}
