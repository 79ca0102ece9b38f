import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Empty, Table, type TableProps } from 'antd';
import { ProblemAlert } from './ProblemAlert';

export interface Paged<T> {
  items: T[];
  total: number;
}

export interface PageWindow {
  limit: number;
  offset: number;
}

/**
 * A table over a paged API answer ({ items, total }): loading, error (with retry) and empty
 * states included, paging done by the server through `page` / `onPage`.
 */
export function DataTable<T extends object>({
  query,
  page,
  onPage,
  empty = '暂无数据',
  ...table
}: {
  query: UseQueryResult<Paged<T>>;
  page: PageWindow;
  onPage: (page: PageWindow) => void;
  empty?: string;
} & Omit<TableProps<T>, 'dataSource' | 'loading' | 'pagination'>) {
  if (query.isError)
    return (
      <ProblemAlert
        error={query.error}
        action={
          <Button size="small" onClick={() => void query.refetch()}>
            重试
          </Button>
        }
      />
    );
  return (
    <Table<T>
      {...table}
      dataSource={query.data?.items}
      loading={query.isFetching}
      locale={{ emptyText: <Empty description={query.isPending ? '正在读取…' : empty} /> }}
      pagination={{
        current: Math.floor(page.offset / page.limit) + 1,
        pageSize: page.limit,
        total: query.data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100],
        showTotal: (total) => `共 ${total} 条`,
        onChange: (current, limit) => onPage({ limit, offset: (current - 1) * limit }),
      }}
      scroll={{ x: 'max-content' }}
    />
  );
}
