import {
  chinaDate,
  confirmationNeedsReason,
  DomainError,
  invalid,
  notFound,
  ownerContact,
  readBuilding,
  readRoom,
  readUnit,
  ROSTER_COLUMNS,
  rosterConfirmationState,
  type Actor,
  type FieldError,
  type RosterConfirmationRecord,
  type RosterConfirmationState,
  type RosterNow,
} from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  centiToDecimal,
  duplicateErrors,
  parseAreaCenti,
  readTable,
  rejectImport,
  report,
  SAMPLE_ROWS,
  type ImportReport,
  type RowError,
  type UploadedTable,
} from '../imports/tabular.js';
import { appendAudit } from '../platform/audit.js';
import { Clock } from '../platform/clock.js';
import { Metrics } from '../platform/metrics.js';
import { assertInScope } from '../platform/scope.js';
import { onUniqueViolation } from '../platform/unique.js';

export interface HouseholdInput {
  building: string;
  unit: string;
  room: string;
  floorArea: string;
  ownerName?: string | null;
  ownerPhone?: string | null;
}

export type HouseholdStatus = 'CURRENT' | 'MOVED_OUT' | 'MERGED' | 'SPLIT';
export type HouseholdMoveKind = Exclude<HouseholdStatus, 'CURRENT'>;

export interface Household extends HouseholdInput {
  id: string;
  compoundId: string;
  status: HouseholdStatus;
  /** The day it left the roster; null while it is on it. */
  leftOn: string | null;
}

export interface HouseholdMoveInput {
  kind: HouseholdMoveKind;
  reason: string;
  /** YYYY-MM-DD, the day it happened. */
  on: string;
  intoHouseholdId?: string | null;
  newHouseholds?: HouseholdInput[] | null;
}

export interface HouseholdMove {
  id: string;
  compoundId: string;
  householdId: string;
  kind: HouseholdMoveKind;
  reason: string;
  on: string;
  intoHouseholdId: string | null;
  newHouseholds: Household[];
  recordedBy: string;
  recordedAt: Date;
}

/** A split makes at least two homes of one, and a flat seldom more than a few. */
export const MAX_SPLIT_HOUSEHOLDS = 20;

export interface RosterImport extends ImportReport<HouseholdInput> {
  created: number;
  updated: number;
  /** Rows read below the header. */
  total: number;
}

const FIELD_LABELS = { building: '楼栋', unit: '单元', room: '房号' } as const;

export interface RosterConfirmationView {
  compoundId: string;
  state: RosterConfirmationState;
  /** The roster now, and the household count of the compound's survey it is compared with. */
  revision: number;
  households: number;
  surveyHouseholds: number | null;
  confirmation: (RosterConfirmationRecord & { id: string; confirmedBy: string; confirmedAt: Date }) | null;
}

export const MAX_ROSTER_ROWS = 20000;
const PHONE = /^[0-9+\- ]{5,20}$/;

/** building/unit/room: '/' may not appear in the parts, so the key names one household. */
export function unitKey(h: { building: string; unit: string; room: string }): string {
  return `${h.building}/${h.unit}/${h.room}`;
}

interface HouseholdRow {
  id: string;
  compound_id: string;
  building: string;
  unit: string;
  room: string;
  floor_area: string;
  owner_name: string | null;
  owner_phone: string | null;
  status: HouseholdStatus;
  left_on: string | null;
}

const HOUSEHOLD_COLUMNS = `id, compound_id, building, unit, room, floor_area, owner_name, owner_phone, status, to_char(left_on, 'YYYY-MM-DD') AS left_on`;

/** Only households on the roster now count, are snapshotted and hold their unit key. */
export const CURRENT_HOUSEHOLD = `status = 'CURRENT'`;

/**
 * The roster now: its revision, its size, and the household count of the compound's own survey in
 * the active project that covers it, a project area's included (null before that survey has base
 * data), with that project.
 */
export async function rosterNow(m: EntityManager, compoundId: string): Promise<RosterNow & { projectId: string | null }> {
  const [row]: { revision: number; households: number; survey_households: number | null; project_id: string | null }[] = await m.query(
    `SELECT c.roster_revision AS revision, (SELECT count(*)::int FROM households h WHERE h.compound_id = c.id AND h.${CURRENT_HOUSEHOLD}) AS households,
            pc.project_id, (s.base_data ->> 'households')::int AS survey_households
       FROM compounds c
       LEFT JOIN project_compounds pc ON pc.compound_id = c.id AND pc.released_at IS NULL
       LEFT JOIN project_surveys s ON s.project_id = pc.project_id AND s.compound_id = c.id
      WHERE c.id = $1`,
    [compoundId],
  );
  return { revision: row!.revision, households: row!.households, surveyHouseholds: row!.survey_households, projectId: row!.project_id };
}

interface ConfirmationRow {
  id: string;
  roster_revision: number;
  households: number;
  survey_households: number | null;
  reason: string | null;
  confirmed_by: string;
  confirmed_at: Date;
}

/** The compound's latest roster confirmation. */
export async function lastConfirmation(m: EntityManager, compoundId: string): Promise<RosterConfirmationView['confirmation']> {
  const [c]: ConfirmationRow[] = await m.query('SELECT * FROM roster_confirmations WHERE compound_id = $1 ORDER BY seq DESC LIMIT 1', [
    compoundId,
  ]);
  return c
    ? {
        id: c.id,
        revision: c.roster_revision,
        households: c.households,
        surveyHouseholds: c.survey_households,
        reason: c.reason,
        confirmedBy: c.confirmed_by,
        confirmedAt: c.confirmed_at,
      }
    : null;
}

/** The household roster of a compound: the denominators of every vote start here. */
@Injectable()
export class RosterService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly metrics: Metrics,
  ) {}

  /** The households on the roster now; with `departed`, also those that left it, after the current ones. */
  async list(
    actor: Actor,
    compoundId: string,
    page: { limit: number; offset: number },
    departed = false,
  ): Promise<{ items: Household[]; total: number }> {
    await this.compound(this.db.manager, actor, compoundId);
    const rows: (HouseholdRow & { total: string })[] = await this.db.query(
      `SELECT ${HOUSEHOLD_COLUMNS}, count(*) OVER () AS total FROM households WHERE compound_id = $1 AND ($4 OR ${CURRENT_HOUSEHOLD})
        ORDER BY status <> 'CURRENT', building, unit, room, left_on LIMIT $2 OFFSET $3`,
      [compoundId, page.limit, page.offset, departed],
    );
    return { items: rows.map((r) => this.view(actor, r)), total: Number(rows[0]?.total ?? 0) };
  }

  async create(actor: Actor, compoundId: string, input: HouseholdInput): Promise<Household> {
    const clean = this.validate(input);
    return onUniqueViolation(
      () =>
        this.db.transaction(async (m) => {
          await this.compound(m, actor, compoundId, true);
          const [row]: HouseholdRow[] = await m.query(
            `INSERT INTO households (compound_id, building, unit, room, floor_area, owner_name, owner_phone)
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${HOUSEHOLD_COLUMNS}`,
            [compoundId, clean.building, clean.unit, clean.room, clean.floorArea, clean.ownerName ?? null, clean.ownerPhone ?? null],
          );
          await this.afterChange(m, actor, compoundId, 'roster.household-added', { householdId: row.id });
          return this.view(actor, row);
        }),
      { households_compound_id_building_unit_room_key: ['RESOURCE.TAKEN', `household ${unitKey(clean)} is already on the roster`] },
    );
  }

  async update(actor: Actor, householdId: string, input: Partial<HouseholdInput>): Promise<Household> {
    return onUniqueViolation(
      () =>
        this.db.transaction(async (m) => {
          const existing = await this.household(m, actor, householdId);
          if (existing.status !== 'CURRENT')
            throw new DomainError(
              'HOUSEHOLD.DEPARTED',
              `household ${unitKey(existing)} left the roster on ${existing.left_on}; its record stays as it was`,
            );
          const merged = this.validate({
            building: input.building ?? existing.building,
            unit: input.unit ?? existing.unit,
            room: input.room ?? existing.room,
            floorArea: input.floorArea ?? existing.floor_area,
            ownerName: input.ownerName === undefined ? existing.owner_name : input.ownerName,
            ownerPhone: input.ownerPhone === undefined ? existing.owner_phone : input.ownerPhone,
          });
          // An UPDATE answers [rows, count] through TypeORM.
          const [[row]]: [HouseholdRow[], number] = await m.query(
            `UPDATE households SET building = $2, unit = $3, room = $4, floor_area = $5, owner_name = $6, owner_phone = $7, updated_at = now()
              WHERE id = $1 RETURNING ${HOUSEHOLD_COLUMNS}`,
            [householdId, merged.building, merged.unit, merged.room, merged.floorArea, merged.ownerName ?? null, merged.ownerPhone ?? null],
          );
          await this.afterChange(m, actor, existing.compound_id, 'roster.household-updated', { householdId, fields: Object.keys(input) });
          return this.view(actor, row);
        }),
      { households_compound_id_building_unit_room_key: ['RESOURCE.TAKEN', 'another household already has that unit key'] },
    );
  }

  /**
   * Takes a household off the roster, one entered by mistake. A household some round has counted
   * stays: its votes are on record.
   */
  async remove(actor: Actor, householdId: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const existing = await this.household(m, actor, householdId);
      const [counted] = await m.query('SELECT 1 FROM round_households WHERE household_id = $1 LIMIT 1', [householdId]);
      if (counted)
        throw new DomainError('RESOURCE.IN_USE', `household ${unitKey(existing)} was counted in a round and stays on the roster`);
      const [moved] = await m.query(
        'SELECT 1 FROM household_moves WHERE household_id = $1 OR into_household_id = $1 OR $1 = ANY(new_household_ids) LIMIT 1',
        [householdId],
      );
      if (moved) throw new DomainError('RESOURCE.IN_USE', `household ${unitKey(existing)} is named by a recorded move and stays on record`);
      await m.query('DELETE FROM households WHERE id = $1', [householdId]);
      await this.afterChange(m, actor, existing.compound_id, 'roster.household-removed', { householdId });
    });
  }

  /**
   * A household leaves the roster: moved out, merged into another current household of its
   * compound, or split into new ones that join it. Its row and every snapshot naming it stay; new
   * rounds snapshot the roster as it is after. All checked before anything is written.
   */
  async move(actor: Actor, householdId: string, input: HouseholdMoveInput): Promise<HouseholdMove> {
    const reason = input.reason.trim();
    const errors: FieldError[] = [];
    if (!reason) errors.push({ field: 'reason', code: 'REQUIRED', message: '请写明迁出、合并或分户的原因' });
    if (input.on > chinaDate(this.clock.now()))
      errors.push({ field: 'on', code: 'IN_FUTURE', message: `${input.on} 尚未到来，只能登记已经发生的变动` });
    const merging = input.kind === 'MERGED';
    if (merging !== Boolean(input.intoHouseholdId))
      errors.push(
        merging
          ? { field: 'intoHouseholdId', code: 'REQUIRED', message: '合并须写明并入哪一户' }
          : { field: 'intoHouseholdId', code: 'NOT_FOR_KIND', message: '只有合并才写并入的住户' },
      );
    const splitting = input.kind === 'SPLIT';
    const parts = input.newHouseholds ?? [];
    if (splitting && parts.length < 2) errors.push({ field: 'newHouseholds', code: 'TOO_FEW', message: '分户须登记分出后的至少 2 户' });
    if (!splitting && parts.length) errors.push({ field: 'newHouseholds', code: 'NOT_FOR_KIND', message: '只有分户才登记新的住户' });
    const clean = parts.map((h, i) => {
      const problems = this.problems(h);
      errors.push(...problems.map((e) => ({ ...e, field: `newHouseholds[${i}].${e.field}` })));
      return problems.length ? h : this.normalise(h);
    });
    const seen = new Set<string>();
    clean.forEach((h, i) => {
      if (seen.has(unitKey(h)))
        errors.push({ field: `newHouseholds[${i}].room`, code: 'DUPLICATE', message: `${unitKey(h)} 在分出的住户中重复` });
      seen.add(unitKey(h));
    });
    if (errors.length) throw invalid(errors);
    return onUniqueViolation(
      () =>
        this.db.transaction(async (m) => {
          const existing = await this.household(m, actor, householdId);
          if (existing.status !== 'CURRENT')
            throw new DomainError(
              'HOUSEHOLD.DEPARTED',
              `household ${unitKey(existing)} already left the roster (${existing.status}, ${existing.left_on})`,
            );
          if (merging) {
            // Only a move changes its status, under the compound's lock held here.
            const [into]: HouseholdRow[] = await m.query(`SELECT ${HOUSEHOLD_COLUMNS} FROM households WHERE id = $1`, [
              input.intoHouseholdId,
            ]);
            // Another compound's household is named like one that does not exist: nothing of it is told.
            const problem: FieldError | null =
              !into || into.compound_id !== existing.compound_id
                ? { field: 'intoHouseholdId', code: 'NOT_ON_ROSTER', message: '并入的住户不在本小区花名册上' }
                : into.id === existing.id
                  ? { field: 'intoHouseholdId', code: 'SAME_HOUSEHOLD', message: '住户不能并入自己' }
                  : into.status !== 'CURRENT'
                    ? { field: 'intoHouseholdId', code: 'DEPARTED', message: `${unitKey(into)} 已于 ${into.left_on} 离开花名册` }
                    : null;
            if (problem) throw invalid([problem]);
          }
          // Leaving first frees the unit key for a household the split makes in the same flat.
          await m.query('UPDATE households SET status = $2, left_on = $3, updated_at = now() WHERE id = $1', [
            householdId,
            input.kind,
            input.on,
          ]);
          const created: HouseholdRow[] = [];
          for (const h of clean) {
            const [row]: HouseholdRow[] = await m.query(
              `INSERT INTO households (compound_id, building, unit, room, floor_area, owner_name, owner_phone)
               VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${HOUSEHOLD_COLUMNS}`,
              [existing.compound_id, h.building, h.unit, h.room, h.floorArea, h.ownerName ?? null, h.ownerPhone ?? null],
            );
            created.push(row);
          }
          const at = this.clock.now();
          const [move]: { id: string }[] = await m.query(
            `INSERT INTO household_moves (compound_id, household_id, kind, reason, occurred_on, into_household_id, new_household_ids, recorded_by, recorded_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
            [
              existing.compound_id,
              householdId,
              input.kind,
              reason,
              input.on,
              input.intoHouseholdId ?? null,
              created.map((r) => r.id),
              actor.userId,
              at,
            ],
          );
          await this.afterChange(
            m,
            actor,
            existing.compound_id,
            `roster.household-${input.kind.toLowerCase().replace('_', '-')}`,
            {
              householdId,
              moveId: move!.id,
              on: input.on,
              intoHouseholdId: input.intoHouseholdId ?? null,
              newHouseholdIds: created.map((r) => r.id),
            },
            reason,
          );
          return {
            id: move!.id,
            compoundId: existing.compound_id,
            householdId,
            kind: input.kind,
            reason,
            on: input.on,
            intoHouseholdId: input.intoHouseholdId ?? null,
            newHouseholds: created.map((r) => this.view(actor, r)),
            recordedBy: actor.userId,
            recordedAt: at,
          };
        }),
      {
        households_compound_id_building_unit_room_key: [
          'RESOURCE.TAKEN',
          'a household the split makes has the unit key of a household on the roster',
        ],
      },
    );
  }

  async confirmation(actor: Actor, compoundId: string): Promise<RosterConfirmationView> {
    await this.compound(this.db.manager, actor, compoundId);
    return this.confirmationView(this.db.manager, compoundId);
  }

  /**
   * The committee (or the PM) confirms the roster complete: its count against the survey's, a
   * difference explained. The compound row is locked, so no roster change slips in between.
   */
  async confirm(actor: Actor, compoundId: string, input: { reason?: string | null }): Promise<RosterConfirmationView> {
    return this.db.transaction(async (m) => {
      await this.compound(m, actor, compoundId, true);
      const now = await rosterNow(m, compoundId);
      const reason = input.reason?.trim() || null;
      if (now.households === 0)
        throw invalid([{ field: 'roster', code: 'EMPTY', message: 'the roster holds no households; there is nothing to confirm' }]);
      if (confirmationNeedsReason(now) && !reason) {
        throw invalid([
          {
            field: 'reason',
            code: 'DIFFERENCE_NEEDS_REASON',
            message:
              now.surveyHouseholds === null
                ? `the survey has no household count to compare the roster's ${now.households} with; say why the roster is complete`
                : `the roster holds ${now.households} households, the survey counted ${now.surveyHouseholds}; say why they differ`,
          },
        ]);
      }
      const at = this.clock.now();
      const [row]: { id: string }[] = await m.query(
        `INSERT INTO roster_confirmations (compound_id, roster_revision, households, survey_households, project_id, reason, confirmed_by, confirmed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [compoundId, now.revision, now.households, now.surveyHouseholds, now.projectId, reason, actor.userId, at],
      );
      await appendAudit(m, {
        actor,
        at,
        subjectType: 'compound',
        subjectId: compoundId,
        projectId: now.projectId,
        action: 'roster.confirmed',
        reason,
        detail: { confirmationId: row!.id, revision: now.revision, households: now.households, surveyHouseholds: now.surveyHouseholds },
      });
      return this.confirmationView(m, compoundId);
    });
  }

  private async confirmationView(m: EntityManager, compoundId: string): Promise<RosterConfirmationView> {
    const { projectId: _, ...now } = await rosterNow(m, compoundId);
    const confirmation = await lastConfirmation(m, compoundId);
    return { compoundId, state: rosterConfirmationState(now, confirmation), ...now, confirmation };
  }

  /**
   * All or nothing: every row is checked first and the first problem of each row reported with
   * its line and column; only a clean file is written. A unit already on the roster is updated.
   * A dry run checks the same way, writes nothing, and answers with the errors and what would be written.
   */
  async import(actor: Actor, compoundId: string, upload: UploadedTable, dryRun = false): Promise<RosterImport> {
    await this.compound(this.db.manager, actor, compoundId, true);
    const table = await readTable(upload, ROSTER_COLUMNS);
    const { rows, headers } = table;
    if (rows.length > MAX_ROSTER_ROWS)
      throw rejectImport([{ line: 0, column: null, code: 'TOO_MANY_ROWS', message: `一次最多导入 ${MAX_ROSTER_ROWS} 行` }]);
    const errors: RowError[] = [...table.errors, ...duplicateErrors(rows, (r) => unitKey(r.cells as never), headers.room)];
    const clean: HouseholdInput[] = [];
    for (const r of rows) {
      const problems = this.problems(r.cells as unknown as HouseholdInput);
      if (problems.length)
        errors.push({
          line: r.line,
          column: headers[problems[0].field] ?? problems[0].field,
          code: problems[0].code,
          message: problems[0].message,
        });
      else clean.push(this.normalise(r.cells as unknown as HouseholdInput));
    }
    const sample = clean.slice(0, SAMPLE_ROWS).map((h) => this.masked(actor, h));
    const columns = [clean.map((h) => h.building), clean.map((h) => h.unit), clean.map((h) => h.room)];
    if (dryRun) {
      const [{ n }]: { n: number }[] = await this.db.query(
        `SELECT count(*)::int AS n FROM households h
           JOIN unnest($2::text[], $3::text[], $4::text[]) AS u(building, unit, room) USING (building, unit, room)
          WHERE h.compound_id = $1 AND h.${CURRENT_HOUSEHOLD}`,
        [compoundId, ...columns],
      );
      return { ...report(table, errors, sample, true), created: clean.length - n, updated: n, total: rows.length };
    }
    const done = report(table, errors, sample, false);
    const imported = await this.db.transaction(async (m) => {
      await this.compound(m, actor, compoundId, true);
      const result: { inserted: boolean }[] = await m.query(
        `INSERT INTO households (compound_id, building, unit, room, floor_area, owner_name, owner_phone)
         SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::numeric[], $6::text[], $7::text[])
         ON CONFLICT (compound_id, building, unit, room) WHERE ${CURRENT_HOUSEHOLD} DO UPDATE
           SET floor_area = EXCLUDED.floor_area,
               owner_name = coalesce(EXCLUDED.owner_name, households.owner_name),
               owner_phone = coalesce(EXCLUDED.owner_phone, households.owner_phone),
               updated_at = now()
         RETURNING (xmax = 0) AS inserted`,
        [
          compoundId,
          ...columns,
          clean.map((h) => h.floorArea),
          clean.map((h) => h.ownerName ?? null),
          clean.map((h) => h.ownerPhone ?? null),
        ],
      );
      const created = result.filter((r) => r.inserted).length;
      await this.afterChange(m, actor, compoundId, 'roster.imported', { rows: clean.length, created, updated: clean.length - created });
      return { created, updated: clean.length - created, total: clean.length };
    });
    this.metrics.importRows.inc({ kind: 'households' }, imported.total);
    return { ...done, ...imported };
  }

  /**
   * The household locked, after its compound as every roster write locks it: taking the compound
   * first keeps two writes of one compound from each holding a household the other needs (a merge
   * refers to another household). Outside the actor's scope, 404.
   */
  private async household(m: EntityManager, actor: Actor, householdId: string): Promise<HouseholdRow> {
    const [found]: { compound_id: string }[] = await m.query('SELECT compound_id FROM households WHERE id = $1', [householdId]);
    if (!found) throw notFound('household');
    await this.compound(m, actor, found.compound_id, true);
    const [existing]: HouseholdRow[] = await m.query(`SELECT ${HOUSEHOLD_COLUMNS} FROM households WHERE id = $1 FOR UPDATE`, [householdId]);
    return existing;
  }

  private async compound(m: EntityManager, actor: Actor, compoundId: string, lock = false): Promise<void> {
    const [c]: { district_id: string }[] = await m.query(`SELECT district_id FROM compounds WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`, [
      compoundId,
    ]);
    assertInScope(actor, c ? { districtId: c.district_id, compoundId } : null, 'compound');
  }

  /** The compound's register figures follow its roster, and its revision moves on. */
  private async afterChange(
    m: EntityManager,
    actor: Actor,
    compoundId: string,
    action: string,
    detail: Record<string, unknown>,
    reason: string | null = null,
  ): Promise<void> {
    await m.query(
      `UPDATE compounds c SET households = s.n, floor_area = s.area, roster_revision = c.roster_revision + 1, updated_at = now()
         FROM (SELECT count(*)::int AS n, coalesce(sum(floor_area), 0) AS area FROM households WHERE compound_id = $1 AND ${CURRENT_HOUSEHOLD}) s
        WHERE c.id = $1`,
      [compoundId],
    );
    await appendAudit(m, { actor, at: this.clock.now(), subjectType: 'compound', subjectId: compoundId, action, detail, reason });
  }

  private problems(h: HouseholdInput): FieldError[] {
    const errors: FieldError[] = [];
    for (const f of ['building', 'unit', 'room'] as const) {
      const v = String(h[f] ?? '').trim();
      const label = FIELD_LABELS[f];
      if (!v) errors.push({ field: f, code: 'REQUIRED', message: `${label}不能为空` });
      else if (v.length > 50) errors.push({ field: f, code: 'TOO_LONG', message: `${label}最多 50 个字符` });
      else if (v.includes('/')) errors.push({ field: f, code: 'INVALID_CHARACTER', message: `${label}不能含有“/”` });
    }
    const area = parseAreaCenti(String(h.floorArea ?? ''));
    if (area === null || area === 0n) {
      errors.push({
        field: 'floorArea',
        code: 'INVALID_AREA',
        message: `面积「${String(h.floorArea ?? '')}」不是大于 0、最多两位小数的平方米数`,
      });
    }
    if (h.ownerName && String(h.ownerName).length > 100)
      errors.push({ field: 'ownerName', code: 'TOO_LONG', message: '户主姓名最多 100 个字符' });
    if (h.ownerPhone && !PHONE.test(String(h.ownerPhone)))
      errors.push({ field: 'ownerPhone', code: 'INVALID_PHONE', message: `电话「${String(h.ownerPhone)}」应为 5 至 20 位数字` });
    return errors;
  }

  private validate(h: HouseholdInput): HouseholdInput {
    const errors = this.problems(h);
    if (errors.length) throw invalid(errors);
    return this.normalise(h);
  }

  private normalise(h: HouseholdInput): HouseholdInput {
    return {
      // Typed in by hand or imported, "1栋 2单元 201室" is the same household as 1/2/201.
      building: readBuilding(String(h.building)),
      unit: readUnit(String(h.unit)),
      room: readRoom(String(h.room)),
      floorArea: centiToDecimal(parseAreaCenti(String(h.floorArea))!),
      ownerName: h.ownerName ? String(h.ownerName).trim() : null,
      ownerPhone: h.ownerPhone ? String(h.ownerPhone).trim() : null,
    };
  }

  private view(actor: Actor, r: HouseholdRow): Household {
    return {
      id: r.id,
      compoundId: r.compound_id,
      status: r.status,
      leftOn: r.left_on,
      ...this.masked(actor, {
        building: r.building,
        unit: r.unit,
        room: r.room,
        floorArea: r.floor_area,
        ownerName: r.owner_name,
        ownerPhone: r.owner_phone,
      }),
    };
  }

  private masked(actor: Actor, h: HouseholdInput): HouseholdInput {
    const owner = ownerContact(actor.role, h.ownerName ?? null, h.ownerPhone ?? null);
    return {
      ...h,
      ownerName: owner.name,
      ownerPhone: owner.phone,
    };
  }
}
