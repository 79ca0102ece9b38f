import {
  complaintMachine,
  decide,
  DomainError,
  inScope,
  isEvent,
  maskName,
  maskPhone,
  notFound,
  seesPersonalData,
  type Actor,
  type ComplaintState,
} from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { appendAudit } from '../platform/audit.js';
import { refusalError } from '../platform/refusal.js';
import { EscalationService } from '../platform/escalation.service.js';
import { Clock } from '../platform/clock.js';
import { LocalSettingsService } from '../platform/local-settings.service.js';
import { scheduleDeadline, settleDeadlines } from '../platform/deadlines.js';
import { assertInScope } from '../platform/scope.js';
import { ProjectService } from './project.service.js';

const DAY_MS = 24 * 3600 * 1000;

export interface ComplaintInput {
  /** The covered compound the complaint comes from; may be left out when it can only be one. */
  compoundId?: string;
  subject: string;
  complainantName?: string | null;
  complainantContact?: string | null;
  responseDays?: number;
}

export interface ComplaintEventInput {
  event: string;
  handler?: string | null;
  resolution?: string | null;
  acknowledgement?: string | null;
  reason?: string | null;
}

interface ComplaintRow {
  id: string;
  project_id: string;
  district_id: string;
  compound_id: string;
  subject: string;
  complainant_name: string | null;
  complainant_contact: string | null;
  state: ComplaintState;
  received_by: string;
  received_at: Date;
  respond_by: Date;
  response_overdue_at: Date | null;
  steps: { event: string; by: string; at: string; note: string | null }[];
}

/** Complaints filed for residents, carried through receive, resolve and revisit, each step with its person and time. */
@Injectable()
export class ComplaintService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly projects: ProjectService,
    private readonly escalation: EscalationService,
    private readonly settings: LocalSettingsService,
  ) {}

  /** The project's complaints from the covered compounds the actor works in (every one for the district's people). */
  async list(actor: Actor, projectId: string) {
    await this.projects.get(actor, projectId);
    const rows: ComplaintRow[] = await this.db.query('SELECT * FROM complaints WHERE project_id = $1 ORDER BY received_at, id', [
      projectId,
    ]);
    return rows.filter((r) => inScope(actor, { districtId: r.district_id, compoundId: r.compound_id })).map((r) => view(r, actor));
  }

  async file(actor: Actor, projectId: string, input: ComplaintInput) {
    return this.db.transaction(async (m) => {
      const project = await this.projects.find(m, actor, projectId, true);
      if (project.state === 'CLOSED' || project.state === 'CANCELLED')
        throw new DomainError('PROJECT.WRONG_STAGE', `project is ${project.state}`);
      const compoundId = await this.projects.compoundFor(m, actor, project, input.compoundId);
      const now = this.clock.now();
      // The limit in effect for the district when the complaint comes in; a later change does not move it.
      const responseDays = input.responseDays ?? (await this.settings.rules(m, project.districtId)).complaintResponseDays;
      const respondBy = new Date(now.getTime() + responseDays * DAY_MS);
      const [row]: ComplaintRow[] = await m.query(
        `INSERT INTO complaints (project_id, district_id, compound_id, subject, complainant_name, complainant_contact, state, received_by, received_at, respond_by, response_days)
         VALUES ($1, $2, $3, $4, $5, $6, 'RECEIVED', $7, $8, $9, $10) RETURNING *`,
        [
          projectId,
          project.districtId,
          compoundId,
          input.subject,
          input.complainantName ?? null,
          input.complainantContact ?? null,
          actor.userId,
          now,
          respondBy,
          responseDays,
        ],
      );
      await scheduleDeadline(m, 'COMPLAINT_RESPONSE', row.id, respondBy);
      await appendAudit(m, {
        actor,
        at: now,
        subjectType: 'complaint',
        subjectId: row.id,
        projectId,
        action: 'complaint.received',
        toState: 'RECEIVED',
        detail: { responseDays, respondBy },
      });
      return view(row, actor);
    });
  }

  async fire(actor: Actor, complaintId: string, input: ComplaintEventInput) {
    if (!isEvent(complaintMachine, input.event)) throw new DomainError('MACHINE.UNKNOWN_EVENT', `unknown event ${input.event}`);
    const event = input.event;
    return this.db.transaction(async (m) => {
      const [row]: ComplaintRow[] = await m.query('SELECT * FROM complaints WHERE id = $1 FOR UPDATE', [complaintId]);
      assertInScope(actor, row ? { districtId: row.district_id, compoundId: row.compound_id } : null, 'complaint');
      const now = this.clock.now();
      const decision = decide(complaintMachine, {
        state: row.state,
        event,
        role: actor.role,
        now,
        context: {
          handler: input.handler ?? null,
          resolution: input.resolution ?? null,
          acknowledgement: input.acknowledgement ?? null,
          reason: input.reason ?? null,
        },
      });
      if (!decision.ok) throw refusalError(decision, actor.role);
      const note = input.handler ?? input.resolution ?? input.acknowledgement ?? input.reason ?? null;
      const steps = [...row.steps, { event, by: actor.userId, at: now.toISOString(), note }];
      await m.query('UPDATE complaints SET state = $2, steps = $3 WHERE id = $1', [row.id, decision.to, JSON.stringify(steps)]);
      if (row.state === 'RECEIVED') await settleDeadlines(m, row.id, 'DONE', now);
      await appendAudit(m, {
        actor,
        at: now,
        subjectType: 'complaint',
        subjectId: row.id,
        projectId: row.project_id,
        action: `complaint.${event}`,
        fromState: decision.from,
        toState: decision.to,
      });
      return view((await m.query('SELECT * FROM complaints WHERE id = $1', [row.id]))[0], actor);
    });
  }

  /** Fired when the response limit passes: marks a complaint still waiting as late, once. */
  async markResponseOverdue(complaintId: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const [row]: ComplaintRow[] = await m.query('SELECT * FROM complaints WHERE id = $1 FOR UPDATE', [complaintId]);
      if (!row) throw notFound('complaint');
      const now = this.clock.now();
      const fired = await settleDeadlines(m, row.id, 'DONE', now, 'COMPLAINT_RESPONSE');
      if (fired && row.state === 'RECEIVED' && !row.response_overdue_at) {
        await m.query('UPDATE complaints SET response_overdue_at = $2 WHERE id = $1', [row.id, now]);
        await appendAudit(m, {
          actor: null,
          at: now,
          subjectType: 'complaint',
          subjectId: row.id,
          projectId: row.project_id,
          action: 'complaint.response-overdue',
        });
        await this.escalation.overdue(
          m,
          {
            kind: 'COMPLAINT_LATE',
            subjectType: 'complaint',
            subjectId: row.id,
            projectId: row.project_id,
            districtId: row.district_id,
            message: { zh: `投诉“${row.subject.slice(0, 40)}”超过答复时限`, en: 'a complaint passed its response limit' },
          },
          now,
        );
      }
    });
  }
}

function view(r: ComplaintRow, actor: Actor) {
  const clear = seesPersonalData(actor.role);
  return {
    id: r.id,
    projectId: r.project_id,
    compoundId: r.compound_id,
    subject: r.subject,
    complainantName: r.complainant_name && (clear ? r.complainant_name : maskName(r.complainant_name)),
    complainantContact: r.complainant_contact && (clear ? r.complainant_contact : maskPhone(r.complainant_contact)),
    state: r.state,
    receivedBy: r.received_by,
    receivedAt: r.received_at,
    respondBy: r.respond_by,
    responseOverdueAt: r.response_overdue_at,
    steps: r.steps,
  };
}
