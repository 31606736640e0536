import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AccountsRepository } from '../accounts/accounts.repository';
import { DomainError } from '../errors';
import type { SessionModeName } from '../graphql/enums';
import type { AuthUser, RequestScope } from '../request-context';
import { SESSION_COOKIE } from './auth.constants';
import { LoginPayload } from './auth.dto';
import { LoginThrottle } from './login-throttle';
import { hashPassword, timingDummyHash, verifyPassword } from './password';
import { SessionsService } from './sessions.service';
import { TotpService } from './totp.service';

@Injectable()
export class AuthService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottle,
    private readonly totp: TotpService,
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
    await this.throttle.succeeded(key, scope.meta.ip);
    // Told only to whoever knows the password: a self-registered account waits for its mail's link.
    if (!user.email_verified_at) throw new DomainError('EMAIL_NOT_VERIFIED');
    if (user.totp_enabled_at) {
      // Password right, second factor enrolled: no session yet, only a short-lived challenge.
      return { user: null, token: null, expiresAt: null, twoFactorChallenge: await this.totp.createChallenge(scope.em, user.id, mode) };
    }
    return this.startSession(scope, user.id, mode);
  }

  /**
   * The code step. A wrong code counts against the challenge (5 per password) and against the
   * account + address like a wrong password, outside the transaction that the error rolls back.
   */
  async loginWithTwoFactor(scope: RequestScope, challenge: string, code: string): Promise<LoginPayload> {
    const c = await this.totp.findChallenge(scope.em, challenge);
    const user = (await this.accounts.findUser(scope.em, c.user_id))!;
    await this.throttle.assertAllowed(user.email, scope.meta.ip);
    if (user.disabled_at || !(await this.totp.verify(scope.em, user, code))) {
      await this.throttle.challengeFailed(c.id);
      await this.throttle.failed(user.email, scope.meta.ip);
      throw new DomainError('TWO_FACTOR_CODE_INVALID');
    }
    await this.totp.spendChallenge(scope.em, c.id);
    return this.startSession(scope, user.id, c.mode === 'COOKIE' ? 'COOKIE' : 'TOKEN');
  }

  async startTwoFactor(scope: RequestScope, authUser: AuthUser, password: string) {
    const user = (await this.accounts.findUser(scope.em, authUser.id))!;
    await this.throttle.assertAllowed(user.email, scope.meta.ip);
    if (!(await verifyPassword(user.password_hash, password))) {
      await this.throttle.failed(user.email, scope.meta.ip);
      throw new DomainError('INVALID_CREDENTIALS');
    }
    return this.totp.start(scope.em, user);
  }

  async confirmTwoFactor(scope: RequestScope, authUser: AuthUser, code: string) {
    const user = (await this.accounts.findUser(scope.em, authUser.id))!;
    return { recoveryCodes: await this.totp.confirm(scope.em, user, code) };
  }

  async disableTwoFactor(scope: RequestScope, authUser: AuthUser, code: string): Promise<boolean> {
    await this.totp.disable(scope.em, (await this.accounts.findUser(scope.em, authUser.id))!, code);
    return true;
  }

  async twoFactorStatus(scope: RequestScope, authUser: AuthUser) {
    return this.totp.status(scope.em, (await this.accounts.findUser(scope.em, authUser.id))!);
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
    await this.accounts.updateUser(scope.em, user.id, { locale });
    return this.me(scope, user);
  }

  /** Like the language, a personal setting outside any alliance (not audited there). */
  async updateName(scope: RequestScope, user: AuthUser, name: string) {
    await this.accounts.updateUser(scope.em, user.id, { name: name.trim() });
    return this.me(scope, user);
  }

  /** A new password ends every other session of the user (a thief's included). */
  async changePassword(scope: RequestScope, user: AuthUser, currentPassword: string, newPassword: string): Promise<boolean> {
    const row = (await this.accounts.findUser(scope.em, user.id))!;
    if (!(await verifyPassword(row.password_hash, currentPassword))) throw new DomainError('INVALID_CREDENTIALS');
    if (newPassword === currentPassword) throw new DomainError('VALIDATION_FAILED', {}, [{ field: 'newPassword', code: 'invalid' }]);
    await this.accounts.setPasswordHash(scope.em, user.id, await hashPassword(newPassword));
    await this.sessions.revokeAllForUser(scope.em, user.id, user.sessionId);
    return true;
  }

  async logout(scope: RequestScope, user: AuthUser): Promise<boolean> {
    await this.sessions.revoke(scope.em, user.sessionId);
    if (user.via === 'cookie') scope.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }
}
