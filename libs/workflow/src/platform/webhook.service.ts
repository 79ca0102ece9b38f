import { createHmac } from 'node:crypto';
import { invalid, notFound, type Actor } from '@app/domain';
import { jobId } from '@app/jobs';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { appendAudit } from './audit.js';
import { Clock } from './clock.js';

export const WEBHOOK_JOB = 'webhook.deliver';

/** The signature a receiver checks: HMAC-SHA256 of the exact body with the district's secret. */
export function signature(secret: string, body: string): string {
  return 'sha256=' + createHmac('sha256', secret).update(body).digest('hex');
}

/** A district may have its notices posted to a URL of its own (an OA system, a duty phone gateway). */
@Injectable()
export class WebhookService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async configure(actor: Actor, districtId: string, url: string, secret: string): Promise<{ url: string }> {
    if (!/^https?:\/\//.test(url)) throw invalid([{ field: 'url', code: 'isUrl', message: 'url is http(s)' }]);
    return this.db.transaction(async (m) => {
      const [district] = await m.query('SELECT 1 FROM districts WHERE id = $1', [districtId]);
      if (!district) throw notFound('district');
      const now = this.clock.now();
      await m.query(
        `INSERT INTO district_webhooks (district_id, url, secret, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (district_id) DO UPDATE SET url = EXCLUDED.url, secret = EXCLUDED.secret, updated_at = EXCLUDED.updated_at`,
        [districtId, url, secret, now],
      );
      await appendAudit(m, {
        actor,
        at: now,
        subjectType: 'district',
        subjectId: districtId,
        action: 'district.webhook-set',
        detail: { url },
      });
      return { url };
    });
  }

  /** In the notifying transaction: a delivery row and its job, if the district has a webhook. */
  async enqueue(m: EntityManager, districtId: string, event: Record<string, unknown>, at: Date): Promise<void> {
    const [hook] = await m.query('SELECT 1 FROM district_webhooks WHERE district_id = $1', [districtId]);
    if (!hook) return;
    const [{ id }]: { id: string }[] = await m.query(
      'INSERT INTO webhook_deliveries (district_id, event, created_at) VALUES ($1, $2, $3) RETURNING id',
      [districtId, JSON.stringify(event), at],
    );
    await m.query('INSERT INTO outbox (job_name, job_id, payload, run_at) VALUES ($1, $2, $3, $4)', [
      WEBHOOK_JOB,
      jobId(WEBHOOK_JOB, id),
      JSON.stringify({ deliveryId: id }),
      at,
    ]);
  }

  /** One attempt. A failure is recorded and thrown, so the queue retries it with backoff; a delivered one is not sent again. */
  async deliver(deliveryId: string): Promise<'DELIVERED' | 'ALREADY_DELIVERED'> {
    const [d] = await this.db.query(
      `SELECT d.id, d.event, d.delivered_at, w.url, w.secret FROM webhook_deliveries d JOIN district_webhooks w USING (district_id) WHERE d.id = $1`,
      [deliveryId],
    );
    if (!d) throw notFound('webhook delivery');
    if (d.delivered_at) return 'ALREADY_DELIVERED';
    const body = JSON.stringify({ deliveryId, ...d.event });
    let status: number | null = null;
    let error: string | null = null;
    try {
      const res = await fetch(d.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-renovation-delivery': deliveryId,
          'x-renovation-signature': signature(d.secret, body),
        },
        body,
        signal: AbortSignal.timeout(5000),
      });
      status = res.status;
      if (!res.ok) error = `HTTP ${res.status}`;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const now = this.clock.now();
    await this.db.query(
      `UPDATE webhook_deliveries SET attempts = attempts + 1, last_status = $2, last_error = $3, last_attempt_at = $4::timestamptz,
              delivered_at = CASE WHEN $3::text IS NULL THEN $4::timestamptz ELSE NULL END WHERE id = $1`,
      [deliveryId, status, error, now],
    );
    if (error) throw new Error(`webhook delivery ${deliveryId} failed: ${error}`);
    return 'DELIVERED';
  }

  async deliveries(districtId: string) {
    return this.db.query(
      `SELECT id, event, attempts, last_status AS "lastStatus", last_error AS "lastError", last_attempt_at AS "lastAttemptAt",
              delivered_at AS "deliveredAt", created_at AS "createdAt"
         FROM webhook_deliveries WHERE district_id = $1 ORDER BY created_at DESC LIMIT 200`,
      [districtId],
    );
  }
}
