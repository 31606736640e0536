import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AccountsRepository } from '../../modules/accounts/accounts.repository';
import { DomainError } from '../errors';
import type { SessionModeName } from '../graphql/enums';
import type { AuthUser, RequestScope } from '../request-context';
import { SESSION_COOKIE } from './auth.constants';
import { LoginPayload } from './auth.dto';
import { LoginThrottle } from './login-throttle';
import { hashPassword, timingDummyHash, verifyPassword } from './password';
import { SessionsService } from './sessions.service';

@Injectable()
export class AuthService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** One generic failure for unknown e-mail, wrong password and disabled account. */
  async login(scope: RequestScope, email: string, password: string, mode: SessionModeName): Promise<LoginPayload> {
    const key = email.trim().toLowerCase();
    await this.throttle.assertAllowed(key, scope.meta.ip);
    const user = await this.accounts.findUserByEmail(scope.em, key);
    const ok = await verifyPassword(user?.password_hash ?? (await timingDummyHash()), password);
    if (!user || !ok || user.disabled_at) {
      await this.throttle.failed(key, scope.meta.ip);
      throw new DomainError('INVALID_CREDENTIALS');
    }
    await this.throttle.succeeded(key);
    return this.startSession(scope, user.id, mode);
  }

  async startSession(scope: RequestScope, userId: string, mode: SessionModeName): Promise<LoginPayload> {
    const user = (await this.accounts.findUser(scope.em, userId))!;
    const { token, expiresAt } = await this.sessions.create(scope.em, user.id, scope.meta);
    if (mode === 'COOKIE') {
      scope.res.cookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'lax',
        // Auto: Secure whenever the request came over HTTPS; a browser would drop a Secure cookie
        // set over plain http://, and http://localhost must keep working.
        secure: this.config.COOKIE_SECURE === 'auto' ? !!scope.res.req?.secure : this.config.COOKIE_SECURE,
        path: '/',
        expires: expiresAt,
      });
    }
    return { user: await this.accounts.toUserModel(scope.em, user), token: mode === 'TOKEN' ? token : null, expiresAt };
  }

  async me(scope: RequestScope, user: AuthUser) {
    return this.accounts.toUserModel(scope.em, (await this.accounts.findUser(scope.em, user.id))!);
  }

  /**
   * A preference, not a change to anyone's data in an alliance: audit events belong to an
   * alliance, and like a password change this is not audited.
   */
  async updateLocale(scope: RequestScope, user: AuthUser, locale: string) {
    await scope.em.query(`UPDATE users SET locale = $2, updated_at = now() WHERE id = $1`, [user.id, locale]);
    return this.me(scope, user);
  }

  /** A new password ends every other session of the user (a thief's included). */
  async changePassword(scope: RequestScope, user: AuthUser, currentPassword: string, newPassword: string): Promise<boolean> {
    const row = (await this.accounts.findUser(scope.em, user.id))!;
    if (!(await verifyPassword(row.password_hash, currentPassword))) throw new DomainError('INVALID_CREDENTIALS');
    if (newPassword === currentPassword) throw new DomainError('VALIDATION_FAILED', {}, [{ field: 'newPassword', code: 'invalid' }]);
    await scope.em.query(`UPDATE users SET password_hash = $2, password_changed_at = now(), updated_at = now() WHERE id = $1`, [
      user.id,
      await hashPassword(newPassword),
    ]);
    await this.sessions.revokeAllForUser(scope.em, user.id, user.sessionId);
    return true;
  }

  async logout(scope: RequestScope, user: AuthUser): Promise<boolean> {
    await this.sessions.revoke(scope.em, user.sessionId);
    if (user.via === 'cookie') scope.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }
}
