import { FUNDING_SOURCES, LIFECYCLE_MAIN_LINE, type ProjectState } from '@app/domain';
import type pg from 'pg';
import type { Prng } from './prng.js';

/**
 * What the city's projects carry once they are past the survey: plan years, funding plans,
 * progress reports, supervisors' findings and complaints, consistent with each project's state
 * and dated around one instant, SEED_AS_OF. Drawn from the city's generator after the city itself,
 * so the compounds and households stay what they were.
 */

/** The instant the generated city describes: deadlines before it have passed, those after it have not. */
export const SEED_AS_OF = new Date('2026-06-01T00:00:00+08:00');

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
const REPORT_INTERVAL_DAYS = 15;
const RESPONSE_DAYS = 3;

const IMPLEMENTING_ENTITIES = ['长沙城市更新投资集团', '区城市建设投资公司', '街道办事处', '区住房和城乡建设局', '国有产权单位'];
const FINDINGS = ['脚手架未设置防护网', '雨污管道接驳不规范', '外墙保温层空鼓', '消防通道堆放建材', '弱电线缆未入管', '施工现场未围挡'];
const RESPONSIBLE = ['施工单位项目经理', '监理单位总监', '设计单位驻场代表'];
const COMPLAINT_SUBJECTS = ['夜间施工噪音扰民', '楼道堆放建材', '停水未提前通知', '脚手架遮挡采光', '开挖后路面未恢复', '停车位减少'];
/** A complaint's steps in order; its state is the one reached after the last step taken. */
const COMPLAINT_STEPS = ['HANDLE', 'RESOLVE', 'REVISIT', 'CLOSE'] as const;
const STATE_AFTER_STEPS = ['RECEIVED', 'HANDLING', 'RESOLVED', 'REVISITED', 'CLOSED'] as const;

export interface SeededProject {
  id: string;
  districtId: string;
  compoundId: string;
  state: ProjectState;
  resumeState: ProjectState | null;
  households: number;
  createdAt: Date;
}

export interface SupervisionSummary {
  admissions: number;
  fundingPlans: number;
  reports: number;
  findings: number;
  complaints: number;
}

/** Rows of one table, column by column, for one INSERT ... SELECT FROM unnest(...). */
class Columns<K extends string> {
  readonly values = {} as Record<K, unknown[]>;
  length = 0;

  constructor(names: readonly K[]) {
    for (const n of names) this.values[n] = [];
  }

  push(row: Record<K, unknown>): void {
    for (const n of Object.keys(this.values) as K[]) this.values[n].push(row[n]);
    this.length++;
  }
}

async function insert<K extends string>(client: pg.ClientBase, table: string, types: Record<K, string>, rows: Columns<K>): Promise<void> {
  const names = Object.keys(types) as K[];
  await client.query(
    `INSERT INTO ${table} (${names.join(', ')})
     SELECT * FROM unnest(${names.map((n, i) => `$${i + 1}::${types[n]}[]`).join(', ')})`,
    names.map((n) => rows.values[n]),
  );
}

const at = (ms: number) => new Date(ms).toISOString();
const stage = (state: ProjectState) => LIFECYCLE_MAIN_LINE.indexOf(state);

/** Two accounts that stand for the recorders of the generated rows; they cannot sign in. */
async function systemUsers(client: pg.ClientBase, districtIds: string[]): Promise<{ pm: string; supervisor: string }> {
  const { rows } = await client.query(
    `INSERT INTO users (username, display_name, role, password_hash, active, district_ids)
     VALUES ('city-seed-pm', '数据生成（项目经理）', 'DISTRICT_PM', '!', false, $1),
            ('city-seed-supervisor', '数据生成（督导）', 'SUPERVISOR', '!', false, $1)
     RETURNING id, role`,
    [districtIds],
  );
  return { pm: rows.find((r) => r.role === 'DISTRICT_PM').id, supervisor: rows.find((r) => r.role === 'SUPERVISOR').id };
}

export async function seedSupervision(
  client: pg.ClientBase,
  prng: Prng,
  districtIds: string[],
  projects: SeededProject[],
): Promise<SupervisionSummary> {
  const users = await systemUsers(client, districtIds);
  const asOf = SEED_AS_OF.getTime();
  const admissions = new Columns(['project_id', 'plan_year', 'implementing_entity', 'updated_by'] as const);
  const plans = new Columns(['project_id', 'budget_fen', 'updated_by'] as const);
  const sources = new Columns(['project_id', 'source', 'amount_fen'] as const);
  const schedules = new Columns(['project_id', 'interval_days', 'started_at'] as const);
  const reports = new Columns([
    'id',
    'project_id',
    'district_id',
    'compound_id',
    'seq',
    'due_at',
    'state',
    'submitted_by',
    'submitted_at',
    'audited_by',
    'audited_at',
  ] as const);
  const findings = new Columns([
    'project_id',
    'district_id',
    'compound_id',
    'report_id',
    'severity',
    'description',
    'deadline',
    'responsible',
    'state',
    'evidence',
    'raised_by',
    'raised_at',
    'closed_at',
  ] as const);
  const complaints = new Columns([
    'project_id',
    'district_id',
    'compound_id',
    'subject',
    'state',
    'received_by',
    'received_at',
    'respond_by',
    'response_overdue_at',
    'steps',
  ] as const);

  for (const p of projects) {
    if (p.state === 'CANCELLED') continue;
    const step = stage(p.resumeState ?? p.state);
    if (step < stage('APPLIED')) continue;
    const place = { project_id: p.id, district_id: p.districtId, compound_id: p.compoundId };

    // APPLIED records its plan year before admission; from PLANNED on it has one, and an implementing entity from DESIGN on.
    const planned = step >= stage('PLANNED');
    if (planned || prng.chance(0.6)) {
      admissions.push({
        project_id: p.id,
        plan_year: Math.min(2026, Math.max(2020, p.createdAt.getUTCFullYear() + prng.int(1, 2))),
        implementing_entity: step > stage('PLANNED') || (planned && prng.chance(0.5)) ? prng.pick(IMPLEMENTING_ENTITIES) : null,
        updated_by: users.pm,
      });
    }

    // START_DESIGN needs a funding plan: every project past PLANNED has one, half of those in PLANNED.
    if (step > stage('PLANNED') || (planned && prng.chance(0.5))) {
      const budget = BigInt(p.households) * BigInt(prng.int(300_000, 1_200_000));
      plans.push({ project_id: p.id, budget_fen: budget.toString(), updated_by: users.pm });
      const coverage = step >= stage('CONSTRUCTION') ? prng.uniform(0.85, 1.1) : prng.uniform(0.4, 1);
      let left = BigInt(Math.round(Number(budget) * coverage));
      const pool = [...FUNDING_SOURCES];
      const picked = Array.from({ length: prng.int(2, 4) }, () => pool.splice(prng.int(0, pool.length - 1), 1)[0]);
      picked.forEach((source, i) => {
        const amount = i === picked.length - 1 ? left : BigInt(Math.round(Number(left) * prng.uniform(0.3, 0.7)));
        left -= amount;
        sources.push({ project_id: p.id, source, amount_fen: amount.toString() });
      });
    }

    if (step < stage('CONSTRUCTION')) continue;
    const building = step === stage('CONSTRUCTION');
    // Reports every 15 days; under construction the latest may still be open, later ones were all accepted.
    const count = building ? prng.int(1, 12) : prng.int(4, 16);
    const last = building ? prng.weighted({ DUE: 45, SUBMITTED: 20, OVERDUE: 20, RETURNED: 15 }) : 'ACCEPTED';
    const lastDue =
      last === 'DUE' ? asOf + prng.int(1, 14) * DAY : building ? asOf - prng.int(1, 20) * DAY : asOf - prng.int(30, 400) * DAY;
    const started = lastDue - count * REPORT_INTERVAL_DAYS * DAY;
    schedules.push({ project_id: p.id, interval_days: REPORT_INTERVAL_DAYS, started_at: at(started) });
    for (let seq = 1; seq <= count; seq++) {
      const due = started + seq * REPORT_INTERVAL_DAYS * DAY;
      const state = seq === count ? last : 'ACCEPTED';
      const submitted = state === 'DUE' || state === 'OVERDUE' ? null : Math.min(due - prng.int(0, 48) * HOUR, asOf - 2 * HOUR);
      const audited = submitted !== null && state !== 'SUBMITTED' ? Math.min(submitted + prng.int(6, 72) * HOUR, asOf - HOUR) : null;
      const id = prng.uuid();
      reports.push({
        id,
        ...place,
        seq,
        due_at: at(due),
        state,
        submitted_by: submitted === null ? null : users.pm,
        submitted_at: submitted === null ? null : at(submitted),
        audited_by: audited === null ? null : users.supervisor,
        audited_at: audited === null ? null : at(audited),
      });

      // A returned report carries findings; an accepted one may have been returned before.
      if (audited === null || (state !== 'RETURNED' && !prng.chance(0.25))) continue;
      for (let k = prng.int(1, 3); k > 0; k--) {
        const deadline = audited + prng.int(5, 30) * DAY;
        const findingState = !building
          ? 'CLOSED'
          : deadline < asOf
            ? prng.weighted({ CLOSED: 75, OPEN: 12, RECTIFIED: 8, REOPENED: 5 })
            : prng.weighted({ OPEN: 55, RECTIFIED: 30, CLOSED: 15 });
        const closed = findingState === 'CLOSED' ? Math.min(audited + prng.int(1, 40) * DAY, asOf - HOUR) : null;
        findings.push({
          ...place,
          report_id: id,
          severity: prng.weighted({ LOW: 30, MEDIUM: 45, HIGH: 20, CRITICAL: 5 }),
          description: prng.pick(FINDINGS),
          deadline: at(deadline),
          responsible: prng.pick(RESPONSIBLE),
          state: findingState,
          evidence: findingState === 'OPEN' ? null : `整改照片 ${prng.int(1000, 9999)}`,
          raised_by: users.supervisor,
          raised_at: at(audited),
          closed_at: closed === null ? null : at(closed),
        });
      }
    }

    // Complaints arrive during construction; a project past it has closed every one (COMPLETE_CONSTRUCTION).
    const complaintCount = Number(prng.weighted({ '0': 50, '1': 30, '2': 14, '3': 6 }));
    for (let k = 0; k < complaintCount; k++) {
      const received = prng.int(started, Math.min(lastDue, asOf - DAY));
      const recent = asOf - received < 20 * DAY;
      const state = !building
        ? 'CLOSED'
        : recent
          ? prng.weighted({ RECEIVED: 25, HANDLING: 40, RESOLVED: 20, CLOSED: 15 })
          : prng.weighted({ RECEIVED: 6, HANDLING: 12, RESOLVED: 6, REVISITED: 6, CLOSED: 70 });
      const taken = STATE_AFTER_STEPS.indexOf(state);
      const times = Array.from({ length: taken }, () => prng.int(received + HOUR, asOf - HOUR)).sort((a, b) => a - b);
      const respondBy = received + RESPONSE_DAYS * DAY;
      const answeredLate = times.length === 0 ? respondBy < asOf : times[0] > respondBy;
      complaints.push({
        ...place,
        subject: prng.pick(COMPLAINT_SUBJECTS),
        state,
        received_by: users.pm,
        received_at: at(received),
        respond_by: at(respondBy),
        response_overdue_at: answeredLate ? at(respondBy) : null,
        steps: JSON.stringify(times.map((t, i) => ({ event: COMPLAINT_STEPS[i], by: users.pm, at: at(t), note: null }))),
      });
    }
  }

  await insert(
    client,
    'project_admissions',
    { project_id: 'uuid', plan_year: 'int', implementing_entity: 'text', updated_by: 'uuid' },
    admissions,
  );
  await insert(client, 'funding_plans', { project_id: 'uuid', budget_fen: 'bigint', updated_by: 'uuid' }, plans);
  await insert(client, 'funding_sources', { project_id: 'uuid', source: 'text', amount_fen: 'bigint' }, sources);
  await insert(client, 'report_schedules', { project_id: 'uuid', interval_days: 'int', started_at: 'timestamptz' }, schedules);
  await insert(
    client,
    'progress_reports',
    {
      id: 'uuid',
      project_id: 'uuid',
      district_id: 'uuid',
      compound_id: 'uuid',
      seq: 'int',
      due_at: 'timestamptz',
      state: 'text',
      submitted_by: 'uuid',
      submitted_at: 'timestamptz',
      audited_by: 'uuid',
      audited_at: 'timestamptz',
    },
    reports,
  );
  await insert(
    client,
    'findings',
    {
      project_id: 'uuid',
      district_id: 'uuid',
      compound_id: 'uuid',
      report_id: 'uuid',
      severity: 'text',
      description: 'text',
      deadline: 'timestamptz',
      responsible: 'text',
      state: 'text',
      evidence: 'text',
      raised_by: 'uuid',
      raised_at: 'timestamptz',
      closed_at: 'timestamptz',
    },
    findings,
  );
  await insert(
    client,
    'complaints',
    {
      project_id: 'uuid',
      district_id: 'uuid',
      compound_id: 'uuid',
      subject: 'text',
      state: 'text',
      received_by: 'uuid',
      received_at: 'timestamptz',
      respond_by: 'timestamptz',
      response_overdue_at: 'timestamptz',
      steps: 'jsonb',
    },
    complaints,
  );
  return {
    admissions: admissions.length,
    fundingPlans: plans.length,
    reports: reports.length,
    findings: findings.length,
    complaints: complaints.length,
  };
}
