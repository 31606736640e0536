import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { LoginThrottle } from '../../core/auth/login-throttle';
import { hashPassword } from '../../core/auth/password';
import { sha256 } from '../../core/auth/sessions.service';
import { DomainError } from '../../core/errors';
import { MailOutbox } from '../../core/mail/mail-outbox';
import type { RequestScope } from '../../core/request-context';
import { AccountsRepository } from '../../core/accounts/accounts.repository';
import { RegisterOrganisationInput } from './onboarding.models';
import { OnboardingRepository } from './onboarding.repository';

export const VERIFICATION_LINK_HOURS = 48;
/** Sign-ups per address asked for, and per caller address, in REGISTER_WINDOW_MINUTES (like password reset). */
export const REGISTER_MAX_PER_ACCOUNT = 3;
export const REGISTER_MAX_PER_ADDRESS = 20;
const REGISTER_WINDOW_MINUTES = 15;

/**
 * An organisation registers itself (when the platform allows it): its name and kind, and a
 * contact person with e-mail and password. The account stays unverified, and cannot log in,
 * until the link of the verification mail is opened.
 *
 * The answer is the same (true) whether the address has an account or not, so that nobody learns
 * who has one: an address that has an account gets a mail that says so (and points to "Passwort
 * vergessen?") instead, and nothing is created. Both branches hash the password first, so the
 * expensive step costs the same.
 */
@Injectable()
export class RegistrationService {
  private readonly perAccount: RateLimiterPostgres;
  private readonly perAddress: RateLimiterPostgres;

  constructor(
    db: DataSource,
    private readonly repo: OnboardingRepository,
    private readonly accounts: AccountsRepository,
    private readonly outbox: MailOutbox,
    private readonly throttle: LoginThrottle,
  ) {
    const store = {
      storeClient: db,
      storeType: 'typeorm',
      tableName: 'rate_limits',
      tableCreated: true,
      clearExpiredByTimeout: false,
      duration: REGISTER_WINDOW_MINUTES * 60,
    };
    this.perAccount = new RateLimiterPostgres({ ...store, keyPrefix: 'register-account', points: REGISTER_MAX_PER_ACCOUNT });
    this.perAddress = new RateLimiterPostgres({ ...store, keyPrefix: 'register-address', points: REGISTER_MAX_PER_ADDRESS });
  }

  async register(scope: RequestScope, input: RegisterOrganisationInput): Promise<boolean> {
    if (!(await this.repo.settings(scope.em)).registrationOpen) throw new DomainError('REGISTRATION_CLOSED');
    const email = input.email.trim().toLowerCase();
    await this.consume(email, scope.meta.ip);
    const passwordHash = await hashPassword(input.password);
    const existing = await this.accounts.findUserByEmail(scope.em, email);
    if (existing) {
      await this.outbox.enqueue(scope.em, {
        kind: 'REGISTRATION_EXISTS',
        template: 'registrationExists',
        to: email,
        userId: existing.id,
        locale: existing.locale,
        name: existing.name,
        link: this.outbox.link('/login'),
      });
      return true;
    }
    const userId = randomUUID();
    const organisationId = randomUUID();
    await this.accounts.insertUser(scope.em, { id: userId, email, name: input.name, passwordHash, locale: input.locale });
    await this.repo.markUnverified(scope.em, userId);
    await this.accounts.insertOrganisation(scope.em, {
      id: organisationId,
      name: input.organisationName,
      kind: input.organisationKind,
      city: input.city || null,
    });
    await this.accounts.linkUserToOrganisation(scope.em, userId, organisationId);
    const token = randomBytes(32).toString('base64url');
    await this.repo.insertVerificationToken(scope.em, userId, sha256(token), VERIFICATION_LINK_HOURS);
    await this.outbox.enqueue(scope.em, {
      kind: 'VERIFY_EMAIL',
      template: 'verifyEmail',
      to: email,
      userId,
      locale: input.locale,
      name: input.name,
      link: this.outbox.link('/verify-email', token),
      params: { organisationName: input.organisationName, hours: VERIFICATION_LINK_HOURS },
    });
    return true;
  }

  /** Opens the verification link: the account may log in from now on. Valid once. */
  async verify(scope: RequestScope, token: string): Promise<boolean> {
    await this.throttle.assertAddressAllowed(scope.meta.ip);
    const row = await this.repo.findVerificationForUpdate(scope.em, sha256(token));
    if (!row) {
      await this.throttle.addressFailed(scope.meta.ip);
      throw new DomainError('VERIFICATION_LINK_INVALID');
    }
    await this.repo.verify(scope.em, row.user_id);
    return true;
  }

  private async consume(email: string, ip: string | null) {
    const digest = (v: string) => createHash('sha256').update(v).digest('hex');
    try {
      await Promise.all([this.perAccount.consume(digest(email)), ip ? this.perAddress.consume(digest(ip)) : undefined]);
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      throw new DomainError('TOO_MANY_REQUESTS', { seconds: Math.ceil(e.msBeforeNext / 1000) });
    }
  }
}
