import { complaintMachine, PROJECT_STATES, type ComplaintState, type ProjectState } from '@app/domain';
import type { EntityManager } from 'typeorm';

/** Which projects are counted: in these districts (null: all), optionally one state, optionally one plan year. */
export interface ProjectSelection {
  districtIds: readonly string[] | null;
  state?: ProjectState;
  planYear?: number;
}

export interface Figures {
  projects: { total: number; byState: Record<ProjectState, number> };
  overdue: { reports: number; findings: number; complaints: number; total: number };
  /** Exact fen. The gap adds up each project's shortfall: one project's surplus does not cover another's. */
  funds: { budgetFen: string; raisedFen: string; gapFen: string };
}

export interface DistrictFigures extends Figures {
  id: string;
  code: string;
  name: string;
  cityId: string;
}

/** A complaint is unresolved while received, and again while handled after HANDLE or a REOPEN. */
export const UNRESOLVED: readonly ComplaintState[] = ['RECEIVED', 'HANDLING'];
export const UNRESOLVING_EVENTS = Object.values(complaintMachine.transitions).flatMap((byEvent) =>
  Object.entries(byEvent ?? {})
    .filter(([, t]) => UNRESOLVED.includes(t!.to as ComplaintState))
    .map(([event]) => event),
);

/**
 * The three overdue conditions as SQL over one row (alias) at an instant (a placeholder), shared by
 * the district figures and the project list so that both count the same items.
 */
export function overdueReport(r: string, at: string): string {
  return `${r}.due_at < ${at} AND (${r}.submitted_at IS NULL OR ${r}.submitted_at > ${at})
     AND EXISTS (SELECT 1 FROM projects op WHERE op.id = ${r}.project_id AND op.state = 'CONSTRUCTION')
     AND NOT EXISTS (SELECT 1 FROM audit_log l
                      WHERE l.subject_type = 'report' AND l.subject_id = ${r}.id::text AND l.action = 'report.SUBMIT' AND l.at <= ${at})`;
}

export function overdueFinding(f: string, at: string): string {
  return `${f}.deadline < ${at} AND ${f}.raised_at <= ${at} AND (${f}.closed_at IS NULL OR ${f}.closed_at > ${at})`;
}

/** `unresolvingEvents` and `unresolvedStates` are the placeholders of UNRESOLVING_EVENTS and UNRESOLVED. */
export function overdueComplaint(c: string, at: string, unresolvingEvents: string, unresolvedStates: string): string {
  return `${c}.respond_by < ${at} AND ${c}.received_at <= ${at}
     AND CASE WHEN coalesce((${c}.steps -> -1 ->> 'at')::timestamptz <= ${at}, TRUE) THEN ${c}.state = ANY(${unresolvedStates}::text[])
              ELSE coalesce((SELECT step->>'event' FROM jsonb_array_elements(${c}.steps) WITH ORDINALITY AS x(step, i)
                              WHERE (step->>'at')::timestamptz <= ${at} ORDER BY i DESC LIMIT 1) = ANY(${unresolvingEvents}::text[]), TRUE) END`;
}

/*
 * Overdue items are judged as of an instant, from the rows' own times, so that the figures for the
 * end of a past month come out the same whenever they are computed:
 * - a report is overdue once its due date passed without a first submission (state OVERDUE is the
 *   worker marking that fact; a later submission overwrites submitted_at, hence the audit trail),
 *   and only while its project is in construction: after that, a report never sent is history;
 * - a finding is past its deadline until it is closed (closed_at is set only by CLOSE, a final state);
 * - a complaint is past its limit while, by its last step up to then, it is still unresolved; when
 *   no step came after the instant, its current state says so without reading the steps.
 * Projects by state and funds are as they stand now: neither keeps its history.
 *
 * Items carry their project's district, so without a state or plan-year filter they are counted
 * by their own district_id, on their own indexes; with one, only those of the selected projects.
 * (Parameters are bound per execution, so PostgreSQL folds the filter test away before planning.)
 */
const FIGURES_SQL = `
WITH selected AS NOT MATERIALIZED (
  SELECT p.id, p.district_id, p.state
    FROM projects p
    LEFT JOIN project_admissions a ON a.project_id = p.id
   WHERE ($1::uuid[] IS NULL OR p.district_id = ANY($1::uuid[]))
     AND ($2::text IS NULL OR p.state = $2::text)
     AND ($3::int IS NULL OR a.plan_year = $3::int)
),
by_state AS (
  SELECT district_id, jsonb_object_agg(state, n) AS counts
    FROM (SELECT district_id, state, count(*)::int AS n FROM selected GROUP BY district_id, state) s
   GROUP BY district_id
),
reports AS (
  SELECT r.district_id, count(*)::int AS n
    FROM progress_reports r
   WHERE ($1::uuid[] IS NULL OR r.district_id = ANY($1::uuid[]))
     AND (($2::text IS NULL AND $3::int IS NULL) OR r.project_id IN (SELECT id FROM selected))
     AND ${overdueReport('r', '$4')}
   GROUP BY r.district_id
),
findings AS (
  SELECT f.district_id, count(*)::int AS n
    FROM findings f
   WHERE ($1::uuid[] IS NULL OR f.district_id = ANY($1::uuid[]))
     AND (($2::text IS NULL AND $3::int IS NULL) OR f.project_id IN (SELECT id FROM selected))
     AND ${overdueFinding('f', '$4')}
   GROUP BY f.district_id
),
complaints AS (
  SELECT c.district_id, count(*)::int AS n
    FROM complaints c
   WHERE ($1::uuid[] IS NULL OR c.district_id = ANY($1::uuid[]))
     AND (($2::text IS NULL AND $3::int IS NULL) OR c.project_id IN (SELECT id FROM selected))
     AND ${overdueComplaint('c', '$4', '$5', '$6')}
   GROUP BY c.district_id
),
funds AS (
  SELECT s.district_id, sum(f.budget_fen) AS budget, sum(coalesce(x.raised, 0)) AS raised,
         sum(greatest(f.budget_fen - coalesce(x.raised, 0), 0)) AS gap
    FROM funding_plans f
    JOIN selected s ON s.id = f.project_id
    LEFT JOIN (SELECT project_id, sum(amount_fen) AS raised FROM funding_sources GROUP BY project_id) x ON x.project_id = f.project_id
   GROUP BY s.district_id
)
SELECT d.id, d.code, d.name, d.city_id, coalesce(b.counts, '{}') AS counts,
       coalesce(r.n, 0) AS reports, coalesce(f.n, 0) AS findings, coalesce(c.n, 0) AS complaints,
       coalesce(m.budget, 0)::text AS budget, coalesce(m.raised, 0)::text AS raised, coalesce(m.gap, 0)::text AS gap
  FROM districts d
  LEFT JOIN by_state b ON b.district_id = d.id
  LEFT JOIN reports r ON r.district_id = d.id
  LEFT JOIN findings f ON f.district_id = d.id
  LEFT JOIN complaints c ON c.district_id = d.id
  LEFT JOIN funds m ON m.district_id = d.id
 WHERE ($1::uuid[] IS NULL OR d.id = ANY($1::uuid[]))
 ORDER BY d.code`;

interface FiguresRow {
  id: string;
  code: string;
  name: string;
  city_id: string;
  counts: Partial<Record<ProjectState, number>>;
  reports: number;
  findings: number;
  complaints: number;
  budget: string;
  raised: string;
  gap: string;
}

function byState(counts: Partial<Record<ProjectState, number>>): Record<ProjectState, number> {
  return Object.fromEntries(PROJECT_STATES.map((s) => [s, counts[s] ?? 0])) as Record<ProjectState, number>;
}

/**
 * Projects by state, overdue items as of `asOf`, and funds, for every selected district (with
 * zeros where it has nothing), in one set-based query. Shared by the portfolio and the bulletin.
 */
export async function districtFigures(
  m: Pick<EntityManager, 'query'>,
  selection: ProjectSelection,
  asOf: Date,
): Promise<DistrictFigures[]> {
  const rows: FiguresRow[] = await m.query(FIGURES_SQL, [
    selection.districtIds,
    selection.state ?? null,
    selection.planYear ?? null,
    asOf,
    UNRESOLVING_EVENTS,
    UNRESOLVED,
  ]);
  return rows.map((r) => {
    const projects = byState(r.counts);
    return {
      id: r.id,
      code: r.code,
      name: r.name,
      cityId: r.city_id,
      projects: { total: Object.values(projects).reduce((s, n) => s + n, 0), byState: projects },
      overdue: { reports: r.reports, findings: r.findings, complaints: r.complaints, total: r.reports + r.findings + r.complaints },
      funds: { budgetFen: r.budget, raisedFen: r.raised, gapFen: r.gap },
    };
  });
}

/** The figures of several districts added up; exact for the money. */
export function totalOf(rows: readonly Figures[]): Figures {
  const sum = (f: (x: Figures) => number) => rows.reduce((s, x) => s + f(x), 0);
  const fen = (f: (x: Figures) => string) => rows.reduce((s, x) => s + BigInt(f(x)), 0n).toString();
  return {
    projects: {
      total: sum((x) => x.projects.total),
      byState: Object.fromEntries(PROJECT_STATES.map((s) => [s, sum((x) => x.projects.byState[s])])) as Record<ProjectState, number>,
    },
    overdue: {
      reports: sum((x) => x.overdue.reports),
      findings: sum((x) => x.overdue.findings),
      complaints: sum((x) => x.overdue.complaints),
      total: sum((x) => x.overdue.total),
    },
    funds: {
      budgetFen: fen((x) => x.funds.budgetFen),
      raisedFen: fen((x) => x.funds.raisedFen),
      gapFen: fen((x) => x.funds.gapFen),
    },
  };
}
