import {
  changeOrderMachine,
  decide,
  DomainError,
  invalid,
  isEvent,
  maskName,
  seesPersonalData,
  type Actor,
  type ChangeOrderState,
  type GovernmentDecision,
} from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { appendAudit } from '../platform/audit.js';
import { refusalError } from '../platform/refusal.js';
import { Clock } from '../platform/clock.js';
import { assertInScope } from '../platform/scope.js';
import { PlanService, type PlanItemInput } from './plan.service.js';
import { ProjectService } from './project.service.js';

/** A line of a change order: an item of the plan with its new quantity or price, or a new item. */
export type ChangeLine = Partial<Omit<PlanItemInput, 'key' | 'quantity'>> & { key: string; quantity: string };

export interface ChangeOrderInput {
  title: string;
  reason: string;
  lines: ChangeLine[];
}

export interface ChangeEventInput {
  event: string;
  /** ARGUE */
  parties?: string[];
  opinion?: string | null;
  meetingDecision?: string | null;
  /** REVIEW_BUDGET */
  financeReview?: string | null;
  /** APPROVE, or REJECT after the budget review */
  decision?: GovernmentDecision | null;
  reason?: string | null;
}

/** What the former minor-order route left on an order (see the migration that ended it). */
interface Legacy {
  kind: 'MINOR' | 'MAJOR';
  state: string;
  siteDocument?: string;
  residentRepresentatives?: string[];
  approvedWithoutGovernment?: boolean;
}

interface OrderRow {
  id: string;
  project_id: string;
  district_id: string;
  compound_id: string;
  title: string;
  reason: string;
  lines: (Omit<ChangeLine, 'unitPriceFen'> & { unitPriceFen?: string })[];
  state: ChangeOrderState;
  parties: string[];
  opinion_document: string | null;
  meeting_decision: string | null;
  budget_review: string | null;
  budget_reviewed_at: Date | null;
  approval_authority: string | null;
  approval_document: string | null;
  approval_date: string | null;
  approval_recorded_by: string | null;
  plan_version: number | null;
  legacy: Legacy | null;
  created_by: string;
  created_at: Date;
  decided_at: Date | null;
}

/**
 * Change orders (变更签证, Huitong): argued by the five parties, budget-reviewed by finance and
 * decided by the county (district) government, whose decision a supervisor records with its
 * document; an approved one becomes a plan version tagged as a change.
 */
@Injectable()
export class ChangeOrderService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly projects: ProjectService,
    private readonly plans: PlanService,
  ) {}

  async list(actor: Actor, projectId: string) {
    await this.projects.get(actor, projectId);
    const rows: OrderRow[] = await this.db.query(`${SELECT_ORDER} WHERE project_id = $1 ORDER BY created_at, id`, [projectId]);
    return rows.map((r) => view(r, actor));
  }

  async create(actor: Actor, projectId: string, input: ChangeOrderInput) {
    return this.db.transaction(async (m) => {
      const project = await this.projects.lockIn(m, actor, projectId, ['CONSTRUCTION'], 'change orders are raised');
      const plan = await this.plans.latest(m, projectId);
      const known = new Map((plan?.items ?? []).map((i) => [i.key, i]));
      const errors = input.lines.flatMap((l, i) =>
        !known.has(l.key) && (!l.name || !l.category || !l.unit || !l.paidBy || l.unitPriceFen === undefined)
          ? [
              {
                field: `lines.${i}`,
                code: 'NEW_ITEM_INCOMPLETE',
                message: `${l.key} is a new item: give its name, category, unit, unit price and payer`,
              },
            ]
          : [],
      );
      if (errors.length) throw invalid(errors);
      const lines = input.lines.map((l) => ({ ...l, unitPriceFen: (l.unitPriceFen ?? known.get(l.key)!.unitPriceFen).toString() }));
      const now = this.clock.now();
      const [row]: { id: string }[] = await m.query(
        `INSERT INTO change_orders (project_id, district_id, compound_id, title, reason, lines, state, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'DRAFT', $7, $8) RETURNING id`,
        [projectId, project.districtId, project.compoundId, input.title, input.reason, JSON.stringify(lines), actor.userId, now],
      );
      await appendAudit(m, {
        actor,
        at: now,
        subjectType: 'change-order',
        subjectId: row.id,
        projectId,
        action: 'change-order.created',
        toState: 'DRAFT',
        detail: { lines: lines.length },
      });
      return view(await this.row(m, row.id), actor);
    });
  }

  async fire(actor: Actor, orderId: string, input: ChangeEventInput) {
    if (!isEvent(changeOrderMachine, input.event)) throw new DomainError('MACHINE.UNKNOWN_EVENT', `unknown event ${input.event}`);
    const event = input.event;
    return this.db.transaction(async (m) => {
      const [order]: OrderRow[] = await m.query(`${SELECT_ORDER} WHERE id = $1 FOR UPDATE`, [orderId]);
      assertInScope(actor, order ? { districtId: order.district_id, compoundId: order.compound_id } : null, 'change order');
      const now = this.clock.now();
      const decision = decide(changeOrderMachine, {
        state: order.state,
        event,
        role: actor.role,
        now,
        context: {
          parties: input.parties ?? [],
          opinion: input.opinion ?? null,
          meetingDecision: input.meetingDecision ?? null,
          financeReview: input.financeReview ?? null,
          budgetReviewedAt: order.budget_reviewed_at,
          decision: input.decision ?? null,
          reason: input.reason ?? null,
        },
      });
      if (!decision.ok) throw refusalError(decision, actor.role);
      const byGovernment = decision.from === 'BUDGET_REVIEWED';
      let planVersion: number | null = null;
      if (decision.to === 'APPROVED') {
        const lines = order.lines.map((l) => ({ ...l, unitPriceFen: l.unitPriceFen === undefined ? undefined : BigInt(l.unitPriceFen) }));
        planVersion = await this.plans.changeVersion(m, actor, order.project_id, order.id, lines, `变更签证：${order.title}`);
      }
      // Each step writes only what it is judged on.
      const set: Record<string, unknown> = { state: decision.to, plan_version: planVersion ?? order.plan_version };
      if (event === 'ARGUE')
        Object.assign(set, { parties: input.parties, opinion_document: input.opinion, meeting_decision: input.meetingDecision });
      if (event === 'REVIEW_BUDGET') Object.assign(set, { budget_review: input.financeReview, budget_reviewed_at: now });
      if (byGovernment) {
        Object.assign(set, {
          approval_authority: input.decision!.authority,
          approval_document: input.decision!.documentNumber,
          approval_date: input.decision!.decidedOn,
          approval_recorded_by: actor.userId,
        });
      }
      if (decision.to === 'APPROVED' || decision.to === 'REJECTED') set.decided_at = now;
      const columns = Object.keys(set);
      await m.query(`UPDATE change_orders SET ${columns.map((c, i) => `${c} = $${i + 2}`).join(', ')} WHERE id = $1`, [
        order.id,
        ...columns.map((c) => set[c]),
      ]);
      await appendAudit(m, {
        actor,
        at: now,
        subjectType: 'change-order',
        subjectId: order.id,
        projectId: order.project_id,
        action: `change-order.${event}`,
        fromState: decision.from,
        toState: decision.to,
        reason: input.reason ?? null,
        detail: {
          ...(planVersion && { planVersion }),
          ...(byGovernment && { authority: input.decision!.authority, documentNumber: input.decision!.documentNumber }),
        },
      });
      return view(await this.row(m, order.id), actor);
    });
  }

  private async row(m: EntityManager, id: string): Promise<OrderRow> {
    const [row]: OrderRow[] = await m.query(`${SELECT_ORDER} WHERE id = $1`, [id]);
    return row!;
  }
}

/** The government's date as written on its document, not turned into an instant (the later column wins). */
const SELECT_ORDER = `SELECT *, to_char(approval_date, 'YYYY-MM-DD') AS approval_date FROM change_orders`;

function view(r: OrderRow, actor: Actor) {
  const clear = seesPersonalData(actor.role);
  const legacy = r.legacy && {
    ...r.legacy,
    residentRepresentatives: r.legacy.residentRepresentatives?.map((n) => (clear ? n : maskName(n))),
  };
  return {
    id: r.id,
    projectId: r.project_id,
    title: r.title,
    reason: r.reason,
    lines: r.lines,
    state: r.state,
    parties: r.parties,
    opinion: r.opinion_document,
    meetingDecision: r.meeting_decision,
    financeReview: r.budget_review,
    budgetReviewedAt: r.budget_reviewed_at,
    decision: r.approval_document && {
      authority: r.approval_authority,
      documentNumber: r.approval_document,
      decidedOn: r.approval_date,
      recordedBy: r.approval_recorded_by,
    },
    planVersion: r.plan_version,
    legacy,
    createdBy: r.created_by,
    createdAt: r.created_at,
    decidedAt: r.decided_at,
  };
}
