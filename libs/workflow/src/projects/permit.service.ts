import { EXEMPTION_BASES, invalid, maskName, seesPersonalData, type Actor, type ExemptionBasis } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { appendAudit } from '../platform/audit.js';
import { Clock } from '../platform/clock.js';
import { LocalSettingsService } from '../platform/local-settings.service.js';
import { onUniqueViolation } from '../platform/unique.js';
import { ProjectService } from './project.service.js';

export interface PermitInput {
  type: string;
  number: string;
  issuer: string;
  issuedOn: string;
}

export interface TeamInput {
  contractor: string;
  supervisionCompany: string;
  epc: boolean;
  volunteerSupervisors: { name: string; phone?: string | null }[];
}

export interface PermitsView {
  permits: { id: string; type: string; number: string; issuer: string; issuedOn: string }[];
  exemption: { bases: ExemptionBasis[]; note: string | null; recordedBy: string; recordedAt: Date } | null;
  team: (TeamInput & { recordedAt: Date }) | null;
}

/** Construction permits or their exemption, and the team that builds and watches (SPEC 3, PERMITTING). */
@Injectable()
export class PermitService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly projects: ProjectService,
    private readonly settings: LocalSettingsService,
  ) {}

  async get(actor: Actor, projectId: string): Promise<PermitsView> {
    await this.projects.get(actor, projectId);
    const view = await this.read(this.db.manager, projectId);
    if (!view.team || seesPersonalData(actor.role)) return view;
    return {
      ...view,
      team: { ...view.team, volunteerSupervisors: view.team.volunteerSupervisors.map((v) => ({ name: maskName(v.name), phone: null })) },
    };
  }

  async recordPermit(actor: Actor, projectId: string, input: PermitInput): Promise<PermitsView> {
    return onUniqueViolation(
      () =>
        this.write(actor, projectId, 'permit.recorded', { type: input.type, number: input.number }, (m, at) =>
          m.query(
            'INSERT INTO permits (project_id, type, number, issuer, issued_on, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
            [projectId, input.type, input.number, input.issuer, input.issuedOn, actor.userId, at],
          ),
        ),
      { permits_number_key: ['RESOURCE.TAKEN', `permit number ${input.number} is already recorded`] },
    );
  }

  /** A waiver holds only with all three bases (Yichang): the work adds no floor area and changes neither use, structure nor planning conditions. */
  async recordExemption(actor: Actor, projectId: string, bases: ExemptionBasis[], note: string | null): Promise<PermitsView> {
    const missing = EXEMPTION_BASES.filter((b) => !bases.includes(b));
    if (missing.length) {
      throw invalid([
        { field: 'bases', code: 'INCOMPLETE_BASIS', message: `an exemption needs every basis; missing ${missing.join(', ')}` },
      ]);
    }
    return this.write(actor, projectId, 'permit.exemption-recorded', { bases }, (m, at) =>
      m.query(
        `INSERT INTO permit_exemptions (project_id, bases, note, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (project_id) DO UPDATE SET bases = EXCLUDED.bases, note = EXCLUDED.note, recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at`,
        [projectId, [...new Set(bases)], note, actor.userId, at],
      ),
    );
  }

  async setTeam(actor: Actor, projectId: string, input: TeamInput): Promise<PermitsView> {
    const n = input.volunteerSupervisors.length;
    const detail: Record<string, unknown> = { epc: input.epc, volunteers: n };
    return this.write(actor, projectId, 'permit.team-named', detail, async (m, at, project) => {
      const { min, max } = (await this.settings.rules(m, project.districtId)).volunteerSupervisors;
      detail.volunteerSupervisors = { min, max };
      if (n < min || n > max) {
        throw invalid([
          { field: 'volunteerSupervisors', code: 'COUNT', message: `${min} to ${max} resident volunteer supervisors here, not ${n}` },
        ]);
      }
      await m.query(
        `INSERT INTO construction_teams (project_id, contractor, supervision_company, epc, volunteer_supervisors, recorded_by, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (project_id) DO UPDATE SET contractor = EXCLUDED.contractor, supervision_company = EXCLUDED.supervision_company, epc = EXCLUDED.epc,
           volunteer_supervisors = EXCLUDED.volunteer_supervisors, recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at`,
        [projectId, input.contractor, input.supervisionCompany, input.epc, JSON.stringify(input.volunteerSupervisors), actor.userId, at],
      );
    });
  }

  async read(m: EntityManager, projectId: string): Promise<PermitsView> {
    const permits = await m.query(
      `SELECT id, type, number, issuer, to_char(issued_on, 'YYYY-MM-DD') AS "issuedOn" FROM permits WHERE project_id = $1 ORDER BY issued_on, number`,
      [projectId],
    );
    const [ex] = await m.query('SELECT * FROM permit_exemptions WHERE project_id = $1', [projectId]);
    const [team] = await m.query('SELECT * FROM construction_teams WHERE project_id = $1', [projectId]);
    return {
      permits,
      exemption: ex ? { bases: ex.bases, note: ex.note, recordedBy: ex.recorded_by, recordedAt: ex.recorded_at } : null,
      team: team
        ? {
            contractor: team.contractor,
            supervisionCompany: team.supervision_company,
            epc: team.epc,
            volunteerSupervisors: team.volunteer_supervisors,
            recordedAt: team.recorded_at,
          }
        : null,
    };
  }

  private async write(
    actor: Actor,
    projectId: string,
    action: string,
    detail: Record<string, unknown>,
    change: (m: EntityManager, at: Date, project: { districtId: string }) => Promise<unknown>,
  ): Promise<PermitsView> {
    return this.db.transaction(async (m) => {
      const project = await this.projects.lockIn(m, actor, projectId, ['PERMITTING'], 'permits and the team are recorded');
      const at = this.clock.now();
      await change(m, at, project);
      await appendAudit(m, { actor, at, subjectType: 'project', subjectId: projectId, projectId, action, detail });
      return this.read(m, projectId);
    });
  }
}
