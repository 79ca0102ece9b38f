import { CheckCircleFilled, CloseCircleFilled, EditOutlined } from '@ant-design/icons';
import { Button, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { PracticeList } from '../../shared/components/PracticeList';
import { guardLabel, projectStateLabel } from '../../shared/dictionary';
import { FireEventDialog, REASON_GUARD } from './FireEventDialog';
import type { EventOption, TransitionOptions } from './queries';

/** "What can I do next": every event from here, each guard's result, and for each refusal what other cities did. */
export function NextSteps({ projectId, options }: { projectId: string; options: TransitionOptions }) {
  const [firing, setFiring] = useState<EventOption | null>(null);
  return (
    <>
      <List
        className="next-steps"
        dataSource={options.events}
        locale={{ emptyText: '项目已到终点，没有可进行的操作。' }}
        renderItem={(e) => {
          const failing = e.guards.filter((g) => !g.ok && g.guard !== REASON_GUARD);
          return (
            <List.Item
              data-testid="next-step"
              data-event={e.event}
              actions={
                e.permitted
                  ? [
                      <Button
                        key="fire"
                        type={failing.length === 0 ? 'primary' : 'default'}
                        onClick={() => setFiring(e)}
                        aria-label={`执行：${e.label.zh}`}
                      >
                        执行
                      </Button>,
                    ]
                  : [
                      <Typography.Text key="role" type="secondary">
                        由其他角色执行
                      </Typography.Text>,
                    ]
              }
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    <Typography.Text strong>{e.label.zh}</Typography.Text>
                    <Typography.Text type="secondary">→ {projectStateLabel(e.to)}</Typography.Text>
                    {failing.length === 0 ? (
                      <Tag color="success">条件已满足</Tag>
                    ) : (
                      <Tag color="warning">{failing.length} 项条件未满足</Tag>
                    )}
                  </Space>
                }
                description={
                  <ul className="guards" aria-label={`${e.label.zh}的条件`}>
                    {e.guards.map((g) =>
                      g.guard === REASON_GUARD ? (
                        <li key={g.guard}>
                          <EditOutlined /> 执行时需填写原因
                        </li>
                      ) : (
                        <li key={g.guard} data-ok={g.ok}>
                          {g.ok ? (
                            <CheckCircleFilled style={{ color: '#52c41a' }} aria-label="已满足" />
                          ) : (
                            <CloseCircleFilled style={{ color: '#ff4d4f' }} aria-label="未满足" />
                          )}{' '}
                          {g.ok ? (
                            <Typography.Text type="secondary">{guardLabel(g.guard)}</Typography.Text>
                          ) : (
                            <Typography.Text>{g.message?.zh ?? guardLabel(g.guard)}</Typography.Text>
                          )}
                          {!g.ok && <PracticeList ids={g.practices ?? []} />}
                        </li>
                      ),
                    )}
                    {e.guards.length === 0 && <li>无前置条件</li>}
                  </ul>
                }
              />
            </List.Item>
          );
        }}
      />
      {firing && <FireEventDialog projectId={projectId} version={options.version} option={firing} onClose={() => setFiring(null)} />}
    </>
  );
}
