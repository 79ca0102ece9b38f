import { FUNDING_SOURCES, type ProjectState } from '@app/domain';
import type { DataSource } from 'typeorm';

export interface ProjectRow {
  id: string;
  districtId: string;
  compoundId: string;
}

export interface ProjectSpec {
  resumeState?: ProjectState;
  planYear?: number;
  /** Funding plan budget and the amounts of its sources, in fen. */
  budgetFen?: number;
  sourcesFen?: number[];
}

/**
 * Rows written straight into the tables, for tests that need a known dataset in given states and
 * at given times rather than a walk through the API. `userId` stands for every recorder column.
 */
export class Rows {
  private compounds = 0;

  constructor(
    private readonly db: DataSource,
    private readonly userId: string,
  ) {}

  async city(code: string, name: string): Promise<string> {
    const [{ id }] = await this.db.query('INSERT INTO cities (code, name) VALUES ($1, $2) RETURNING id', [code, name]);
    return id;
  }

  /** A district of the city of that name, which the database finds or creates (see the cities migration). */
  async district(code: string, name = `${code}区`, city = '长沙市'): Promise<string> {
    const [{ id }] = await this.db.query(`INSERT INTO districts (code, name, city) VALUES ($1, $2, $3) RETURNING id`, [code, name, city]);
    return id;
  }

  async project(districtId: string, state: ProjectState, spec: ProjectSpec = {}): Promise<ProjectRow> {
    const [{ id: compoundId }] = await this.db.query(
      `INSERT INTO compounds (district_id, name, address, build_year) VALUES ($1, $2, '测试路', 1990) RETURNING id`,
      [districtId, `小区${++this.compounds}`],
    );
    const resume = state === 'ON_HOLD' ? (spec.resumeState ?? 'CONSTRUCTION') : null;
    const [{ id }] = await this.db.query(
      `INSERT INTO projects (compound_id, district_id, name, state, resume_state, rule_profile) VALUES ($1, $2, '综合改造', $3, $4, 'changsha-two-80') RETURNING id`,
      [compoundId, districtId, state, resume],
    );
    await this.db.query(
      `INSERT INTO project_compounds (project_id, compound_id, district_id, lead, position, added_at, released_at)
       VALUES ($1, $2, $3, true, 1, now(), CASE WHEN $4 IN ('CLOSED', 'CANCELLED') THEN now() END)`,
      [id, compoundId, districtId, state],
    );
    if (spec.planYear !== undefined)
      await this.db.query('INSERT INTO project_admissions (project_id, plan_year, updated_by) VALUES ($1, $2, $3)', [
        id,
        spec.planYear,
        this.userId,
      ]);
    if (spec.budgetFen !== undefined) {
      await this.db.query('INSERT INTO funding_plans (project_id, budget_fen, updated_by) VALUES ($1, $2, $3)', [
        id,
        spec.budgetFen,
        this.userId,
      ]);
      for (const [i, amount] of (spec.sourcesFen ?? []).entries())
        await this.db.query('INSERT INTO funding_sources (project_id, source, amount_fen) VALUES ($1, $2, $3)', [
          id,
          FUNDING_SOURCES[i],
          amount,
        ]);
    }
    return { id, districtId, compoundId };
  }

  async report(p: ProjectRow, seq: number, dueAt: string, state: string, submittedAt: string | null = null): Promise<string> {
    const [{ id }] = await this.db.query(
      `INSERT INTO progress_reports (project_id, district_id, compound_id, seq, due_at, state, submitted_by, submitted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [p.id, p.districtId, p.compoundId, seq, dueAt, state, submittedAt && this.userId, submittedAt],
    );
    return id;
  }

  /** A finding on a report of its own, due 15 days before the deadline. */
  async finding(p: ProjectRow, deadline: string, state: string, closedAt: string | null = null): Promise<string> {
    const raisedAt = new Date(new Date(deadline).getTime() - 15 * 24 * 3600 * 1000);
    const [{ n }] = await this.db.query('SELECT count(*)::int AS n FROM progress_reports WHERE project_id = $1', [p.id]);
    const reportId = await this.report(p, 100 + n, raisedAt.toISOString(), 'RETURNED', raisedAt.toISOString());
    const [{ id }] = await this.db.query(
      `INSERT INTO findings (project_id, district_id, compound_id, report_id, severity, description, deadline, responsible, state, raised_by, raised_at, closed_at)
       VALUES ($1, $2, $3, $4, 'HIGH', '脚手架未设防护网', $5, '施工单位', $6, $7, $8, $9) RETURNING id`,
      [p.id, p.districtId, p.compoundId, reportId, deadline, state, this.userId, raisedAt, closedAt],
    );
    return id;
  }

  /** A complaint with its steps, each an event and its time. */
  async complaint(
    p: ProjectRow,
    receivedAt: string,
    respondBy: string,
    state: string,
    steps: [string, string][] = [],
    complainant: { name: string; contact: string } | null = null,
  ): Promise<string> {
    const [{ id }] = await this.db.query(
      `INSERT INTO complaints (project_id, district_id, compound_id, subject, complainant_name, complainant_contact, state, received_by, received_at, respond_by, steps)
       VALUES ($1, $2, $3, '夜间施工噪音', $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        p.id,
        p.districtId,
        p.compoundId,
        complainant?.name ?? null,
        complainant?.contact ?? null,
        state,
        this.userId,
        receivedAt,
        respondBy,
        JSON.stringify(steps.map(([event, at]) => ({ event, by: this.userId, at: new Date(at).toISOString(), note: null }))),
      ],
    );
    return id;
  }

  /** An audit entry as a service appends it: a lifecycle transition when from/to are given. */
  async audit(
    p: ProjectRow,
    action: string,
    at: string,
    states: { from?: string; to?: string } = {},
    subject: { type: string; id: string } = { type: 'project', id: p.id },
  ): Promise<void> {
    await this.db.query(
      `INSERT INTO audit_log (at, actor_id, subject_type, subject_id, project_id, action, from_state, to_state) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [at, this.userId, subject.type, subject.id, p.id, action, states.from ?? null, states.to ?? null],
    );
  }
}
