import { Alert, Typography } from 'antd';
import type { ReactNode } from 'react';
import { toProblem } from '../problem';
import { PracticeList } from './PracticeList';

/** An API error (or anything thrown) as the user reads it: the Chinese sentence, each refusing guard with the practices that help. */
export function ProblemAlert({ error, action, title }: { error: unknown; action?: ReactNode; title?: string }) {
  const problem = toProblem(error);
  return (
    <Alert
      type={problem.status >= 500 || problem.status === 0 ? 'error' : 'warning'}
      showIcon
      role="alert"
      title={title ?? problem.message}
      action={action}
      description={
        <>
          {title && <div>{problem.message}</div>}
          {problem.guards.length > 0 && (
            <ul className="guard-list" aria-label="未满足的条件">
              {problem.guards.map((g) => (
                <li key={g.guard}>
                  <Typography.Text strong>{g.message}</Typography.Text>
                  <PracticeList ids={g.practices} />
                </li>
              ))}
            </ul>
          )}
          {problem.fields.length > 0 && (
            <ul aria-label="填写有误的项">
              {problem.fields.map((f) => (
                <li key={`${f.field}:${f.code}`}>
                  {f.field}：{f.message}
                </li>
              ))}
            </ul>
          )}
          {problem.detail && (
            <Typography.Text type="secondary" className="problem-detail">
              {problem.detail}
            </Typography.Text>
          )}
        </>
      }
    />
  );
}
