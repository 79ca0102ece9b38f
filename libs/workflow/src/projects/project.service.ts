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
  DEFAULT_RULE_PROFILE,
  DomainError,
  invalid,
  maskName,
  PROJECT_PROFILE_SUBJECTS,
  seesPersonalData,
  type Actor,
  type BodyKind,
  type FieldError,
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
import { assertInScope, scopeFilter, type AccessMode } from '../platform/scope.js';

export interface NewProject {
  name: string;
  ruleProfile?: string;
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
  version: number;
  planYear: number | null;
  /** Progress reports, findings and complaints overdue now (as the portfolio counts them). */
  overdue: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface SurveyInput {
  baseData?: { buildings: number; households: number; floorArea: number; buildYear: number };
  assets?: SurveyAssets;
  willingness?: SurveyWillingness;
}

export interface NewBody {
  kind: BodyKind;
  name: string;
  establishedOn: string;
  members: BodyMember[];
}

const ACTIVE_PROJECT_INDEX = 'projects_one_active_per_compound';

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
    const ruleProfile = input.ruleProfile ?? DEFAULT_RULE_PROFILE;
    await this.profiles.forProject(ruleProfile, PROJECT_PROFILE_SUBJECTS);
    return onUniqueViolation(
      () =>
        this.db.transaction(async (m) => {
          const compound = await this.compounds.lockForWrite(m, actor, compoundId);
          const project = await m.save(
            m.create(ProjectEntity, { compoundId, districtId: compound.districtId, name: input.name, state: 'SURVEY', ruleProfile }),
          );
          await appendAudit(m, {
            actor,
            at: this.clock.now(),
            subjectType: 'project',
            subjectId: project.id,
            projectId: project.id,
            action: 'project.created',
            toState: 'SURVEY',
            detail: { compoundId, ruleProfile },
          });
          return project;
        }),
      { [ACTIVE_PROJECT_INDEX]: ['PROJECT.ACTIVE_EXISTS', 'this compound already has an active project'] },
    );
  }

  async list(actor: Actor, query: ProjectQuery): Promise<{ items: ProjectListItem[]; total: number }> {
    const scope = scopeFilter(actor, 'p');
    const planYear = '(SELECT a.plan_year FROM project_admissions a WHERE a.project_id = p.id)';
    const qb = this.db
      .createQueryBuilder()
      .from(ProjectEntity, 'p')
      .innerJoin(CompoundEntity, 'c', 'c.id = p.compound_id')
      .innerJoin(DistrictEntity, 'd', 'd.id = p.district_id')
      .where(scope.sql, scope.params);
    if (query.districtId) qb.andWhere('p.district_id = :districtId', { districtId: query.districtId });
    if (query.compoundId) qb.andWhere('p.compound_id = :compoundId', { compoundId: query.compoundId });
    if (query.state) qb.andWhere('p.state = :state', { state: query.state });
    if (query.planYear !== undefined) qb.andWhere(`${planYear} = :planYear`, { planYear: query.planYear });
    const text = query.q?.trim();
    if (text) {
      // Named so that no cast (`::text`) in the query reads as this parameter.
      qb.andWhere(`(p.name ILIKE :nameLike ESCAPE '!' OR c.name ILIKE :nameLike ESCAPE '!')`, {
        nameLike: `%${text.replace(/[!%_]/g, (x) => `!${x}`)}%`,
      });
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
    return this.find(this.db.manager, actor, id, 'read');
  }

  /** Loads a project the actor may see (read) or change (write); with lock, holds its row until commit. */
  async find(m: EntityManager, actor: Actor, id: string, mode: AccessMode, lock = false): Promise<ProjectEntity> {
    const project = await m.findOne(ProjectEntity, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    assertInScope(actor, project ? { districtId: project.districtId, compoundId: project.compoundId } : null, mode, 'project');
    return project!;
  }

  /**
   * Loads a project the actor may change, locked until commit, and refuses (409) unless it stands in
   * one of the states where `work` happens: the lock keeps a transition from moving it meanwhile.
   */
  async lockIn(m: EntityManager, actor: Actor, id: string, states: readonly ProjectState[], work: string): Promise<ProjectEntity> {
    const project = await this.find(m, actor, id, 'write', true);
    if (!states.includes(project.state)) {
      const where = states.length === 1 ? states[0] : `${states.slice(0, -1).join(', ')} or ${states.at(-1)}`;
      throw new DomainError('RESOURCE.CONFLICT', `${work} while the project is in ${where} (now ${project.state})`);
    }
    return project;
  }

  async survey(actor: Actor, projectId: string): Promise<ProjectSurveyEntity | null> {
    await this.get(actor, projectId);
    return this.db.getRepository(ProjectSurveyEntity).findOneBy({ projectId });
  }

  /**
   * Records any of the three survey sections. Base data also becomes the compound's figures, so
   * the register and the survey never disagree.
   */
  async recordSurvey(actor: Actor, projectId: string, input: SurveyInput): Promise<ProjectSurveyEntity> {
    return this.db.transaction(async (m) => {
      const project = await this.lockIn(m, actor, projectId, ['SURVEY'], 'the survey can only change');
      const compound = await m.findOneByOrFail(CompoundEntity, { id: project.compoundId });
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

      const existing = await m.findOneBy(ProjectSurveyEntity, { projectId });
      const baseData: SurveyBaseData | undefined = input.baseData && { ...input.baseData, floorArea: input.baseData.floorArea.toFixed(2) };
      const survey = m.create(ProjectSurveyEntity, {
        projectId,
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
        detail: { sections: Object.keys(input).filter((k) => input[k as keyof SurveyInput] !== undefined) },
      });
      return m.findOneByOrFail(ProjectSurveyEntity, { projectId });
    });
  }

  async bodies(actor: Actor, projectId: string): Promise<GovernanceBodyEntity[]> {
    await this.get(actor, projectId);
    const bodies = await this.db.getRepository(GovernanceBodyEntity).find({ where: { projectId }, order: { createdAt: 'ASC' } });
    if (seesPersonalData(actor.role)) return bodies;
    return bodies.map((b) => ({ ...b, members: b.members.map((mb) => ({ ...mb, name: maskName(mb.name) })) }));
  }

  async registerBody(actor: Actor, projectId: string, input: NewBody): Promise<GovernanceBodyEntity> {
    return this.db.transaction(async (m) => {
      const project = await this.find(m, actor, projectId, 'write', true);
      if (project.state === 'CLOSED' || project.state === 'CANCELLED') {
        throw new DomainError('RESOURCE.CONFLICT', `project is ${project.state}`);
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
      const body = await m.save(m.create(GovernanceBodyEntity, { ...input, projectId, registeredBy: actor.userId }));
      await appendAudit(m, {
        actor,
        at: this.clock.now(),
        subjectType: 'governance-body',
        subjectId: body.id,
        projectId,
        action: 'body.registered',
        detail,
      });
      return body;
    });
  }
}
