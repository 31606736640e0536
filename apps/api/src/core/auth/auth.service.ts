import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AccountsRepository } from '../../modules/accounts/accounts.repository';
import { DomainError } from '../errors';
import type { SessionModeName } from '../graphql/enums';
import type { AuthUser, RequestScope } from '../request-context';
import { SESSION_COOKIE } from './auth.constants';
import { LoginPayload } from './auth.dto';
import { timingDummyHash, verifyPassword } from './password';
import { SessionsService } from './sessions.service';

@Injectable()
export class AuthService {
  constructor(
    private readonly accounts: AccountsRepository,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** One generic failure for unknown e-mail, wrong password and disabled account. */
  async login(scope: RequestScope, email: string, password: string, mode: SessionModeName): Promise<LoginPayload> {
    const user = await this.accounts.findUserByEmail(scope.em, email);
    const ok = await verifyPassword(user?.password_hash ?? (await timingDummyHash()), password);
    if (!user || !ok || user.disabled_at) throw new DomainError('INVALID_CREDENTIALS');
    return this.startSession(scope, user.id, mode);
  }

  async startSession(scope: RequestScope, userId: string, mode: SessionModeName): Promise<LoginPayload> {
    const user = (await this.accounts.findUser(scope.em, userId))!;
    const { token, expiresAt } = await this.sessions.create(scope.em, user.id, scope.meta);
    if (mode === 'COOKIE') {
      scope.res.cookie(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: this.config.COOKIE_SECURE,
        path: '/',
        expires: expiresAt,
      });
    }
    return { user: await this.accounts.toUserModel(scope.em, user), token: mode === 'TOKEN' ? token : null, expiresAt };
  }

  async me(scope: RequestScope, user: AuthUser) {
    return this.accounts.toUserModel(scope.em, (await this.accounts.findUser(scope.em, user.id))!);
  }

  async logout(scope: RequestScope, user: AuthUser): Promise<boolean> {
    await this.sessions.revoke(scope.em, user.sessionId);
    if (user.via === 'cookie') scope.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }
}
