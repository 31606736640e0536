import { Injectable, Logger } from '@nestjs/common';
import type { Pool } from 'pg';
import { MailOutbox } from '../mail/mail-outbox';
import { QueueTasks } from '../mail/queue-tasks';
import { activeUserByEmail, queueFailedLoginsNotice } from './login-throttle.repository';

export const FAILED_LOGINS_TASK = 'failed_logins_notice';

/**
 * Issue 18, item 4: an e-mail to the account's owner after repeated failed logins.
 *
 * LoginThrottle calls `queueRepeatedFailuresMail` once per window per account, when its failures
 * reach LOGIN_MAX_FAILURES_PER_ACCOUNT. The call only queues a job (the same single write for any
 * typed address, on the throttle's own connections); the job looks the address up and, for an
 * existing, active account only, adds the mail to the outbox in the owner's language: how many
 * failures in how many minutes, that nobody got in and the owner can still sign in, and a link to
 * the account page (second factor, password). Never the tried passwords or the callers' addresses.
 * A failure here must not change the login's answer (the caller swallows errors).
 */
@Injectable()
export class FailedLoginNotice {
  private readonly logger = new Logger('LoginAbuse');
  private db: Pick<Pool, 'query'> | null = null;

  constructor(
    private readonly outbox: MailOutbox,
    tasks: QueueTasks,
  ) {
    tasks.register(FAILED_LOGINS_TASK, (payload, helpers) => {
      const { email, failures, minutes } = (payload ?? {}) as { email?: unknown; failures?: unknown; minutes?: unknown };
      if (typeof email !== 'string' || typeof failures !== 'number' || typeof minutes !== 'number') return;
      return helpers.withPgClient((client) => this.mailOwner(client, email, failures, minutes));
    });
  }

  /** The throttle's own pool (a login holds a connection of the main pool; see LoginThrottle). */
  attach(db: Pick<Pool, 'query'>): void {
    this.db = db;
  }

  async queueRepeatedFailuresMail(email: string, failures: number, windowMinutes: number): Promise<void> {
    this.logger.warn(`an account reached ${failures} failed logins within ${windowMinutes} minutes; the owner is mailed if the account exists`);
    if (!this.db) throw new Error('FailedLoginNotice has no connection');
    await queueFailedLoginsNotice(this.db, email, failures, windowMinutes);
  }

  /** The queued half (as the worker, in one transaction): the mail for an active account, nothing otherwise. */
  async mailOwner(
    client: { query: (sql: string, params?: unknown[]) => Promise<{ rows: unknown[] }> },
    email: string,
    failures: number,
    minutes: number,
  ): Promise<void> {
    await client.query('BEGIN');
    try {
      const user = await activeUserByEmail(client, email);
      if (user) {
        await this.outbox.enqueue(client, {
          kind: 'FAILED_LOGINS',
          template: 'failedLogins',
          to: user.email,
          userId: user.id,
          locale: user.locale ?? 'de',
          name: user.name,
          link: this.outbox.link('/account'),
          params: { failures, minutes },
        });
      }
      await client.query('COMMIT');
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    }
  }
}
