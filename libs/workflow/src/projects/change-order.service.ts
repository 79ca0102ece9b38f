import {
  changeOrderMachine,
  decide,
  DomainError,
  invalid,
  isEvent,
  type Actor,
  type ChangeOrderKind,
  type ChangeOrderState,
} from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { appendAudit } from '../platform/audit.js';
import { refusalError } from '../platform/refusal.js';
import { Clock } from '../platform/clock.js';
import { assertInScope } from '../platform/scope.js';
import { PlanService, type PlanItemInput } from './plan.service.js';
import { ProjectService } from './project.service.js';

/** A line of a change order: an item of the plan with its new quantity or price, or a new item. */
export type ChangeLine = Partial<Omit<PlanItemInput, 'key' | 'quantity'>> & { key: string; quantity: string };

export interface ChangeOrderInput {
  kind: ChangeOrderKind;
  title: string;
  reason: string;
  lines: ChangeLine[];
}

export interface ChangeEventInput {
  event: string;
  residentRepresentatives?: string[];
  parties?: string[];
  document?: string | null;
  reason?: string | null;
}

interface OrderRow {
  id: string;
  project_id: string;
  district_id: string;
  compound_id: string;
  kind: ChangeOrderKind;
  title: string;
  reason: string;
  lines: (Omit<ChangeLine, 'unitPriceFen'> & { unitPriceFen?: string })[];
  state: ChangeOrderState;
  resident_representatives: string[];
  parties: string[];
  site_document: string | null;
  budget_review: string | null;
  plan_version: number | null;
  created_by: string;
  created_at: Date;
  decided_at: Date | null;
}

/** Change orders (变更签证, Huitong): an approved one becomes a plan version tagged as a change. */
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
    const rows: OrderRow[] = await this.db.query('SELECT * FROM change_orders WHERE project_id = $1 ORDER BY created_at, id', [projectId]);
    return rows.map(view);
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
      const [row]: OrderRow[] = await m.query(
        `INSERT INTO change_orders (project_id, district_id, compound_id, kind, title, reason, lines, state, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'DRAFT', $8, $9) RETURNING *`,
        [
          projectId,
          project.districtId,
          project.compoundId,
          input.kind,
          input.title,
          input.reason,
          JSON.stringify(lines),
          actor.userId,
          now,
        ],
      );
      await appendAudit(m, {
        actor,
        at: now,
        subjectType: 'change-order',
        subjectId: row.id,
        projectId,
        action: 'change-order.created',
        toState: 'DRAFT',
        detail: { kind: input.kind, lines: lines.length },
      });
      return view(row);
    });
  }

  async fire(actor: Actor, orderId: string, input: ChangeEventInput) {
    if (!isEvent(changeOrderMachine, input.event)) throw new DomainError('MACHINE.UNKNOWN_EVENT', `unknown event ${input.event}`);
    const event = input.event;
    return this.db.transaction(async (m) => {
      const [order]: OrderRow[] = await m.query('SELECT * FROM change_orders WHERE id = $1 FOR UPDATE', [orderId]);
      assertInScope(actor, order ? { districtId: order.district_id, compoundId: order.compound_id } : null, 'write', 'change order');
      const now = this.clock.now();
      const document = input.document ?? null;
      const decision = decide(changeOrderMachine, {
        state: order.state,
        event,
        role: actor.role,
        now,
        context: {
          kind: order.kind,
          residentRepresentatives: input.residentRepresentatives?.filter((r) => r.trim()).length ?? 0,
          parties: input.parties ?? [],
          document: event === 'APPROVE' || event === 'REJECT' ? 'n/a' : document,
          reason: input.reason ?? null,
        },
      });
      if (!decision.ok) throw refusalError(decision, actor.role);
      let planVersion: number | null = null;
      if (decision.to === 'APPROVED') {
        const lines = order.lines.map((l) => ({ ...l, unitPriceFen: l.unitPriceFen === undefined ? undefined : BigInt(l.unitPriceFen) }));
        planVersion = await this.plans.changeVersion(m, actor, order.project_id, order.id, lines, `变更签证：${order.title}`);
      }
      await m.query(
        `UPDATE change_orders SET state = $2,
            resident_representatives = CASE WHEN $3::text[] IS NULL THEN resident_representatives ELSE $3 END,
            parties = CASE WHEN $4::text[] IS NULL THEN parties ELSE $4 END,
            site_document = CASE WHEN $5 = 'CONFIRM_ON_SITE' OR $5 = 'ARGUE' THEN $6 ELSE site_document END,
            budget_review = CASE WHEN $5 = 'REVIEW_BUDGET' THEN $6 ELSE budget_review END,
            plan_version = coalesce($7, plan_version),
            decided_at = CASE WHEN $2 IN ('APPROVED', 'REJECTED') THEN $8::timestamptz ELSE decided_at END
          WHERE id = $1`,
        [order.id, decision.to, input.residentRepresentatives ?? null, input.parties ?? null, event, document, planVersion, now],
      );
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
        detail: planVersion ? { planVersion } : {},
      });
      return view((await m.query('SELECT * FROM change_orders WHERE id = $1', [order.id]))[0]);
    });
  }
}

function view(r: OrderRow) {
  return {
    id: r.id,
    projectId: r.project_id,
    kind: r.kind,
    title: r.title,
    reason: r.reason,
    lines: r.lines,
    state: r.state,
    residentRepresentatives: r.resident_representatives,
    parties: r.parties,
    siteDocument: r.site_document,
    budgetReview: r.budget_review,
    planVersion: r.plan_version,
    createdBy: r.created_by,
    createdAt: r.created_at,
    decidedAt: r.decided_at,
  };
}
