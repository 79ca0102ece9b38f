import type { Bilingual } from '../roles.js';
import { ok, refuse, type MachineDef, type TransitionDef } from '../machine/machine.js';
import type { MachineRole } from '../machine/machine.js';
import { rosterConfirmationState, type RosterConfirmationRecord, type RosterNow } from './roster.js';

export const ROUND_STATES = ['DRAFT', 'OPEN', 'CLOSED', 'PUBLICITY', 'CONCLUDED', 'CANCELLED'] as const;
export type RoundState = (typeof ROUND_STATES)[number];

export const ROUND_EVENTS = ['OPEN', 'CLOSE', 'START_PUBLICITY', 'END_PUBLICITY', 'CANCEL'] as const;
export type RoundEvent = (typeof ROUND_EVENTS)[number];

/**
 * What a round decides. Besides the lifecycle's own (willingness, plan, satisfaction), the owners'
 * decisions the Civil Code (art. 278) and the seeds put to a vote: choosing the property company
 * (item 4), raising the maintenance fund (item 6), and entrusting common parts or public space to
 * social capital to operate (item 8, Xiangtan, seed 001); OTHER is any other compound vote.
 */
export const ROUND_SUBJECTS = [
  'WILLINGNESS',
  'PLAN',
  'SATISFACTION',
  'PROPERTY_COMPANY',
  'MAINTENANCE_FUND_RAISING',
  'PUBLIC_SPACE_OPERATION',
  'OTHER',
] as const;
export type RoundSubject = (typeof ROUND_SUBJECTS)[number];

export const ROUND_SUBJECT_LABELS: Record<RoundSubject, Bilingual> = {
  WILLINGNESS: { zh: '改造意愿征询', en: 'willingness' },
  PLAN: { zh: '改造方案征询', en: 'renovation plan' },
  SATISFACTION: { zh: '满意度测评', en: 'satisfaction survey' },
  PROPERTY_COMPANY: { zh: '选聘物业服务企业', en: 'choosing the property company' },
  MAINTENANCE_FUND_RAISING: { zh: '筹集住宅专项维修资金', en: 'raising the maintenance fund' },
  PUBLIC_SPACE_OPERATION: { zh: '利用共有部分从事经营活动', en: 'operating common parts and public space' },
  OTHER: { zh: '其他事项征询', en: 'other matters' },
};

export const VOTE_CHANNELS = ['DOOR_TO_DOOR', 'MEETING', 'PAPER_FORM', 'ONLINE'] as const;
export type VoteChannel = (typeof VOTE_CHANNELS)[number];

/** States in which votes may be recorded, and in which objections may be filed. */
export const VOTING_STATES: readonly RoundState[] = ['OPEN'];
export const OBJECTION_STATES: readonly RoundState[] = ['OPEN', 'PUBLICITY'];

export interface RoundContext {
  rosterSize: number;
  /** Read when the round opens (null otherwise): the roster now and its last confirmation. */
  roster: { now: RosterNow; confirmation: RosterConfirmationRecord | null } | null;
  publicityEndsAt: Date | null;
  request: { reason: string | null };
}

const guards = {
  rosterNotEmpty: (c: RoundContext) =>
    c.rosterSize > 0
      ? ok()
      : refuse('ROUND.EMPTY_ROSTER', '小区户籍名册为空，无法开始征询', 'the compound roster is empty; nothing to consult'),
  rosterConfirmed: (c: RoundContext) =>
    !c.roster || rosterConfirmationState(c.roster.now, c.roster.confirmation) === 'UNCONFIRMED'
      ? refuse(
          'ROUND.ROSTER_UNCONFIRMED',
          '户籍名册尚未确认完整：须由居委会或项目经理对照摸底调查户数确认名册（户数不一致须说明理由）',
          'the roster has not been confirmed complete: the committee or the PM confirms it against the survey\u2019s household count (a difference needs a reason)',
        )
      : ok(),
  rosterConfirmationCurrent: (c: RoundContext) =>
    c.roster && rosterConfirmationState(c.roster.now, c.roster.confirmation) === 'STALE'
      ? refuse(
          'ROUND.ROSTER_CONFIRMATION_STALE',
          '名册确认后又有增加、修改、导入或删除（或摸底户数有变），须重新确认',
          'the roster (or the survey\u2019s household count) changed after it was confirmed; confirm it again',
        )
      : ok(),
  publicityOver: (c: RoundContext, now: Date) =>
    c.publicityEndsAt && now.getTime() >= c.publicityEndsAt.getTime()
      ? ok()
      : refuse('ROUND.PUBLICITY_NOT_OVER', '公示期尚未结束', 'the publicity period has not ended'),
  reasonGiven: (c: RoundContext) =>
    c.request.reason?.trim() ? ok() : refuse('TRANSITION.REASON_REQUIRED', '此操作须说明理由', 'this event needs a reason'),
};
type RoundGuard = keyof typeof guards;

const RECORDERS: readonly MachineRole[] = ['RESIDENTS_COMMITTEE', 'DISTRICT_PM'];

function t(to: RoundState, zh: string, en: string, g: RoundGuard[], roles = RECORDERS): TransitionDef<RoundState, RoundGuard> {
  return { to, roles, guards: g, label: { zh, en } };
}
const cancel = t('CANCELLED', '取消征询', 'cancel the round', ['reasonGiven'], ['DISTRICT_PM']);

/** One mechanism for every compound vote: willingness, plan rounds, satisfaction, and any other. */
export const roundMachine: MachineDef<RoundState, RoundEvent, RoundContext, RoundGuard> = {
  name: 'consultation-round',
  title: { zh: '意见征询', en: 'consultation round' },
  initial: 'DRAFT',
  states: {
    DRAFT: { label: { zh: '草稿', en: 'draft' } },
    OPEN: { label: { zh: '征询中', en: 'open for votes' } },
    CLOSED: { label: { zh: '已截止计票', en: 'closed and tallied' } },
    PUBLICITY: { label: { zh: '公示中', en: 'public notice' } },
    CONCLUDED: { label: { zh: '已办结', en: 'concluded' }, terminal: true },
    CANCELLED: { label: { zh: '已取消', en: 'cancelled' }, terminal: true },
  },
  events: ROUND_EVENTS,
  transitions: {
    DRAFT: {
      OPEN: t('OPEN', '开始征询（锁定名册）', 'open (snapshot the roster)', [
        'rosterNotEmpty',
        'rosterConfirmed',
        'rosterConfirmationCurrent',
      ]),
      CANCEL: cancel,
    },
    OPEN: { CLOSE: t('CLOSED', '截止并计票', 'close and tally', []), CANCEL: cancel },
    CLOSED: { START_PUBLICITY: t('PUBLICITY', '开始公示', 'start the public notice', []), CANCEL: cancel },
    PUBLICITY: {
      END_PUBLICITY: t('CONCLUDED', '公示期满', 'end of the public notice', ['publicityOver'], ['SYSTEM', 'DISTRICT_PM']),
      CANCEL: cancel,
    },
  },
  guards,
};
