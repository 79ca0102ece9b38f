import type { ProjectEntity } from '@app/db';
import {
  AFTERCARE_STATES,
  addMonths,
  chinaDate,
  CONTRACTED_MODES,
  DomainError,
  expectedFund,
  FUND_BUILDING_TYPES,
  invalid,
  notFound,
  REVISIT_MONTHS,
  type Actor,
  type FindingSeverity,
  type FundRate,
  type LifecycleContext,
  type PropertyMode,
} from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { PracticeCatalog } from '../catalog/practice-catalog.service.js';
import { requireOwnersDecision } from '../consent/owners-decision.js';
import { appendAudit } from '../platform/audit.js';
import { Clock } from '../platform/clock.js';
import { LocalSettingsService } from '../platform/local-settings.service.js';
import { scheduleDeadline, settleDeadlines } from '../platform/deadlines.js';
import { EscalationService } from '../platform/escalation.service.js';
import { ProjectService } from './project.service.js';

export interface PropertyInput {
  mode: PropertyMode;
  provider?: string | null;
  contractStart: string;
  contractEnd?: string | null;
}

export interface FundPlanInput {
  /** Buildings whose type differs from their compound's default (elevator or not); the lead compound's unless named. */
  buildings?: { compoundId?: string; building: string; buildingType: string }[];
}

export interface CollectionInput {
  /** The covered compound whose owners paid; may be left out when it can only be one. */
  compoundId?: string;
  amountFen: string;
  collectedOn: string;
  building?: string | null;
  note?: string;
}

export interface RevisitInput {
  score: number;
  summary: string;
  findings: { description: string; severity: FindingSeverity }[];
}

interface RevisitRow {
  id: string;
  project_id: string;
  months: number;
  due_at: Date;
  state: 'SCHEDULED' | 'DUE' | 'DONE';
}

/** Long-term management (建立长效机制): property arrangement, maintenance fund and revisits (回头看). */
@Injectable()
export class LongTermService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly projects: ProjectService,
    private readonly escalation: EscalationService,
    private readonly practices: PracticeCatalog,
    private readonly settings: LocalSettingsService,
  ) {}

  /** Maintenance-fund rates per building type as in effect for the district now. */
  private async rates(m: EntityManager, districtId: string): Promise<FundRate[]> {
    const { settings } = await this.settings.inEffect(m, districtId);
    return FUND_BUILDING_TYPES.map((buildingType) => {
      const s = settings.find((x) => x.key === `maintenanceFund.rateFen.${buildingType}`)!;
      return { buildingType, name: s.label, rateFen: s.value, origin: s.origin };
    });
  }

  /** What the CLOSE guards read. */
  async context(m: EntityManager, projectId: string): Promise<LifecycleContext['longTerm']> {
    const [property]: { mode: PropertyMode; contract_end: string | null }[] = await m.query(
      `SELECT mode, to_char(contract_end, 'YYYY-MM-DD') AS contract_end FROM property_arrangements WHERE project_id = $1`,
      [projectId],
    );
    const [plan] = await m.query('SELECT 1 FROM maintenance_fund_plans WHERE project_id = $1', [projectId]);
    const done: { months: number }[] = await m.query(`SELECT months FROM revisits WHERE project_id = $1 AND state = 'DONE'`, [projectId]);
    return {
      property: property ? { mode: property.mode, contractEnd: property.contract_end } : null,
      fundPlanned: Boolean(plan),
      revisitsDone: done.map((r) => r.months),
    };
  }

  /** Inside PASS_ACCEPTANCE: the revisits fall due counted from this acceptance, each with its alarm. */
  async scheduleRevisits(m: EntityManager, projectId: string, acceptedAt: Date): Promise<void> {
    for (const months of REVISIT_MONTHS) {
      const dueAt = addMonths(acceptedAt, months);
      const [row]: { id: string }[] = await m.query(
        `INSERT INTO revisits (project_id, months, due_at, state) VALUES ($1, $2, $3, 'SCHEDULED') ON CONFLICT (project_id, months) DO NOTHING RETURNING id`,
        [projectId, months, dueAt],
      );
      if (row) await scheduleDeadline(m, 'REVISIT_DUE', row.id, dueAt);
    }
  }

  /** The revisit's time has come: the district's PMs are told, and its supervisors if it is still not done after the grace period. */
  async revisitDue(revisitId: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const [r]: (RevisitRow & { district_id: string })[] = await m.query(
        `SELECT r.*, p.district_id FROM revisits r JOIN projects p ON p.id = r.project_id WHERE r.id = $1 FOR UPDATE OF r`,
        [revisitId],
      );
      const now = this.clock.now();
      const fired = await settleDeadlines(m, revisitId, 'DONE', now, 'REVISIT_DUE');
      if (!fired || !r || r.state !== 'SCHEDULED') return;
      await m.query(`UPDATE revisits SET state = 'DUE' WHERE id = $1`, [revisitId]);
      await this.escalation.overdue(
        m,
        {
          kind: 'REVISIT_DUE',
          subjectType: 'revisit',
          subjectId: r.id,
          projectId: r.project_id,
          districtId: r.district_id,
          message: { zh: `验收后${r.months}个月回头看已到期`, en: `the ${r.months}-month revisit after acceptance is due` },
        },
        now,
      );
    });
  }

  async overview(actor: Actor, projectId: string) {
    await this.projects.get(actor, projectId);
    const [property] = await this.db.query(
      `SELECT mode, provider, to_char(contract_start, 'YYYY-MM-DD') AS "contractStart", to_char(contract_end, 'YYYY-MM-DD') AS "contractEnd",
              consent_round_id AS "consentRoundId", recorded_at AS "recordedAt" FROM property_arrangements WHERE project_id = $1`,
      [projectId],
    );
    const [committee] = await this.db.query(
      `SELECT id, name, jsonb_array_length(members) AS members, created_at AS "registeredAt" FROM governance_bodies
        WHERE project_id = $1 AND kind = 'OWNERS_COMMITTEE' ORDER BY created_at DESC LIMIT 1`,
      [projectId],
    );
    return {
      property: property ?? null,
      ownersCommittee: committee ?? null,
      fund: await this.fund(projectId),
      revisits: await this.revisits(projectId),
    };
  }

  async setProperty(actor: Actor, projectId: string, input: PropertyInput) {
    const contracted = CONTRACTED_MODES.includes(input.mode);
    const errors = [
      ...(contracted && !input.provider?.trim()
        ? [{ field: 'provider', code: 'REQUIRED', message: `${input.mode} names the company or trustee that manages the compound` }]
        : []),
      ...(contracted && !input.contractEnd
        ? [{ field: 'contractEnd', code: 'REQUIRED', message: `a ${input.mode} contract has an end date` }]
        : []),
      ...(!contracted && (input.provider || input.contractEnd)
        ? [{ field: 'mode', code: 'NO_CONTRACT', message: 'a self-managed compound has no provider and no contract end' }]
        : []),
      ...(input.contractEnd && input.contractEnd <= input.contractStart
        ? [{ field: 'contractEnd', code: 'BEFORE_START', message: 'the contract ends after it starts' }]
        : []),
    ];
    if (errors.length) throw invalid(errors);
    const detail: Record<string, unknown> = { mode: input.mode };
    return this.change(actor, projectId, 'long-term.property-set', detail, async (m, now) => {
      // A property company is the owners' choice (Civil Code art. 278, item 4).
      const decided = input.mode === 'PROFESSIONAL' ? await requireOwnersDecision(m, this.practices, projectId, 'PROPERTY_COMPANY') : null;
      const roundId = decided?.roundId ?? null;
      await m.query(
        `INSERT INTO property_arrangements (project_id, mode, provider, contract_start, contract_end, recorded_by, recorded_at, consent_round_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (project_id) DO UPDATE SET mode = EXCLUDED.mode, provider = EXCLUDED.provider, contract_start = EXCLUDED.contract_start,
           contract_end = EXCLUDED.contract_end, recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at,
           consent_round_id = EXCLUDED.consent_round_id`,
        [
          projectId,
          input.mode,
          contracted ? input.provider!.trim() : null,
          input.contractStart,
          input.contractEnd ?? null,
          actor.userId,
          now,
          roundId,
        ],
      );
      Object.assign(detail, decided?.detail ?? { consentRoundId: null });
    });
  }

  /**
   * Expected contributions from the rosters' floor area per building of every covered compound, at
   * the rate of each building's type (by default its compound's, with or without elevator). A
   * re-plan replaces the lines; collections stay.
   */
  async planFund(actor: Actor, projectId: string, input: FundPlanInput) {
    const detail: Record<string, unknown> = {};
    return this.change(actor, projectId, 'long-term.fund-planned', detail, async (m, now, project) => {
      // The rates in effect now; each line keeps the one it was computed with.
      const rates = await this.rates(m, project.districtId);
      detail.rates = Object.fromEntries(rates.map((r) => [r.buildingType, r.rateFen]));
      const areas: { compound_id: string; has_elevator: boolean; building: string; area: string }[] = await m.query(
        `SELECT h.compound_id, c.has_elevator, h.building, sum(h.floor_area)::numeric(14, 2)::text AS area
           FROM project_compounds pc JOIN compounds c ON c.id = pc.compound_id JOIN households h ON h.compound_id = pc.compound_id
          WHERE pc.project_id = $1 GROUP BY h.compound_id, c.has_elevator, h.building ORDER BY h.compound_id, h.building`,
        [projectId],
      );
      const key = (compoundId: string, building: string) => `${compoundId}/${building}`;
      const asked = (input.buildings ?? []).map((b) => ({ key: key(b.compoundId ?? project.compoundId, b.building), ...b }));
      const overrides = new Map(asked.map((b) => [b.key, b.buildingType]));
      const errors = [
        ...(areas.length === 0
          ? [{ field: 'roster', code: 'EMPTY', message: 'the roster holds no households, so there is no floor area' }]
          : []),
        ...asked
          .filter((b) => !areas.some((a) => key(a.compound_id, a.building) === b.key))
          .map((b) => ({
            field: 'buildings',
            code: 'UNKNOWN_BUILDING',
            message: `building ${b.building} is not in the compound's roster`,
          })),
        ...[...overrides.values()]
          .filter((t) => !rates.some((r) => r.buildingType === t))
          .map((t) => ({ field: 'buildings', code: 'UNKNOWN_TYPE', message: `no rate for building type ${t}` })),
      ];
      if (errors.length) throw invalid(errors);
      const { lines } = expectedFund(
        areas.map((a) => ({
          building: a.building,
          area: a.area,
          buildingType: overrides.get(key(a.compound_id, a.building)) ?? (a.has_elevator ? 'ELEVATOR' : 'NO_ELEVATOR'),
        })),
        rates,
      );
      // Raising the fund is a major matter for the owners (Civil Code art. 278, item 6).
      const { roundId, detail: decision } = await requireOwnersDecision(m, this.practices, projectId, 'MAINTENANCE_FUND_RAISING');
      Object.assign(detail, decision);
      await m.query('DELETE FROM maintenance_fund_plans WHERE project_id = $1', [projectId]);
      await m.query('INSERT INTO maintenance_fund_plans (project_id, recorded_by, recorded_at, consent_round_id) VALUES ($1, $2, $3, $4)', [
        projectId,
        actor.userId,
        now,
        roundId,
      ]);
      await m.query(
        `INSERT INTO maintenance_fund_lines (project_id, compound_id, building, building_type, area, rate_fen, expected_fen)
         SELECT $1, * FROM unnest($2::uuid[], $3::text[], $4::text[], $5::numeric[], $6::int[], $7::bigint[])`,
        [
          projectId,
          areas.map((a) => a.compound_id),
          lines.map((l) => l.building),
          lines.map((l) => l.buildingType),
          lines.map((l) => l.area),
          lines.map((l) => l.rateFen),
          lines.map((l) => l.expectedFen.toString()),
        ],
      );
    }).then(() => this.fund(projectId));
  }

  /** Money the owners of one covered compound paid into their maintenance fund. */
  async collect(actor: Actor, projectId: string, input: CollectionInput) {
    return this.change(actor, projectId, 'long-term.fund-collected', { amountFen: input.amountFen }, async (m, now, project) => {
      const compoundId = await this.projects.compoundFor(m, actor, project, input.compoundId);
      if (input.collectedOn > chinaDate(now)) {
        throw invalid([{ field: 'collectedOn', code: 'IN_FUTURE', message: 'a collection is recorded once the money is in' }]);
      }
      if (input.building) {
        const [line] = await m.query('SELECT 1 FROM maintenance_fund_lines WHERE project_id = $1 AND compound_id = $2 AND building = $3', [
          projectId,
          compoundId,
          input.building,
        ]);
        if (!line)
          throw invalid([{ field: 'building', code: 'UNKNOWN_BUILDING', message: `building ${input.building} is not in the fund plan` }]);
      }
      await m.query(
        `INSERT INTO maintenance_fund_collections (project_id, compound_id, amount_fen, collected_on, building, note, recorded_by, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [projectId, compoundId, input.amountFen, input.collectedOn, input.building ?? null, input.note ?? '', actor.userId, now],
      );
    }).then(() => this.fund(projectId));
  }

  async recordRevisit(actor: Actor, projectId: string, months: number, input: RevisitInput) {
    return this.db.transaction(async (m) => {
      await this.projects.lockIn(m, actor, projectId, ['LONG_TERM'], 'revisits are recorded');
      const [r]: RevisitRow[] = await m.query('SELECT * FROM revisits WHERE project_id = $1 AND months = $2 FOR UPDATE', [
        projectId,
        months,
      ]);
      if (!r) throw notFound(`the ${months}-month revisit`);
      if (r.state === 'DONE') throw new DomainError('RESOURCE.ALREADY_RECORDED', `the ${months}-month revisit is already recorded`);
      const now = this.clock.now();
      if (now.getTime() < r.due_at.getTime()) {
        throw new DomainError('REVISIT.NOT_DUE', `the ${months}-month revisit is not due until ${r.due_at.toISOString()}`, {
          dueAt: r.due_at,
        });
      }
      await m.query(
        `UPDATE revisits SET state = 'DONE', score = $2, summary = $3, findings = $4, recorded_by = $5, done_at = $6 WHERE id = $1`,
        [r.id, input.score, input.summary, JSON.stringify(input.findings), actor.userId, now],
      );
      await settleDeadlines(m, r.id, 'DONE', now);
      await appendAudit(m, {
        actor,
        at: now,
        subjectType: 'revisit',
        subjectId: r.id,
        projectId,
        action: 'long-term.revisit-recorded',
        detail: { months, score: input.score, findings: input.findings.length },
      });
      return (await this.revisits(projectId, m)).find((x) => x.months === months)!;
    });
  }

  private async fund(projectId: string) {
    const [{ district_id: districtId }]: { district_id: string }[] = await this.db.query('SELECT district_id FROM projects WHERE id = $1', [
      projectId,
    ]);
    const [plan]: { consent_round_id: string | null }[] = await this.db.query(
      'SELECT consent_round_id FROM maintenance_fund_plans WHERE project_id = $1',
      [projectId],
    );
    const lines: { expectedFen: string }[] = await this.db.query(
      `SELECT l.compound_id AS "compoundId", l.building, l.building_type AS "buildingType", l.area::text, l.rate_fen AS "rateFen",
              l.expected_fen::text AS "expectedFen"
         FROM maintenance_fund_lines l JOIN project_compounds pc ON pc.project_id = l.project_id AND pc.compound_id = l.compound_id
        WHERE l.project_id = $1 ORDER BY pc.position, l.building`,
      [projectId],
    );
    const collections = await this.db.query(
      `SELECT id, compound_id AS "compoundId", amount_fen::text AS "amountFen", to_char(collected_on, 'YYYY-MM-DD') AS "collectedOn", building, note, recorded_at AS "recordedAt"
         FROM maintenance_fund_collections WHERE project_id = $1 ORDER BY collected_on, recorded_at`,
      [projectId],
    );
    const collected = collections.reduce((sum: bigint, c: { amountFen: string }) => sum + BigInt(c.amountFen), 0n);
    const expected = plan ? lines.reduce((sum, l) => sum + BigInt(l.expectedFen), 0n) : null;
    return {
      rates: await this.rates(this.db.manager, districtId),
      planned: Boolean(plan),
      /** The round in which the owners decided to raise it. */
      consentRoundId: plan?.consent_round_id ?? null,
      expectedFen: expected?.toString() ?? null,
      collectedFen: collected.toString(),
      /** What is still to be collected; negative when more came in than the plan expects. */
      outstandingFen: expected === null ? null : (expected - collected).toString(),
      lines,
      collections,
    };
  }

  private async revisits(projectId: string, m: EntityManager = this.db.manager) {
    return m.query(
      `SELECT months, due_at AS "dueAt", state, score, summary, findings, done_at AS "doneAt" FROM revisits WHERE project_id = $1 ORDER BY months`,
      [projectId],
    ) as Promise<{ months: number; dueAt: Date; state: string; score: number | null }[]>;
  }

  private async change<T>(
    actor: Actor,
    projectId: string,
    action: string,
    detail: Record<string, unknown>,
    apply: (m: EntityManager, now: Date, project: ProjectEntity) => Promise<T>,
  ): Promise<T> {
    return this.db.transaction(async (m) => {
      const project = await this.projects.lockIn(m, actor, projectId, AFTERCARE_STATES, 'long-term arrangements are recorded');
      const now = this.clock.now();
      const result = await apply(m, now, project);
      await appendAudit(m, { actor, at: now, subjectType: 'project', subjectId: projectId, projectId, action, detail });
      return result;
    });
  }
}
