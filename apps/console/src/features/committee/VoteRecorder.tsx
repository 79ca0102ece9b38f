import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Checkbox, Form, Input, Radio, Select, Space, type InputRef } from 'antd';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { api, read } from '../../api/client';
import { ProblemAlert } from '../../shared/components/ProblemAlert';
import { nextUnanswered, typedOf, unitKeyOf } from './recording';
import type { Round } from './queries';
import { useRoundHouseholds } from './useRoundHouseholds';

type Choice = 'AGREE' | 'DISAGREE' | 'ABSTAIN';
type Channel = 'DOOR_TO_DOOR' | 'MEETING' | 'PAPER_FORM' | 'ONLINE';

export const CHOICE_LABELS: Record<Choice, string> = { AGREE: '同意', DISAGREE: '不同意', ABSTAIN: '弃权' };
const CHOICE_KEYS: Record<string, Choice> = { '1': 'AGREE', '2': 'DISAGREE', '3': 'ABSTAIN' };
const CHANNEL_OPTIONS: { value: Channel; label: string }[] = [
  { value: 'PAPER_FORM', label: '纸质表决票' },
  { value: 'DOOR_TO_DOOR', label: '入户征询' },
  { value: 'MEETING', label: '居民会议' },
  { value: 'ONLINE', label: '线上' },
];

/**
 * Records the paper forms one after another without the mouse: type the unit ("1-1-101") and
 * Enter, then 1 同意 / 2 不同意 / 3 弃权, S for 签字, Enter to record; the next household not yet
 * answered is then offered, so forms in roster order need no typing at all.
 */
export function VoteRecorder({ round }: { round: Round }) {
  const { votes, pending, households, order } = useRoundHouseholds(round.id);
  const queryClient = useQueryClient();
  const unitInput = useRef<InputRef>(null);
  const answerGroup = useRef<HTMLDivElement>(null);
  const [typed, setTyped] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [unitError, setUnitError] = useState<string | null>(null);
  const [choice, setChoice] = useState<Choice | null>(null);
  const [choiceError, setChoiceError] = useState(false);
  const [signed, setSigned] = useState(false);
  const [channel, setChannel] = useState<Channel>('PAPER_FORM');
  const [recorded, setRecorded] = useState('');

  const answered = useMemo(() => new Set(votes.data?.items.map((v) => v.unitKey)), [votes.data]);

  const pick = (key: string) => {
    setSelected(key);
    setTyped(typedOf(key));
    setUnitError(null);
    setChoice(null);
    setChoiceError(false);
    setSigned(false);
  };

  const record = useMutation({
    mutationFn: (v: { unitKey: string; householdId: string; choice: Choice; signed: boolean }) =>
      read(
        api.POST('/rounds/{id}/votes', {
          params: { path: { id: round.id } },
          body: { householdId: v.householdId, choice: v.choice, signed: v.signed, channel },
        }),
      ),
    onSuccess: (_, v) => {
      setRecorded(`已记录 ${typedOf(v.unitKey)}：${CHOICE_LABELS[v.choice]}${v.signed ? '，已签字' : '，未签字'}`);
      const next = nextUnanswered(order, new Set([...answered, v.unitKey]), v.unitKey);
      if (next) pick(next);
      else {
        setSelected(null);
        setTyped('');
        setChoice(null);
        setSigned(false);
      }
      unitInput.current?.focus({ cursor: 'all' });
      // Not awaited: the next form is typed while the tally and the lists are read again.
      void queryClient.invalidateQueries({ queryKey: ['rounds', round.id] });
    },
  });

  const confirmUnit = () => {
    const key = unitKeyOf(typed);
    if (!key) return setUnitError('请按“楼栋-单元-房号”填写，如 1-1-101');
    if (!households.has(key)) return setUnitError(`本次征询的名册中没有 ${typedOf(key)}`);
    if (key !== selected) pick(key);
    answerGroup.current?.focus();
  };

  const submit = () => {
    if (!selected || record.isPending) return;
    if (!choice) return setChoiceError(true);
    record.mutate({ unitKey: selected, householdId: households.get(selected)!.householdId, choice, signed });
  };

  const onAnswerKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const key = e.key.toLowerCase();
    if (CHOICE_KEYS[key]) {
      setChoice(CHOICE_KEYS[key]);
      setChoiceError(false);
    } else if (key === 's') setSigned((s) => !s);
    else if (key === 'enter') submit();
    else if (key === 'escape') unitInput.current?.focus({ cursor: 'all' });
    else return;
    e.preventDefault();
  };

  const current = selected ? households.get(selected) : undefined;
  const loading = votes.isPending || pending.isPending;
  const loadError = votes.error ?? pending.error;

  return (
    <Card size="small" title="逐户录入表决票" data-testid="vote-recorder">
      {loadError ? (
        <ProblemAlert error={loadError} />
      ) : (
        <Form layout="vertical" component="div">
          <Form.Item
            label="户号（楼栋-单元-房号，回车确认）"
            htmlFor="vote-unit"
            validateStatus={unitError ? 'error' : undefined}
            help={
              unitError ??
              (current
                ? `${typedOf(selected!)}${current.vote ? `：已表决${CHOICE_LABELS[current.vote.choice]}${current.vote.signed ? '（已签字）' : '（未签字）'}，再次记录将更正` : '：未表决'}`
                : undefined)
            }
          >
            <Input
              id="vote-unit"
              ref={unitInput}
              value={typed}
              disabled={loading}
              placeholder={loading ? '正在读取名册…' : '如 1-1-101'}
              autoComplete="off"
              autoFocus
              onChange={(e) => {
                setTyped(e.target.value);
                setUnitError(null);
              }}
              onPressEnter={confirmUnit}
            />
          </Form.Item>
          <div
            ref={answerGroup}
            tabIndex={0}
            role="group"
            aria-label={`${selected ? typedOf(selected) : '未选择住户'}的意见：按 1 同意、2 不同意、3 弃权，S 签字，回车记录，Esc 返回户号`}
            className="answer-group"
            onKeyDown={onAnswerKey}
          >
            <Form.Item
              label="意见（1 同意 · 2 不同意 · 3 弃权）"
              validateStatus={choiceError ? 'error' : undefined}
              help={choiceError ? '请选择意见' : undefined}
            >
              <Radio.Group
                value={choice}
                optionType="button"
                buttonStyle="solid"
                aria-label="意见"
                disabled={!selected}
                onChange={(e) => {
                  setChoice(e.target.value as Choice);
                  setChoiceError(false);
                }}
                options={(Object.keys(CHOICE_LABELS) as Choice[]).map((c) => ({ value: c, label: CHOICE_LABELS[c] }))}
              />
            </Form.Item>
            <Form.Item>
              <Checkbox checked={signed} disabled={!selected} onChange={(e) => setSigned(e.target.checked)}>
                已签字（S）
              </Checkbox>
            </Form.Item>
          </div>
          <Space wrap>
            <Form.Item label="征询方式" htmlFor="vote-channel" style={{ marginBottom: 0 }}>
              <Select id="vote-channel" style={{ width: 140 }} value={channel} options={CHANNEL_OPTIONS} onChange={setChannel} />
            </Form.Item>
            <Button type="primary" onClick={submit} loading={record.isPending} disabled={!selected} style={{ alignSelf: 'flex-end' }}>
              记录（回车）
            </Button>
          </Space>
          <div aria-live="polite" className="vote-recorded" data-testid="vote-recorded">
            {recorded}
          </div>
          {record.isError && <ProblemAlert error={record.error} title="未能记录" />}
        </Form>
      )}
    </Card>
  );
}
