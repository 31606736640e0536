import { Injectable } from '@nestjs/common';
import type { RateLimiterPostgres } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import { limitKey, sharedLimiter, withinLimits } from '../../core/auth/shared-limits';
import { DomainError } from '../../core/errors';
import type { RequestScope } from '../../core/request-context';
import { TenancyService } from '../../core/tenancy/tenancy.service';
import { SignUp } from '../onboarding/sign-up';
import type { RegisterPortalProviderInput } from './portal.models';
import { PortalRepository } from './portal.repository';

/**
 * A provider signs up to a portal (issue 13, 2): the organisation's sign-up of onboarding (SignUp: an
 * unverified account that cannot log in until the mailed link is opened, the same answer whether
 * the address has an account), which here also makes a PROVIDER membership of that one alliance, which
 * reaches the portal's provider screens and nothing of the workspace. Only while the portal is on
 * and takes sign-ups (gw_enter_portal_signup sets the alliance context only then).
 */
@Injectable()
export class ProviderRegistrationService {
  /** Sign-ups per caller address in 15 minutes (the platform sign-up allows the same). */
  private readonly perAddress: RateLimiterPostgres;

  constructor(
    db: DataSource,
    private readonly repo: PortalRepository,
    private readonly signUps: SignUp,
    private readonly tenancy: TenancyService,
    private readonly audit: AuditService,
  ) {
    this.perAddress = sharedLimiter(db, 'portal-signup-address', 20, 15 * 60);
  }

  async register(scope: RequestScope, input: RegisterPortalProviderInput): Promise<boolean> {
    const ip = scope.meta.ip;
    if (ip) await withinLimits(() => this.perAddress.consume(limitKey(ip)));
    const allianceId = input.portalId.toLowerCase();
    if (!(await this.repo.enterSignup(scope.em, allianceId))) throw new DomainError('PORTAL_CLOSED');
    try {
      await this.signUps.signUp(scope.em, { ...input, organisationKind: 'OTHER' }, async ({ userId, organisationId, email }) => {
        const membershipId = await this.repo.insertProviderMembership(scope.em, allianceId, organisationId, userId);
        const providerId = await this.repo.insertProvider(scope.em, allianceId, { membershipId, organisationId, name: input.organisationName, email });
        await this.audit.record(
          { allianceId, userId, em: scope.em },
          {
            action: 'provider.registered',
            entityType: 'PortalProvider',
            entityId: providerId,
            after: { name: input.organisationName, membershipId },
          },
        );
      });
      return true;
    } finally {
      await this.tenancy.setAlliance(scope.em, null);
    }
  }
}
