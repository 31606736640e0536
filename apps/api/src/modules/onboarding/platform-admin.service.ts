import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '../../core/audit/audit.service';
import { sha256 } from '../../core/auth/sessions.service';
import { forbidden, invalid, notFound } from '../../core/errors';
import type { AuthUser, RequestScope } from '../../core/request-context';
import { TenancyService } from '../../core/tenancy/tenancy.service';
import { OrganisationModel } from '../../core/accounts/accounts.models';
import { AccountsRepository } from '../../core/accounts/accounts.repository';
import { AlliancesRepository } from '../alliances/alliances.repository';
import { InvitationMailer } from '../members/invitation-mail';
import { MembersRepository } from '../members/members.repository';
import { INVITATION_DAYS } from '../members/members.service';
import { OnboardingRepository } from './onboarding.repository';
import { AllianceForBackboneCreated, CreateAllianceForBackboneInput, PlatformSettingsModel } from './onboarding.models';

/**
 * What the platform administrator decides (issue 11): whether organisations may register
 * themselves, and new alliances with their backbone. The administrator runs the platform; they
 * get no seat in the alliances they create.
 */
@Injectable()
export class PlatformAdminService {
  private readonly logger = new Logger('PlatformAdmin');

  constructor(
    private readonly repo: OnboardingRepository,
    private readonly accounts: AccountsRepository,
    private readonly alliances: AlliancesRepository,
    private readonly members: MembersRepository,
    private readonly tenancy: TenancyService,
    private readonly audit: AuditService,
    private readonly mailer: InvitationMailer,
  ) {}

  /** Readable by anyone (the public sign-up page asks whether it may show its form). */
  settings(scope: RequestScope): Promise<PlatformSettingsModel> {
    return this.repo.settings(scope.em);
  }

  /**
   * A platform setting belongs to no alliance, so no audit event (audit events are an
   * alliance's); the row keeps who changed it last and when, and the log says so.
   */
  async setRegistrationOpen(scope: RequestScope, user: AuthUser, open: boolean): Promise<PlatformSettingsModel> {
    await this.assertPlatformAdmin(scope);
    await this.repo.setRegistrationOpen(scope.em, open, user.id);
    this.logger.log(`Self-registration of organisations ${open ? 'allowed' : 'closed'} by ${user.email}`);
    return this.settings(scope);
  }

  async organisations(scope: RequestScope, query: string): Promise<OrganisationModel[]> {
    await this.assertPlatformAdmin(scope);
    return this.repo.searchOrganisations(scope.em, query);
  }

  /**
   * A new alliance whose backbone membership waits (INVITED) for the backbone to accept: a new
   * organisation through its contact person's address, or an existing organisation through its
   * people. Accepting is the ordinary invitation flow; the first to accept becomes its admin.
   */
  async createAlliance(scope: RequestScope, user: AuthUser, input: CreateAllianceForBackboneInput): Promise<AllianceForBackboneCreated> {
    await this.assertPlatformAdmin(scope);
    if (!input.organisationId === !input.organisationName) {
      throw invalid([{ field: input.organisationId ? 'organisationName' : 'organisationId', code: input.organisationId ? 'invalid' : 'required' }]);
    }
    if (input.organisationId && input.email) throw invalid([{ field: 'email', code: 'invalid' }]);
    if (!input.organisationId && !input.email) throw invalid([{ field: 'email', code: 'required' }]);

    let organisation: { id: string; name: string };
    if (input.organisationId) {
      const found = await this.accounts.findOrganisation(scope.em, input.organisationId);
      if (!found) throw notFound('Organisation');
      organisation = { id: found.id, name: found.name };
    } else {
      organisation = { id: randomUUID(), name: input.organisationName! };
      await this.accounts.insertOrganisation(scope.em, { id: organisation.id, name: organisation.name, kind: input.organisationKind ?? 'OTHER' });
    }

    const allianceId = randomUUID();
    await this.tenancy.setAlliance(scope.em, allianceId);
    await this.alliances.insert(scope.em, {
      id: allianceId,
      name: input.name,
      kind: input.kind,
      problemStatement: '',
      vision: '',
      periodStart: null,
      periodEnd: null,
    });
    const membershipId = await this.members.insert(scope.em, { allianceId, organisationId: organisation.id, role: 'BACKBONE', state: 'INVITED' });
    const token = `${allianceId}.${randomBytes(24).toString('base64url')}`;
    const email = input.email?.toLowerCase() ?? null;
    const expiresAt = new Date(Date.now() + INVITATION_DAYS * 86400_000);
    await this.members.insertInvitation(scope.em, {
      allianceId,
      membershipId,
      email,
      addressedOrganisationId: input.organisationId ?? null,
      tokenHash: sha256(token),
      invitedByUserId: user.id,
      expiresAt,
    });
    const ctx = { allianceId, userId: user.id, em: scope.em };
    await this.audit.record(ctx, {
      action: 'alliance.created',
      entityType: 'Alliance',
      entityId: allianceId,
      after: { name: input.name, kind: input.kind, byPlatformAdmin: true },
    });
    await this.audit.record(ctx, {
      action: 'membership.invited',
      entityType: 'Membership',
      entityId: membershipId,
      after: { state: 'INVITED', role: 'BACKBONE', organisationId: organisation.id, ...(email ? { email } : { addressedTo: 'ORGANISATION_ADMINS' }) },
    });
    const me = (await this.accounts.findUser(scope.em, user.id))!;
    const mailedTo = await this.mailer.send(scope.em, {
      allianceName: input.name,
      inviter: me.locale === 'en' ? `${me.name} (platform administration)` : `${me.name} (Plattform-Administration)`,
      inviterLocale: me.locale,
      organisationId: organisation.id,
      organisationName: organisation.name,
      role: 'BACKBONE',
      email,
      token,
      expiresAt,
    });
    await this.tenancy.setAlliance(scope.em, null);
    return { allianceId, allianceName: input.name, organisationName: organisation.name, mailedTo, acceptPath: `/invitation/${encodeURIComponent(token)}` };
  }

  private async assertPlatformAdmin(scope: RequestScope) {
    if (!(await this.repo.isPlatformAdmin(scope.em))) throw forbidden('PLATFORM_ADMIN');
  }
}
