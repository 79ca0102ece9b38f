import { AppConfig } from '@app/config';
import type { Actor, Bilingual } from '@app/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from './clock.js';
import { scheduleDeadline } from './deadlines.js';
import { WebhookService } from './webhook.service.js';

export type OverdueKind = 'REPORT_OVERDUE' | 'COMPLAINT_LATE' | 'FINDING_OVERDUE' | 'REVISIT_DUE';

/** What an escalation is about: still late when the grace period ends, or settled meanwhile. */
export interface OverdueSubject {
  kind: OverdueKind;
  subjectType: 'report' | 'complaint' | 'finding' | 'revisit';
  subjectId: string;
  projectId: string;
  districtId: string;
  message: Bilingual;
}

/**
 * Overdue work is told to the district's PMs at once and, if still late after the grace period,
 * to its supervisors. Notices are unique per person, subject and level, so a deadline handled twice
 * notifies once.
 */
@Injectable()
export class EscalationService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly webhooks: WebhookService,
  ) {}

  /** In the transaction that marks the subject overdue. */
  async overdue(m: EntityManager, s: OverdueSubject, at: Date): Promise<void> {
    await this.notify(m, s, 'PM', 'DISTRICT_PM', at);
    const graceEnds = new Date(at.getTime() + this.config.ESCALATION_GRACE_HOURS * 3600 * 1000);
    await m.query(
      `INSERT INTO escalations (subject_id, kind, subject_type, project_id, district_id, message) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
      [s.subjectId, s.kind, s.subjectType, s.projectId, s.districtId, JSON.stringify(s.message)],
    );
    await scheduleDeadline(m, 'ESCALATION', s.subjectId, graceEnds);
  }

  /** When the grace period ends: the supervisors hear of it if the subject is still late. */
  async escalate(subjectId: string, stillLate: (m: EntityManager, s: OverdueSubject) => Promise<boolean>): Promise<void> {
    await this.db.transaction(async (m) => {
      const [row] = await m.query('SELECT * FROM escalations WHERE subject_id = $1', [subjectId]);
      if (!row) return;
      const s: OverdueSubject = {
        kind: row.kind,
        subjectType: row.subject_type,
        subjectId,
        projectId: row.project_id,
        districtId: row.district_id,
        message: row.message,
      };
      const now = this.clock.now();
      if (await stillLate(m, s)) await this.notify(m, s, 'SUPERVISOR', 'SUPERVISOR', now);
      await m.query(
        `UPDATE deadlines SET state = 'DONE', done_at = $2 WHERE subject_id = $1 AND kind = 'ESCALATION' AND state = 'PENDING'`,
        [subjectId, now],
      );
    });
  }

  async inbox(actor: Actor, unreadOnly: boolean) {
    return this.db.query(
      `SELECT id, kind, level, subject_type AS "subjectType", subject_id AS "subjectId", project_id AS "projectId", message, created_at AS "createdAt", read_at AS "readAt"
         FROM notifications WHERE user_id = $1 ${unreadOnly ? 'AND read_at IS NULL' : ''} ORDER BY (read_at IS NULL) DESC, created_at DESC LIMIT 200`,
      [actor.userId],
    );
  }

  async markRead(actor: Actor, id: string): Promise<boolean> {
    const [, count]: [unknown, number] = await this.db.query(
      'UPDATE notifications SET read_at = coalesce(read_at, $3) WHERE id = $1 AND user_id = $2',
      [id, actor.userId, this.clock.now()],
    );
    return count > 0;
  }

  private async notify(m: EntityManager, s: OverdueSubject, level: 'PM' | 'SUPERVISOR', role: string, at: Date): Promise<void> {
    const notified: unknown[] = await m.query(
      `INSERT INTO notifications (user_id, kind, level, subject_type, subject_id, project_id, message, created_at)
       SELECT u.id, $1, $2, $3, $4, $5, $6, $7 FROM users u WHERE u.active AND u.role = $8 AND $9 = ANY(u.district_ids)
       ON CONFLICT (user_id, kind, level, subject_id) DO NOTHING RETURNING id`,
      [s.kind, level, s.subjectType, s.subjectId, s.projectId, JSON.stringify(s.message), at, role, s.districtId],
    );
    if (notified.length > 0) {
      const { kind, subjectType, subjectId, projectId, message } = s;
      await this.webhooks.enqueue(m, s.districtId, { kind, level, subjectType, subjectId, projectId, message, at: at.toISOString() }, at);
    }
  }
}
