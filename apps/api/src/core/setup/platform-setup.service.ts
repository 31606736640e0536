import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AccountsRepository } from '../accounts/accounts.repository';
import { AuthService } from '../auth/auth.service';
import type { LoginPayload } from '../auth/auth.dto';
import { LoginThrottle } from '../auth/login-throttle';
import { hashPassword } from '../auth/password';
import { sha256 } from '../auth/sessions.service';
import { DomainError, invalid } from '../errors';
import type { SessionModeName } from '../graphql/enums';
import type { RequestScope } from '../request-context';
import { lockLiveSetupToken, platformAdminPresent, spendSetupToken } from './platform-setup.repository';
import { createSetupLink, SETUP_LINK_HOURS } from './setup-token';

export interface PlatformSetupInput {
  token: string;
  name: string;
  email: string;
  password: string;
  locale: string;
  mode: SessionModeName;
}

/**
 * First run: an installation without a platform administrator (and without demo data) prints a
 * one-time link at start; whoever opens it creates the first administrator. `pnpm admin:create`
 * prints such a link on demand.
 */
@Injectable()
export class PlatformSetupService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Setup');
  /** The link this process printed at start (tests read it here instead of from the log). */
  printedLink?: string;

  constructor(
    private readonly db: DataSource,
    private readonly accounts: AccountsRepository,
    private readonly auth: AuthService,
    private readonly throttle: LoginThrottle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap() {
    if (this.config.SEED_DEMO) return;
    if (await platformAdminPresent(this.db)) return;
    this.printedLink = await createSetupLink((sql, params) => this.db.query(sql, params), this.config.PUBLIC_URL);
    // Printed, not logged at a level one can switch off: without it nobody can enter the installation.
    if (this.config.NODE_ENV !== 'test')
      console.log(
        `\nGemeinwerk has no platform administrator yet. Open this one-time link (valid ${SETUP_LINK_HOURS} hours) to create one:\n\n  ${this.printedLink}\n`,
      );
  }

  async complete(scope: RequestScope, input: PlatformSetupInput): Promise<LoginPayload> {
    await this.throttle.assertAddressAllowed(scope.meta.ip);
    const token = await lockLiveSetupToken(scope.em, sha256(input.token));
    if (!token) {
      await this.throttle.addressFailed(scope.meta.ip);
      throw new DomainError('SETUP_LINK_INVALID');
    }
    const email = input.email.trim().toLowerCase();
    if (await this.accounts.findUserByEmail(scope.em, email)) throw invalid([{ field: 'email', code: 'emailTaken' }]);
    const id = randomUUID();
    await this.accounts.insertUser(scope.em, { id, email, name: input.name, passwordHash: await hashPassword(input.password), locale: input.locale });
    await this.accounts.makePlatformAdmin(scope.em, id);
    await spendSetupToken(scope.em, token.id, id);
    this.logger.log(`Platform administrator ${email} created with a setup link`);
    return this.auth.startSession(scope, id, input.mode);
  }
}
