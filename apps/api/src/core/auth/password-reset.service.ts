import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { PoolClient } from 'pg';
import type { RateLimiterPostgres } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { AccountsRepository } from '../accounts/accounts.repository';
import { DomainError } from '../errors';
import { MailOutbox } from '../mail/mail-outbox';
import { QueueTasks } from '../mail/queue-tasks';
import { mailLocale } from '../mail/templates/render';
import type { RequestScope } from '../request-context';
import { LoginThrottle } from './login-throttle';
import { hashPassword } from './password';
import { activeUserWithEmail, insertResetToken, lockLiveResetToken, queuePasswordReset, spendResetTokens } from './password-reset.repository';
import { sha256, SessionsService } from './sessions.service';
import { limitKey, sharedLimiter, withinLimits } from './shared-limits';

export const RESET_LINK_MINUTES = 30;
/** Requests per address asked for, and per caller address, in RESET_WINDOW_MINUTES. */
export const RESET_MAX_PER_ACCOUNT = 3;
export const RESET_MAX_PER_ADDRESS = 20;
const RESET_WINDOW_MINUTES = 15;
export const PASSWORD_RESET_TASK = 'password_reset';

/**
 * "Passwort vergessen?": a link by mail, valid once for 30 minutes, stored as its SHA-256.
 *
 * Asking answers the same for known and unknown addresses and does the same work for both: the
 * request only adds a queue job (`gw_request_password_reset`, one INSERT). The job, run by the
 * worker, looks the address up and — for an active account only — stores the token and adds the
 * mail, both in its one transaction. So neither the answer nor its timing nor a write in the
 * request's transaction depends on whether the address has an account.
 */
@Injectable()
export class PasswordResetService {
  private readonly logger = new Logger('PasswordReset');
  /** Shared by all instances, like the login throttle: `rate_limits`, keys as SHA-256 digests. */
  private readonly perAccount: RateLimiterPostgres;
  private readonly perAddress: RateLimiterPostgres;

  constructor(
    db: DataSource,
    private readonly accounts: AccountsRepository,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottle,
    private readonly outbox: MailOutbox,
    tasks: QueueTasks,
  ) {
    this.perAccount = sharedLimiter(db, 'reset-account', RESET_MAX_PER_ACCOUNT, RESET_WINDOW_MINUTES * 60);
    this.perAddress = sharedLimiter(db, 'reset-address', RESET_MAX_PER_ADDRESS, RESET_WINDOW_MINUTES * 60);
    tasks.register(PASSWORD_RESET_TASK, (payload, helpers) => {
      const { email, locale } = (payload ?? {}) as { email?: unknown; locale?: unknown };
      if (typeof email !== 'string') return;
      return helpers.withPgClient((client) => this.mailLink(client, email, typeof locale === 'string' ? locale : 'de'));
    });
  }

  async request(scope: RequestScope, email: string, callerLocale: string): Promise<boolean> {
    const key = email.trim().toLowerCase();
    await this.consume(key, scope.meta.ip);
    await queuePasswordReset(scope.em, key, mailLocale(callerLocale));
    return true;
  }

  /** The queued half of a request (as the owner, in one transaction): token and mail for an active account, nothing otherwise. */
  async mailLink(client: Pick<PoolClient, 'query'>, email: string, callerLocale: string): Promise<void> {
    await client.query('BEGIN');
    try {
      const user = await activeUserWithEmail(client, email);
      if (user) {
        const token = randomBytes(32).toString('base64url');
        await insertResetToken(client, { id: randomUUID(), userId: user.id, tokenHash: sha256(token), minutes: RESET_LINK_MINUTES });
        await this.outbox.enqueue(client, {
          kind: 'PASSWORD_RESET',
          template: 'passwordReset',
          to: email,
          userId: user.id,
          locale: user.locale ?? callerLocale,
          name: user.name,
          link: this.outbox.link('/reset-password', token),
        });
      }
      await client.query('COMMIT');
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      this.logger.warn(`A password reset could not be prepared: ${(e as Error).message}`);
      throw e;
    }
  }

  /**
   * Sets the new password, spends every open link of the account and ends all its sessions. The
   * mail's link proves the address, so an unverified sign-up counts as verified from now on.
   */
  async reset(scope: RequestScope, token: string, newPassword: string): Promise<boolean> {
    await this.throttle.assertAddressAllowed(scope.meta.ip);
    const row = await lockLiveResetToken(scope.em, sha256(token));
    if (!row) {
      await this.throttle.addressFailed(scope.meta.ip);
      throw new DomainError('RESET_LINK_INVALID');
    }
    await this.accounts.setPasswordHash(scope.em, row.user_id, await hashPassword(newPassword), true);
    await spendResetTokens(scope.em, row.user_id);
    await this.sessions.revokeAllForUser(scope.em, row.user_id);
    return true;
  }

  private consume(email: string, ip: string | null) {
    return withinLimits(() => Promise.all([this.perAccount.consume(limitKey(email)), ip ? this.perAddress.consume(limitKey(ip)) : undefined]));
  }
}
