import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { GqlContext } from '../request-context';
import { annotateRequest } from './logging';

/** Pool counters of node-postgres (the TypeORM postgres driver's `master` pool). */
interface PgPoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Operation names come from clients: only plain names, and at most this many distinct ones. */
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATION_NAMES = 200;

/**
 * The process's Prometheus metrics (prom-client), in a registry of this app instance.
 * `registerQueueDepthGauge` is the hook for job queues: a queue calls it once with a function
 * that returns its current depth; the value is read at every scrape.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();
  private readonly queues = new Map<string, () => number | Promise<number>>();

  readonly httpDuration = new Histogram({
    name: 'gemeinwerk_http_request_duration_seconds',
    help: 'HTTP requests by method, route and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  readonly operationDuration = new Histogram({
    name: 'gemeinwerk_graphql_operation_duration_seconds',
    help: 'GraphQL operations by operation name and type (query, mutation), from request to response',
    labelNames: ['operation', 'type'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });

  readonly errors = new Counter({
    name: 'gemeinwerk_graphql_errors_total',
    help: 'Errors returned to GraphQL clients, by error code (extensions.code) and operation name',
    labelNames: ['code', 'operation'] as const,
    registers: [this.registry],
  });

  constructor(dataSource?: DataSource) {
    collectDefaultMetrics({ register: this.registry, prefix: 'gemeinwerk_' });
    if (dataSource) {
      new Gauge({
        name: 'gemeinwerk_db_pool_connections',
        help: 'Connections of the app role pool by state: total (open), idle, waiting (clients queued for a connection)',
        labelNames: ['state'] as const,
        registers: [this.registry],
        collect() {
          const pool = (dataSource.driver as unknown as { master?: PgPoolCounts }).master;
          if (!pool) return;
          this.set({ state: 'total' }, pool.totalCount);
          this.set({ state: 'idle' }, pool.idleCount);
          this.set({ state: 'waiting' }, pool.waitingCount);
        },
      });
    }
    const queues = this.queues;
    new Gauge({
      name: 'gemeinwerk_job_queue_depth',
      help: 'Jobs waiting in each registered queue (see Metrics.registerQueueDepthGauge)',
      labelNames: ['queue'] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const [queue, depth] of queues) {
          try {
            this.set({ queue }, await depth());
          } catch {
            // A queue that cannot answer is left out of this scrape rather than failing it.
          }
        }
      },
    });
  }

  /** A job queue reports its depth: `depth` is called at every scrape (may query the database). */
  registerQueueDepthGauge(queue: string, depth: () => number | Promise<number>): void {
    this.queues.set(queue, depth);
  }

  /** A label for a client-chosen operation name that cannot blow up the number of series. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return '(anonymous)';
    if (!OPERATION_NAME.test(name)) return '(other)';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return '(other)';
    this.operationNames.add(name);
    return name;
  }

  /** Express middleware: times every HTTP request. */
  httpTimer() {
    return (req: Request, res: Response, next: NextFunction) => {
      const end = this.httpDuration.startTimer({ method: req.method });
      res.once('finish', () => end({ route: routeOf(req.originalUrl), status_code: String(res.statusCode) }));
      next();
    };
  }

  /** Apollo plugin: times each operation, counts the errors sent, names the operation in the request log. */
  graphqlPlugin(): ApolloServerPlugin<GqlContext> {
    // Arrow functions throughout: `this` stays the Metrics instance inside Apollo's callbacks.
    return {
      requestDidStart: async ({ contextValue }) => {
        const started = process.hrtime.bigint();
        let operation = '(unresolved)';
        let type = 'unknown';
        return {
          didResolveOperation: async ({ operationName, operation: op }) => {
            operation = this.operationLabel(operationName);
            type = op?.operation ?? 'unknown';
            if (contextValue.req) annotateRequest(contextValue.req, { operation });
          },
          willSendResponse: async ({ response }) => {
            const seconds = Number(process.hrtime.bigint() - started) / 1e9;
            this.operationDuration.observe({ operation, type }, seconds);
            const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
            for (const e of errors ?? []) this.errors.inc({ code: String(e.extensions?.code ?? 'UNKNOWN'), operation });
          },
        };
      },
    };
  }

  /**
   * `/metrics` for Prometheus, only with `Authorization: Bearer <METRICS_TOKEN>`; without a
   * configured token the endpoint does not exist (404), so nothing is exposed by default.
   */
  endpoint(token: string | undefined) {
    const expected = token ? digest(token) : undefined;
    return async (req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || (req.path !== '/' && req.path !== '')) return next();
      if (!expected) return res.status(404).end();
      const header = req.headers.authorization ?? '';
      const given = header.startsWith('Bearer ') ? digest(header.slice(7).trim()) : undefined;
      if (!given || !timingSafeEqual(given, expected)) {
        res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
        return res.status(401).end();
      }
      res.setHeader('Content-Type', this.registry.contentType);
      res.end(await this.registry.metrics());
    };
  }
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** A small fixed set of route labels: the app's own endpoints, everything else (web assets) is `other`. */
function routeOf(url: string): string {
  const p = url.split('?')[0];
  if (p === '/graphql' || p === '/metrics' || p === '/health/live' || p === '/health/ready') return p;
  return 'other';
}
