import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Empty, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, read } from '../../../../api/client';
import { useSession } from '../../../../session/SessionProvider';
import { DateTime } from '../../../../shared/components/DateTime';
import { ProblemAlert } from '../../../../shared/components/ProblemAlert';
import { QueryState } from '../../../../shared/components/QueryState';
import { ENTRY_LABELS, REVIEW_OPINION_LABELS, REVIEW_STATE_LABELS } from '../../../../shared/dictionary';
import type { ProjectTabProps } from '../../tabs';
import { OpinionDialog } from './OpinionDialog';
import { departmentsQuery, reviewQuery, type Review, type ReviewOpinion } from './queries';
import { reviewStanding, standingText, type ReviewStanding } from './standing';

const OUTCOME_ALERT = { WAITING: 'info', READY: 'success', REJECTING: 'error', CLOSED: 'info' } as const;
const OPINION_COLOR = { APPROVE: 'success', APPROVE_WITH_CONDITIONS: 'warning', REJECT: 'error' } as const;

interface Row {
  reviewer: string;
  opinion: ReviewOpinion | null;
}

/**
 * The joint review (联合审查) of the plan: each department on the list with its opinion, what the
 * review still waits for, the PM recording an opinion (its own department's, or another's from
 * the signed paper) and acknowledging each condition.
 */
export default function ReviewTab({ project }: ProjectTabProps) {
  const review = useQuery(reviewQuery(project.id));
  return (
    <QueryState query={review} isEmpty={(r) => r === null} empty="方案尚未提交联合审查">
      {(r) => <ReviewView review={r!} projectId={project.id} open={project.state === 'JOINT_REVIEW' && r!.state === 'OPEN'} />}
    </QueryState>
  );
}

function ReviewView({ review, projectId, open }: { review: Review; projectId: string; open: boolean }) {
  const departments = useQuery(departmentsQuery());
  const { session } = useSession();
  const [recording, setRecording] = useState<string | null>(null);
  const name = (code: string) => departments.data?.get(code) ?? code;
  const standing = reviewStanding(review);
  const byReviewer = new Map(review.opinions.map((o) => [o.reviewer, o]));
  const rows: Row[] = review.reviewers.map((reviewer) => ({ reviewer, opinion: byReviewer.get(reviewer) ?? null }));
  const mayRecord = open && (session?.role === 'DISTRICT_PM' || session?.role === 'SUPERVISOR');

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title="联合审查" data-testid="review-summary">
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }}>
          <Descriptions.Item label="状态">
            <Tag color={review.state === 'PASSED' ? 'success' : review.state === 'REJECTED' ? 'error' : 'processing'}>
              {REVIEW_STATE_LABELS[review.state]}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label="审查的方案">第 {review.planVersion} 版</Descriptions.Item>
          <Descriptions.Item label="意见">
            已收到 {review.opinions.length} / {review.reviewers.length} 个部门
          </Descriptions.Item>
          <Descriptions.Item label="提交审查">
            <DateTime at={review.openedAt} />
          </Descriptions.Item>
          {review.closedAt && (
            <Descriptions.Item label="审查结束">
              <DateTime at={review.closedAt} />
            </Descriptions.Item>
          )}
        </Descriptions>
        <Alert
          type={OUTCOME_ALERT[standing.outcome]}
          showIcon
          title={standingText(standing, name)}
          data-testid="review-standing"
          style={{ marginTop: 12 }}
        />
      </Card>
      {departments.isError && <ProblemAlert error={departments.error} />}
      <Card title="各部门意见">
        <Table<Row>
          rowKey="reviewer"
          dataSource={rows}
          pagination={false}
          // Wide enough to read; below it scrolls, above it the long texts wrap.
          scroll={{ x: 900 }}
          locale={{ emptyText: <Empty description="审查名单为空" /> }}
          columns={[
            { title: '部门', key: 'reviewer', width: 150, render: (_, r) => <Typography.Text strong>{name(r.reviewer)}</Typography.Text> },
            {
              title: '意见',
              key: 'opinion',
              width: 240,
              render: (_, r) =>
                r.opinion ? (
                  <Space orientation="vertical" size={2}>
                    <Tag color={OPINION_COLOR[r.opinion.opinion]}>{REVIEW_OPINION_LABELS[r.opinion.opinion]}</Tag>
                    <span>{r.opinion.comments}</span>
                  </Space>
                ) : (
                  <Tag>待提交</Tag>
                ),
            },
            {
              title: '附加条件',
              key: 'conditions',
              render: (_, r) =>
                r.opinion?.conditions.length ? (
                  <Conditions projectId={projectId} opinion={r.opinion} standing={standing} open={open} />
                ) : (
                  '—'
                ),
            },
            {
              title: '签署与录入',
              key: 'entry',
              width: 240,
              responsive: ['md'],
              render: (_, r) =>
                r.opinion ? (
                  <Space orientation="vertical" size={0}>
                    <span>{r.opinion.signer ?? '—'}</span>
                    <Typography.Text type="secondary">{ENTRY_LABELS[r.opinion.entry]}</Typography.Text>
                    {r.opinion.formNumber && (
                      <Typography.Text type="secondary" style={{ wordBreak: 'break-all' }}>
                        纸质意见 {r.opinion.formNumber}
                      </Typography.Text>
                    )}
                    <Typography.Text type="secondary">
                      <DateTime at={r.opinion.recordedAt} />
                    </Typography.Text>
                  </Space>
                ) : (
                  '—'
                ),
            },
            ...(mayRecord
              ? [
                  {
                    title: '操作',
                    key: 'action',
                    width: 110,
                    render: (_: unknown, r: Row) =>
                      !r.opinion && (
                        <Button
                          size="small"
                          type="primary"
                          onClick={() => setRecording(r.reviewer)}
                          aria-label={`录入意见：${name(r.reviewer)}`}
                        >
                          录入意见
                        </Button>
                      ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {recording && session && (
        <OpinionDialog
          projectId={projectId}
          reviewer={recording}
          reviewerName={name(recording)}
          role={session.role}
          onClose={() => setRecording(null)}
        />
      )}
    </Space>
  );
}

/** An opinion's conditions, each acknowledged by the PM once it is sure to be met. */
function Conditions({
  projectId,
  opinion,
  standing,
  open,
}: {
  projectId: string;
  opinion: ReviewOpinion;
  standing: ReviewStanding;
  open: boolean;
}) {
  const { session } = useSession();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [refusal, setRefusal] = useState<unknown>(null);
  const acknowledge = useMutation({
    mutationFn: (index: number) =>
      read(
        api.POST('/projects/{id}/review/opinions/{reviewer}/conditions/{index}/acknowledge', {
          params: { path: { id: projectId, reviewer: opinion.reviewer, index } },
        }),
      ),
    onSuccess: () => {
      setRefusal(null);
      void message.success('已确认该附加条件');
    },
    onError: setRefusal,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['projects', projectId] }),
  });
  const mayAcknowledge = open && session?.role === 'DISTRICT_PM';
  return (
    <Space orientation="vertical" size={4}>
      <ol className="review-conditions" aria-label="附加条件">
        {opinion.conditions.map((c, index) => {
          const pending = standing.open.some((o) => o.reviewer === opinion.reviewer && o.index === index);
          return (
            <li key={index}>
              <Space wrap size={4}>
                <span>{c.text}</span>
                {pending ? (
                  mayAcknowledge ? (
                    <Popconfirm
                      title="确认该附加条件？"
                      description="确认表示项目将落实这一条件，此操作会记入项目历史。"
                      okText="确认"
                      cancelText="取消"
                      onConfirm={() => acknowledge.mutate(index)}
                    >
                      <Button
                        size="small"
                        loading={acknowledge.isPending && acknowledge.variables === index}
                        aria-label={`确认条件：${c.text}`}
                      >
                        确认
                      </Button>
                    </Popconfirm>
                  ) : (
                    <Tag color="warning">待确认</Tag>
                  )
                ) : (
                  <Tag color="success">
                    已确认 <DateTime at={c.acknowledgedAt} />
                  </Tag>
                )}
              </Space>
            </li>
          );
        })}
      </ol>
      {refusal !== null && <ProblemAlert error={refusal} title="未能确认" />}
    </Space>
  );
}
