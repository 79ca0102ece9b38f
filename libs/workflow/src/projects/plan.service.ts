import {
  DomainError,
  invalid,
  lineBudgetFen,
  notFound,
  planBudgetFen,
  type Actor,
  type ItemKind,
  type Payer,
  type PlanContent,
  type PlanContributions,
  type PlanItem,
  type PlanSection,
  type WorkCategory,
} from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { centiToDecimal } from '../imports/tabular.js';
import { appendAudit } from '../platform/audit.js';
import { Clock } from '../platform/clock.js';
import { RoundService } from '../consent/round.service.js';
import { ProjectService } from './project.service.js';

export interface PlanItemInput {
  key: string;
  name: string;
  kind?: ItemKind | null;
  category: WorkCategory;
  /** Exact decimal text, at most two places. */
  quantity: string;
  unit: string;
  unitPriceFen: bigint;
  paidBy: Payer;
  required: boolean;
  /** In a project area, the covered compound the item is built in; none: shared by the area. */
  compoundId?: string | null;
}

/** Anything left out is carried over from the previous version. */
export interface PlanInput {
  sections?: Partial<Record<PlanSection, string>>;
  currentStateSurvey?: boolean;
  fireLanes?: boolean;
  ageFriendly?: boolean;
  elevatorPositionReserved?: boolean;
  /** Each field stated replaces the last version's; null withdraws the statement. */
  contributions?: Partial<PlanContributions>;
  items?: PlanItemInput[];
  changeNote?: string | null;
  adoptedObjections?: string[];
  /** A concluded PLAN round whose residents' choices decide the optional items of this version. */
  applyChoicesFrom?: string;
}

export interface PlanView {
  projectId: string;
  version: number;
  frozen: boolean;
  changeNote: string | null;
  adoptedObjections: string[];
  sections: Partial<Record<PlanSection, string>>;
  currentStateSurvey: boolean;
  fireLanes: boolean;
  ageFriendly: boolean;
  elevatorPositionReserved: boolean;
  /** Yuan as exact decimal strings; null where not stated. */
  contributions: { residentSharePercent: string | null; residents: string | null; socialCapital: string | null };
  items: (Omit<PlanItem, 'unitPriceFen' | 'budgetFen'> & { unitPrice: string; budget: string })[];
  budget: string;
  createdBy: string;
  createdAt: Date;
}

interface VersionRow {
  project_id: string;
  version: number;
  sections: Partial<Record<PlanSection, string>>;
  current_state_survey: boolean;
  fire_lanes: boolean;
  age_friendly: boolean;
  elevator_position_reserved: boolean;
  resident_share_percent: string | null;
  residents_contribution_fen: string | null;
  social_capital_fen: string | null;
  change_note: string | null;
  adopted_objections: string[];
  frozen: boolean;
  created_by: string;
  created_at: Date;
}

interface ItemRow {
  key: string;
  name: string;
  kind: ItemKind | null;
  category: WorkCategory;
  quantity: string;
  unit: string;
  unit_price_fen: string;
  budget_fen: string;
  paid_by: Payer;
  required: boolean;
  compound_id: string | null;
}

/** The renovation plan, versioned: a version consulted in a round is frozen and edits make the next one. */
@Injectable()
export class PlanService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly projects: ProjectService,
    private readonly rounds: RoundService,
  ) {}

  async list(actor: Actor, projectId: string): Promise<PlanView[]> {
    await this.projects.get(actor, projectId);
    const rows: VersionRow[] = await this.db.query('SELECT * FROM plan_versions WHERE project_id = $1 ORDER BY version', [projectId]);
    return Promise.all(rows.map((r) => this.view(this.db.manager, r)));
  }

  async get(actor: Actor, projectId: string, version: number): Promise<PlanView> {
    await this.projects.get(actor, projectId);
    return this.viewOf(this.db.manager, projectId, version);
  }

  private async viewOf(m: EntityManager, projectId: string, version: number): Promise<PlanView> {
    const [row]: VersionRow[] = await m.query('SELECT * FROM plan_versions WHERE project_id = $1 AND version = $2', [projectId, version]);
    if (!row) throw notFound(`plan version ${version}`);
    return this.view(m, row);
  }

  /** The next version, starting from the last one. */
  async draft(actor: Actor, projectId: string, input: PlanInput): Promise<PlanView> {
    return this.db.transaction(async (m) => {
      await this.designing(m, actor, projectId);
      const last = await this.latest(m, projectId);
      const version = (last?.version ?? 0) + 1;
      const content = this.merge(last, input);
      if (input.applyChoicesFrom) content.items = await this.applyChoices(m, actor, projectId, input.applyChoicesFrom, content.items);
      await this.checkAdopted(m, projectId, input.adoptedObjections ?? []);
      await this.save(m, actor, projectId, version, content, input.changeNote ?? null, input.adoptedObjections ?? []);
      await appendAudit(m, {
        actor,
        at: this.clock.now(),
        subjectType: 'plan',
        subjectId: `${projectId}/${version}`,
        projectId,
        action: 'plan.version-drafted',
        detail: { version, items: content.items.length, adoptedObjections: input.adoptedObjections?.length ?? 0 },
      });
      return this.viewOf(m, projectId, version);
    });
  }

  /** Edits a version that no round has consulted yet. */
  async update(actor: Actor, projectId: string, version: number, input: PlanInput): Promise<PlanView> {
    return this.db.transaction(async (m) => {
      await this.designing(m, actor, projectId);
      const [row]: VersionRow[] = await m.query('SELECT * FROM plan_versions WHERE project_id = $1 AND version = $2 FOR UPDATE', [
        projectId,
        version,
      ]);
      if (!row) throw notFound(`plan version ${version}`);
      if (row.frozen) throw new DomainError('PLAN.FROZEN', `plan version ${version} went to a round and is frozen; draft a new version`);
      const current = await this.content(m, row);
      const content = this.merge(current, input);
      await this.checkAdopted(m, projectId, input.adoptedObjections ?? row.adopted_objections);
      const changeNote = input.changeNote === undefined ? row.change_note : input.changeNote;
      await this.save(m, actor, projectId, version, content, changeNote, input.adoptedObjections ?? row.adopted_objections);
      await appendAudit(m, {
        actor,
        at: this.clock.now(),
        subjectType: 'plan',
        subjectId: `${projectId}/${version}`,
        projectId,
        action: 'plan.version-edited',
        detail: { version },
      });
      return this.viewOf(m, projectId, version);
    });
  }

  /**
   * The version an approved change order makes: the last version with the order's lines applied
   * (changed quantities or prices, or new items), tagged with the order.
   */
  async changeVersion(
    m: EntityManager,
    actor: Actor,
    projectId: string,
    orderId: string,
    lines: (Partial<PlanItemInput> & { key: string; quantity: string })[],
    note: string,
  ): Promise<number> {
    const last = await this.latest(m, projectId);
    if (!last) throw new DomainError('PLAN.MISSING', 'the project has no plan to change');
    const byKey = new Map(last.items.map((i) => [i.key, i]));
    for (const line of lines) {
      const given = Object.fromEntries(Object.entries(line).filter(([, v]) => v !== undefined)) as Partial<PlanItem>;
      const merged = { ...byKey.get(line.key), ...given } as PlanItem;
      // An item a change order adds is part of the work, not a choice.
      byKey.set(line.key, {
        ...merged,
        kind: merged.kind ?? null,
        required: merged.required ?? true,
        budgetFen: lineBudgetFen(merged.quantity, merged.unitPriceFen),
      });
    }
    const version = last.version + 1;
    await this.save(m, actor, projectId, version, { ...last, items: [...byKey.values()] }, note, []);
    await m.query('UPDATE plan_versions SET change_order_id = $3, frozen = true WHERE project_id = $1 AND version = $2', [
      projectId,
      version,
      orderId,
    ]);
    return version;
  }

  /** The latest version's content, for guards and for the next draft. */
  async latest(m: EntityManager, projectId: string): Promise<(PlanContent & { version: number }) | null> {
    const [row]: VersionRow[] = await m.query('SELECT * FROM plan_versions WHERE project_id = $1 ORDER BY version DESC LIMIT 1', [
      projectId,
    ]);
    return row ? { ...(await this.content(m, row)), version: row.version } : null;
  }

  private async designing(m: EntityManager, actor: Actor, projectId: string): Promise<void> {
    await this.projects.lockIn(m, actor, projectId, ['DESIGN'], 'plans are drafted');
  }

  /** Optional items residents chose become part of the plan; the others leave it. */
  private async applyChoices(m: EntityManager, actor: Actor, projectId: string, roundId: string, items: PlanItem[]): Promise<PlanItem[]> {
    const [round]: { project_id: string; subject: string; state: string }[] = await m.query(
      'SELECT project_id, subject, state FROM consultation_rounds WHERE id = $1',
      [roundId],
    );
    if (
      !round ||
      round.project_id !== projectId ||
      round.subject !== 'PLAN' ||
      !['CLOSED', 'PUBLICITY', 'CONCLUDED'].includes(round.state)
    ) {
      throw invalid([
        { field: 'applyChoicesFrom', code: 'NOT_A_CLOSED_PLAN_ROUND', message: 'choices come from a closed PLAN round of this project' },
      ]);
    }
    const { items: choices } = await this.rounds.itemChoices(actor, roundId);
    const included = new Set(choices.filter((c) => c.included).map((c) => c.key));
    const offered = new Set(choices.map((c) => c.key));
    return items
      .filter((i) => i.required || !offered.has(i.key) || included.has(i.key))
      .map((i) => (included.has(i.key) ? { ...i, required: true } : i));
  }

  /** An adopted objection must belong to this project's rounds and have been answered ADOPTED. */
  private async checkAdopted(m: EntityManager, projectId: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const rows: { id: string }[] = await m.query(
      `SELECT o.id FROM objections o JOIN consultation_rounds r ON r.id = o.round_id
        WHERE r.project_id = $1 AND o.id = ANY($2) AND o.response = 'ADOPTED'`,
      [projectId, ids],
    );
    const unknown = ids.filter((id) => !rows.some((r) => r.id === id));
    if (unknown.length) {
      throw invalid(
        unknown.map((id) => ({
          field: 'adoptedObjections',
          code: 'NOT_ADOPTED',
          message: `${id} is not an adopted objection of this project`,
        })),
      );
    }
  }

  private merge(base: PlanContent | null, input: PlanInput): PlanContent {
    const items = input.items
      ? input.items.map((i) => ({ ...i, kind: i.kind ?? null, budgetFen: lineBudgetFen(i.quantity, i.unitPriceFen) }))
      : (base?.items ?? []);
    const keys = new Set<string>();
    const dupes = items.filter((i) => keys.size === keys.add(i.key).size);
    if (dupes.length) throw invalid(dupes.map((d) => ({ field: 'items', code: 'DUPLICATE', message: `item key ${d.key} appears twice` })));
    return {
      // A DTO carries every section, unsent ones as undefined: only what was sent replaces the last version's.
      sections: { ...base?.sections, ...Object.fromEntries(Object.entries(input.sections ?? {}).filter(([, v]) => v !== undefined)) },
      currentStateSurvey: input.currentStateSurvey ?? base?.currentStateSurvey ?? false,
      fireLanes: input.fireLanes ?? base?.fireLanes ?? false,
      ageFriendly: input.ageFriendly ?? base?.ageFriendly ?? false,
      elevatorPositionReserved: input.elevatorPositionReserved ?? base?.elevatorPositionReserved ?? false,
      contributions: {
        residentSharePercent: null,
        residentsFen: null,
        socialCapitalFen: null,
        ...base?.contributions,
        ...Object.fromEntries(Object.entries(input.contributions ?? {}).filter(([, v]) => v !== undefined)),
      },
      items,
    };
  }

  /** Writes a version and replaces its items: one path for a new version and for an edit. */
  private async save(
    m: EntityManager,
    actor: Actor,
    projectId: string,
    version: number,
    content: PlanContent,
    changeNote: string | null,
    adoptedObjections: string[],
  ): Promise<void> {
    await m.query(
      `INSERT INTO plan_versions (project_id, version, sections, current_state_survey, fire_lanes, age_friendly, elevator_position_reserved,
                                  change_note, adopted_objections, created_by, resident_share_percent, residents_contribution_fen, social_capital_fen)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (project_id, version) DO UPDATE SET sections = EXCLUDED.sections, current_state_survey = EXCLUDED.current_state_survey,
         fire_lanes = EXCLUDED.fire_lanes, age_friendly = EXCLUDED.age_friendly, elevator_position_reserved = EXCLUDED.elevator_position_reserved,
         change_note = EXCLUDED.change_note, adopted_objections = EXCLUDED.adopted_objections,
         resident_share_percent = EXCLUDED.resident_share_percent, residents_contribution_fen = EXCLUDED.residents_contribution_fen,
         social_capital_fen = EXCLUDED.social_capital_fen`,
      [
        projectId,
        version,
        JSON.stringify(content.sections),
        content.currentStateSurvey,
        content.fireLanes,
        content.ageFriendly,
        content.elevatorPositionReserved,
        changeNote,
        adoptedObjections,
        actor.userId,
        content.contributions.residentSharePercent,
        content.contributions.residentsFen?.toString() ?? null,
        content.contributions.socialCapitalFen?.toString() ?? null,
      ],
    );
    const covered = await this.projects.coverage(m, projectId);
    const elsewhere = content.items.filter((i) => i.compoundId && !covered.includes(i.compoundId));
    if (elsewhere.length) {
      throw invalid(
        elsewhere.map((i) => ({
          field: 'items',
          code: 'NOT_COVERED',
          message: `${i.key}: the project does not cover compound ${i.compoundId}`,
        })),
      );
    }
    await m.query('DELETE FROM plan_items WHERE project_id = $1 AND version = $2', [projectId, version]);
    await this.writeItems(m, projectId, version, content.items);
  }

  private async writeItems(m: EntityManager, projectId: string, version: number, items: PlanItem[]): Promise<void> {
    if (items.length === 0) return;
    await m.query(
      `INSERT INTO plan_items (project_id, version, key, name, kind, category, quantity, unit, unit_price_fen, budget_fen, paid_by, required, compound_id)
       SELECT $1, $2, * FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::numeric[], $8::text[], $9::bigint[], $10::bigint[], $11::text[], $12::bool[], $13::uuid[])`,
      [
        projectId,
        version,
        items.map((i) => i.key),
        items.map((i) => i.name),
        items.map((i) => i.kind),
        items.map((i) => i.category),
        items.map((i) => i.quantity),
        items.map((i) => i.unit),
        items.map((i) => i.unitPriceFen.toString()),
        items.map((i) => i.budgetFen.toString()),
        items.map((i) => i.paidBy),
        items.map((i) => i.required),
        items.map((i) => i.compoundId ?? null),
      ],
    );
  }

  private async content(m: EntityManager, row: VersionRow): Promise<PlanContent> {
    const items: ItemRow[] = await m.query('SELECT * FROM plan_items WHERE project_id = $1 AND version = $2 ORDER BY key', [
      row.project_id,
      row.version,
    ]);
    return {
      sections: row.sections,
      currentStateSurvey: row.current_state_survey,
      fireLanes: row.fire_lanes,
      ageFriendly: row.age_friendly,
      elevatorPositionReserved: row.elevator_position_reserved,
      contributions: {
        residentSharePercent: row.resident_share_percent,
        residentsFen: row.residents_contribution_fen === null ? null : BigInt(row.residents_contribution_fen),
        socialCapitalFen: row.social_capital_fen === null ? null : BigInt(row.social_capital_fen),
      },
      items: items.map((i) => ({
        key: i.key,
        name: i.name,
        kind: i.kind,
        category: i.category,
        quantity: i.quantity,
        unit: i.unit,
        unitPriceFen: BigInt(i.unit_price_fen),
        budgetFen: BigInt(i.budget_fen),
        paidBy: i.paid_by,
        required: i.required,
        compoundId: i.compound_id,
      })),
    };
  }

  private async view(m: EntityManager, row: VersionRow): Promise<PlanView> {
    const content = await this.content(m, row);
    return {
      projectId: row.project_id,
      version: row.version,
      frozen: row.frozen,
      changeNote: row.change_note,
      adoptedObjections: row.adopted_objections,
      sections: content.sections,
      currentStateSurvey: content.currentStateSurvey,
      fireLanes: content.fireLanes,
      ageFriendly: content.ageFriendly,
      elevatorPositionReserved: content.elevatorPositionReserved,
      contributions: {
        residentSharePercent: content.contributions.residentSharePercent,
        residents: content.contributions.residentsFen === null ? null : centiToDecimal(content.contributions.residentsFen),
        socialCapital: content.contributions.socialCapitalFen === null ? null : centiToDecimal(content.contributions.socialCapitalFen),
      },
      items: content.items.map(({ unitPriceFen, budgetFen, ...rest }) => ({
        ...rest,
        unitPrice: centiToDecimal(unitPriceFen),
        budget: centiToDecimal(budgetFen),
      })),
      budget: centiToDecimal(planBudgetFen(content.items)),
      createdBy: row.created_by,
      createdAt: row.created_at,
    };
  }
}
