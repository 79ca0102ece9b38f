import {
  GAP_STATUSES,
  HOUSEHOLD_SETS,
  ROUND_STATES,
  ROUND_SUBJECTS,
  PROFILE_ORIGINS,
  RULE_PROFILE_IDS,
  SETTING_KEYS,
  VOTE_CHANNELS,
  VOTE_CHOICES,
  WEIGHTS,
  type ChainCheck,
} from '@app/domain';
import type { RoundService, RoundView as Round } from '@app/workflow';
import { ImportReportView } from '../../http/import.js';
import { ApiProperty } from '@nestjs/swagger';
import { ApiDateTime, ApiDecimal, ApiInteger, ApiUuid, BilingualView, enumOf, everyMember } from '../../http/view-properties.js';

const ResultEnum = enumOf(everyMember<NonNullable<Round['result']>>()('PASSED', 'FAILED'), 'ConsentResult');
const WeightEnum = enumOf(WEIGHTS, 'ConsentWeight');
const HouseholdSetEnum = enumOf(HOUSEHOLD_SETS, 'HouseholdSet');

export class ThresholdView {
  @ApiInteger()
  num: number;

  @ApiInteger()
  den: number;
}

export class ConsentConditionView {
  @ApiProperty({ example: 'agree-of-all' })
  id: string;

  @ApiProperty({ type: BilingualView })
  label: BilingualView;

  @ApiProperty(HouseholdSetEnum)
  numerator: string;

  @ApiProperty(HouseholdSetEnum)
  denominator: string;

  @ApiProperty(WeightEnum)
  weight: string;

  @ApiProperty({ type: ThresholdView, description: 'numerator / denominator >= num / den (> when strict)' })
  threshold: ThresholdView;

  @ApiProperty()
  strict: boolean;

  @ApiProperty({
    ...enumOf(SETTING_KEYS, 'SettingKey'),
    required: false,
    description: 'the local setting that gives the threshold in percent',
  })
  setting?: string;
}

export class RuleProfileView {
  @ApiProperty(enumOf(RULE_PROFILE_IDS, 'RuleProfileId'))
  id: string;

  @ApiProperty({ type: BilingualView })
  name: BilingualView;

  @ApiProperty({ description: 'the seed document or law it follows' })
  source: string;

  @ApiProperty({ ...enumOf(ROUND_SUBJECTS, 'RoundSubject'), isArray: true, description: 'the round subjects it may judge' })
  subjects: string[];

  @ApiProperty({ type: [ConsentConditionView] })
  conditions: ConsentConditionView[];
}

export class RoundView {
  @ApiUuid()
  id: string;

  @ApiUuid()
  projectId: string;

  @ApiUuid()
  compoundId: string;

  @ApiProperty(enumOf(ROUND_SUBJECTS, 'RoundSubject'))
  subject: string;

  @ApiProperty()
  title: string;

  @ApiProperty(enumOf(RULE_PROFILE_IDS, 'RuleProfileId'))
  ruleProfile: string;

  @ApiProperty({
    ...enumOf(PROFILE_ORIGINS, 'RuleProfileOrigin'),
    description: "PROJECT: the project's override; DISTRICT: the district's default; SHIPPED: as shipped; NAMED: chosen for this round",
  })
  ruleProfileOrigin: string;

  @ApiProperty({ type: String, nullable: true, description: 'why the profile was chosen over the inherited one' })
  ruleProfileReason: string | null;

  @ApiInteger({ nullable: true, description: 'the plan version a PLAN round consults' })
  planVersion: number | null;

  @ApiProperty(enumOf(ROUND_STATES, 'RoundState'))
  state: string;

  @ApiInteger()
  publicityDays: number;

  @ApiInteger({ description: 'households in the roster snapshot taken at OPEN' })
  rosterSize: number;

  @ApiDateTime({ nullable: true })
  openedAt: Date | null;

  @ApiDateTime({ nullable: true })
  closedAt: Date | null;

  @ApiDateTime({ nullable: true })
  publicityEndsAt: Date | null;

  @ApiDateTime({ nullable: true })
  concludedAt: Date | null;

  @ApiProperty({ ...ResultEnum, nullable: true, description: 'frozen at CLOSE' })
  result: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'sha256 of the last ledger entry, frozen at CLOSE' })
  ledgerHead: string | null;

  @ApiInteger()
  ledgerCount: number;

  @ApiProperty({ type: String, nullable: true })
  cancelReason: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'why no guard counts this round (judged by a profile not made for its subject)',
  })
  voidReason: string | null;

  @ApiInteger()
  version: number;

  @ApiDateTime()
  createdAt: Date;
}

export class VoteView {
  @ApiUuid()
  roundId: string;

  @ApiUuid()
  householdId: string;

  @ApiProperty(enumOf(VOTE_CHOICES, 'VoteChoice'))
  choice: string;

  @ApiProperty({ description: 'the household signed the form (签字)' })
  signed: boolean;

  @ApiProperty(enumOf(VOTE_CHANNELS, 'VoteChannel'))
  channel: string;

  @ApiProperty({ type: String, nullable: true })
  formNumber: string | null;

  @ApiProperty({ type: String, nullable: true })
  photoHash: string | null;

  @ApiProperty({ type: [String], nullable: true, description: 'PLAN rounds: the optional items chosen' })
  chosenItems: string[] | null;

  @ApiUuid()
  recorderId: string;

  @ApiDateTime()
  recordedAt: Date;

  @ApiInteger({ description: 'position in the round ledger' })
  seq: number;
}

export class RecordedVoteView {
  @ApiProperty({ type: VoteView })
  vote: VoteView;

  @ApiProperty({ description: 'false when the same vote was already recorded' })
  changed: boolean;
}

export class CurrentVoteView extends VoteView {
  @ApiProperty({ example: '1/1/101', description: 'building/unit/room' })
  unitKey: string;
}

export class TallyRowView {
  @ApiProperty({ example: '1/2/301' })
  unitKey: string;

  @ApiProperty({ enum: VOTE_CHOICES })
  choice: string;

  @ApiProperty()
  signed: boolean;

  @ApiProperty({ enum: VOTE_CHANNELS })
  channel: string;

  @ApiProperty({ type: String, nullable: true })
  formNumber: string | null;

  @ApiProperty({
    type: [String],
    nullable: true,
    description: 'PLAN rounds: the optional items chosen; null when the file has no item column',
  })
  chosenItems: string[] | null;
}

export class VoteImportView extends ImportReportView {
  @ApiInteger({ description: 'rows that changed a vote (in a dry run: that would change one)' })
  recorded: number;

  @ApiInteger({ description: 'rows equal to the current vote' })
  unchanged: number;

  @ApiInteger({ description: 'rows read below the header' })
  total: number;

  @ApiProperty({ description: 'the ledger head after the import; in a dry run, the head as it stands' })
  ledgerHead: string;

  @ApiProperty({ type: [TallyRowView], description: 'the first 20 votes recorded (or that would be)' })
  sample: TallyRowView[];
}

export class GapHouseholdView {
  @ApiProperty({ example: '1/2/301' })
  unitKey: string;

  @ApiProperty({ ...enumOf(GAP_STATUSES, 'GapStatus'), description: 'NOT_RESPONDED: nobody has reached it yet' })
  status: string;

  @ApiProperty({ example: '未表态', description: '未表态, 已弃权, 已反对 or 已同意未签字' })
  statusName: string;
}

export class ConditionResultView {
  @ApiProperty()
  id: string;

  @ApiProperty({ type: BilingualView })
  label: BilingualView;

  @ApiProperty(WeightEnum)
  weight: string;

  @ApiProperty({ pattern: '^[0-9]+$', description: 'households, or floor area in hundredths of m²' })
  numerator: string;

  @ApiProperty({ pattern: '^[0-9]+$' })
  denominator: string;

  @ApiProperty({ example: '4/5' })
  threshold: string;

  @ApiProperty()
  strict: boolean;

  @ApiProperty()
  passed: boolean;

  @ApiInteger({ nullable: true, description: 'least additional households to pass; 0 when passed, null when no number would do' })
  gap: number | null;

  @ApiProperty({ type: [GapHouseholdView], description: 'the households to win over, those nobody has reached yet first' })
  gapHouseholds: GapHouseholdView[];
}

export class TallyView {
  @ApiProperty(enumOf(RULE_PROFILE_IDS, 'RuleProfileId'))
  profile: string;

  @ApiProperty(ResultEnum)
  result: string;

  @ApiProperty({ type: [ConditionResultView] })
  conditions: ConditionResultView[];

  @ApiInteger()
  rosterSize: number;

  @ApiInteger()
  responded: number;

  @ApiInteger()
  notResponded: number;

  @ApiDateTime()
  computedAt: string;

  @ApiProperty({ description: 'frozen at CLOSE; live while the round is open' })
  frozen: boolean;
}

export class ItemChoiceView {
  @ApiProperty()
  key: string;

  @ApiProperty()
  name: string;

  @ApiInteger({ description: 'respondents who chose it' })
  chosen: number;

  @ApiProperty({ description: 'chosen by more than half of the respondents' })
  included: boolean;
}

export class ItemChoicesView {
  @ApiInteger()
  respondents: number;

  @ApiProperty({ type: [ItemChoiceView] })
  items: ItemChoiceView[];
}

export class PendingHouseholdView {
  @ApiUuid()
  householdId: string;

  @ApiProperty({ example: '1/1/101' })
  unitKey: string;

  @ApiDecimal({ description: 'm²' })
  floorArea: string;
}

export class LedgerIntactView {
  @ApiProperty({ enum: [true] })
  ok: true;

  @ApiInteger()
  count: number;

  @ApiProperty({ description: 'sha256 of the last entry' })
  head: string;

  @ApiProperty({ type: String, nullable: true, description: 'the head frozen at CLOSE' })
  frozenHead: string | null;
}

export class LedgerBrokenView {
  @ApiProperty({ enum: [false] })
  ok: false;

  @ApiInteger()
  count: number;

  @ApiInteger({ description: 'seq of the first entry that does not fit' })
  brokenAt: number;

  @ApiProperty({ enum: everyMember<Extract<ChainCheck, { ok: false }>['reason']>()('PREVIOUS_HASH', 'HASH', 'SEQUENCE') })
  reason: string;

  @ApiProperty({ type: String, nullable: true })
  frozenHead: string | null;
}

export class ObjectionView {
  @ApiUuid()
  id: string;

  @ApiUuid()
  roundId: string;

  @ApiUuid({ nullable: true })
  householdId: string | null;

  @ApiProperty()
  text: string;

  @ApiUuid()
  filedBy: string;

  @ApiDateTime()
  filedAt: Date;

  @ApiProperty({
    enum: everyMember<Parameters<RoundService['respondToObjection']>[2]['response']>()('ADOPTED', 'EXPLAINED'),
    nullable: true,
  })
  response: string | null;

  @ApiProperty({ type: String, nullable: true })
  responseText: string | null;

  @ApiUuid({ nullable: true })
  respondedBy: string | null;

  @ApiDateTime({ nullable: true })
  respondedAt: Date | null;
}
