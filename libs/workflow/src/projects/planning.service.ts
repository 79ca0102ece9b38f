import type { ProjectEntity } from '@app/db';
import { ADMISSION_ITEMS, DomainError, invalid, type Actor, type AdmissionItem, type FundingSource } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { centiToDecimal } from '../imports/tabular.js';
import { PracticeCatalog } from '../catalog/practice-catalog.service.js';
import { requireOwnersDecision } from '../consent/owners-decision.js';
import { appendAudit } from '../platform/audit.js';
import { Clock } from '../platform/clock.js';
import { ProjectService } from './project.service.js';

export interface FundingPlanInput {
  /** Yuan, as exact fen. */
  budgetFen: bigint;
  /** amount: committed; received: arrived so far (never more than committed). */
  sources: {
    source: FundingSource;
    amountFen: bigint;
    receivedFen?: bigint;
    note?: string | null;
    /** Social capital only: it comes in return for operating the compound's public space. */
    publicSpace?: boolean;
  }[];
}

export interface Planning {
  planYear: number | null;
  implementingEntity: string | null;
  /** Each covered compound's residents accept the conditions for themselves. */
  admission: { compoundId: string; item: AdmissionItem; basis: string; confirmedBy: string; confirmedAt: Date }[];
  /** The conditions some covered compound has not confirmed yet. */
  missingAdmissionItems: AdmissionItem[];
  /** Per covered compound, the conditions it has not confirmed. */
  missingByCompound: { compoundId: string; items: AdmissionItem[] }[];
  funding: {
    budget: string;
    raised: string;
    gap: string;
    received: string;
    /** The budget of the current plan version, when there is one: the one account (一本账) follows the plan. */
    planBudget: string | null;
    planGap: string | null;
    /** Items residents pay for (windows, elevators, after-meter work) against what residents committed. */
    residentsItems: string | null;
    residentsCommitted: string;
    sources: {
      source: string;
      amount: string;
      received: string;
      note: string | null;
      publicSpace: boolean | null;
      /** The round in which the owners entrusted public space to this social capital. */
      consentRoundId: string | null;
    }[];
  } | null;
}

/** What carries a project from application to design: the annual plan, its admission conditions, who builds it and with what money. */
@Injectable()
export class PlanningService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly projects: ProjectService,
    private readonly practices: PracticeCatalog,
  ) {}

  async get(actor: Actor, projectId: string): Promise<Planning> {
    await this.projects.get(actor, projectId);
    return this.read(this.db.manager, projectId);
  }

  async setPlanYear(actor: Actor, projectId: string, planYear: number): Promise<Planning> {
    const thisYear = this.clock.now().getUTCFullYear();
    if (planYear < thisYear - 1 || planYear > thisYear + 5) {
      throw invalid([
        { field: 'planYear', code: 'OUT_OF_RANGE', message: `plan year must be between ${thisYear - 1} and ${thisYear + 5}` },
      ]);
    }
    return this.write(actor, projectId, 'planning.plan-year-set', { planYear }, (m) =>
      m.query(
        `INSERT INTO project_admissions (project_id, plan_year, updated_by) VALUES ($1, $2, $3)
         ON CONFLICT (project_id) DO UPDATE SET plan_year = EXCLUDED.plan_year, updated_by = EXCLUDED.updated_by, updated_at = now()`,
        [projectId, planYear, actor.userId],
      ),
    );
  }

  async setImplementingEntity(actor: Actor, projectId: string, name: string): Promise<Planning> {
    return this.write(actor, projectId, 'planning.implementing-entity-set', {}, (m) =>
      m.query(
        `INSERT INTO project_admissions (project_id, implementing_entity, updated_by) VALUES ($1, $2, $3)
         ON CONFLICT (project_id) DO UPDATE SET implementing_entity = EXCLUDED.implementing_entity, updated_by = EXCLUDED.updated_by, updated_at = now()`,
        [projectId, name, actor.userId],
      ),
    );
  }

  /** Records that a covered compound's residents accepted an admission condition, on what basis, and who confirmed it. */
  async confirmAdmission(actor: Actor, projectId: string, item: AdmissionItem, basis: string, compoundId?: string): Promise<Planning> {
    return this.write(actor, projectId, 'planning.admission-confirmed', { item }, async (m, project) => {
      const compound = await this.projects.compoundFor(m, actor, project, compoundId);
      await m.query(
        `INSERT INTO admission_confirmations (project_id, compound_id, item, basis, confirmed_by, confirmed_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (project_id, compound_id, item) DO UPDATE SET basis = EXCLUDED.basis, confirmed_by = EXCLUDED.confirmed_by, confirmed_at = EXCLUDED.confirmed_at`,
        [projectId, compound, item, basis, actor.userId, this.clock.now()],
      );
    });
  }

  async setFundingPlan(actor: Actor, projectId: string, input: FundingPlanInput): Promise<Planning> {
    const seen = new Set<string>();
    const dupes = input.sources.filter((s) => seen.size === seen.add(s.source).size);
    if (dupes.length) throw invalid(dupes.map((d) => ({ field: 'sources', code: 'DUPLICATE', message: `${d.source} is listed twice` })));
    const overReceived = input.sources.filter((s) => (s.receivedFen ?? 0n) > s.amountFen);
    if (overReceived.length) {
      throw invalid(
        overReceived.map((o) => ({
          field: 'sources',
          code: 'RECEIVED_EXCEEDS_COMMITTED',
          message: `${o.source}: more received than committed`,
        })),
      );
    }
    const publicSpace = input.sources.flatMap((s) =>
      s.source === 'SOCIAL_CAPITAL'
        ? s.publicSpace === undefined
          ? [{ field: 'sources', code: 'PUBLIC_SPACE_UNSTATED', message: 'SOCIAL_CAPITAL states whether it comes for public space' }]
          : []
        : s.publicSpace === undefined
          ? []
          : [
              {
                field: 'sources',
                code: 'NOT_SOCIAL_CAPITAL',
                message: `${s.source} does not come for public space; only SOCIAL_CAPITAL does`,
              },
            ],
    );
    if (publicSpace.length) throw invalid(publicSpace);
    const detail: Record<string, unknown> = { sources: input.sources.length };
    return this.write(actor, projectId, 'planning.funding-plan-set', detail, async (m) => {
      // Entrusting public space to social capital is a major matter for the owners (Civil Code art. 278, item 8).
      const decided = input.sources.some((s) => s.publicSpace)
        ? await requireOwnersDecision(m, this.practices, projectId, 'PUBLIC_SPACE_OPERATION')
        : null;
      if (decided) Object.assign(detail, decided.detail);
      const roundId = decided?.roundId ?? null;
      await m.query(
        `INSERT INTO funding_plans (project_id, budget_fen, updated_by) VALUES ($1, $2, $3)
         ON CONFLICT (project_id) DO UPDATE SET budget_fen = EXCLUDED.budget_fen, updated_by = EXCLUDED.updated_by, updated_at = now()`,
        [projectId, input.budgetFen.toString(), actor.userId],
      );
      await m.query('DELETE FROM funding_sources WHERE project_id = $1', [projectId]);
      for (const s of input.sources) {
        await m.query(
          `INSERT INTO funding_sources (project_id, source, amount_fen, received_fen, note, public_space, consent_round_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [
            projectId,
            s.source,
            s.amountFen.toString(),
            (s.receivedFen ?? 0n).toString(),
            s.note ?? null,
            s.publicSpace ?? null,
            s.publicSpace ? roundId : null,
          ],
        );
      }
    });
  }

  private async write(
    actor: Actor,
    projectId: string,
    action: string,
    detail: Record<string, unknown>,
    change: (m: EntityManager, project: ProjectEntity) => Promise<unknown>,
  ): Promise<Planning> {
    return this.db.transaction(async (m) => {
      const project = await this.projects.find(m, actor, projectId, true);
      if (project.state === 'CLOSED' || project.state === 'CANCELLED')
        throw new DomainError('PROJECT.WRONG_STAGE', `project is ${project.state}`);
      await change(m, project);
      await appendAudit(m, { actor, at: this.clock.now(), subjectType: 'project', subjectId: projectId, projectId, action, detail });
      return this.read(m, projectId);
    });
  }

  private async read(m: EntityManager, projectId: string): Promise<Planning> {
    const [a]: { plan_year: number | null; implementing_entity: string | null }[] = await m.query(
      'SELECT plan_year, implementing_entity FROM project_admissions WHERE project_id = $1',
      [projectId],
    );
    const items: { compound_id: string; item: AdmissionItem; basis: string; confirmed_by: string; confirmed_at: Date }[] = await m.query(
      'SELECT compound_id, item, basis, confirmed_by, confirmed_at FROM admission_confirmations WHERE project_id = $1 ORDER BY item, compound_id',
      [projectId],
    );
    const missingByCompound = (await this.projects.coverage(m, projectId))
      .map((compoundId) => ({
        compoundId,
        items: ADMISSION_ITEMS.filter((i) => !items.some((x) => x.compound_id === compoundId && x.item === i)),
      }))
      .filter((x) => x.items.length > 0);
    const [plan]: { budget_fen: string }[] = await m.query('SELECT budget_fen FROM funding_plans WHERE project_id = $1', [projectId]);
    const sources: {
      source: string;
      amount_fen: string;
      received_fen: string;
      note: string | null;
      public_space: boolean | null;
      consent_round_id: string | null;
    }[] = plan
      ? await m.query(
          'SELECT source, amount_fen, received_fen, note, public_space, consent_round_id FROM funding_sources WHERE project_id = $1 ORDER BY source',
          [projectId],
        )
      : [];
    const raised = sources.reduce((sum, s) => sum + BigInt(s.amount_fen), 0n);
    const received = sources.reduce((sum, s) => sum + BigInt(s.received_fen), 0n);
    const budget = plan ? BigInt(plan.budget_fen) : 0n;
    const [planItems]: { total: string | null; residents: string | null }[] = await m.query(
      `SELECT sum(budget_fen) AS total, sum(budget_fen) FILTER (WHERE paid_by = 'RESIDENTS') AS residents FROM plan_items
        WHERE project_id = $1 AND version = (SELECT max(version) FROM plan_versions WHERE project_id = $1)`,
      [projectId],
    );
    const planBudget = planItems?.total == null ? null : BigInt(planItems.total);
    const residentsCommitted = BigInt(sources.find((s) => s.source === 'RESIDENTS')?.amount_fen ?? '0');
    const positive = (x: bigint) => centiToDecimal(x > 0n ? x : 0n);
    return {
      planYear: a?.plan_year ?? null,
      implementingEntity: a?.implementing_entity ?? null,
      admission: items.map((i) => ({
        compoundId: i.compound_id,
        item: i.item,
        basis: i.basis,
        confirmedBy: i.confirmed_by,
        confirmedAt: i.confirmed_at,
      })),
      missingAdmissionItems: ADMISSION_ITEMS.filter((i) => missingByCompound.some((x) => x.items.includes(i))),
      missingByCompound,
      funding: plan
        ? {
            budget: centiToDecimal(budget),
            raised: centiToDecimal(raised),
            gap: positive(budget - raised),
            received: centiToDecimal(received),
            planBudget: planBudget === null ? null : centiToDecimal(planBudget),
            planGap: planBudget === null ? null : positive(planBudget - raised),
            residentsItems: planBudget === null ? null : centiToDecimal(BigInt(planItems.residents ?? '0')),
            residentsCommitted: centiToDecimal(residentsCommitted),
            sources: sources.map((s) => ({
              source: s.source,
              amount: centiToDecimal(BigInt(s.amount_fen)),
              received: centiToDecimal(BigInt(s.received_fen)),
              note: s.note,
              publicSpace: s.public_space,
              consentRoundId: s.consent_round_id,
            })),
          }
        : null,
    };
  }
}
