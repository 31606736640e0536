import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { AccountsRepository } from '../../modules/accounts/accounts.repository';
import { DomainError } from '../errors';
import { MailOutbox } from '../mail/mail-outbox';
import type { RequestScope } from '../request-context';
import { LoginThrottle } from './login-throttle';
import { hashPassword } from './password';
import { sha256, SessionsService } from './sessions.service';

export const RESET_LINK_MINUTES = 30;
/** Requests per address asked for and per caller address in RESET_WINDOW_MINUTES. */
export const RESET_MAX_PER_ACCOUNT = 3;
export const RESET_MAX_PER_ADDRESS = 20;
const RESET_WINDOW_MINUTES = 15;

/**
 * "Passwort vergessen?": a link by mail, valid once for 30 minutes, stored as its SHA-256.
 * Asking answers the same for known and unknown addresses and runs the same statements for both
 * (the token and the mail are inserted only where an active account matches, inside the INSERTs).
 */
@Injectable()
export class PasswordResetService {
  private readonly perAccount = new RateLimiterMemory({ keyPrefix: 'reset-account', points: RESET_MAX_PER_ACCOUNT, duration: RESET_WINDOW_MINUTES * 60 });
  private readonly perAddress = new RateLimiterMemory({ keyPrefix: 'reset-address', points: RESET_MAX_PER_ADDRESS, duration: RESET_WINDOW_MINUTES * 60 });

  constructor(
    private readonly accounts: AccountsRepository,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottle,
    private readonly outbox: MailOutbox,
  ) {}

  async request(scope: RequestScope, email: string, callerLocale: string): Promise<boolean> {
    const key = email.trim().toLowerCase();
    await this.consume(key, scope.meta.ip);
    const user = await this.accounts.findUserByEmail(scope.em, key);
    const token = randomBytes(32).toString('base64url');
    await scope.em.query(
      `INSERT INTO password_reset_tokens (id, user_id, token_hash, expires_at)
       SELECT $1, u.id, $2, now() + make_interval(mins => $3) FROM users u WHERE u.email = $4 AND u.disabled_at IS NULL`,
      [randomUUID(), sha256(token), RESET_LINK_MINUTES, key],
    );
    await this.outbox.enqueue(scope.em, {
      kind: 'PASSWORD_RESET',
      template: 'passwordReset',
      to: key,
      userId: user?.id ?? null,
      locale: user?.locale ?? callerLocale,
      name: user?.name,
      link: this.outbox.link('/reset-password', token),
      onlyIfActiveAccount: key,
    });
    return true;
  }

  /** Sets the new password, spends every open link of the account and ends all its sessions. */
  async reset(scope: RequestScope, token: string, newPassword: string): Promise<boolean> {
    await this.throttle.assertAddressAllowed(scope.meta.ip);
    const [row]: { user_id: string }[] = await scope.em.query(
      `SELECT t.user_id FROM password_reset_tokens t JOIN users u ON u.id = t.user_id
        WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > now() AND u.disabled_at IS NULL
        FOR UPDATE OF t`,
      [sha256(token)],
    );
    if (!row) {
      await this.throttle.addressFailed(scope.meta.ip);
      throw new DomainError('RESET_LINK_INVALID');
    }
    await scope.em.query(`UPDATE users SET password_hash = $2, password_changed_at = now(), updated_at = now() WHERE id = $1`, [
      row.user_id,
      await hashPassword(newPassword),
    ]);
    await scope.em.query(`UPDATE password_reset_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [row.user_id]);
    await this.sessions.revokeAllForUser(scope.em, row.user_id);
    return true;
  }

  private async consume(email: string, ip: string | null) {
    try {
      await Promise.all([this.perAccount.consume(email), ip ? this.perAddress.consume(ip) : undefined]);
    } catch (e) {
      const ms = typeof (e as { msBeforeNext?: number }).msBeforeNext === 'number' ? (e as { msBeforeNext: number }).msBeforeNext : 60_000;
      throw new DomainError('TOO_MANY_REQUESTS', { seconds: Math.ceil(ms / 1000) });
    }
  }
}
