import {
  CompoundEntity,
  DistrictEntity,
  GovernanceBodyEntity,
  ProjectEntity,
  ProjectSurveyEntity,
  type BodyMember,
  type SurveyAssets,
  type SurveyBaseData,
  type SurveyWillingness,
} from '@app/db';
import {
  badRequest,
  DomainError,
  inScope,
  invalid,
  maskName,
  notFound,
  seesPersonalData,
  type Actor,
  type BodyKind,
  type ErrorCode,
  type FieldError,
  type Place,
  type ProjectState,
} from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { RuleProfileCatalog } from '../consent/rule-profile.catalog.js';
import { CompoundService } from '../places/compound.service.js';
import { LocalSettingsService } from '../platform/local-settings.service.js';
import { appendAudit } from '../platform/audit.js';
import { onUniqueViolation } from '../platform/unique.js';
import { Clock } from '../platform/clock.js';
import { overdueComplaint, overdueFinding, overdueReport, UNRESOLVED, UNRESOLVING_EVENTS } from '../reports/district-figures.js';
import { assertInScope, scopeFilter } from '../platform/scope.js';

export interface NewProject {
  name: string;
  /** Another profile than the district's default (or the shipped one) needs ruleProfileReason. */
  ruleProfile?: string;
  ruleProfileReason?: string;
}

export interface ProjectQuery {
  districtId?: string;
  compoundId?: string;
  state?: ProjectState;
  planYear?: number;
  /** Part of the project's or the compound's name. */
  q?: string;
  /** `recent`: newest first (default); `overdue`: most overdue items first, then newest. */
  sort?: 'recent' | 'overdue';
  limit: number;
  offset: number;
}

/** A project as listed: with the names of its place, its plan year and its overdue items now. */
export interface ProjectListItem {
  id: string;
  compoundId: string;
  compoundName: string;
  districtId: string;
  districtName: string;
  name: string;
  state: ProjectState;
  resumeState: ProjectState | null;
  ruleProfile: string;
  ruleProfileReason: string | null;
  version: number;
  planYear: number | null;
  /** Progress reports, findings and complaints overdue now (as the portfolio counts them). */
  overdue: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface SurveyInput {
  /** The covered compound surveyed; may be left out when the project covers one. */
  compoundId?: string;
  baseData?: { buildings: number; households: number; floorArea: number; buildYear: number };
  assets?: SurveyAssets;
  willingness?: SurveyWillingness;
}

export interface NewBody {
  /** The covered compound whose residents form the body; may be left out when it can only be one. */
  compoundId?: string;
  kind: BodyKind;
  name: string;
  establishedOn: string;
  members: BodyMember[];
}

/** A compound a project covers. */
export interface CoveredCompound {
  compoundId: string;
  name: string;
  lead: boolean;
  households: number | null;
  addedAt: Date;
  releasedAt: Date | null;
}

export interface CompoundHistoryRound {
  id: string;
  subject: string;
  title: string;
  state: string;
  result: 'PASSED' | 'FAILED' | null;
  concludedAt: Date | null;
}

export interface CompoundHistoryRevisit {
  months: number;
  dueAt: Date;
  state: string;
  score: number | null;
  summary: string | null;
  doneAt: Date | null;
}

/** What the compound went through in each project that covered it. */
export interface CompoundHistory {
  compoundId: string;
  projects: {
    projectId: string;
    name: string;
    state: ProjectState;
    ruleProfile: string;
    /** The project's lead compound, rather than a neighbour in its area. */
    lead: boolean;
    createdAt: Date;
    coveredFrom: Date;
    /** When the project closed or was cancelled and left the compound free. */
    releasedAt: Date | null;
    rounds: CompoundHistoryRound[];
    revisits: CompoundHistoryRevisit[];
  }[];
}

const ACTIVE_PROJECT_INDEX = 'project_compounds_one_active_project';
const IN_ANOTHER_PROJECT: Record<string, [ErrorCode, string]> = {
  [ACTIVE_PROJECT_INDEX]: ['PROJECT.ACTIVE_EXISTS', 'this compound is already in an active project'],
};
/** What a compound's residents did in a project keeps the compound in it. */
const RESIDENTS_RECORDS: Record<string, [ErrorCode, string]> = Object.fromEntries(
  [
    'governance_bodies',
    'admission_confirmations',
    'consultation_rounds',
    'complaints',
    'plan_items',
    'maintenance_fund_lines',
    'maintenance_fund_collections',
  ].map((t) => [
    `${t}_covered`,
    ['RESOURCE.IN_USE', 'the compound has records in this project (bodies, admission, rounds, complaints or plan items): it stays'],
  ]),
);

const SURVEY_SECTIONS = ['baseData', 'assets', 'willingness'] as const;

@Injectable()
export class ProjectService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly compounds: CompoundService,
    private readonly profiles: RuleProfileCatalog,
    private readonly settings: LocalSettingsService,
  ) {}

  async create(actor: Actor, compoundId: string, input: NewProject): Promise<ProjectEntity> {
    return onUniqueViolation(
      () =>
        this.db.transaction(async (m) => {
          const compound = await this.compounds.lockForWrite(m, actor, compoundId);
          const { id: ruleProfile, reason: ruleProfileReason } = await this.profiles.forProject(m, compound.districtId, {
            ruleProfile: input.ruleProfile,
            reason: input.ruleProfileReason,
          });
          const project = await m.save(
            m.create(ProjectEntity, {
              compoundId,
              districtId: compound.districtId,
              name: input.name,
              state: 'SURVEY',
              ruleProfile,
              ruleProfileReason,
            }),
          );
          await this.cover(m, actor, project, compoundId, true);
          await appendAudit(m, {
            actor,
            at: this.clock.now(),
            subjectType: 'project',
            subjectId: project.id,
            projectId: project.id,
            action: 'project.created',
            toState: 'SURVEY',
            reason: ruleProfileReason,
            detail: { compoundId, ruleProfile, ruleProfileOverridden: ruleProfileReason !== null },
          });
          return project;
        }),
      IN_ANOTHER_PROJECT,
    );
  }

  async list(actor: Actor, query: ProjectQuery): Promise<{ items: ProjectListItem[]; total: number }> {
    const scope = scopeFilter(actor, 'p', { byProject: 'id' });
    const planYear = '(SELECT a.plan_year FROM project_admissions a WHERE a.project_id = p.id)';
    const qb = this.db
      .createQueryBuilder()
      .from(ProjectEntity, 'p')
      .innerJoin(CompoundEntity, 'c', 'c.id = p.compound_id')
      .innerJoin(DistrictEntity, 'd', 'd.id = p.district_id')
      .where(scope.sql, scope.params);
    if (query.districtId) qb.andWhere('p.district_id = :districtId', { districtId: query.districtId });
    if (query.compoundId) {
      qb.andWhere('EXISTS (SELECT 1 FROM project_compounds pc WHERE pc.project_id = p.id AND pc.compound_id = :compoundId)', {
        compoundId: query.compoundId,
      });
    }
    if (query.state) qb.andWhere('p.state = :state', { state: query.state });
    if (query.planYear !== undefined) qb.andWhere(`${planYear} = :planYear`, { planYear: query.planYear });
    const text = query.q?.trim();
    if (text) {
      // Named so that no cast (`::text`) in the query reads as this parameter. Any covered compound's name finds a project area.
      qb.andWhere(
        `(p.name ILIKE :nameLike ESCAPE '!' OR EXISTS (SELECT 1 FROM project_compounds pn JOIN compounds cn ON cn.id = pn.compound_id
           WHERE pn.project_id = p.id AND cn.name ILIKE :nameLike ESCAPE '!'))`,
        {
          nameLike: `%${text.replace(/[!%_]/g, (x) => `!${x}`)}%`,
        },
      );
    }
    const total = await qb.getCount();
    const overdue = `(SELECT count(*) FROM progress_reports r WHERE r.project_id = p.id AND ${overdueReport('r', ':asOf')})
      + (SELECT count(*) FROM findings f WHERE f.project_id = p.id AND ${overdueFinding('f', ':asOf')})
      + (SELECT count(*) FROM complaints k WHERE k.project_id = p.id AND ${overdueComplaint('k', ':asOf', ':unresolvingEvents', ':unresolvedStates')})`;
    const rows: (Omit<ProjectListItem, 'overdue'> & { overdue: string })[] = await qb
      .select(['p.id AS id', 'p.name AS name', 'p.state AS state', 'p.version AS version'])
      .addSelect('p.compound_id', 'compoundId')
      .addSelect('c.name', 'compoundName')
      .addSelect('p.district_id', 'districtId')
      .addSelect('d.name', 'districtName')
      .addSelect('p.resume_state', 'resumeState')
      .addSelect('p.rule_profile', 'ruleProfile')
      .addSelect('p.rule_profile_reason', 'ruleProfileReason')
      .addSelect(planYear, 'planYear')
      .addSelect(overdue, 'overdue')
      .addSelect('p.created_at', 'createdAt')
      .addSelect('p.updated_at', 'updatedAt')
      .setParameters({ asOf: this.clock.now(), unresolvingEvents: UNRESOLVING_EVENTS, unresolvedStates: UNRESOLVED })
      .orderBy(
        query.sort === 'overdue'
          ? { '"overdue"': 'DESC', 'p.created_at': 'DESC', 'p.id': 'ASC' }
          : { 'p.created_at': 'DESC', 'p.id': 'ASC' },
      )
      .limit(query.limit)
      .offset(query.offset)
      .getRawMany();
    return { items: rows.map((r) => ({ ...r, overdue: Number(r.overdue) })), total };
  }

  async get(actor: Actor, id: string): Promise<ProjectEntity> {
    return this.find(this.db.manager, actor, id);
  }

  /**
   * Loads a project the actor may see (read) or change (write); with lock, holds its row until
   * commit. A committee's project is one that covers a compound of theirs; what it may do there
   * about one compound is checked by compoundFor.
   */
  async find(m: EntityManager, actor: Actor, id: string, lock = false): Promise<ProjectEntity> {
    const project = await m.findOne(ProjectEntity, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    const place: Place | null = project && {
      districtId: project.districtId,
      ...(actor.role === 'RESIDENTS_COMMITTEE' && { compoundIds: await this.coverage(m, project.id) }),
    };
    assertInScope(actor, place, 'project');
    return project!;
  }

  /** The ids of the compounds a project covers, the lead first. */
  async coverage(m: Pick<EntityManager, 'query'>, projectId: string): Promise<string[]> {
    const rows: { compound_id: string }[] = await m.query(
      'SELECT compound_id FROM project_compounds WHERE project_id = $1 ORDER BY position',
      [projectId],
    );
    return rows.map((r) => r.compound_id);
  }

  /**
   * The covered compound a compound-level write is about (a round, a body, a survey, an admission
   * commitment, a complaint). Named, it must be covered (else 422) and the actor's to act in (else
   * 403). Unnamed, it is the project's only compound, or the only covered compound of a committee's;
   * otherwise the request must name it (400).
   */
  async compoundFor(m: EntityManager, actor: Actor, project: ProjectEntity, compoundId: string | undefined): Promise<string> {
    const covered = await this.coverage(m, project.id);
    const mine = covered.filter((id) => inScope(actor, { districtId: project.districtId, compoundId: id }));
    const chosen = compoundId ?? (covered.length === 1 ? covered[0] : mine.length === 1 ? mine[0] : undefined);
    if (!chosen) {
      throw badRequest([
        {
          field: 'compoundId',
          code: 'COMPOUND_REQUIRED',
          message: `the project covers ${covered.length} compounds: name the one this is about`,
        },
      ]);
    }
    if (!covered.includes(chosen)) {
      throw invalid([{ field: 'compoundId', code: 'NOT_COVERED', message: 'the project does not cover this compound' }]);
    }
    assertInScope(actor, { districtId: project.districtId, compoundId: chosen }, 'compound');
    return chosen;
  }

  /** The compounds a project covers, the lead first. */
  async compoundsOf(actor: Actor, projectId: string): Promise<CoveredCompound[]> {
    await this.get(actor, projectId);
    return this.covered(this.db.manager, projectId);
  }

  /**
   * A compound joins the project area while it is surveyed: the survey, the eligibility checks and
   * every consent round after it cover the area as it will be built.
   */
  addCompound(actor: Actor, projectId: string, compoundId: string): Promise<CoveredCompound[]> {
    return this.redraw(actor, projectId, compoundId, 'project.compound-added', IN_ANOTHER_PROJECT, async (m, project) => {
      const compound = await this.compounds.lockForWrite(m, actor, compoundId);
      if (compound.districtId !== project.districtId) {
        throw invalid([{ field: 'compoundId', code: 'OTHER_DISTRICT', message: 'a project area covers compounds of its own district' }]);
      }
      if ((await this.coverage(m, projectId)).includes(compoundId)) {
        throw new DomainError('RESOURCE.ALREADY_RECORDED', 'the project already covers this compound');
      }
      await this.cover(m, actor, project, compoundId, false);
    });
  }

  /** A compound leaves the area while it is surveyed, unless its residents already have records in the project. */
  removeCompound(actor: Actor, projectId: string, compoundId: string): Promise<CoveredCompound[]> {
    return this.redraw(actor, projectId, compoundId, 'project.compound-removed', RESIDENTS_RECORDS, async (m, project) => {
      if (compoundId === project.compoundId) throw new DomainError('RESOURCE.IN_USE', 'the lead compound stays in its project');
      const [{ removed }]: { removed: number }[] = await m.query(
        `WITH d AS (DELETE FROM project_compounds WHERE project_id = $1 AND compound_id = $2 RETURNING 1) SELECT count(*)::int AS removed FROM d`,
        [projectId, compoundId],
      );
      if (removed === 0) throw notFound('compound of this project');
    });
  }

  /** Changes the area of a project in SURVEY, in one transaction with its audit entry; constraint violations map as given. */
  private redraw(
    actor: Actor,
    projectId: string,
    compoundId: string,
    action: 'project.compound-added' | 'project.compound-removed',
    violations: Record<string, [ErrorCode, string]>,
    change: (m: EntityManager, project: ProjectEntity) => Promise<void>,
  ): Promise<CoveredCompound[]> {
    return onUniqueViolation(
      () =>
        this.db.transaction(async (m) => {
          const project = await this.lockIn(m, actor, projectId, ['SURVEY'], 'the compounds of a project area change');
          await change(m, project);
          await appendAudit(m, {
            actor,
            at: this.clock.now(),
            subjectType: 'project',
            subjectId: projectId,
            projectId,
            action,
            detail: { compoundId },
          });
          return this.covered(m, projectId);
        }),
      violations,
    );
  }

  /** Inside CLOSE and CANCEL: the compounds are free for another project. */
  async release(m: EntityManager, projectId: string, at: Date): Promise<void> {
    await m.query('UPDATE project_compounds SET released_at = $2 WHERE project_id = $1 AND released_at IS NULL', [projectId, at]);
  }

  private async cover(m: EntityManager, actor: Actor, project: ProjectEntity, compoundId: string, lead: boolean): Promise<void> {
    // The project row is locked by the caller, so positions do not collide.
    await m.query(
      `INSERT INTO project_compounds (project_id, compound_id, district_id, lead, position, added_at, added_by)
       SELECT $1, $2, $3, $4, coalesce(max(position), 0) + 1, $5, $6 FROM project_compounds WHERE project_id = $1`,
      [project.id, compoundId, project.districtId, lead, this.clock.now(), actor.userId],
    );
    await this.carryBodies(m, actor, project, compoundId);
  }

  /**
   * A compound's self-governance outlives a project: a later project takes over the bodies of the
   * compound's last closed one, as copies naming the body each continues, so that the later
   * project's guards read its own rows and the closed record stays as it was.
   */
  private async carryBodies(m: EntityManager, actor: Actor, project: ProjectEntity, compoundId: string): Promise<void> {
    const [earlier]: { id: string }[] = await m.query(
      `SELECT p.id FROM project_compounds pc JOIN projects p ON p.id = pc.project_id
        WHERE pc.compound_id = $1 AND p.state = 'CLOSED' AND p.id <> $2
        ORDER BY pc.released_at DESC NULLS LAST LIMIT 1`,
      [compoundId, project.id],
    );
    if (!earlier) return;
    const carried: { carried_from: string }[] = await m.query(
      `INSERT INTO governance_bodies (project_id, compound_id, kind, name, established_on, members, registered_by, carried_from)
       SELECT $1, b.compound_id, b.kind, b.name, b.established_on, b.members, $4, b.id
         FROM governance_bodies b WHERE b.project_id = $2 AND b.compound_id = $3 ORDER BY b.created_at
       RETURNING carried_from`,
      [project.id, earlier.id, compoundId, actor.userId],
    );
    if (carried.length === 0) return;
    await appendAudit(m, {
      actor,
      at: this.clock.now(),
      subjectType: 'project',
      subjectId: project.id,
      projectId: project.id,
      action: 'bodies.carried-over',
      detail: { compoundId, fromProject: earlier.id, bodies: carried.map((c) => c.carried_from) },
    });
  }

  /** Every project that has covered the compound, newest first, with its rounds there and its revisits. */
  async compoundHistory(actor: Actor, compoundId: string): Promise<CompoundHistory> {
    await this.compounds.get(actor, compoundId);
    const projects: {
      id: string;
      name: string;
      state: ProjectState;
      rule_profile: string;
      lead: boolean;
      created_at: Date;
      added_at: Date;
      released_at: Date | null;
    }[] = await this.db.query(
      `SELECT p.id, p.name, p.state, p.rule_profile, pc.lead, p.created_at, pc.added_at, pc.released_at
         FROM project_compounds pc JOIN projects p ON p.id = pc.project_id
        WHERE pc.compound_id = $1 ORDER BY pc.added_at DESC, p.created_at DESC`,
      [compoundId],
    );
    const ids = projects.map((p) => p.id);
    const rounds: (CompoundHistoryRound & { projectId: string })[] = await this.db.query(
      `SELECT id, project_id AS "projectId", subject, title, state, result, concluded_at AS "concludedAt"
         FROM consultation_rounds WHERE compound_id = $1 AND project_id = ANY($2) ORDER BY created_at`,
      [compoundId, ids],
    );
    const revisits: (CompoundHistoryRevisit & { projectId: string })[] = await this.db.query(
      `SELECT project_id AS "projectId", months, due_at AS "dueAt", state, score, summary, done_at AS "doneAt"
         FROM revisits WHERE project_id = ANY($1) ORDER BY months`,
      [ids],
    );
    const of = <T extends { projectId: string }>(rows: T[], id: string) =>
      rows.filter((r) => r.projectId === id).map(({ projectId: _, ...rest }) => rest);
    return {
      compoundId,
      projects: projects.map((p) => ({
        projectId: p.id,
        name: p.name,
        state: p.state,
        ruleProfile: p.rule_profile,
        lead: p.lead,
        createdAt: p.created_at,
        coveredFrom: p.added_at,
        releasedAt: p.released_at,
        rounds: of(rounds, p.id),
        revisits: of(revisits, p.id),
      })),
    };
  }

  private async covered(m: Pick<EntityManager, 'query'>, projectId: string): Promise<CoveredCompound[]> {
    const rows: {
      compound_id: string;
      name: string;
      lead: boolean;
      households: number | null;
      added_at: Date;
      released_at: Date | null;
    }[] = await m.query(
      `SELECT pc.compound_id, c.name, pc.lead, c.households, pc.added_at, pc.released_at
           FROM project_compounds pc JOIN compounds c ON c.id = pc.compound_id
          WHERE pc.project_id = $1 ORDER BY pc.position`,
      [projectId],
    );
    return rows.map((r) => ({
      compoundId: r.compound_id,
      name: r.name,
      lead: r.lead,
      households: r.households,
      addedAt: r.added_at,
      releasedAt: r.released_at,
    }));
  }

  /**
   * Loads a project the actor may change, locked until commit, and refuses (409) unless it stands in
   * one of the states where `work` happens: the lock keeps a transition from moving it meanwhile.
   */
  async lockIn(m: EntityManager, actor: Actor, id: string, states: readonly ProjectState[], work: string): Promise<ProjectEntity> {
    const project = await this.find(m, actor, id, true);
    if (!states.includes(project.state)) {
      const where = states.length === 1 ? states[0] : `${states.slice(0, -1).join(', ')} or ${states.at(-1)}`;
      throw new DomainError('PROJECT.WRONG_STAGE', `${work} while the project is in ${where} (now ${project.state})`);
    }
    return project;
  }

  /** The survey of one covered compound: the lead's unless another is named. */
  async survey(actor: Actor, projectId: string, compoundId?: string): Promise<ProjectSurveyEntity | null> {
    const project = await this.get(actor, projectId);
    const target = compoundId ?? project.compoundId;
    if (!(await this.coverage(this.db.manager, projectId)).includes(target)) throw notFound('compound of this project');
    assertInScope(actor, { districtId: project.districtId, compoundId: target }, 'survey');
    return this.db.getRepository(ProjectSurveyEntity).findOneBy({ projectId, compoundId: target });
  }

  /**
   * Records any of the three survey sections. Base data also becomes the compound's figures, so
   * the register and the survey never disagree.
   */
  async recordSurvey(actor: Actor, projectId: string, input: SurveyInput): Promise<ProjectSurveyEntity> {
    return this.db.transaction(async (m) => {
      const project = await this.lockIn(m, actor, projectId, ['SURVEY'], 'the survey can only change');
      const compoundId = await this.compoundFor(m, actor, project, input.compoundId);
      const compound = await m.findOneByOrFail(CompoundEntity, { id: compoundId });
      const errors: FieldError[] = [];
      const thisYear = this.clock.now().getUTCFullYear();
      if (input.baseData && input.baseData.buildYear > thisYear) {
        errors.push({
          field: 'baseData.buildYear',
          code: 'IN_FUTURE',
          message: `build year ${input.baseData.buildYear} is after ${thisYear}`,
        });
      }
      const households = input.baseData?.households ?? compound.households;
      if (input.willingness) {
        const w = input.willingness;
        if (w.willingHouseholds > w.surveyedHouseholds) {
          errors.push({
            field: 'willingness.willingHouseholds',
            code: 'EXCEEDS_SURVEYED',
            message: 'more willing households than surveyed',
          });
        }
        if (households !== null && w.surveyedHouseholds > households) {
          errors.push({
            field: 'willingness.surveyedHouseholds',
            code: 'EXCEEDS_HOUSEHOLDS',
            message: `more surveyed households than the compound's ${households}`,
          });
        }
      }
      if (errors.length) throw invalid(errors);

      const existing = await m.findOneBy(ProjectSurveyEntity, { projectId, compoundId });
      const baseData: SurveyBaseData | undefined = input.baseData && { ...input.baseData, floorArea: input.baseData.floorArea.toFixed(2) };
      const survey = m.create(ProjectSurveyEntity, {
        projectId,
        compoundId,
        baseData: baseData ?? existing?.baseData ?? null,
        assets: input.assets ?? existing?.assets ?? null,
        willingness: input.willingness ?? existing?.willingness ?? null,
        updatedBy: actor.userId,
      });
      await m.save(survey);
      if (baseData) {
        await m.update(
          CompoundEntity,
          { id: compound.id },
          {
            buildings: baseData.buildings,
            households: baseData.households,
            floorArea: baseData.floorArea,
            buildYear: baseData.buildYear,
          },
        );
      }
      await appendAudit(m, {
        actor,
        at: this.clock.now(),
        subjectType: 'project',
        subjectId: projectId,
        projectId,
        action: 'survey.recorded',
        detail: { compoundId, sections: SURVEY_SECTIONS.filter((k) => input[k] !== undefined) },
      });
      return m.findOneByOrFail(ProjectSurveyEntity, { projectId, compoundId });
    });
  }

  /** The bodies of the covered compounds the actor works in (every one for the district's people). */
  async bodies(actor: Actor, projectId: string): Promise<GovernanceBodyEntity[]> {
    const project = await this.get(actor, projectId);
    const bodies = (await this.db.getRepository(GovernanceBodyEntity).find({ where: { projectId }, order: { createdAt: 'ASC' } })).filter(
      (b) => inScope(actor, { districtId: project.districtId, compoundId: b.compoundId }),
    );
    if (seesPersonalData(actor.role)) return bodies;
    return bodies.map((b) => ({ ...b, members: b.members.map((mb) => ({ ...mb, name: maskName(mb.name) })) }));
  }

  async registerBody(actor: Actor, projectId: string, input: NewBody): Promise<GovernanceBodyEntity> {
    return this.db.transaction(async (m) => {
      const project = await this.find(m, actor, projectId, true);
      if (project.state === 'CLOSED' || project.state === 'CANCELLED') {
        throw new DomainError('PROJECT.WRONG_STAGE', `project is ${project.state}`);
      }
      const detail: Record<string, unknown> = { kind: input.kind, members: input.members.length };
      if (input.kind === 'RENOVATION_COUNCIL') {
        const errors: FieldError[] = [];
        const n = input.members.length;
        const { min, max } = (await this.settings.rules(m, project.districtId)).councilMembers;
        detail.councilMembers = { min, max };
        if (n < min || n > max) {
          errors.push({
            field: 'members',
            code: 'COUNCIL_SIZE',
            message: `a renovation council here has ${min} to ${max} members, not ${n}`,
          });
        }
        input.members.forEach((mb, i) => {
          if (!mb.resident)
            errors.push({ field: `members.${i}.resident`, code: 'NOT_RESIDENT', message: 'renovation council members are residents' });
        });
        if (errors.length) throw invalid(errors);
      }
      const compoundId = await this.compoundFor(m, actor, project, input.compoundId);
      const body = await m.save(m.create(GovernanceBodyEntity, { ...input, projectId, compoundId, registeredBy: actor.userId }));
      await appendAudit(m, {
        actor,
        at: this.clock.now(),
        subjectType: 'governance-body',
        subjectId: body.id,
        projectId,
        action: 'body.registered',
        detail: { compoundId, ...detail },
      });
      return body;
    });
  }
}
