import { chinaDate, invalid, maskName, seesPersonalData, type Actor, type FieldError, type SiteConfirmation } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { appendAudit } from '../platform/audit.js';
import { Clock } from '../platform/clock.js';
import { PlanService } from './plan.service.js';
import { ProjectService } from './project.service.js';

export interface SiteConfirmationInput {
  /** The number of the signed site visa (现场签证单). */
  documentNumber: string;
  confirmedOn: string;
  /** Each with the covered compound they represent: in a project area, every compound is represented. */
  residentRepresentatives: { name: string; compoundId?: string }[];
  /** Every plan item with the quantity actually built, as decimal text. */
  items: { key: string; quantity: string }[];
}

interface ConfirmationRow {
  project_id: string;
  plan_version: number;
  document_number: string;
  confirmed_on: string;
  representatives: { name: string; compoundId: string }[];
  items: { key: string; quantity: string }[];
  recorded_by: string;
  recorded_at: Date;
}

const SELECT = `SELECT project_id, plan_version, document_number, to_char(confirmed_on, 'YYYY-MM-DD') AS confirmed_on,
  representatives, items, recorded_by, recorded_at FROM site_confirmations`;

/**
 * The written on-site confirmation of the work built (现场签证, Huitong): the project HQ, through its
 * PM, records the visa signed on site with the resident representatives, item by item against the
 * plan in force. COMPLETE_CONSTRUCTION needs it, with the plan's quantities, unless the content
 * changed through an approved change order.
 */
@Injectable()
export class SiteConfirmationService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly projects: ProjectService,
    private readonly plans: PlanService,
  ) {}

  async get(actor: Actor, projectId: string) {
    await this.projects.get(actor, projectId);
    const row = await this.row(this.db.manager, projectId);
    return row ? view(row, actor) : null;
  }

  /** Replaces the confirmation: one stands, the earlier ones are in the audit trail. */
  async record(actor: Actor, projectId: string, input: SiteConfirmationInput) {
    return this.db.transaction(async (m) => {
      await this.projects.lockIn(m, actor, projectId, ['CONSTRUCTION'], 'the quantities built are confirmed on site');
      const plan = await this.plans.latest(m, projectId);
      const keys = new Set(plan?.items.map((i) => i.key) ?? []);
      const covered = await this.projects.coverage(m, projectId);
      const errors: FieldError[] = [];
      const representatives = input.residentRepresentatives.map((r, i) => {
        const compoundId = r.compoundId ?? (covered.length === 1 ? covered[0]! : undefined);
        const field = `residentRepresentatives.${i}.compoundId`;
        if (!compoundId)
          errors.push({ field, code: 'COMPOUND_REQUIRED', message: 'the project covers several compounds: whose representative?' });
        else if (!covered.includes(compoundId))
          errors.push({ field, code: 'NOT_COVERED', message: 'the project does not cover this compound' });
        return { name: r.name, compoundId: compoundId! };
      });
      if (input.confirmedOn > chinaDate(this.clock.now())) {
        errors.push({ field: 'confirmedOn', code: 'IN_FUTURE', message: 'the visa is recorded once it is signed' });
      }
      const seen = new Set<string>();
      input.items.forEach((item, i) => {
        if (!keys.has(item.key)) {
          errors.push({
            field: `items.${i}.key`,
            code: 'NOT_IN_PLAN',
            message: `${item.key} is not an item of the plan: a new item is a change order`,
          });
        }
        if (seen.has(item.key)) errors.push({ field: `items.${i}.key`, code: 'DUPLICATE', message: `${item.key} is confirmed twice` });
        seen.add(item.key);
      });
      if (errors.length) throw invalid(errors);
      const now = this.clock.now();
      await m.query(
        `INSERT INTO site_confirmations (project_id, plan_version, document_number, confirmed_on, representatives, items, recorded_by, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (project_id) DO UPDATE SET plan_version = EXCLUDED.plan_version, document_number = EXCLUDED.document_number,
           confirmed_on = EXCLUDED.confirmed_on, representatives = EXCLUDED.representatives, items = EXCLUDED.items,
           recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at`,
        [
          projectId,
          plan!.version,
          input.documentNumber,
          input.confirmedOn,
          JSON.stringify(representatives),
          JSON.stringify(input.items),
          actor.userId,
          now,
        ],
      );
      await appendAudit(m, {
        actor,
        at: now,
        subjectType: 'site-confirmation',
        subjectId: projectId,
        projectId,
        action: 'site-confirmation.recorded',
        detail: {
          planVersion: plan!.version,
          documentNumber: input.documentNumber,
          items: input.items.length,
          representatives: input.residentRepresentatives.length,
        },
      });
      return view((await this.row(m, projectId))!, actor);
    });
  }

  /** What the COMPLETE_CONSTRUCTION guard reads. */
  async context(m: EntityManager, projectId: string): Promise<SiteConfirmation | null> {
    const row = await this.row(m, projectId);
    return row
      ? {
          planVersion: row.plan_version,
          items: row.items,
          representedCompounds: [...new Set(row.representatives.map((r) => r.compoundId))],
        }
      : null;
  }

  private async row(m: EntityManager, projectId: string): Promise<ConfirmationRow | null> {
    const [row]: ConfirmationRow[] = await m.query(`${SELECT} WHERE project_id = $1`, [projectId]);
    return row ?? null;
  }
}

function view(r: ConfirmationRow, actor: Actor) {
  const clear = seesPersonalData(actor.role);
  return {
    projectId: r.project_id,
    planVersion: r.plan_version,
    documentNumber: r.document_number,
    confirmedOn: r.confirmed_on,
    residentRepresentatives: r.representatives.map((p) => ({ ...p, name: clear ? p.name : maskName(p.name) })),
    items: r.items,
    recordedBy: r.recorded_by,
    recordedAt: r.recorded_at,
  };
}
