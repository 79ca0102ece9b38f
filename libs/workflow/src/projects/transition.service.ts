import { AuditEntryEntity, CompoundEntity, GovernanceBodyEntity, ProjectEntity, ProjectSurveyEntity } from '@app/db';
import {
  decide,
  DomainError,
  evaluateGuards,
  eventsFrom,
  isEvent,
  lifecycleMachine,
  PROJECT_EVENTS,
  type Actor,
  PENDING_CHANGE_STATES,
  type AdmissionItem,
  type CompoundContext,
  type LifecycleContext,
  type ProjectEvent,
} from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { PracticeCatalog, type GuardReport } from '../catalog/practice-catalog.service.js';
import { appendAudit } from '../platform/audit.js';
import { refusalError } from '../platform/refusal.js';
import { Clock } from '../platform/clock.js';
import { LocalSettingsService } from '../platform/local-settings.service.js';
import { AcceptanceService } from './acceptance.service.js';
import { ArchiveService } from './archive.service.js';
import { LongTermService } from './long-term.service.js';
import { PlanService } from './plan.service.js';
import { ReviewService } from './review.service.js';
import { SupervisionService } from './supervision.service.js';
import { ProjectService } from './project.service.js';
import { SiteConfirmationService } from './site-confirmation.service.js';

export interface EventOption {
  event: ProjectEvent;
  to: string;
  label: { zh: string; en: string };
  /** Whether the caller's role may fire it at all. */
  permitted: boolean;
  /** Whether it would succeed now: permitted and every guard passes. */
  ready: boolean;
  guards: GuardReport[];
}

export interface FireInput {
  event: string;
  reason?: string | null;
  /** The version the client acted on; a newer project refuses with 409. */
  expectedVersion?: number;
}

@Injectable()
export class TransitionService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly projects: ProjectService,
    private readonly catalog: PracticeCatalog,
    private readonly plans: PlanService,
    private readonly reviews: ReviewService,
    private readonly supervision: SupervisionService,
    private readonly acceptance: AcceptanceService,
    private readonly archive: ArchiveService,
    private readonly longTerm: LongTermService,
    private readonly siteConfirmations: SiteConfirmationService,
    private readonly settings: LocalSettingsService,
  ) {}

  /** What the caller could do next, and exactly what stands in the way. */
  async options(actor: Actor, projectId: string): Promise<{ state: string; version: number; events: EventOption[] }> {
    const project = await this.projects.get(actor, projectId);
    const context = await this.context(this.db.manager, project, null);
    const now = this.clock.now();
    const events = eventsFrom(lifecycleMachine, project.state).map((event) => {
      const def = lifecycleMachine.transitions[project.state]![event]!;
      const guards = evaluateGuards(lifecycleMachine, def, context, now);
      const permitted = def.roles.includes(actor.role);
      const to = def.to === '$previous' ? (project.resumeState ?? project.state) : def.to;
      return { event, to, label: def.label, permitted, ready: permitted && guards.every((g) => g.ok), guards };
    });
    const annotated = await this.catalog.annotate(events.map((e) => e.guards));
    events.forEach((e, i) => (e.guards = annotated[i]!));
    return { state: project.state, version: project.version, events };
  }

  /**
   * One transaction: lock the row, judge the event on fresh data, move the state and append the
   * audit entry. A concurrent request waits for the lock and is then judged against the new state.
   */
  async fire(actor: Actor, projectId: string, input: FireInput): Promise<{ project: ProjectEntity; entry: AuditEntryEntity }> {
    if (!isEvent(lifecycleMachine, input.event)) {
      throw new DomainError('MACHINE.UNKNOWN_EVENT', `unknown event ${input.event}`, { known: PROJECT_EVENTS });
    }
    const event = input.event;
    const reason = input.reason?.trim() || null;
    const outcome = await this.db.transaction(async (m) => {
      const project = await this.projects.find(m, actor, projectId, true);
      if (input.expectedVersion !== undefined && input.expectedVersion !== project.version) {
        throw new DomainError('MACHINE.CONCURRENT_CHANGE', `project is at version ${project.version}, not ${input.expectedVersion}`, {
          state: project.state,
          version: project.version,
        });
      }
      const context = await this.context(m, project, reason);
      const now = this.clock.now();
      const decision = decide(lifecycleMachine, {
        state: project.state,
        previous: project.resumeState,
        event,
        role: actor.role,
        context,
        now,
      });
      if (!decision.ok) return { ok: false as const, refusal: decision };

      // What an event does besides moving the state, in the same transaction.
      switch (event) {
        case 'SUBMIT_FOR_REVIEW':
          await this.reviews.open(m, project.id, project.districtId, context.plan!.version, now);
          break;
        case 'PASS_REVIEW':
          await this.reviews.close(m, project.id, 'PASSED', now);
          break;
        case 'REJECT_REVIEW':
          await this.reviews.close(m, project.id, 'REJECTED', now);
          break;
        case 'COMPLETE_CONSTRUCTION':
          await this.acceptance.open(m, project.id, project.districtId, now);
          break;
        case 'PASS_ACCEPTANCE':
          await this.acceptance.close(m, project.id, 'PASSED', null, now);
          await this.archive.collectIn(m, actor, project.id, now);
          await this.longTerm.scheduleRevisits(m, project.id, now);
          break;
        case 'FAIL_ACCEPTANCE':
          await this.acceptance.close(m, project.id, 'FAILED', reason, now);
          break;
      }
      if (decision.to === 'CLOSED' || decision.to === 'CANCELLED') await this.projects.release(m, project.id, now);
      if (decision.to === 'CONSTRUCTION') await this.supervision.startSchedule(m, project, now);
      else if (project.state === 'CONSTRUCTION') await this.supervision.pauseSchedule(m, project.id, now);
      const resumeState = decision.to === 'ON_HOLD' ? project.state : null;
      await m.update(ProjectEntity, { id: project.id }, { state: decision.to, resumeState, version: project.version + 1, updatedAt: now });
      await appendAudit(m, {
        actor,
        at: now,
        subjectType: 'project',
        subjectId: project.id,
        projectId: project.id,
        action: event,
        fromState: decision.from,
        toState: decision.to,
        reason,
        guardResults: decision.guards,
        detail: rulesRead(decision.guards, context.rules),
      });
      const entry = await m.findOneOrFail(AuditEntryEntity, { where: { projectId: project.id }, order: { id: 'DESC' } });
      return { ok: true as const, project: await m.findOneByOrFail(ProjectEntity, { id: project.id }), entry };
    });

    if (outcome.ok) return { project: outcome.project, entry: outcome.entry };
    const refusal = outcome.refusal;
    const failing = refusal.reason === 'GUARD_FAILED' ? refusal.guards.filter((g) => !g.ok) : [];
    const [annotated] = await this.catalog.annotate([failing]);
    throw refusalError(refusal, actor.role, () => annotated!);
  }

  async history(
    actor: Actor,
    projectId: string,
    page: { limit: number; offset: number },
  ): Promise<{ items: AuditEntryEntity[]; total: number }> {
    await this.projects.get(actor, projectId);
    const [items, total] = await this.db.getRepository(AuditEntryEntity).findAndCount({
      where: { projectId },
      order: { id: 'ASC' },
      take: page.limit,
      skip: page.offset,
    });
    return { items, total };
  }

  /** Everything the guards read, loaded in the caller's transaction. */
  private async context(m: EntityManager, project: ProjectEntity, reason: string | null): Promise<LifecycleContext> {
    // One connection inside a transaction: the queries run one after another.
    const compounds = await this.compounds(m, project);
    const [admission]: { plan_year: number | null; implementing_entity: string | null }[] = await m.query(
      'SELECT plan_year, implementing_entity FROM project_admissions WHERE project_id = $1',
      [project.id],
    );
    const [funding]: { budget_fen: string; sources: number; raised_fen: string; residents_fen: string; social_fen: string }[] =
      await m.query(
        `SELECT f.budget_fen, count(s.source)::int AS sources, coalesce(sum(s.amount_fen), 0) AS raised_fen,
              coalesce(sum(s.amount_fen) FILTER (WHERE s.source = 'RESIDENTS'), 0) AS residents_fen,
              coalesce(sum(s.amount_fen) FILTER (WHERE s.source = 'SOCIAL_CAPITAL'), 0) AS social_fen
         FROM funding_plans f LEFT JOIN funding_sources s ON s.project_id = f.project_id
        WHERE f.project_id = $1 GROUP BY f.project_id, f.budget_fen`,
        [project.id],
      );
    const plan = await this.plans.latest(m, project.id);
    const [accepted]: { items: { key: string; percent: number }[] }[] = await m.query(
      `SELECT items FROM progress_reports WHERE project_id = $1 AND state = 'ACCEPTED' ORDER BY seq DESC LIMIT 1`,
      [project.id],
    );
    const [{ openComplaints }]: { openComplaints: number }[] = await m.query(
      `SELECT count(*)::int AS "openComplaints" FROM complaints WHERE project_id = $1 AND state <> 'CLOSED'`,
      [project.id],
    );
    const [{ pendingChangeOrders, approvedChangeOrders }]: { pendingChangeOrders: number; approvedChangeOrders: number }[] = await m.query(
      `SELECT count(*) FILTER (WHERE state = ANY($2))::int AS "pendingChangeOrders",
              count(*) FILTER (WHERE state = 'APPROVED')::int AS "approvedChangeOrders"
         FROM change_orders WHERE project_id = $1`,
      [project.id, PENDING_CHANGE_STATES],
    );
    const [{ openFindings }]: { openFindings: number }[] = await m.query(
      `SELECT count(*)::int AS "openFindings" FROM findings WHERE project_id = $1 AND state <> 'CLOSED'`,
      [project.id],
    );
    const [{ rectificationUnreported }]: { rectificationUnreported: boolean }[] = await m.query(
      `SELECT coalesce((SELECT f.state = 'FAILED' AND NOT EXISTS (
                SELECT 1 FROM progress_reports r WHERE r.project_id = f.project_id AND r.state = 'ACCEPTED' AND r.audited_at > f.closed_at)
              FROM acceptance_forms f WHERE f.project_id = $1 ORDER BY f.opened_at DESC, f.id LIMIT 1), false) AS "rectificationUnreported"`,
      [project.id],
    );
    const review = await this.reviews.latest(m, project.id);
    const [{ permitCount }]: { permitCount: number }[] = await m.query(
      'SELECT count(*)::int AS "permitCount" FROM permits WHERE project_id = $1',
      [project.id],
    );
    const [exemption]: { bases: string[] }[] = await m.query('SELECT bases FROM permit_exemptions WHERE project_id = $1', [project.id]);
    const [team]: { contractor: string; supervision_company: string; volunteers: number }[] = await m.query(
      'SELECT contractor, supervision_company, jsonb_array_length(volunteer_supervisors) AS volunteers FROM construction_teams WHERE project_id = $1',
      [project.id],
    );
    const acceptance = await this.acceptance.context(m, project.id);
    return {
      // Satisfaction counts only while an acceptance is open, from the rounds closed during it.
      compounds: compounds.map((k) => ({ ...k, satisfaction: acceptance?.satisfaction.get(k.id) ?? null })),
      admission: {
        planYear: admission?.plan_year ?? null,
        implementingEntity: admission?.implementing_entity ?? null,
      },
      funding: funding
        ? {
            budgetFen: BigInt(funding.budget_fen),
            sources: funding.sources,
            raisedFen: BigInt(funding.raised_fen),
            residentsFen: BigInt(funding.residents_fen),
            socialCapitalFen: BigInt(funding.social_fen),
          }
        : null,
      plan,
      review: review && {
        state: review.state,
        reviewers: review.reviewers,
        opinions: review.opinions.map((o) => ({
          reviewer: o.reviewer,
          opinion: o.opinion,
          conditions: o.conditions.map((k) => ({ acknowledged: k.acknowledgedBy !== null })),
        })),
      },
      lastRejectedVersion: await this.reviews.lastRejectedVersion(m, project.id),
      permits: { count: permitCount, exemptionBases: exemption?.bases ?? [] },
      acceptance: acceptance && { parties: acceptance.parties, signatures: acceptance.signatures },
      archive: await this.archive.context(m, project.id),
      longTerm: await this.longTerm.context(m, project.id),
      construction: {
        acceptedItems: accepted?.items ?? null,
        planItems: plan?.items.map((i) => i.key) ?? [],
        openFindings,
        pendingChangeOrders,
        approvedChangeOrders,
        siteConfirmation: await this.siteConfirmations.context(m, project.id),
        openComplaints,
        rectificationUnreported,
      },
      rules: await this.settings.rules(m, project.districtId),
      team: team ? { contractor: team.contractor, supervisionCompany: team.supervision_company, volunteers: team.volunteers } : null,
      request: { reason },
    };
  }

  /** The covered compounds with what each one's residents did in the project, the lead first. */
  private async compounds(m: EntityManager, project: ProjectEntity): Promise<Omit<CompoundContext, 'satisfaction'>[]> {
    const ids = await this.projects.coverage(m, project.id);
    const compounds = await m.findBy(CompoundEntity, { id: In(ids) });
    const surveys = await m.findBy(ProjectSurveyEntity, { projectId: project.id });
    const bodies = await m.findBy(GovernanceBodyEntity, { projectId: project.id });
    const rounds: {
      compound_id: string;
      subject: string;
      state: string;
      result: 'PASSED' | 'FAILED' | null;
      plan_version: number | null;
    }[] = await m.query(
      `SELECT compound_id, subject, state, result, plan_version FROM consultation_rounds
          WHERE project_id = $1 AND subject IN ('WILLINGNESS', 'PLAN') AND void_reason IS NULL ORDER BY created_at, id`,
      [project.id],
    );
    const unanswered: { compound_id: string; n: number }[] = await m.query(
      `SELECT r.compound_id, count(*)::int AS n FROM objections o JOIN consultation_rounds r ON r.id = o.round_id
        WHERE r.project_id = $1 AND r.subject = 'PLAN' AND o.response IS NULL GROUP BY r.compound_id`,
      [project.id],
    );
    const confirmed: { compound_id: string; item: AdmissionItem }[] = await m.query(
      'SELECT compound_id, item FROM admission_confirmations WHERE project_id = $1',
      [project.id],
    );
    return ids.map((id) => {
      const c = compounds.find((x) => x.id === id)!;
      const survey = surveys.find((x) => x.compoundId === id);
      const mine = rounds.filter((r) => r.compound_id === id);
      return {
        id,
        name: c.name,
        buildYear: c.buildYear,
        buildings: c.buildings,
        households: c.households,
        floorArea: c.floorArea,
        inShantytownPlan: c.inShantytownPlan,
        eligibilityException: c.eligibilityException,
        survey: survey
          ? {
              baseDataRecorded: survey.baseData !== null,
              assetsRecorded: survey.assets !== null,
              willingnessRecorded: survey.willingness !== null,
            }
          : null,
        bodies: bodies
          .filter((b) => b.compoundId === id)
          .map((b) => ({ kind: b.kind, members: b.members.length, residentMembers: b.members.filter((mb) => mb.resident).length })),
        willingnessRounds: mine.filter((r) => r.subject === 'WILLINGNESS').map((r) => ({ state: r.state, result: r.result })),
        planRounds: mine
          .filter((r) => r.subject === 'PLAN' && r.state !== 'CANCELLED')
          .map((r) => ({ state: r.state, result: r.result, planVersion: r.plan_version })),
        unansweredObjections: unanswered.find((u) => u.compound_id === id)?.n ?? 0,
        admissionConfirmed: confirmed.filter((x) => x.compound_id === id).map((x) => x.item),
      };
    });
  }
}

/** The local rules the event's guards judged by, so that the trail keeps the values of the moment. */
const RULE_OF_GUARD: Partial<Record<string, keyof LifecycleContext['rules']>> = {
  councilSize: 'councilMembers',
  volunteersAppointed: 'volunteerSupervisors',
};
function rulesRead(guards: { guard: string }[], rules: LifecycleContext['rules']): Record<string, unknown> {
  const read = guards.flatMap((g) => (RULE_OF_GUARD[g.guard] ? [RULE_OF_GUARD[g.guard]!] : []));
  return read.length ? { rules: Object.fromEntries(read.map((k) => [k, rules[k]])) } : {};
}
