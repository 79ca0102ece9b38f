import { useQuery } from '@tanstack/react-query';
import { Card, List, Progress, Space, Tag, Typography } from 'antd';
import { QueryState } from '../../shared/components/QueryState';
import { countText, gapText, shareOf } from './recording';
import { ruleProfilesQuery, tallyQuery, type Round } from './queries';
import { RESULT_LABELS } from './RoundListPage';

/** The tally as it stands against the round's rule profile, each condition with its gap named. */
export function TallyCard({ round }: { round: Round }) {
  const tally = useQuery(tallyQuery(round.id));
  const profiles = useQuery(ruleProfilesQuery());
  const profile = profiles.data?.find((p) => p.id === round.ruleProfile);
  return (
    <Card
      size="small"
      title={tally.data?.frozen ? '计票结果（已截止）' : '实时计票'}
      extra={
        tally.data && (
          <Tag color={tally.data.result === 'PASSED' ? 'success' : 'error'} data-testid="tally-result">
            {RESULT_LABELS[tally.data.result]}
          </Tag>
        )
      }
      aria-live="polite"
      data-testid="tally"
    >
      <QueryState query={tally}>
        {(t) => (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Typography.Text type="secondary">{profile?.name.zh ?? round.ruleProfile}</Typography.Text>
            <Typography.Text data-testid="tally-responded">
              已表决 {t.responded} / {t.rosterSize} 户，未表决 {t.notResponded} 户
            </Typography.Text>
            <List
              dataSource={t.conditions}
              renderItem={(c) => {
                const numerator = profile?.conditions.find((x) => x.id === c.id)?.numerator;
                const [num, den] = c.threshold.split('/').map(Number);
                const threshold = num && den ? Math.round((num / den) * 100) : 0;
                return (
                  <List.Item data-testid="condition" data-condition={c.id}>
                    <Space orientation="vertical" style={{ width: '100%' }} size={2}>
                      <Space wrap>
                        <Typography.Text strong>{c.label.zh}</Typography.Text>
                        <Tag color={c.passed ? 'success' : 'warning'}>{c.passed ? '已达到' : '未达到'}</Tag>
                      </Space>
                      <Progress
                        percent={Math.floor(shareOf(c.numerator, c.denominator) * 1000) / 10}
                        status={c.passed ? 'success' : 'normal'}
                        aria-label={`${c.label.zh}：${countText(c.numerator, c.denominator, c.weight)}，门槛 ${threshold}%`}
                      />
                      <Typography.Text type="secondary">
                        {countText(c.numerator, c.denominator, c.weight)}，门槛 {c.strict ? '高于' : '不低于'} {threshold}%
                      </Typography.Text>
                      <Typography.Text strong={!c.passed} type={c.passed ? 'success' : 'danger'} data-testid="gap">
                        {gapText(c.gap, numerator)}
                      </Typography.Text>
                      {!c.passed && c.gapHouseholds.length > 0 && (
                        <Typography.Text type="secondary">
                          可争取：
                          {c.gapHouseholds
                            .slice(0, 5)
                            .map((h) => `${h.unitKey.split('/').join('-')}（${h.statusName}）`)
                            .join('、')}
                          {c.gapHouseholds.length > 5 ? ` 等 ${c.gapHouseholds.length} 户` : ''}
                        </Typography.Text>
                      )}
                    </Space>
                  </List.Item>
                );
              }}
            />
          </Space>
        )}
      </QueryState>
    </Card>
  );
}
