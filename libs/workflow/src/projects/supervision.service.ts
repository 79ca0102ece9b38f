import {
  decide,
  DEFAULT_REPORT_INTERVAL_DAYS,
  DomainError,
  findingMachine,
  invalid,
  isEvent,
  notFound,
  progressByCompound,
  reportMachine,
  type Actor,
  type ReportEvent,
  type FindingSeverity,
  type FindingState,
  type ReportState,
} from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { centiToDecimal } from '../imports/tabular.js';
import { appendAudit } from '../platform/audit.js';
import { refusalError } from '../platform/refusal.js';
import { EscalationService } from '../platform/escalation.service.js';
import { Clock } from '../platform/clock.js';
import { scheduleDeadline, settleDeadlines } from '../platform/deadlines.js';
import { assertInScope, scopeFilter } from '../platform/scope.js';
import { ProjectService } from './project.service.js';

const DAY_MS = 24 * 3600 * 1000;

export interface ReportItemInput {
  key: string;
  percent: number;
  /** Required when the percent is lower than the last accepted figure. */
  reason?: string | null;
}

export interface ReportInput {
  items: ReportItemInput[];
  narrative: string;
  issues?: string | null;
  photos?: string[];
}

export interface FindingInput {
  severity: FindingSeverity;
  description: string;
  deadline: Date;
  responsible: string;
}

interface ReportRow {
  id: string;
  project_id: string;
  district_id: string;
  compound_id: string;
  seq: number;
  due_at: Date;
  state: ReportState;
  items: ReportItemInput[] | null;
  narrative: string | null;
  issues: string | null;
  photos: string[];
  submitted_by: string | null;
  submitted_at: Date | null;
  audited_by: string | null;
  audited_at: Date | null;
}

interface FindingRow {
  id: string;
  project_id: string;
  district_id: string;
  compound_id: string;
  report_id: string;
  severity: FindingSeverity;
  description: string;
  deadline: Date;
  responsible: string;
  state: FindingState;
  evidence: string | null;
  raised_by: string;
  raised_at: Date;
  closed_at: Date | null;
}

type Caller = Actor | 'SYSTEM';

/** Progress reports audited by supervisors, and the findings ledger (SPEC 4.2). */
@Injectable()
export class SupervisionService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly projects: ProjectService,
    private readonly escalation: EscalationService,
  ) {}

  /** Called inside START_CONSTRUCTION: the schedule starts, and the first report falls due one interval later. */
  /**
   * Reports fall due while the project is in CONSTRUCTION: from its start, and again when it comes back
   * (after a failed acceptance, or resumed from a suspension), the next one an interval from then.
   */
  async startSchedule(m: EntityManager, project: { id: string; districtId: string; compoundId: string }, at: Date): Promise<void> {
    await m.query(
      'INSERT INTO report_schedules (project_id, interval_days, started_at) VALUES ($1, $2, $3) ON CONFLICT (project_id) DO NOTHING',
      [project.id, DEFAULT_REPORT_INTERVAL_DAYS, at],
    );
    const [{ pending, last, interval }]: { pending: number; last: number; interval: number }[] = await m.query(
      `SELECT count(*) FILTER (WHERE r.state IN ('DUE', 'SUBMITTED', 'RETURNED', 'OVERDUE'))::int AS pending, coalesce(max(r.seq), 0)::int AS last,
              s.interval_days AS interval
         FROM report_schedules s LEFT JOIN progress_reports r ON r.project_id = s.project_id WHERE s.project_id = $1 GROUP BY s.interval_days`,
      [project.id],
    );
    if (pending === 0) await this.nextReport(m, project, last + 1, new Date(at.getTime() + interval * DAY_MS));
  }

  /**
   * When the project leaves CONSTRUCTION: a report not yet due is dropped, and one already overdue
   * stays on record but is no longer escalated.
   */
  async pauseSchedule(m: EntityManager, projectId: string, at: Date): Promise<void> {
    // DELETE answers [rows, count] through TypeORM.
    const [dropped]: [{ id: string }[], number] = await m.query(
      `DELETE FROM progress_reports WHERE project_id = $1 AND state = 'DUE' RETURNING id`,
      [projectId],
    );
    const overdue: { id: string }[] = await m.query(`SELECT id FROM progress_reports WHERE project_id = $1 AND state = 'OVERDUE'`, [
      projectId,
    ]);
    for (const r of [...dropped, ...overdue]) await settleDeadlines(m, r.id, 'CANCELLED', at);
  }

  /** Changes the interval for the reports that fall due from now on. */
  async setInterval(actor: Actor, projectId: string, intervalDays: number): Promise<{ intervalDays: number }> {
    return this.db.transaction(async (m) => {
      await this.projects.find(m, actor, projectId, true);
      const [, count]: [unknown, number] = await m.query('UPDATE report_schedules SET interval_days = $2 WHERE project_id = $1', [
        projectId,
        intervalDays,
      ]);
      if (count === 0) throw new DomainError('PROJECT.WRONG_STAGE', 'the report schedule starts with construction');
      await appendAudit(m, {
        actor,
        at: this.clock.now(),
        subjectType: 'project',
        subjectId: projectId,
        projectId,
        action: 'reports.interval-set',
        detail: { intervalDays },
      });
      return { intervalDays };
    });
  }

  async reports(actor: Actor, projectId: string) {
    await this.projects.get(actor, projectId);
    const rows: ReportRow[] = await this.db.query('SELECT * FROM progress_reports WHERE project_id = $1 ORDER BY seq', [projectId]);
    return rows.map(reportView);
  }

  /** Reports of every project in the caller's scope, the longest waiting first: a supervisor's queue with state SUBMITTED. */
  async reportList(actor: Actor, filter: { state?: ReportState; districtId?: string }) {
    const scope = scopeFilter(actor, 'r', { byProject: 'project_id' });
    const qb = this.db
      .createQueryBuilder()
      .select('r.*')
      .addSelect('p.name', 'project_name')
      .from('progress_reports', 'r')
      .innerJoin('projects', 'p', 'p.id = r.project_id')
      .where(scope.sql, scope.params)
      .orderBy('coalesce(r.submitted_at, r.due_at)', 'ASC')
      .addOrderBy('r.project_id')
      .addOrderBy('r.seq')
      .limit(500);
    if (filter.state) qb.andWhere('r.state = :state', { state: filter.state });
    if (filter.districtId) qb.andWhere('r.district_id = :districtId', { districtId: filter.districtId });
    const rows: (ReportRow & { project_name: string })[] = await qb.getRawMany();
    return rows.map((r) => ({ ...reportView(r), projectName: r.project_name, districtId: r.district_id }));
  }

  async submit(actor: Actor, reportId: string, input: ReportInput) {
    return this.db.transaction(async (m) => {
      const report = await this.report(m, actor, reportId);
      await this.projects.lockIn(m, actor, report.project_id, ['CONSTRUCTION'], 'reports are submitted');
      const planItems: { key: string }[] = await m.query(
        'SELECT key FROM plan_items WHERE project_id = $1 AND version = (SELECT max(version) FROM plan_versions WHERE project_id = $1)',
        [report.project_id],
      );
      const last = await this.lastAccepted(m, report.project_id);
      const errors = input.items.flatMap((item, i) => {
        if (!planItems.some((p) => p.key === item.key))
          return [{ field: `items.${i}.key`, code: 'UNKNOWN_ITEM', message: `${item.key} is not an item of the current plan` }];
        const before = last?.find((l) => l.key === item.key)?.percent;
        if (before !== undefined && item.percent < before && !item.reason?.trim()) {
          return [
            {
              field: `items.${i}.reason`,
              code: 'DECREASE_NEEDS_REASON',
              message: `${item.key} goes down from ${before}% to ${item.percent}%: say why`,
            },
          ];
        }
        return [];
      });
      // Every item of the current plan, once: an item left out would silently fall back to 0%.
      const seen = new Set<string>();
      input.items.forEach((item, i) => {
        if (seen.has(item.key)) errors.push({ field: `items.${i}.key`, code: 'DUPLICATE', message: `${item.key} is reported twice` });
        seen.add(item.key);
      });
      const missing = planItems.filter((p) => !seen.has(p.key)).map((p) => p.key);
      if (missing.length)
        errors.push({ field: 'items', code: 'MISSING_ITEM', message: `every plan item is reported; missing ${missing.join(', ')}` });
      if (errors.length) throw invalid(errors);
      const now = await this.move(m, actor, report, 'SUBMIT');
      await m.query(
        `UPDATE progress_reports SET items = $2, narrative = $3, issues = $4, photos = $5, submitted_by = $6, submitted_at = $7 WHERE id = $1`,
        [report.id, JSON.stringify(input.items), input.narrative, input.issues ?? null, input.photos ?? [], actor.userId, now],
      );
      if (report.state === 'DUE') await settleDeadlines(m, report.id, 'DONE', now);
      return reportView((await m.query('SELECT * FROM progress_reports WHERE id = $1', [report.id]))[0]);
    });
  }

  /** A supervisor accepts: the figures count, and the next report falls due. */
  async accept(actor: Actor, reportId: string) {
    return this.db.transaction(async (m) => {
      const report = await this.report(m, actor, reportId);
      const now = await this.move(m, actor, report, 'ACCEPT');
      await m.query('UPDATE progress_reports SET audited_by = $2, audited_at = $3 WHERE id = $1', [report.id, actor.userId, now]);
      const [schedule]: { interval_days: number }[] = await m.query('SELECT interval_days FROM report_schedules WHERE project_id = $1', [
        report.project_id,
      ]);
      const project = { id: report.project_id, districtId: report.district_id, compoundId: report.compound_id };
      const [{ state }]: { state: string }[] = await m.query('SELECT state FROM projects WHERE id = $1', [report.project_id]);
      // A report audited after construction ended closes the series rather than opening another.
      if (state === 'CONSTRUCTION') {
        await this.nextReport(m, project, report.seq + 1, new Date(report.due_at.getTime() + schedule.interval_days * DAY_MS));
      }
      return reportView((await m.query('SELECT * FROM progress_reports WHERE id = $1', [report.id]))[0]);
    });
  }

  /** A supervisor returns the report with its findings, each with a deadline and a responsible person. */
  async returnWithFindings(actor: Actor, reportId: string, findings: FindingInput[]) {
    return this.db.transaction(async (m) => {
      const report = await this.report(m, actor, reportId);
      const now = this.clock.now();
      const late = findings.findIndex((f) => f.deadline.getTime() <= now.getTime());
      if (late >= 0)
        throw invalid([{ field: `findings.${late}.deadline`, code: 'IN_PAST', message: 'a rectification deadline lies in the future' }]);
      await this.move(m, actor, report, 'RETURN', findings.length);
      await m.query('UPDATE progress_reports SET audited_by = $2, audited_at = $3 WHERE id = $1', [report.id, actor.userId, now]);
      for (const f of findings) {
        const [{ id }]: { id: string }[] = await m.query(
          `INSERT INTO findings (project_id, district_id, compound_id, report_id, severity, description, deadline, responsible, state, raised_by, raised_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'OPEN', $9, $10) RETURNING id`,
          [
            report.project_id,
            report.district_id,
            report.compound_id,
            report.id,
            f.severity,
            f.description,
            f.deadline,
            f.responsible,
            actor.userId,
            now,
          ],
        );
        await scheduleDeadline(m, 'FINDING_DEADLINE', id, f.deadline);
      }
      return reportView((await m.query('SELECT * FROM progress_reports WHERE id = $1', [report.id]))[0]);
    });
  }

  /** Fired by the worker when a report's due date passes; does nothing once the report was submitted. */
  async markOverdue(reportId: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const report = await this.report(m, 'SYSTEM', reportId);
      const now = await this.move(m, null, report, 'MARK_OVERDUE');
      await settleDeadlines(m, report.id, 'DONE', now, 'REPORT_DUE');
      await this.escalation.overdue(
        m,
        {
          kind: 'REPORT_OVERDUE',
          subjectType: 'report',
          subjectId: report.id,
          projectId: report.project_id,
          districtId: report.district_id,
          message: { zh: `第${report.seq}期施工进度报告逾期未报`, en: `progress report ${report.seq} is overdue` },
        },
        now,
      );
    });
  }

  /** Fired at a finding's deadline (限期整改): a finding not yet rectified is overdue and escalates. */
  async findingDeadlinePassed(findingId: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const [f]: FindingRow[] = await m.query('SELECT * FROM findings WHERE id = $1 FOR UPDATE', [findingId]);
      if (!f) throw notFound('finding');
      const now = this.clock.now();
      const fired = await settleDeadlines(m, f.id, 'DONE', now, 'FINDING_DEADLINE');
      if (fired && (f.state === 'OPEN' || f.state === 'REOPENED')) {
        await this.escalation.overdue(
          m,
          {
            kind: 'FINDING_OVERDUE',
            subjectType: 'finding',
            subjectId: f.id,
            projectId: f.project_id,
            districtId: f.district_id,
            message: {
              zh: `督导问题逾期未整改：${f.description.slice(0, 40)}`,
              en: 'a supervision finding passed its rectification deadline',
            },
          },
          now,
        );
      }
    });
  }

  /**
   * Budget-weighted progress of the current plan's items, from the latest report a supervisor
   * accepted; in a project area, also per covered compound (and the items the area shares).
   */
  async progress(actor: Actor, projectId: string) {
    await this.projects.get(actor, projectId);
    const items: { key: string; budget_fen: string; compound_id: string | null }[] = await this.db.query(
      `SELECT key, budget_fen, compound_id FROM plan_items
        WHERE project_id = $1 AND version = (SELECT max(version) FROM plan_versions WHERE project_id = $1) ORDER BY key`,
      [projectId],
    );
    const [last]: { seq: number; items: ReportItemInput[] }[] = await this.db.query(
      `SELECT seq, items FROM progress_reports WHERE project_id = $1 AND state = 'ACCEPTED' ORDER BY seq DESC LIMIT 1`,
      [projectId],
    );
    const percentOf = new Map((last?.items ?? []).map((i) => [i.key, i.percent]));
    // A project of one compound builds everything there; in an area, an item of no compound is shared.
    const covered = await this.projects.coverage(this.db.manager, projectId);
    const only = covered.length === 1 ? covered[0]! : null;
    const { basisPoints, compounds } = progressByCompound(
      items.map((i) => ({ compoundId: i.compound_id ?? only, budgetFen: BigInt(i.budget_fen), percent: percentOf.get(i.key) ?? 0 })),
    );
    const percent = (bp: number) => (bp / 100).toFixed(2);
    return {
      basisPoints,
      percent: percent(basisPoints),
      reportSeq: last?.seq ?? null,
      compounds: compounds.map((c) => ({
        compoundId: c.compoundId,
        budget: centiToDecimal(c.budgetFen),
        basisPoints: c.basisPoints,
        percent: percent(c.basisPoints),
      })),
    };
  }

  async fireFinding(actor: Actor, findingId: string, input: { event: string; evidence?: string | null; reason?: string | null }) {
    if (!isEvent(findingMachine, input.event)) throw new DomainError('MACHINE.UNKNOWN_EVENT', `unknown event ${input.event}`);
    const event = input.event;
    return this.db.transaction(async (m) => {
      const [finding]: FindingRow[] = await m.query('SELECT * FROM findings WHERE id = $1 FOR UPDATE', [findingId]);
      assertInScope(actor, finding ? { districtId: finding.district_id, compoundId: finding.compound_id } : null, 'finding');
      const now = this.clock.now();
      const decision = decide(findingMachine, {
        state: finding.state,
        event,
        role: actor.role,
        now,
        context: { evidence: input.evidence ?? null, reason: input.reason ?? null },
      });
      if (!decision.ok) throw refusalError(decision, actor.role);
      await m.query('UPDATE findings SET state = $2, evidence = coalesce($3, evidence), closed_at = $4 WHERE id = $1', [
        finding.id,
        decision.to,
        event === 'RECTIFY' ? input.evidence : null,
        decision.to === 'CLOSED' ? now : null,
      ]);
      await appendAudit(m, {
        actor,
        at: now,
        subjectType: 'finding',
        subjectId: finding.id,
        projectId: finding.project_id,
        action: `finding.${event}`,
        fromState: decision.from,
        toState: decision.to,
        reason: input.reason ?? null,
      });
      return findingView((await m.query('SELECT * FROM findings WHERE id = $1', [finding.id]))[0]);
    });
  }

  /** The open-findings ledger (挂账销号) in the caller's scope, each named by its project: overdue first, then by deadline. */
  async ledger(actor: Actor, filter: { districtId?: string; severity?: FindingSeverity; projectId?: string }) {
    const scope = scopeFilter(actor, 'f', { byProject: 'project_id' });
    const qb = this.db
      .createQueryBuilder()
      .select('f.*')
      .addSelect('p.name', 'project_name')
      .from('findings', 'f')
      .innerJoin('projects', 'p', 'p.id = f.project_id')
      .where("f.state <> 'CLOSED'")
      .andWhere(scope.sql, scope.params)
      .orderBy('(f.deadline < :now)', 'DESC')
      .addOrderBy('f.deadline', 'ASC')
      .setParameter('now', this.clock.now())
      .limit(500);
    if (filter.districtId) qb.andWhere('f.district_id = :districtId', { districtId: filter.districtId });
    if (filter.severity) qb.andWhere('f.severity = :severity', { severity: filter.severity });
    if (filter.projectId) qb.andWhere('f.project_id = :projectId', { projectId: filter.projectId });
    const rows: (FindingRow & { project_name: string })[] = await qb.getRawMany();
    const now = this.clock.now().getTime();
    return rows.map((r) => ({ ...findingView(r), projectName: r.project_name, overdue: new Date(r.deadline).getTime() < now }));
  }

  private async nextReport(
    m: EntityManager,
    project: { id: string; districtId: string; compoundId: string },
    seq: number,
    dueAt: Date,
  ): Promise<void> {
    const [{ id }]: { id: string }[] = await m.query(
      `INSERT INTO progress_reports (project_id, district_id, compound_id, seq, due_at, state) VALUES ($1, $2, $3, $4, $5, 'DUE') RETURNING id`,
      [project.id, project.districtId, project.compoundId, seq, dueAt],
    );
    await scheduleDeadline(m, 'REPORT_DUE', id, dueAt);
  }

  private async lastAccepted(m: EntityManager, projectId: string): Promise<ReportItemInput[] | null> {
    const [row]: { items: ReportItemInput[] }[] = await m.query(
      `SELECT items FROM progress_reports WHERE project_id = $1 AND state = 'ACCEPTED' ORDER BY seq DESC LIMIT 1`,
      [projectId],
    );
    return row?.items ?? null;
  }

  /** Loads and locks a report; a supervisor out of scope sees no report at all (404). */
  private async report(m: EntityManager, caller: Caller, reportId: string): Promise<ReportRow> {
    const [report]: ReportRow[] = await m.query('SELECT * FROM progress_reports WHERE id = $1 FOR UPDATE', [reportId]);
    if (caller === 'SYSTEM') {
      if (!report) throw notFound('report');
      return report;
    }
    assertInScope(caller, report ? { districtId: report.district_id, compoundId: report.compound_id } : null, 'report');
    return report;
  }

  /** Judges a report event on the report machine and, if allowed, applies it with its audit entry; null actor: the worker. */
  private async move(m: EntityManager, actor: Actor | null, report: ReportRow, event: ReportEvent, findings = 0): Promise<Date> {
    const now = this.clock.now();
    const role = actor?.role ?? 'SYSTEM';
    const decision = decide(reportMachine, { state: report.state, event, role, now, context: { dueAt: report.due_at, findings } });
    if (!decision.ok) throw refusalError(decision, role);
    await m.query('UPDATE progress_reports SET state = $2 WHERE id = $1', [report.id, decision.to]);
    await appendAudit(m, {
      actor,
      at: now,
      subjectType: 'report',
      subjectId: report.id,
      projectId: report.project_id,
      action: `report.${decision.event}`,
      fromState: decision.from,
      toState: decision.to,
      guardResults: decision.guards,
    });
    return now;
  }
}

function reportView(r: ReportRow) {
  return {
    id: r.id,
    projectId: r.project_id,
    seq: r.seq,
    dueAt: r.due_at,
    state: r.state,
    items: r.items,
    narrative: r.narrative,
    issues: r.issues,
    photos: r.photos,
    submittedBy: r.submitted_by,
    submittedAt: r.submitted_at,
    auditedBy: r.audited_by,
    auditedAt: r.audited_at,
  };
}

function findingView(r: FindingRow) {
  return {
    id: r.id,
    projectId: r.project_id,
    reportId: r.report_id,
    severity: r.severity,
    description: r.description,
    deadline: r.deadline,
    responsible: r.responsible,
    state: r.state,
    evidence: r.evidence,
    raisedBy: r.raised_by,
    raisedAt: r.raised_at,
    closedAt: r.closed_at,
  };
}
