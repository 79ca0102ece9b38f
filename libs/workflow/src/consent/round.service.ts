import {
  decide,
  DomainError,
  gainPerUnit,
  gapFor,
  gapSettledWithin,
  GENESIS_HASH,
  inScope,
  invalid,
  isEvent,
  meets,
  notFound,
  OBJECTION_STATES,
  ROUND_EVENTS,
  roundMachine,
  sumsOf,
  tally,
  verifyChain,
  withSettings,
  CHOSEN_ITEMS_COLUMN,
  itemColumns,
  readChannel,
  readChoice,
  readRowItems,
  readSigned,
  TALLY_COLUMNS,
  VOTING_STATES,
  voteErrors,
  type Actor,
  type Candidate,
  type ChainCheck,
  type ConsentCondition,
  type HouseholdSet,
  type MachineRole,
  type OfferedItem,
  type Place,
  type RoundContext,
  type RoundSubject,
  type Totals,
  type VoteChannel,
  type VoteChoice,
} from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  duplicateErrors,
  readTable,
  rejectImport,
  report,
  SAMPLE_ROWS,
  templateWorkbook,
  type ImportReport,
  type RowError,
  type UploadedTable,
} from '../imports/tabular.js';
import { appendAudit } from '../platform/audit.js';
import { refusalError } from '../platform/refusal.js';
import { Clock } from '../platform/clock.js';
import { Metrics } from '../platform/metrics.js';
import { LocalSettingsService } from '../platform/local-settings.service.js';
import { scheduleDeadline, settleDeadlines } from '../platform/deadlines.js';
import { assertInScope } from '../platform/scope.js';
import { PracticeCatalog } from '../catalog/practice-catalog.service.js';
import { CURRENT_HOUSEHOLD, lastConfirmation, rosterNow, unitKey } from '../places/roster.service.js';
import { ProjectService } from '../projects/project.service.js';
import { RuleProfileCatalog } from './rule-profile.catalog.js';
import { roundView, type FrozenTally, type RoundRow, type RoundView, type Vote, type VoteInput } from './round.types.js';
import { appendVotes, sameVote, type RecordedVote } from './vote-ledger.js';
import { doorKnockingList, type UnansweredHousehold } from './door-knocking-list.js';

export interface NewRound {
  /** The covered compound whose households are asked; may be left out when it can only be one. */
  compoundId?: string;
  subject: RoundSubject;
  title: string;
  /** Another profile than the inherited one needs ruleProfileReason. */
  ruleProfile?: string;
  ruleProfileReason?: string;
  publicityDays?: number;
  planVersion?: number | null;
}

/**
 * Of a snapshot row `rh`: the household it merged into, when that household is in the same
 * snapshot. Both keep their places, but from the merge on one home answers once, through the
 * household it became. Every outer reference sits in WHERE (none in a join's ON), so that under
 * NOT EXISTS PostgreSQL plans it as one anti join rather than a subquery per household.
 */
const MERGED_INTO = (column: string) => `SELECT ${column} FROM household_moves mv, round_households rin
   WHERE mv.household_id = rh.household_id AND rin.round_id = rh.round_id AND rin.household_id = mv.into_household_id`;
const MERGED_INTO_IN_SNAPSHOT = `(${MERGED_INTO('rin.unit_key')}) AS merged_into`;

/** Of a snapshot row `rh`: whether it can still answer; nobody is sent to a merged-away door and no gap names it. */
const MAY_ANSWER = `NOT EXISTS (${MERGED_INTO('')})`;

/**
 * How many candidates of each kind (not reached yet, reached) a failing condition's first read
 * takes, in the gap's own order; a gap needing more reads again with 16 times as many, then all.
 */
const GAP_READ = 128;

interface CurrentVote {
  chosen_items: string[] | null;
  choice: string | null;
  signed: boolean;
  channel: string;
  form_number: string | null;
  photo_hash: string | null;
  recorder_id: string;
  recorded_at: Date;
  seq: number;
}

interface QueuedVote {
  actor: Actor;
  input: VoteInput;
  resolve: (result: { vote: Vote; changed: boolean }) => void;
  reject: (error: unknown) => void;
}

/** Most votes written in one transaction. */
const VOTE_BATCH = 500;

/** The worker acting on a deadline. */
export const SYSTEM = 'SYSTEM' as const;
type Caller = Actor | typeof SYSTEM;

const DEFAULT_PUBLICITY_DAYS = 7;
const DAY_MS = 24 * 3600 * 1000;
export const MAX_VOTE_ROWS = 200_000;

/** A row of a paper tally as it is (or in a dry run would be) recorded. */
export interface TallyRow {
  unitKey: string;
  choice: VoteChoice;
  signed: boolean;
  channel: VoteChannel;
  formNumber: string | null;
  /** PLAN rounds: the optional items chosen; null when the file has no item column. */
  chosenItems: string[] | null;
}

/**
 * A vote's item choices as the ledger keeps them (each once, in order) and those the round does
 * not offer; every way a vote is recorded judges them here.
 */
function judgeItems(optional: Map<string, string> | null, items: string[] | null | undefined) {
  const chosenItems = items ? [...new Set(items)].sort() : null;
  return { chosenItems, unknown: (chosenItems ?? []).filter((k) => !optional?.has(k)) };
}

/** The optional items as a tally names them, by code and name. */
const offeredOf = (optional: Map<string, string> | null): OfferedItem[] => [...(optional ?? [])].map(([key, name]) => ({ key, name }));

export interface TallyImport extends ImportReport<TallyRow> {
  /** Rows that change (or would change) a vote. */
  recorded: number;
  /** Rows equal to the current vote. */
  unchanged: number;
  total: number;
  /** The ledger head after the import; in a dry run, the head as it stands. */
  ledgerHead: string;
}

@Injectable()
export class RoundService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly projects: ProjectService,
    private readonly profiles: RuleProfileCatalog,
    private readonly metrics: Metrics,
    private readonly practices: PracticeCatalog,
    private readonly settings: LocalSettingsService,
  ) {}

  async create(actor: Actor, projectId: string, input: NewRound): Promise<RoundView> {
    return this.db.transaction(async (m) => {
      const project = await this.projects.find(m, actor, projectId, true);
      if (project.state === 'CLOSED' || project.state === 'CANCELLED')
        throw new DomainError('PROJECT.WRONG_STAGE', `project is ${project.state}`);
      const compoundId = await this.projects.compoundFor(m, actor, project, input.compoundId);
      const judge = await this.profiles.forRound(
        m,
        input.subject,
        { ruleProfile: input.ruleProfile, reason: input.ruleProfileReason },
        project,
      );
      const ruleProfile = judge.profile.id;
      if (input.subject === 'PLAN') {
        const [plan] = input.planVersion
          ? await m.query('SELECT 1 FROM plan_versions WHERE project_id = $1 AND version = $2', [project.id, input.planVersion])
          : [];
        if (!plan)
          throw invalid([
            { field: 'planVersion', code: 'UNKNOWN', message: 'a PLAN round consults an existing plan version of the project' },
          ]);
      } else if (input.planVersion) {
        throw invalid([{ field: 'planVersion', code: 'NOT_A_PLAN_ROUND', message: 'only a PLAN round consults a plan version' }]);
      }
      const [row]: RoundRow[] = await m.query(
        `INSERT INTO consultation_rounds (project_id, compound_id, district_id, subject, title, rule_profile, rule_profile_origin, rule_profile_reason,
                                          plan_version, state, publicity_days, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'DRAFT', $10, $11) RETURNING *`,
        [
          project.id,
          compoundId,
          project.districtId,
          input.subject,
          input.title,
          ruleProfile,
          judge.origin,
          judge.reason,
          input.planVersion ?? null,
          input.publicityDays ?? DEFAULT_PUBLICITY_DAYS,
          actor.userId,
        ],
      );
      await appendAudit(m, {
        actor,
        at: this.clock.now(),
        subjectType: 'round',
        subjectId: row.id,
        projectId,
        action: 'round.created',
        toState: 'DRAFT',
        reason: judge.reason,
        detail: { compoundId, subject: input.subject, ruleProfile, ruleProfileOrigin: judge.origin },
      });
      return roundView(row);
    });
  }

  /** The project's rounds, of the covered compounds the actor works in (every one for the district's people). */
  async list(actor: Actor, projectId: string): Promise<RoundView[]> {
    await this.projects.get(actor, projectId);
    const rows: RoundRow[] = await this.db.query('SELECT * FROM consultation_rounds WHERE project_id = $1 ORDER BY created_at, id', [
      projectId,
    ]);
    return rows.filter((r) => inScope(actor, { districtId: r.district_id, compoundId: r.compound_id })).map(roundView);
  }

  async get(actor: Actor, roundId: string): Promise<RoundView> {
    return roundView(await this.load(this.db.manager, actor, roundId));
  }

  /** Fires a round event: judged by the round machine on the locked row, with its effects in the same transaction. */
  async fire(caller: Caller, roundId: string, input: { event: string; reason?: string | null }): Promise<RoundView> {
    if (!isEvent(roundMachine, input.event))
      throw new DomainError('MACHINE.UNKNOWN_EVENT', `unknown event ${input.event}`, { known: ROUND_EVENTS });
    const event = input.event;
    const reason = input.reason?.trim() || null;
    const role: MachineRole = caller === SYSTEM ? SYSTEM : caller.role;
    const actor = caller === SYSTEM ? null : caller;
    const outcome = await this.db.transaction(async (m) => {
      const round = await this.load(m, caller, roundId, true);
      const now = this.clock.now();
      const roster = event === 'OPEN' ? await this.roster(m, round.compound_id) : null;
      const rosterSize = roster?.now.households ?? round.roster_size;
      const decision = decide(roundMachine, {
        state: round.state,
        event,
        role,
        now,
        context: { rosterSize, roster, publicityEndsAt: round.publicity_ends_at, request: { reason } },
      });
      if (!decision.ok) return decision;
      const set: Record<string, unknown> = {};
      switch (event) {
        case 'OPEN':
          await m.query(
            `INSERT INTO round_households (round_id, household_id, unit_key, area_centi)
             SELECT $1, id, building || '/' || unit || '/' || room, (floor_area * 100)::bigint FROM households
              WHERE compound_id = $2 AND ${CURRENT_HOUSEHOLD}`,
            [round.id, round.compound_id],
          );
          // The version residents are asked about cannot change under them.
          if (round.plan_version) {
            await m.query('UPDATE plan_versions SET frozen = true WHERE project_id = $1 AND version = $2', [
              round.project_id,
              round.plan_version,
            ]);
          }
          Object.assign(set, { roster_size: rosterSize, opened_at: now });
          break;
        case 'CLOSE': {
          const frozen = await this.compute(m, round, now);
          Object.assign(set, { closed_at: now, tally: JSON.stringify(frozen), result: frozen.result });
          break;
        }
        case 'START_PUBLICITY': {
          const endsAt = new Date(now.getTime() + round.publicity_days * DAY_MS);
          await scheduleDeadline(m, 'ROUND_PUBLICITY_END', round.id, endsAt);
          Object.assign(set, { publicity_ends_at: endsAt });
          break;
        }
        case 'END_PUBLICITY':
          await settleDeadlines(m, round.id, 'DONE', now);
          Object.assign(set, { concluded_at: now });
          break;
        case 'CANCEL':
          await settleDeadlines(m, round.id, 'CANCELLED', now);
          Object.assign(set, { cancel_reason: reason });
          break;
      }
      const columns = Object.keys(set);
      await m.query(
        `UPDATE consultation_rounds SET state = $2, version = version + 1${columns.map((c, i) => `, ${c} = $${i + 3}`).join('')} WHERE id = $1`,
        [round.id, decision.to, ...columns.map((c) => set[c])],
      );
      await appendAudit(m, {
        actor,
        at: now,
        subjectType: 'round',
        subjectId: round.id,
        projectId: round.project_id,
        action: `round.${event}`,
        fromState: decision.from,
        toState: decision.to,
        reason,
        guardResults: decision.guards,
        detail: event === 'CLOSE' ? { result: set.result, ledgerHead: round.ledger_head, ledgerCount: round.ledger_count } : {},
      });
      const [updated]: RoundRow[] = await m.query('SELECT * FROM consultation_rounds WHERE id = $1', [round.id]);
      return updated;
    });
    if ('id' in outcome) return roundView(outcome);
    const [annotated] = await this.practices.annotate([outcome.reason === 'GUARD_FAILED' ? outcome.guards.filter((g) => !g.ok) : []]);
    throw refusalError(outcome, role, () => annotated!);
  }

  /**
   * One household's vote; recording the same vote again is a no-op, a changed one keeps its
   * history in the ledger. Votes arriving together for one round share one transaction: the
   * chain has a single writer, so batching them is what lets many recorders work at once.
   */
  async recordVote(actor: Actor, roundId: string, input: VoteInput): Promise<{ vote: Vote; changed: boolean }> {
    assertInScope(actor, await this.placeOf(roundId), 'round');
    const errors = voteErrors(input);
    if (errors.length) throw invalid(errors);
    return new Promise((resolve, reject) => {
      const queue = this.queued.get(roundId) ?? [];
      queue.push({ actor, input: { ...input, formNumber: input.formNumber ?? null, photoHash: input.photoHash ?? null }, resolve, reject });
      this.queued.set(roundId, queue);
      if (!this.draining.has(roundId)) void this.drain(roundId);
    });
  }

  /** Where each round lives; it never moves, so votes check scope without a query. */
  private readonly places = new Map<string, Place>();

  private async placeOf(roundId: string): Promise<Place | null> {
    const known = this.places.get(roundId);
    if (known) return known;
    const [row]: { district_id: string; compound_id: string }[] = await this.db.query(
      'SELECT district_id, compound_id FROM consultation_rounds WHERE id = $1',
      [roundId],
    );
    if (!row) return null;
    if (this.places.size >= 10_000) this.places.clear();
    const place = { districtId: row.district_id, compoundId: row.compound_id };
    this.places.set(roundId, place);
    return place;
  }

  private readonly queued = new Map<string, QueuedVote[]>();
  private readonly draining = new Set<string>();

  private async drain(roundId: string): Promise<void> {
    this.draining.add(roundId);
    try {
      for (let queue = this.queued.get(roundId); queue?.length; queue = this.queued.get(roundId)) {
        await this.writeBatch(roundId, queue.splice(0, VOTE_BATCH));
      }
    } finally {
      this.queued.delete(roundId);
      this.draining.delete(roundId);
    }
  }

  /**
   * Writes a batch in one transaction. Should the database refuse it, a vote that none of the
   * checks before caught is in it: the halves are written apart, down to that vote alone, so it
   * fails by itself and every other vote gets its own answer.
   */
  private async writeBatch(roundId: string, batch: QueuedVote[]): Promise<void> {
    try {
      const settle = await this.db.transaction((m) => this.writeVotes(m, roundId, batch));
      settle();
    } catch (e) {
      if (batch.length === 1) return batch[0].reject(e);
      const half = Math.ceil(batch.length / 2);
      await this.writeBatch(roundId, batch.slice(0, half));
      await this.writeBatch(roundId, batch.slice(half));
    }
  }

  /** Judges each queued vote on the locked round; returns how to answer each caller once committed. */
  private async writeVotes(m: EntityManager, roundId: string, batch: QueuedVote[]): Promise<() => void> {
    const [round]: RoundRow[] = await m.query('SELECT * FROM consultation_rounds WHERE id = $1 FOR UPDATE', [roundId]);
    if (!VOTING_STATES.includes(round.state)) {
      const error = new DomainError('ROUND.NOT_OPEN', `votes are recorded while a round is OPEN; it is ${round.state}`);
      return () => batch.forEach((q) => q.reject(error));
    }
    const rows: (CurrentVote & { household_id: string; unit_key: string; merged_into: string | null })[] = await m.query(
      `SELECT rh.household_id, rh.unit_key, ${MERGED_INTO_IN_SNAPSHOT}, v.choice, v.signed, v.channel, v.form_number, v.photo_hash, v.chosen_items, v.recorder_id, v.recorded_at, v.seq
         FROM round_households rh LEFT JOIN votes v ON v.round_id = rh.round_id AND v.household_id = rh.household_id
        WHERE rh.round_id = $1 AND rh.household_id = ANY($2)`,
      [roundId, [...new Set(batch.map((q) => q.input.householdId))]],
    );
    const current = new Map(rows.map((r) => [r.household_id, r]));
    const optional = await this.optionalItems(m, round);
    const now = this.clock.now();
    const writes: RecordedVote[] = [];
    const answers: ((seqs: number[]) => void)[] = [];
    for (const q of batch) {
      const existing = current.get(q.input.householdId);
      const { chosenItems, unknown: unknownItems } = judgeItems(optional, q.input.chosenItems);
      const vote = { ...q.input, roundId, formNumber: q.input.formNumber ?? null, photoHash: q.input.photoHash ?? null, chosenItems };
      if (unknownItems.length) {
        const error = invalid([
          {
            field: 'chosenItems',
            code: 'NOT_OPTIONAL_ITEM',
            message: optional
              ? `not optional items of plan version ${round.plan_version}: ${unknownItems.join(', ')}`
              : 'only a PLAN round asks for item choices',
          },
        ]);
        answers.push(() => q.reject(error));
      } else if (!existing) {
        const error = invalid([
          { field: 'householdId', code: 'NOT_IN_SNAPSHOT', message: 'the household is not on the roster this round opened with' },
        ]);
        answers.push(() => q.reject(error));
      } else if (existing.merged_into) {
        const error = new DomainError(
          'HOUSEHOLD.MERGED',
          `household ${existing.unit_key} merged into ${existing.merged_into}, which answers for the home in this round`,
        );
        answers.push(() => q.reject(error));
      } else if (sameVote(vote, existing)) {
        const seen = existing;
        answers.push(() =>
          q.resolve({ vote: { ...vote, recorderId: seen.recorder_id, recordedAt: seen.recorded_at, seq: seen.seq }, changed: false }),
        );
      } else {
        const index = writes.push({ ...vote, recorderId: q.actor.userId }) - 1;
        current.set(q.input.householdId, {
          ...existing,
          choice: q.input.choice,
          signed: q.input.signed,
          channel: q.input.channel,
          form_number: vote.formNumber,
          photo_hash: vote.photoHash,
          chosen_items: chosenItems,
          recorder_id: q.actor.userId,
          recorded_at: now,
          seq: round.ledger_count + index + 1,
        });
        answers.push((seqs) =>
          q.resolve({ vote: { ...vote, recorderId: q.actor.userId, recordedAt: now, seq: seqs[index] }, changed: true }),
        );
      }
    }
    const { seqs } = await appendVotes(m, round, writes, now);
    return () => answers.forEach((answer) => answer(seqs));
  }

  /**
   * A paper tally typed in: every row checked against the snapshot first, all rows written in one
   * transaction or none. Rows identical to the current vote are skipped, not chained again. A dry
   * run checks the same way, writes nothing, and answers with the errors and what would be recorded.
   */
  async importVotes(actor: Actor, roundId: string, upload: UploadedTable, dryRun = false): Promise<TallyImport> {
    const unlocked = await this.votingRound(this.db.manager, actor, roundId, false);
    // The plan version a round consults is frozen while it is open: its items can be read once, before the lock.
    const optional = await this.optionalItems(this.db.manager, unlocked);
    const offered = offeredOf(optional);
    const table = await readTable(upload, [...TALLY_COLUMNS, CHOSEN_ITEMS_COLUMN, ...itemColumns(offered)]);
    const { rows, headers } = table;
    if (rows.length > MAX_VOTE_ROWS)
      throw rejectImport([{ line: 0, column: null, code: 'TOO_MANY_ROWS', message: `一次最多导入 ${MAX_VOTE_ROWS} 行` }]);
    const keyOf = (c: Record<string, string>) => unitKey(c as never);
    const check = async (m: EntityManager, round: RoundRow) => {
      const snapshot: {
        household_id: string;
        unit_key: string;
        choice: string | null;
        signed: boolean;
        channel: string;
        form_number: string | null;
        photo_hash: string | null;
        chosen_items: string[] | null;
        merged_into: string | null;
      }[] = await m.query(
        `SELECT rh.household_id, rh.unit_key, ${MERGED_INTO_IN_SNAPSHOT}, v.choice, v.signed, v.channel, v.form_number, v.photo_hash, v.chosen_items FROM round_households rh
           LEFT JOIN votes v ON v.round_id = rh.round_id AND v.household_id = rh.household_id
          WHERE rh.round_id = $1 AND rh.unit_key = ANY($2)`,
        [round.id, [...new Set(rows.map((r) => keyOf(r.cells)))]],
      );
      const byKey = new Map(snapshot.map((s) => [s.unit_key, s]));
      const errors: RowError[] = [...table.errors, ...duplicateErrors(rows, (r) => keyOf(r.cells), headers.room)];
      if (!optional && headers.chosenItems)
        errors.push({
          line: table.headerLine,
          column: headers.chosenItems,
          code: 'NOT_A_PLAN_ROUND',
          message: '只有方案征询才选择项目，本轮表决票不应有此列',
        });
      const votes: VoteInput[] = [];
      const sample: TallyRow[] = [];
      let allNew = true;
      let unchanged = 0;
      for (const { line, cells } of rows) {
        const fail = (column: string, code: string, message: string) => errors.push({ line, column, code, message });
        const household = byKey.get(keyOf(cells));
        const choice = readChoice(cells.choice);
        const signed = readSigned(cells.signed);
        const channel = readChannel(cells.channel ?? '');
        const items = optional ? readRowItems(offered, cells) : { keys: null, badMarks: [] };
        const { chosenItems, unknown } = judgeItems(optional, items.keys);
        const badMark = items.badMarks[0];
        if (!household) fail(headers.room, 'NOT_IN_SNAPSHOT', `${keyOf(cells)} 不在本轮征询开启时的花名册上`);
        else if (household.merged_into)
          fail(headers.room, 'MERGED', `${household.unit_key} 已并入 ${household.merged_into}，本轮由 ${household.merged_into} 表态`);
        else if (!choice) fail(headers.choice, 'INVALID_CHOICE', `「${cells.choice}」不是同意、不同意或弃权`);
        else if (signed === undefined)
          fail(headers.signed, 'INVALID_SIGNED', `「${cells.signed}」不是 √ / 是 / 已签，也不是 × / 否 / 未签`);
        else if (!channel) fail(headers.channel ?? '方式', 'INVALID_CHANNEL', `「${cells.channel}」不是入户、会议、纸质或线上`);
        else if ((cells.formNumber ?? '').length > 100 || (cells.photoHash ?? '').length > 128)
          fail(headers.formNumber ?? headers.photoHash, 'TOO_LONG', '表单编号最多 100 个字符，照片哈希最多 128 个字符');
        else if (badMark) fail(headers[badMark.column], 'INVALID_MARK', `「${badMark.text}」不是 √ / 是，也不是 × / 否`);
        else if (unknown.length)
          fail(
            headers.chosenItems,
            'NOT_OPTIONAL_ITEM',
            `「${unknown.join('、')}」不是本轮方案（第 ${unlocked.plan_version} 版）的可选项目；${offered.length ? `可选：${offered.map((i) => `${i.key} ${i.name}`).join('、')}` : '本方案没有可选项目'}`,
          );
        else {
          const vote: VoteInput = {
            householdId: household.household_id,
            choice,
            signed,
            channel,
            formNumber: cells.formNumber || null,
            photoHash: cells.photoHash || null,
            chosenItems,
          };
          if (sameVote(vote, household)) unchanged++;
          else {
            votes.push(vote);
            allNew &&= household.choice === null;
            if (sample.length < SAMPLE_ROWS)
              sample.push({ unitKey: household.unit_key, choice, signed, channel, formNumber: vote.formNumber ?? null, chosenItems });
          }
        }
      }
      return { votes, allNew, unchanged, report: report(table, errors, sample, dryRun) };
    };
    if (dryRun) {
      const { votes, unchanged, report: preview } = await check(this.db.manager, unlocked);
      return { ...preview, recorded: votes.length, unchanged, total: rows.length, ledgerHead: unlocked.ledger_head ?? GENESIS_HASH };
    }
    const imported = await this.db.transaction(async (m) => {
      const round = await this.votingRound(m, actor, roundId);
      const { votes, allNew, unchanged, report: done } = await check(m, round);
      const { head } = await appendVotes(
        m,
        round,
        votes.map((v) => ({ ...v, recorderId: actor.userId })),
        this.clock.now(),
        allNew,
      );
      await appendAudit(m, {
        actor,
        at: this.clock.now(),
        subjectType: 'round',
        subjectId: round.id,
        projectId: round.project_id,
        action: 'round.votes-imported',
        detail: { rows: rows.length, recorded: votes.length, unchanged, ledgerHead: head },
      });
      return { ...done, recorded: votes.length, unchanged, total: rows.length, ledgerHead: head };
    });
    this.metrics.importRows.inc({ kind: 'votes' }, imported.total);
    return imported;
  }

  /** The import template for one round: a PLAN round's adds a column to mark per optional item. */
  async importTemplate(actor: Actor, roundId: string): Promise<Buffer> {
    const round = await this.load(this.db.manager, actor, roundId);
    const optional = await this.optionalItems(this.db.manager, round);
    const offered = offeredOf(optional);
    return templateWorkbook('表决结果', [...TALLY_COLUMNS, ...itemColumns(offered)]);
  }

  /** The frozen tally once closed; while open, the live one. */
  async tally(actor: Actor, roundId: string): Promise<FrozenTally & { frozen: boolean }> {
    const round = await this.load(this.db.manager, actor, roundId);
    if (round.tally) return { ...round.tally, frozen: true };
    if (round.state === 'DRAFT' || round.state === 'CANCELLED')
      throw new DomainError('ROUND.NOT_OPEN', `a ${round.state} round has no tally`);
    return { ...(await this.compute(this.db.manager, round, this.clock.now())), frozen: false };
  }

  /** Households that have not answered yet, for the door-to-door follow-up. */
  async pending(
    actor: Actor,
    roundId: string,
    page: { limit: number; offset: number },
  ): Promise<{ items: { householdId: string; unitKey: string; floorArea: string }[]; total: number }> {
    const round = await this.load(this.db.manager, actor, roundId);
    const rows: { household_id: string; unit_key: string; area_centi: string; total: string }[] = await this.db.query(
      `SELECT rh.household_id, rh.unit_key, rh.area_centi, count(*) OVER () AS total FROM round_households rh
        WHERE rh.round_id = $1 AND NOT EXISTS (SELECT 1 FROM votes v WHERE v.round_id = rh.round_id AND v.household_id = rh.household_id)
          AND ${MAY_ANSWER}
        ORDER BY rh.unit_key LIMIT $2 OFFSET $3`,
      [round.id, page.limit, page.offset],
    );
    return {
      items: rows.map((r) => ({ householdId: r.household_id, unitKey: r.unit_key, floorArea: (Number(r.area_centi) / 100).toFixed(2) })),
      total: Number(rows[0]?.total ?? 0),
    };
  }

  /**
   * The households not yet answered as a workbook for the committee's rounds, in walking order: by
   * building, unit and room, numbers by their value (a shorter number is the smaller one).
   */
  async pendingWorkbook(actor: Actor, roundId: string): Promise<Buffer> {
    const round = await this.load(this.db.manager, actor, roundId);
    if (round.state === 'DRAFT' || round.state === 'CANCELLED')
      throw new DomainError('ROUND.NOT_OPEN', `a ${round.state} round has no households to reach`);
    const [compound] = await this.db.query('SELECT name FROM compounds WHERE id = $1', [round.compound_id]);
    const households: UnansweredHousehold[] = await this.db.query(
      `SELECT h.building, h.unit, h.room, rh.area_centi AS "areaCenti", h.owner_name AS "ownerName", h.owner_phone AS "ownerPhone"
         FROM round_households rh JOIN households h ON h.id = rh.household_id
        WHERE rh.round_id = $1 AND NOT EXISTS (SELECT 1 FROM votes v WHERE v.round_id = rh.round_id AND v.household_id = rh.household_id)
          AND ${MAY_ANSWER}
        ORDER BY length(h.building), h.building, length(h.unit), h.unit, length(h.room), h.room`,
      [round.id],
    );
    return doorKnockingList(actor.role, { compound: compound.name, round: round.title, at: this.clock.now() }, households);
  }

  async votes(
    actor: Actor,
    roundId: string,
    page: { limit: number; offset: number },
  ): Promise<{ items: (Vote & { unitKey: string })[]; total: number }> {
    const round = await this.load(this.db.manager, actor, roundId);
    const rows: (VoteRow & { unit_key: string; total: string })[] = await this.db.query(
      `SELECT v.*, rh.unit_key, count(*) OVER () AS total FROM votes v JOIN round_households rh USING (round_id, household_id)
        WHERE v.round_id = $1 ORDER BY rh.unit_key LIMIT $2 OFFSET $3`,
      [round.id, page.limit, page.offset],
    );
    return { items: rows.map((r) => ({ ...voteOf(r), unitKey: r.unit_key })), total: Number(rows[0]?.total ?? 0) };
  }

  /**
   * What residents chose from the menu of a PLAN round: an optional item is in when more than
   * half of the round's respondents chose it (由居民点菜).
   */
  async itemChoices(
    actor: Actor,
    roundId: string,
  ): Promise<{ respondents: number; items: { key: string; name: string; chosen: number; included: boolean }[] }> {
    const round = await this.load(this.db.manager, actor, roundId);
    if (round.subject !== 'PLAN') throw new DomainError('ROUND.NOT_PLAN', 'only a PLAN round asks residents to choose items');
    const items: { key: string; name: string; chosen: number }[] = await this.db.query(
      `SELECT i.key, i.name, (SELECT count(*)::int FROM votes v WHERE v.round_id = $1 AND i.key = ANY(v.chosen_items)) AS chosen
         FROM plan_items i WHERE i.project_id = $2 AND i.version = $3 AND NOT i.required ORDER BY i.key`,
      [round.id, round.project_id, round.plan_version],
    );
    const [{ respondents }]: { respondents: number }[] = await this.db.query(
      'SELECT count(*)::int AS respondents FROM votes WHERE round_id = $1',
      [round.id],
    );
    return { respondents, items: items.map((i) => ({ ...i, included: i.chosen * 2 > respondents })) };
  }

  /** The optional items a PLAN round offers, their names by key; null for other rounds. */
  private async optionalItems(m: EntityManager, round: RoundRow): Promise<Map<string, string> | null> {
    if (round.subject !== 'PLAN' || !round.plan_version) return null;
    const rows: { key: string; name: string }[] = await m.query(
      'SELECT key, name FROM plan_items WHERE project_id = $1 AND version = $2 AND NOT required ORDER BY key',
      [round.project_id, round.plan_version],
    );
    return new Map(rows.map((r) => [r.key, r.name]));
  }

  /** Recomputes the round's chain from the stored entries; after close, also checks the head it froze. */
  async verifyLedger(actor: Actor, roundId: string): Promise<ChainCheck & { frozenHead: string | null }> {
    const round = await this.load(this.db.manager, actor, roundId);
    const rows: (VoteRow & { prev_hash: string; hash: string })[] = await this.db.query(
      `SELECT * FROM vote_ledger WHERE round_id = $1 ORDER BY seq`,
      [round.id],
    );
    const check = verifyChain(
      rows.map((r) => ({ ...voteOf(r), recordedAt: r.recorded_at.toISOString(), prevHash: r.prev_hash, hash: r.hash })),
    );
    const frozenHead = round.tally ? ((round.ledger_head as string | null) ?? null) : null;
    if (check.ok && round.ledger_head && check.head !== round.ledger_head) {
      return { ok: false, count: check.count, brokenAt: check.count, reason: 'HASH', frozenHead };
    }
    return { ...check, frozenHead };
  }

  async fileObjection(actor: Actor, roundId: string, input: { householdId?: string | null; text: string }) {
    return this.db.transaction(async (m) => {
      const round = await this.load(m, actor, roundId, true);
      if (!OBJECTION_STATES.includes(round.state))
        throw new DomainError('ROUND.NOT_OPEN', `objections are filed while a round is OPEN or in PUBLICITY, not ${round.state}`);
      if (input.householdId) {
        const [inSnapshot] = await m.query('SELECT 1 FROM round_households WHERE round_id = $1 AND household_id = $2', [
          round.id,
          input.householdId,
        ]);
        if (!inSnapshot)
          throw invalid([
            { field: 'householdId', code: 'NOT_IN_SNAPSHOT', message: 'the household is not on the roster this round opened with' },
          ]);
      }
      const now = this.clock.now();
      const [row] = await m.query(
        `INSERT INTO objections (round_id, household_id, text, filed_by, filed_at) VALUES ($1, $2, $3, $4, $5) RETURNING *`,
        [round.id, input.householdId ?? null, input.text, actor.userId, now],
      );
      await appendAudit(m, {
        actor,
        at: now,
        subjectType: 'objection',
        subjectId: row.id,
        projectId: round.project_id,
        action: 'objection.filed',
        detail: { roundId },
      });
      return objectionView(row);
    });
  }

  async respondToObjection(actor: Actor, objectionId: string, input: { response: 'ADOPTED' | 'EXPLAINED'; text: string }) {
    return this.db.transaction(async (m) => {
      const [objection] = await m.query('SELECT * FROM objections WHERE id = $1 FOR UPDATE', [objectionId]);
      if (!objection) throw notFound('objection');
      const round = await this.load(m, actor, objection.round_id);
      if (objection.response) throw new DomainError('RESOURCE.ALREADY_RECORDED', 'the objection has already been answered');
      const now = this.clock.now();
      // An UPDATE answers [rows, count] through TypeORM.
      const [[row]] = await m.query(
        `UPDATE objections SET response = $2, response_text = $3, responded_by = $4, responded_at = $5 WHERE id = $1 RETURNING *`,
        [objectionId, input.response, input.text, actor.userId, now],
      );
      await appendAudit(m, {
        actor,
        at: now,
        subjectType: 'objection',
        subjectId: objectionId,
        projectId: round.project_id,
        action: 'objection.answered',
        detail: { response: input.response },
      });
      return objectionView(row);
    });
  }

  async objections(actor: Actor, roundId: string) {
    const round = await this.load(this.db.manager, actor, roundId);
    const rows = await this.db.query('SELECT * FROM objections WHERE round_id = $1 ORDER BY filed_at, id', [round.id]);
    return rows.map((r: Record<string, unknown>) => objectionView(r));
  }

  private async votingRound(m: EntityManager, actor: Actor, roundId: string, lock = true): Promise<RoundRow> {
    const round = await this.load(m, actor, roundId, lock);
    if (!VOTING_STATES.includes(round.state))
      throw new DomainError('ROUND.NOT_OPEN', `votes are recorded while a round is OPEN; it is ${round.state}`);
    return round;
  }

  private async load(m: EntityManager, caller: Caller, roundId: string, lock = false): Promise<RoundRow> {
    const [round]: RoundRow[] = await m.query(`SELECT * FROM consultation_rounds WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [roundId]);
    if (caller === SYSTEM) {
      if (!round) throw notFound('round');
      return round;
    }
    assertInScope(caller, round ? { districtId: round.district_id, compoundId: round.compound_id } : null, 'round');
    return round;
  }

  /** Roster writes lock the compound row: sharing it keeps the count, the confirmation and the snapshot the same roster. */
  private async roster(m: EntityManager, compoundId: string): Promise<NonNullable<RoundContext['roster']>> {
    await m.query('SELECT 1 FROM compounds WHERE id = $1 FOR SHARE', [compoundId]);
    const { projectId: _, ...now } = await rosterNow(m, compoundId);
    return { now, confirmation: await lastConfirmation(m, compoundId) };
  }

  /** Sums per set in one aggregate; household rows are read only when a condition fails and a gap is to be named. */
  private async compute(m: EntityManager, round: RoundRow, now: Date): Promise<FrozenTally> {
    // A locally set threshold (the satisfaction bar) is the one in effect now; closing freezes it with the tally.
    const shipped = await this.profiles.get(round.rule_profile, m);
    const local = shipped.conditions.some((c) => c.setting) ? (await this.settings.inEffect(m, round.district_id)).settings : [];
    const profile = withSettings(shipped, (key) => local.find((s) => s.key === key)!.value);
    const [s]: Record<string, string>[] = await m.query(
      `SELECT count(*) AS all_n, coalesce(sum(rh.area_centi), 0) AS all_a,
              count(v.choice) AS part_n, coalesce(sum(rh.area_centi) FILTER (WHERE v.choice IS NOT NULL), 0) AS part_a,
              count(*) FILTER (WHERE v.choice = 'AGREE') AS agree_n, coalesce(sum(rh.area_centi) FILTER (WHERE v.choice = 'AGREE'), 0) AS agree_a,
              count(*) FILTER (WHERE v.choice = 'AGREE' AND v.signed) AS signed_n,
              coalesce(sum(rh.area_centi) FILTER (WHERE v.choice = 'AGREE' AND v.signed), 0) AS signed_a
         FROM round_households rh LEFT JOIN votes v ON v.round_id = rh.round_id AND v.household_id = rh.household_id
        WHERE rh.round_id = $1`,
      [round.id],
    );
    const pair = (n: string, a: string) => ({ headcount: BigInt(n), areaCenti: BigInt(a) });
    const totals: Totals = {
      ALL: pair(s.all_n, s.all_a),
      PARTICIPANTS: pair(s.part_n, s.part_a),
      AGREE: pair(s.agree_n, s.agree_a),
      SIGNED_AGREE: pair(s.signed_n, s.signed_a),
    } satisfies Record<HouseholdSet, unknown>;
    // A gap names at most `gap` households of each kind, the strongest first: only those are read.
    const candidates = new Map<ConsentCondition, Candidate[]>();
    let pending = profile.conditions.filter((c) => {
      const { num, den } = sumsOf(c, totals);
      return !meets(num, den, c);
    });
    for (let limit: number | null = GAP_READ; pending.length > 0; limit = limit !== null && limit < 16 * GAP_READ ? limit * 16 : null) {
      const read = await this.gapCandidates(m, round.id, pending, limit);
      pending = pending.filter((c, i) => {
        const { num, den } = sumsOf(c, totals);
        const cut =
          limit !== null && [true, false].some((unreached) => read[i]!.filter((k) => (k.choice === null) === unreached).length === limit);
        if (cut && !gapSettledWithin(gapFor(c, num, den, read[i]!).gap, limit!)) return true;
        candidates.set(c, read[i]!);
        return false;
      });
    }
    const result = tally(profile, totals, (c) => candidates.get(c) ?? []);
    const responded = Number(s.part_n);
    return { ...result, rosterSize: Number(s.all_n), responded, notResponded: Number(s.all_n) - responded, computedAt: now.toISOString() };
  }

  /**
   * Per condition, the first `limit` (null: all) households of positive gain not reached yet and as
   * many reached but not signed-agreeing, each in gapFor's order: gain down, unit key by code point.
   * The snapshot is read once for all of them.
   */
  private async gapCandidates(
    m: EntityManager,
    roundId: string,
    conditions: ConsentCondition[],
    limit: number | null,
  ): Promise<Candidate[][]> {
    const parts = conditions.flatMap((c, i) => {
      const weight = c.weight === 'AREA' ? ' * c.area_centi' : '';
      // Gains are integers the profile's thresholds give, written into the query as literals.
      const unreached = gainPerUnit(c, null);
      const reached = (['ABSTAIN', 'DISAGREE', 'AGREE'] as const)
        .map((choice) => `WHEN '${choice}' THEN ${gainPerUnit(c, choice)}`)
        .join(' ');
      const gain = `(CASE c.choice ${reached} END)::bigint${weight}`;
      const pick = (where: string, order: string) =>
        `(SELECT ${i} AS i, c.unit_key, c.area_centi, c.choice FROM c WHERE ${where} ORDER BY ${order}c.unit_key COLLATE "C" LIMIT $2)`;
      return [
        ...(unreached > 0n ? [pick('c.choice IS NULL', weight ? 'c.area_centi DESC, ' : '')] : []),
        pick(`c.choice IS NOT NULL AND ${gain} > 0`, `${gain} DESC, `),
      ];
    });
    const rows: { i: number; unit_key: string; area_centi: string; choice: VoteChoice | null }[] = await m.query(
      `WITH c AS MATERIALIZED (
         SELECT rh.unit_key, rh.area_centi, v.choice FROM round_households rh
           LEFT JOIN votes v ON v.round_id = rh.round_id AND v.household_id = rh.household_id
          WHERE rh.round_id = $1 AND NOT (coalesce(v.choice = 'AGREE' AND v.signed, false)) AND ${MAY_ANSWER})
       ${parts.join(' UNION ALL ')}`,
      [roundId, limit],
    );
    const out = conditions.map((): Candidate[] => []);
    for (const r of rows) out[r.i]!.push({ unitKey: r.unit_key, areaCenti: BigInt(r.area_centi), choice: r.choice });
    return out;
  }
}

interface VoteRow {
  chosen_items: string[] | null;
  round_id: string;
  household_id: string;
  choice: VoteChoice;
  signed: boolean;
  channel: VoteChannel;
  form_number: string | null;
  photo_hash: string | null;
  recorder_id: string;
  recorded_at: Date;
  seq: number;
}

/** A current vote or a ledger entry, as the API and the chain check read it. */
function voteOf(r: VoteRow): Vote {
  return {
    roundId: r.round_id,
    householdId: r.household_id,
    choice: r.choice,
    signed: r.signed,
    channel: r.channel,
    formNumber: r.form_number,
    photoHash: r.photo_hash,
    recorderId: r.recorder_id,
    recordedAt: r.recorded_at,
    seq: r.seq,
    chosenItems: r.chosen_items,
  };
}

function objectionView(r: Record<string, unknown>) {
  return {
    id: r.id,
    roundId: r.round_id,
    householdId: r.household_id,
    text: r.text,
    filedBy: r.filed_by,
    filedAt: r.filed_at,
    response: r.response,
    responseText: r.response_text,
    respondedBy: r.responded_by,
    respondedAt: r.responded_at,
  };
}
