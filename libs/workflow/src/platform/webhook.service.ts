import { createHmac } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { AppConfig } from '@app/config';
import { DomainError, notFound, type Actor } from '@app/domain';
import { jobId } from '@app/jobs';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { appendAudit } from './audit.js';
import { Clock } from './clock.js';
import { webhookDestination, type Destination } from './webhook-destination.js';

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
    private readonly config: AppConfig,
  ) {}

  async configure(actor: Actor, districtId: string, url: string, secret: string): Promise<{ url: string }> {
    await webhookDestination(url, this.config.WEBHOOK_ALLOW_PRIVATE);
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
      // Resolved again at every attempt, and connected to the address checked: the name may point elsewhere by now.
      const destination = await webhookDestination(d.url, this.config.WEBHOOK_ALLOW_PRIVATE);
      status = await post(destination, body, {
        'x-renovation-delivery': deliveryId,
        'x-renovation-signature': signature(d.secret, body),
      });
      if (status < 200 || status > 299) error = `HTTP ${status}`;
    } catch (e) {
      error = e instanceof DomainError ? `refused: ${e.message}` : e instanceof Error ? e.message : String(e);
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

/** POSTs JSON to the checked address, naming the host in the Host header and, over TLS, in SNI and the certificate check. */
function post(destination: Destination, body: string, headers: Record<string, string>): Promise<number> {
  const { url, host, address } = destination;
  const tls = url.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const req = (tls ? httpsRequest : httpRequest)(
      {
        host: address,
        port: url.port || (tls ? 443 : 80),
        path: url.pathname + url.search,
        method: 'POST',
        headers: { ...headers, host: url.host, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        ...(tls && !isIP(host) ? { servername: host } : {}),
        signal: AbortSignal.timeout(5000),
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
