import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { AccountsRepository } from '../../core/accounts/accounts.repository';
import { AuditService } from '../../core/audit/audit.service';
import { hashPassword } from '../../core/auth/password';
import { sha256 } from '../../core/auth/sessions.service';
import { DomainError } from '../../core/errors';
import { MailOutbox } from '../../core/mail/mail-outbox';
import type { RequestScope } from '../../core/request-context';
import { TenancyService } from '../../core/tenancy/tenancy.service';
import type { RegisterPortalProviderInput } from './portal.models';
import { PortalRepository } from './portal.repository';

const VERIFICATION_LINK_HOURS = 48;

/**
 * A provider signs up to a portal (issue 13, 2): like an organisation's sign-up (onboarding) — an
 * unverified account that cannot log in until the mailed link is opened, the same answer whether
 * the address has an account — but it ends in a PROVIDER membership of that one alliance, which
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
    private readonly accounts: AccountsRepository,
    private readonly outbox: MailOutbox,
    private readonly tenancy: TenancyService,
    private readonly audit: AuditService,
  ) {
    this.perAddress = new RateLimiterPostgres({
      storeClient: db,
      storeType: 'typeorm',
      tableName: 'rate_limits',
      tableCreated: true,
      clearExpiredByTimeout: false,
      duration: 15 * 60,
      keyPrefix: 'portal-signup-address',
      points: 20,
    });
  }

  async register(scope: RequestScope, input: RegisterPortalProviderInput): Promise<boolean> {
    if (scope.meta.ip) {
      try {
        await this.perAddress.consume(createHash('sha256').update(scope.meta.ip).digest('hex'));
      } catch (e) {
        if (!(e instanceof RateLimiterRes)) throw e;
        throw new DomainError('TOO_MANY_REQUESTS', { seconds: Math.ceil(e.msBeforeNext / 1000) });
      }
    }
    const allianceId = input.portalId.toLowerCase();
    if (!(await this.repo.enterSignup(scope.em, allianceId))) throw new DomainError('PORTAL_CLOSED');
    try {
      const email = input.email.trim().toLowerCase();
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
      await this.accounts.insertOrganisation(scope.em, { id: organisationId, name: input.organisationName, kind: 'OTHER' });
      await this.accounts.linkUserToOrganisation(scope.em, userId, organisationId);
      const membershipId = await this.repo.insertProviderMembership(scope.em, allianceId, organisationId, userId);
      const providerId = await this.repo.insertProvider(scope.em, allianceId, { membershipId, organisationId, name: input.organisationName, email });
      const token = randomBytes(32).toString('base64url');
      await this.repo.insertUnverified(scope.em, userId, sha256(token), VERIFICATION_LINK_HOURS);
      await this.audit.record(
        { allianceId, userId, em: scope.em },
        {
          action: 'provider.registered',
          entityType: 'PortalProvider',
          entityId: providerId,
          after: { name: input.organisationName, membershipId },
        },
      );
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
    } finally {
      await this.tenancy.setAlliance(scope.em, null);
    }
  }
}
