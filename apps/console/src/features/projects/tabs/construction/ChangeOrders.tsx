import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Empty, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useSession } from '../../../../session/SessionProvider';
import { DateTime } from '../../../../shared/components/DateTime';
import { Money } from '../../../../shared/components/Money';
import { ProblemAlert } from '../../../../shared/components/ProblemAlert';
import { MachineStateTag } from '../../../../shared/components/StateTag';
import { CHANGE_PARTY_LABELS, changeOrderActionLabel, roleLabel } from '../../../../shared/dictionary';
import type { ProjectTabProps } from '../../tabs';
import { ChangeOrderDialog } from './ChangeOrderDialog';
import { lineAmountFen, stepsFrom, type Step } from './change-orders';
import { changeOrderMachineQuery, changeOrdersQuery, planInForceQuery, type ChangeOrder, type PlanItem } from './queries';
import { StepDialog } from './StepDialog';

/** A project's change orders (变更签证), each with the steps the user may take from where it stands. */
export function ChangeOrders({ project }: ProjectTabProps) {
  const orders = useQuery(changeOrdersQuery(project.id));
  const machine = useQuery(changeOrderMachineQuery());
  const plan = useQuery(planInForceQuery(project.id));
  const { session } = useSession();
  const [creating, setCreating] = useState(false);
  const [firing, setFiring] = useState<{ order: ChangeOrder; step: Step } | null>(null);
  const items = new Map((plan.data?.items ?? []).map((i) => [i.key, i]));
  const role = session?.role ?? '';
  const building = project.state === 'CONSTRUCTION';
  const steps = (o: ChangeOrder) => (machine.data ? stepsFrom(machine.data.transitions, o.state, role) : []);

  return (
    <Card
      title="变更签证"
      extra={
        role === 'DISTRICT_PM' &&
        building && (
          <Button type="primary" onClick={() => setCreating(true)} disabled={!plan.data}>
            新建变更签证
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">
        工程内容或工程量的变更：五方论证并出具意见书、项目指挥部会议决定，县财政预算评审，再由县（区）政府审批（督导代为登记批复）。批准后形成新的方案版本。
      </Typography.Paragraph>
      {orders.isError && <ProblemAlert error={orders.error} />}
      {machine.isError && <ProblemAlert error={machine.error} />}
      <Table<ChangeOrder>
        rowKey="id"
        data-testid="change-orders"
        loading={orders.isPending}
        dataSource={orders.data}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={orders.isPending ? '正在读取…' : '暂无变更签证'} /> }}
        expandable={{ expandedRowRender: (o) => <OrderDetails order={o} /> }}
        columns={[
          { title: '变更事项', dataIndex: 'title' },
          { title: '状态', key: 'state', render: (_, o) => <MachineStateTag machine="change-order" state={o.state} /> },
          {
            title: '变更内容',
            key: 'lines',
            render: (_, o) => (
              <ul className="change-lines">
                {o.lines.map((l) => (
                  <LineText key={l.key} line={l} item={items.get(l.key)} />
                ))}
              </ul>
            ),
          },
          { title: '提出', key: 'createdAt', responsive: ['lg'], render: (_, o) => <DateTime at={o.createdAt} /> },
          {
            title: '下一步',
            key: 'steps',
            render: (_, o) => (
              <Space wrap>
                {steps(o).map((s) =>
                  s.permitted ? (
                    <Button
                      key={s.key}
                      size="small"
                      danger={s.event === 'REJECT'}
                      onClick={() => setFiring({ order: o, step: s })}
                      aria-label={`${changeOrderActionLabel(s.key)}：${o.title}`}
                    >
                      {changeOrderActionLabel(s.key)}
                    </Button>
                  ) : (
                    <Typography.Text key={s.key} type="secondary">
                      {changeOrderActionLabel(s.key)}：由{s.roles.map(roleLabel).join('、')}办理
                    </Typography.Text>
                  ),
                )}
              </Space>
            ),
          },
        ]}
      />
      {creating && plan.data && <ChangeOrderDialog projectId={project.id} plan={plan.data} onClose={() => setCreating(false)} />}
      {firing && <StepDialog projectId={project.id} order={firing.order} step={firing.step} onClose={() => setFiring(null)} />}
    </Card>
  );
}

function LineText({ line, item }: { line: ChangeOrder['lines'][number]; item: PlanItem | undefined }) {
  const amount = lineAmountFen(line.quantity, line.unitPriceFen);
  return (
    <li>
      {line.name ?? item?.name ?? line.key}：{item && item.quantity !== line.quantity && `${item.quantity} → `}
      {line.quantity} {line.unit ?? item?.unit ?? ''} × <Money fen={line.unitPriceFen} />
      {amount !== null && (
        <>
          {' '}
          = <Money fen={amount} />
        </>
      )}
    </li>
  );
}

function OrderDetails({ order: o }: { order: ChangeOrder }) {
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
      <Descriptions.Item label="变更理由" span={2}>
        {o.reason}
      </Descriptions.Item>
      <Descriptions.Item label="参加论证的各方">
        {o.parties.length ? o.parties.map((p) => CHANGE_PARTY_LABELS[p]).join('、') : '—'}
      </Descriptions.Item>
      <Descriptions.Item label="项目指挥部会议决定">{o.meetingDecision ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="五方论证意见书" span={2}>
        {o.opinion ?? '—'}
      </Descriptions.Item>
      <Descriptions.Item label="财政预算评审意见">{o.financeReview ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="财政评审时间">
        <DateTime at={o.budgetReviewedAt} />
      </Descriptions.Item>
      <Descriptions.Item label="县（区）政府批复">
        {o.decision ? `${o.decision.authority} ${o.decision.documentNumber}（${o.decision.decidedOn}）` : '—'}
      </Descriptions.Item>
      <Descriptions.Item label="形成的方案版本">{o.planVersion === null ? '—' : `第 ${o.planVersion} 版`}</Descriptions.Item>
    </Descriptions>
  );
}
