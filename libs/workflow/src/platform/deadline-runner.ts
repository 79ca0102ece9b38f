import { DomainError } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RoundService, SYSTEM } from '../consent/round.service.js';
import { ComplaintService } from '../projects/complaint.service.js';
import { LongTermService } from '../projects/long-term.service.js';
import { SupervisionService } from '../projects/supervision.service.js';
import type { DeadlineKind } from './deadlines.js';
import { EscalationService, type OverdueSubject } from './escalation.service.js';

/** Where each escalated subject lives, and the states in which it is still late. */
const STILL_LATE: Record<OverdueSubject['subjectType'], [string, string[]]> = {
  report: ['progress_reports', ['OVERDUE']],
  complaint: ['complaints', ['RECEIVED']],
  finding: ['findings', ['OPEN', 'REOPENED']],
  revisit: ['revisits', ['DUE']],
};

export type DeadlineOutcome = 'ACTED' | 'ALREADY_SETTLED' | 'OVERTAKEN';

export class NotYetDue extends Error {
  constructor(readonly dueAt: Date) {
    super(`deadline not due until ${dueAt.toISOString()}`);
  }
}

/**
 * Acts on a deadline that came due. Idempotent: the deadline row says whether it is still
 * pending, and the subject's own machine refuses an event that no longer applies.
 */
@Injectable()
export class DeadlineRunner {
  constructor(
    private readonly db: DataSource,
    private readonly rounds: RoundService,
    private readonly supervision: SupervisionService,
    private readonly complaints: ComplaintService,
    private readonly escalation: EscalationService,
    private readonly longTerm: LongTermService,
  ) {}

  async fire(deadlineId: string, now: Date): Promise<DeadlineOutcome> {
    const [d]: { kind: DeadlineKind; subject_id: string; due_at: Date; state: string }[] = await this.db.query(
      'SELECT kind, subject_id, due_at, state FROM deadlines WHERE id = $1',
      [deadlineId],
    );
    if (!d || d.state !== 'PENDING') return 'ALREADY_SETTLED';
    // An early delivery is retried by the queue rather than dropped.
    if (now.getTime() < d.due_at.getTime()) throw new NotYetDue(d.due_at);
    try {
      switch (d.kind) {
        case 'ROUND_PUBLICITY_END':
          await this.rounds.fire(SYSTEM, d.subject_id, { event: 'END_PUBLICITY' });
          return 'ACTED';
        case 'REPORT_DUE':
          await this.supervision.markOverdue(d.subject_id);
          return 'ACTED';
        case 'COMPLAINT_RESPONSE':
          await this.complaints.markResponseOverdue(d.subject_id);
          return 'ACTED';
        case 'FINDING_DEADLINE':
          await this.supervision.findingDeadlinePassed(d.subject_id);
          return 'ACTED';
        case 'REVISIT_DUE':
          await this.longTerm.revisitDue(d.subject_id);
          return 'ACTED';
        case 'ESCALATION':
          await this.escalation.escalate(d.subject_id, async (m, subject) => {
            const [table, late] = STILL_LATE[subject.subjectType];
            const [row] = await m.query(`SELECT state FROM ${table} WHERE id = $1`, [subject.subjectId]);
            return late.includes(row?.state);
          });
          return 'ACTED';
      }
    } catch (e) {
      if (e instanceof DomainError && e.code === 'MACHINE.EVENT_NOT_ALLOWED') return 'OVERTAKEN';
      throw e;
    }
  }

  /** Every deadline still pending, oldest first: what the sweeper makes sure has a job. */
  async pending(limit = 10000): Promise<{ id: string; dueAt: Date }[]> {
    const rows: { id: string; due_at: Date }[] = await this.db.query(
      `SELECT id, due_at FROM deadlines WHERE state = 'PENDING' ORDER BY due_at, id LIMIT $1`,
      [limit],
    );
    return rows.map((r) => ({ id: r.id, dueAt: r.due_at }));
  }
}
