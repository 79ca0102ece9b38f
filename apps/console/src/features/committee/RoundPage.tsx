import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Descriptions, Row, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, read } from '../../api/client';
import { download } from '../../api/transfer';
import { DateTime } from '../../shared/components/DateTime';
import { ProblemAlert } from '../../shared/components/ProblemAlert';
import { useSession } from '../../session/SessionProvider';
import { QueryState } from '../../shared/components/QueryState';
import { MachineStateTag } from '../../shared/components/StateTag';
import { ROUND_SUBJECT_LABELS } from '../../shared/dictionary';
import { pendingQuery, roundMachineQuery, roundQuery, type LedgerCheck, type Round } from './queries';
import { typedOf } from './recording';
import { ObjectionsCard } from './ObjectionsCard';
import { TallyCard } from './TallyCard';
import { VoteImportCard } from './VoteImportCard';
import { VoteRecorder } from './VoteRecorder';

/** Events a person fires from the round page; the worker ends the publicity, a cancellation is the PM's to explain. */
const PAGE_EVENTS = ['OPEN', 'CLOSE', 'START_PUBLICITY'];

/** One consultation round: its transitions, the recording of votes beside the live tally, the pending list and the files. */
export default function RoundPage() {
  const { id } = useParams() as { id: string };
  const round = useQuery(roundQuery(id));
  // Votes are the compound's committee's to record, one by one or from the paper forms.
  const recorder = useSession().session?.role === 'RESIDENTS_COMMITTEE';
  return (
    <QueryState query={round} rows={8}>
      {(r) => (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <RoundHeader round={r} />
          <Row gutter={[16, 16]}>
            {r.state === 'OPEN' && (
              <Col xs={24} lg={12}>
                <VoteRecorder round={r} />
              </Col>
            )}
            <Col xs={24} lg={r.state === 'OPEN' ? 12 : 24}>
              <TallyCard round={r} />
            </Col>
          </Row>
          {r.state === 'OPEN' && recorder && <VoteImportCard round={r} />}
          {r.state !== 'DRAFT' && <ObjectionsCard round={r} />}
          {r.state !== 'DRAFT' && <PendingCard round={r} />}
        </Space>
      )}
    </QueryState>
  );
}

function RoundHeader({ round }: { round: Round }) {
  const machine = useQuery(roundMachineQuery());
  const queryClient = useQueryClient();
  const { modal, message } = App.useApp();
  const [failure, setFailure] = useState<unknown>(null);
  const events = (machine.data?.transitions ?? []).filter((t) => t.from === round.state && PAGE_EVENTS.includes(t.event));
  const stateName = (s: string) => machine.data?.states.find((x) => x.name === s)?.label.zh ?? s;

  const confirm = (t: (typeof events)[number]) =>
    modal.confirm({
      title: `确认：${t.label.zh}`,
      content: `征询将进入「${stateName(t.to)}」，此操作会记入征询的历史，不能撤回。`,
      okText: '确认执行',
      cancelText: '取消',
      onOk: async () => {
        setFailure(null);
        try {
          await read(api.POST('/rounds/{id}/transitions', { params: { path: { id: round.id } }, body: { event: t.event } }));
          message.success(`已${t.label.zh}。`);
        } catch (e) {
          setFailure(e);
        }
        await queryClient.invalidateQueries({ queryKey: ['rounds', round.id] });
        await queryClient.invalidateQueries({ queryKey: ['projects', round.projectId, 'rounds'] });
      },
    });

  const files = (path: string, name: string) => () => download(`/rounds/${round.id}/${path}`, name).catch(setFailure);

  return (
    <Card
      title={
        <Space wrap>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="round-title">
            {round.title}
          </Typography.Title>
          <span data-testid="round-state">
            <MachineStateTag machine="consultation-round" state={round.state} />
          </span>
        </Space>
      }
      extra={<Link to={`/rounds?project=${round.projectId}`}>返回征询列表</Link>}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label="事项">{ROUND_SUBJECT_LABELS[round.subject] ?? round.subject}</Descriptions.Item>
          <Descriptions.Item label="名册户数">{round.state === 'DRAFT' ? '开始征询时锁定' : `${round.rosterSize} 户`}</Descriptions.Item>
          <Descriptions.Item label="公示天数">{round.publicityDays} 天</Descriptions.Item>
          <Descriptions.Item label="开始征询">
            <DateTime at={round.openedAt} />
          </Descriptions.Item>
          <Descriptions.Item label="截止计票">
            <DateTime at={round.closedAt} />
          </Descriptions.Item>
          <Descriptions.Item label="公示截止">
            <DateTime at={round.publicityEndsAt} />
          </Descriptions.Item>
        </Descriptions>
        <Space wrap>
          {events.map((t) => (
            <Button key={t.event} type="primary" onClick={() => confirm(t)}>
              {t.label.zh}
            </Button>
          ))}
          {round.state !== 'DRAFT' && (
            <>
              <Button icon={<DownloadOutlined />} onClick={files('tally.xlsx', '计票结果.xlsx')}>
                计票与公示（XLSX）
              </Button>
              <Button icon={<DownloadOutlined />} onClick={files('tally.html', '公示.html')}>
                公示打印页
              </Button>
              <LedgerVerify round={round} onError={setFailure} />
            </>
          )}
        </Space>
        {failure !== null && <ProblemAlert error={failure} title="未能完成" />}
      </Space>
    </Card>
  );
}

const BREAK_REASONS: Record<string, string> = {
  PREVIOUS_HASH: '与前一条记录衔接不上',
  HASH: '内容与其摘要不符',
  SEQUENCE: '序号不连续',
};

/** Re-reads the hash-chained vote ledger and says whether every entry still fits. */
function LedgerVerify({ round, onError }: { round: Round; onError: (e: unknown) => void }) {
  const verify = useMutation({
    mutationFn: () => read<LedgerCheck>(api.GET('/rounds/{id}/ledger/verify', { params: { path: { id: round.id } } })),
    onError,
  });
  const r = verify.data;
  return (
    <>
      <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()}>
        校验表决记录
      </Button>
      {r && (
        <Alert
          role="status"
          data-testid="ledger-result"
          type={r.ok ? 'success' : 'error'}
          showIcon
          title={
            r.ok
              ? `表决记录完整：共 ${r.count} 条，未被改动。`
              : `表决记录第 ${r.brokenAt} 条${BREAK_REASONS[r.reason] ?? '有误'}，可能被改动过，请联系管理员。`
          }
          description={
            r.ok
              ? `末条摘要 ${r.head.slice(0, 16)}…${r.frozenHead ? (r.frozenHead === r.head ? '，与截止时锁定的一致' : '，与截止时锁定的不一致') : ''}`
              : undefined
          }
        />
      )}
    </>
  );
}

/** The households not yet reached, and the door-knocking list to take round. */
function PendingCard({ round }: { round: Round }) {
  const pending = useQuery(pendingQuery(round.id));
  const [failure, setFailure] = useState<unknown>(null);
  return (
    <Card
      size="small"
      title={`未表决住户${pending.data ? `（${pending.data.total} 户）` : ''}`}
      extra={
        <Button icon={<DownloadOutlined />} onClick={() => download(`/rounds/${round.id}/pending.xlsx`, '入户名单.xlsx').catch(setFailure)}>
          下载入户名单
        </Button>
      }
    >
      {failure !== null && <ProblemAlert error={failure} />}
      <QueryState query={pending} isEmpty={(p) => p.items.length === 0} empty="所有住户都已表决">
        {(p) => (
          <Table
            size="small"
            rowKey="householdId"
            aria-label="未表决住户"
            dataSource={p.items}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { title: '户号', dataIndex: 'unitKey', render: (k: string) => typedOf(k) },
              { title: '建筑面积（m²）', dataIndex: 'floorArea', align: 'right' },
            ]}
          />
        )}
      </QueryState>
    </Card>
  );
}
