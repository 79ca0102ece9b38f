import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Empty, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { ProblemAlert } from './ProblemAlert';

/**
 * Loading, error and empty states of a query, so that no page is ever blank: children render
 * only with data. `isEmpty` decides what counts as nothing to show.
 */
export function QueryState<T>({
  query,
  children,
  isEmpty,
  empty = '暂无数据',
  rows = 4,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  rows?: number;
}) {
  if (query.isPending) return <Skeleton active paragraph={{ rows }} aria-busy="true" />;
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
  if (isEmpty?.(query.data)) return <Empty description={empty} />;
  return <>{children(query.data)}</>;
}
