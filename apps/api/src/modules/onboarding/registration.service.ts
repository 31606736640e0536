import { Injectable } from '@nestjs/common';
import type { RateLimiterPostgres } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { LoginThrottle } from '../../core/auth/login-throttle';
import { sha256 } from '../../core/auth/sessions.service';
import { limitKey, sharedLimiter, withinLimits } from '../../core/auth/shared-limits';
import { DomainError } from '../../core/errors';
import type { RequestScope } from '../../core/request-context';
import { RegisterOrganisationInput } from './onboarding.models';
import { OnboardingRepository } from './onboarding.repository';
import { SignUp } from './sign-up';

/** Sign-ups per address asked for, and per caller address, in REGISTER_WINDOW_MINUTES (like password reset). */
export const REGISTER_MAX_PER_ACCOUNT = 3;
export const REGISTER_MAX_PER_ADDRESS = 20;
const REGISTER_WINDOW_MINUTES = 15;

/**
 * An organisation registers itself (when the platform allows it): its name and kind, and a
 * contact person with e-mail and password (SignUp: an unverified account, the same answer, true,
 * whether the address has an account or not).
 */
@Injectable()
export class RegistrationService {
  private readonly perAccount: RateLimiterPostgres;
  private readonly perAddress: RateLimiterPostgres;

  constructor(
    db: DataSource,
    private readonly repo: OnboardingRepository,
    private readonly signUps: SignUp,
    private readonly throttle: LoginThrottle,
  ) {
    this.perAccount = sharedLimiter(db, 'register-account', REGISTER_MAX_PER_ACCOUNT, REGISTER_WINDOW_MINUTES * 60);
    this.perAddress = sharedLimiter(db, 'register-address', REGISTER_MAX_PER_ADDRESS, REGISTER_WINDOW_MINUTES * 60);
  }

  async register(scope: RequestScope, input: RegisterOrganisationInput): Promise<boolean> {
    if (!(await this.repo.settings(scope.em)).registrationOpen) throw new DomainError('REGISTRATION_CLOSED');
    const email = input.email.trim().toLowerCase();
    await this.consume(email, scope.meta.ip);
    await this.signUps.signUp(scope.em, input);
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

  private consume(email: string, ip: string | null) {
    return withinLimits(() => Promise.all([this.perAccount.consume(limitKey(email)), ip ? this.perAddress.consume(limitKey(ip)) : undefined]));
  }
}
