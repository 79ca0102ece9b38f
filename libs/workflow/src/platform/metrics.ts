import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { Clock } from './clock.js';

/** What node-postgres' pool tells of itself. */
interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * The process's Prometheus registry (one per application, so that two apps in one process, as in
 * the tests, do not share counts), with the figures the services own. Gauges are read when
 * scraped: nothing polls between scrapes.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();

  readonly importRows = new Counter({
    name: 'renovation_import_rows_total',
    help: 'Rows written by roster and vote-file imports, by kind',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  constructor(db: DataSource, clock: Clock) {
    collectDefaultMetrics({ register: this.registry, prefix: 'renovation_' });
    const pool = () => (db.driver as unknown as { master: PoolCounts }).master;
    new Gauge({
      name: 'renovation_db_pool_in_use',
      help: 'Database connections of this process lent out to a query or transaction now',
      registers: [this.registry],
      collect() {
        const p = pool();
        this.set(p.totalCount - p.idleCount);
      },
    });
    new Gauge({
      name: 'renovation_db_pool_waiting',
      help: 'Queries of this process waiting for a free database connection',
      registers: [this.registry],
      collect() {
        this.set(pool().waitingCount);
      },
    });
    const deadlines = async () => {
      const [row]: { pending: number; overdue: number }[] = await db.query(
        `SELECT count(*)::int AS pending, count(*) FILTER (WHERE due_at <= $1)::int AS overdue FROM deadlines WHERE state = 'PENDING'`,
        [clock.now()],
      );
      return row!;
    };
    new Gauge({
      name: 'renovation_deadlines_pending',
      help: 'Deadlines written and not yet acted on',
      registers: [this.registry],
      async collect() {
        this.set((await deadlines()).pending);
      },
    });
    new Gauge({
      name: 'renovation_deadlines_overdue',
      help: 'Pending deadlines whose time has passed: the worker has not acted on them yet',
      registers: [this.registry],
      async collect() {
        this.set((await deadlines()).overdue);
      },
    });
    new Gauge({
      name: 'renovation_outbox_lag_seconds',
      help: 'Age of the oldest committed outbox row not yet handed to the queue (0 when none waits)',
      registers: [this.registry],
      async collect() {
        // Both ends read from the database clock: created_at is its now() at commit.
        const [{ lag }]: { lag: number }[] = await db.query(
          `SELECT coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8 AS lag FROM outbox WHERE dispatched_at IS NULL`,
        );
        this.set(lag);
      },
    });
  }

  /** The registry in Prometheus' text format. */
  text(): Promise<string> {
    return this.registry.metrics();
  }
}
