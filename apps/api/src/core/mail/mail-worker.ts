import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { parseCronItems, run, Runner, Task } from 'graphile-worker';
import { Pool, PoolClient } from 'pg';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { DATABASE_APP_URL } from '../../database/database';
import { Metrics } from '../observability/metrics';
import { createMailTransport, MailTransport } from './mail-transport';
import { asMailWorker, markAttemptFailed, markDead, markSent, outboxRow, waitingJobs } from './mail-worker.repository';
import { queueLogger } from './queue-logger';
import { QueueTasks } from './queue-tasks';

export const DELIVER_MAIL = 'deliver_mail';

/**
 * Runs the job queue's tasks (QueueTasks) and delivers the outbox: a graphile-worker runner in
 * this process (MAIL_WORKER, default on). Jobs are taken with SKIP LOCKED, so any number of API
 * instances share the queue and no mail is handed to two of them. A failed delivery throws, and
 * graphile-worker tries again after e^n seconds (n = attempts so far, at most e^10); the last
 * allowed failure turns the mail into a dead letter (status DEAD) for the platform admin and ends
 * the job.
 *
 * The worker connects as the app role, like the requests (an instance may have no owner connection).
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private runner?: Runner;
  private pool?: Pool;
  private transport?: MailTransport;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DATABASE_APP_URL) private readonly appUrl: string,
    private readonly tasks: QueueTasks,
    private readonly metrics: Metrics,
  ) {
    tasks.register(DELIVER_MAIL, this.deliver);
  }

  async onApplicationBootstrap() {
    if (!this.config.MAIL_WORKER) return;
    this.transport = createMailTransport(this.config);
    // Our own pool, not graphile-worker's: it does not wait for its pool to end when stopped, and
    // a database that shuts down right after would then raise an unhandled error on an idle client.
    this.pool = new Pool({ connectionString: this.appUrl, max: this.config.MAIL_WORKER_CONCURRENCY + 2, application_name: 'gemeinwerk-mail' });
    const lost = (e: Error) => this.logger.warn(`Mail queue connection: ${e.message}`);
    this.pool.on('error', lost);
    this.pool.on('connect', (client) => client.on('error', lost));
    this.runner = await run({
      pgPool: this.pool,
      concurrency: this.config.MAIL_WORKER_CONCURRENCY,
      pollInterval: this.config.MAIL_POLL_INTERVAL_MS,
      noHandleSignals: true,
      logger: queueLogger(),
      taskList: this.tasks.list(),
      parsedCronItems: parseCronItems(this.tasks.cronItems()),
    });
    const pool = this.pool;
    this.metrics.registerQueueDepthGauge('mail', () => waitingJobs(pool));
    this.logger.log(`Delivering mail to ${this.transport.description}`);
    if (this.config.isProduction && !this.config.SMTP_URL) this.logger.warn('SMTP_URL is not set: mails are only written as .eml files, nobody receives them');
  }

  async onApplicationShutdown() {
    await this.runner?.stop().catch((e) => this.logger.error(e));
    await this.pool?.end().catch((e) => this.logger.error(e));
    this.runner = undefined;
    this.pool = undefined;
    this.transport?.close();
  }

  private readonly deliver: Task = async (payload, helpers) => {
    const id = (payload as { id?: unknown })?.id;
    if (typeof id !== 'string') return;
    const outbox = <T>(work: (c: PoolClient) => Promise<T>) => helpers.withPgClient((c) => asMailWorker(c, () => work(c)));
    const row = await outbox((c) => outboxRow(c, id));
    // Already delivered (or given up on): a duplicate job must not send twice.
    if (!row || row.status !== 'PENDING') return;
    try {
      await this.transport!.send({
        id: row.id,
        to: row.to_address,
        subject: row.subject,
        text: row.text_body,
        html: row.html_body,
        locale: row.locale,
        listUnsubscribe: row.list_unsubscribe,
      });
    } catch (e) {
      const error = (e instanceof Error ? e.message : String(e)).slice(0, 1000);
      const last = helpers.job.attempts >= helpers.job.max_attempts;
      // Only the final failure writes `status` (the outbox trigger watches that column).
      if (last) {
        await outbox((c) => markDead(c, id, error));
        this.logger.error(`Mail ${id} is a dead letter after ${helpers.job.attempts} attempts: ${error}`);
        return;
      }
      await outbox((c) => markAttemptFailed(c, id, error));
      this.logger.warn(`Mail ${id}: attempt ${helpers.job.attempts} of ${helpers.job.max_attempts} failed: ${error}`);
      throw e;
    }
    await outbox((c) => markSent(c, id));
  };
}
