import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { readScope } from '../../core/access/access';
import { AuditService } from '../../core/audit/audit.service';
import { AuthService } from '../../core/auth/auth.service';
import { LoginThrottle } from '../../core/auth/login-throttle';
import { sha256, SessionsService } from '../../core/auth/sessions.service';
import { DomainError, notFound } from '../../core/errors';
import { MailOutbox } from '../../core/mail/mail-outbox';
import { mailLocale } from '../../core/mail/templates/render';
import type { AuthUser, RequestScope } from '../../core/request-context';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { TenancyService } from '../../core/tenancy/tenancy.service';
import { createInvitedAccount } from '../../core/accounts/account-steps';
import { AccountsRepository } from '../../core/accounts/accounts.repository';
import { maskEmail } from '../members/members.service';
import {
  AcceptColleagueInvitationInput,
  AcceptColleagueInvitationPayload,
  ColleagueInvitationModel,
  ColleagueInvitationPreviewModel,
  ColleagueModel,
  InviteColleagueInput,
  MemberPersonModel,
  OrganisationPeopleModel,
} from './colleagues.models';
import { ColleaguesRepository, OrganisationMembership } from './colleagues.repository';

export const COLLEAGUE_INVITATION_DAYS = 14;

/**
 * Colleagues: the people of an organisation. A person works for an organisation
 * (`user_organisations`) and holds a seat in EVERY active membership of it — an organisation
 * takes part in an alliance as a whole, so its people do too (docs/domain.md). Admins are the
 * people with admin seats; an organisation always keeps at least one.
 *
 * Every change is audited in each alliance the organisation is an active member of: those
 * backbones see who joined and left their member's team.
 */
@Injectable()
export class ColleaguesService {
  constructor(
    private readonly colleagues: ColleaguesRepository,
    private readonly accounts: AccountsRepository,
    private readonly tenancy: TenancyService,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottle,
    private readonly outbox: MailOutbox,
  ) {}

  async list(scope: RequestScope, user: AuthUser, organisationId: string): Promise<OrganisationPeopleModel> {
    const organisation = await this.assertAdmin(scope, user, organisationId);
    const memberships = await this.colleagues.activeMemberships(scope.em, organisationId);
    return {
      organisationId,
      organisationName: organisation.name,
      people: await this.colleagues.people(scope.em, organisationId, memberships, user.id),
      invitations: await this.colleagues.openInvitations(scope.em, organisationId),
    };
  }

  /** Mails a one-time link to the address, in the recipient's language (their own, if they have an account). */
  async invite(scope: RequestScope, user: AuthUser, input: InviteColleagueInput, callerLocale: string): Promise<ColleagueInvitationModel> {
    const organisation = await this.assertAdmin(scope, user, input.organisationId);
    const email = input.email.trim().toLowerCase();
    const existing = await this.accounts.findUserByEmail(scope.em, email);
    if (existing && (await this.colleagues.isLinked(scope.em, existing.id, organisation.id))) throw new DomainError('ALREADY_COLLEAGUE');
    const locale = mailLocale(existing?.locale ?? input.locale ?? callerLocale);
    const token = randomBytes(32).toString('base64url');
    const invitation = await this.colleagues.insertInvitation(scope.em, {
      organisationId: organisation.id,
      email,
      locale,
      tokenHash: sha256(token),
      invitedByUserId: user.id,
      expiresAt: new Date(Date.now() + COLLEAGUE_INVITATION_DAYS * 86400_000),
    });
    await this.outbox.enqueue(scope.em, {
      kind: 'COLLEAGUE_INVITATION',
      template: 'colleagueInvitation',
      to: email,
      userId: existing?.id ?? null,
      locale,
      name: existing?.name ?? null,
      link: this.outbox.link('/colleague-invitation', token),
      params: { organisation: organisation.name, inviter: user.name, days: COLLEAGUE_INVITATION_DAYS },
    });
    // No e-mail address in the audit payload: the alliances' backbones read it (names only).
    await this.auditEverywhere(scope, user.id, organisation.id, { action: 'colleague.invited', entityType: 'ColleagueInvitation', entityId: invitation.id });
    return invitation;
  }

  async revokeInvitation(scope: RequestScope, user: AuthUser, organisationId: string, invitationId: string): Promise<boolean> {
    await this.assertAdmin(scope, user, organisationId);
    if (!(await this.colleagues.revokeInvitation(scope.em, organisationId, invitationId))) throw notFound('Invitation');
    await this.auditEverywhere(scope, user.id, organisationId, {
      action: 'colleague.invitationRevoked',
      entityType: 'ColleagueInvitation',
      entityId: invitationId,
    });
    return true;
  }

  /** Unknown, revoked, used and expired links: one answer, counted like a failed login. */
  async preview(scope: RequestScope, token: string): Promise<ColleagueInvitationPreviewModel> {
    await this.throttle.assertAddressAllowed(scope.meta.ip);
    const found = token.length <= 200 ? await this.colleagues.findPreview(scope.em, sha256(token)) : undefined;
    if (!found) {
      await this.throttle.addressFailed(scope.meta.ip);
      throw new DomainError('INVITATION_INVALID');
    }
    return {
      organisationName: found.organisation_name,
      invitedByName: found.invited_by_name,
      emailHint: maskEmail(found.email),
      accountExists: found.account_exists,
      expiresAt: found.expires_at,
    };
  }

  /**
   * Accepting by link. The invited address decides whose account it is: an existing account
   * accepts only logged in as itself (never is a stranger's account linked silently); a new
   * address creates an account (name, password) and starts a session.
   */
  async accept(scope: RequestScope, input: AcceptColleagueInvitationInput): Promise<AcceptColleagueInvitationPayload> {
    await this.throttle.assertAddressAllowed(scope.meta.ip);
    const invitation = await this.colleagues.findOpenForUpdate(scope.em, sha256(input.token));
    if (!invitation) {
      await this.throttle.addressFailed(scope.meta.ip);
      throw new DomainError('INVITATION_INVALID');
    }
    const account = await this.accounts.findUserByEmail(scope.em, invitation.email);
    let userId: string;
    if (account) {
      if (!scope.user) throw new DomainError('UNAUTHENTICATED');
      if (scope.user.id !== account.id || account.disabled_at) throw new DomainError('INVITATION_INVALID');
      userId = account.id;
    } else {
      if (scope.user) throw new DomainError('INVITATION_INVALID');
      userId = await createInvitedAccount(this.accounts, scope.em, invitation.email, input, invitation.locale);
    }
    await this.tenancy.setUser(scope.em, userId);
    await this.accounts.linkUserToOrganisation(scope.em, userId, invitation.organisation_id);
    await this.colleagues.markAccepted(scope.em, invitation.id, userId);
    // The new colleague reads the organisation's memberships as one of its people now.
    const memberships = await this.colleagues.activeMemberships(scope.em, invitation.organisation_id);
    await this.eachAlliance(scope, memberships, async (m) => {
      await this.colleagues.upsertSeat(scope.em, m, userId, false);
      await this.audit.record(
        { allianceId: m.alliance_id, userId, em: scope.em },
        { action: 'colleague.joined', entityType: 'Membership', entityId: m.membership_id, after: { userId } },
      );
    });
    const token = scope.user ? null : (await this.auth.startSession(scope, userId, input.mode)).token;
    return { organisationId: invitation.organisation_id, allianceIds: memberships.map((m) => m.alliance_id), token };
  }

  /**
   * Ends the person's work for the organisation: unlinked, seats ended in every alliance (the next
   * request of any of their sessions gets NOT_FOUND there), and — with no organisation left —
   * every session revoked. The last admin cannot be removed.
   */
  async remove(scope: RequestScope, user: AuthUser, organisationId: string, userId: string): Promise<boolean> {
    await this.assertAdmin(scope, user, organisationId);
    const target = await this.findColleague(scope, user, organisationId, userId);
    await this.assertAdminRemains(scope, user, organisationId, target, false);
    const memberships = await this.colleagues.activeMemberships(scope.em, organisationId);
    await this.colleagues.unlink(scope.em, userId, organisationId);
    await this.eachAlliance(scope, memberships, async (m) => {
      await this.colleagues.endSeat(scope.em, m, userId);
      await this.audit.record(
        { allianceId: m.alliance_id, userId: user.id, em: scope.em },
        {
          action: 'colleague.removed',
          entityType: 'Membership',
          entityId: m.membership_id,
          before: { userId, isAdmin: target.isAdmin },
        },
      );
    });
    if ((await this.colleagues.organisationCount(scope.em, userId)) === 0) await this.sessions.revokeAllForUser(scope.em, userId);
    return true;
  }

  /** Appoints or steps down an admin (handing over = appoint the colleague, then step down). */
  async setAdmin(scope: RequestScope, user: AuthUser, organisationId: string, userId: string, isAdmin: boolean): Promise<ColleagueModel> {
    await this.assertAdmin(scope, user, organisationId);
    const target = await this.findColleague(scope, user, organisationId, userId);
    if (target.isAdmin === isAdmin) return target;
    await this.assertAdminRemains(scope, user, organisationId, target, isAdmin);
    const memberships = await this.colleagues.activeMemberships(scope.em, organisationId);
    await this.eachAlliance(scope, memberships, async (m) => {
      await this.colleagues.upsertSeat(scope.em, m, userId, isAdmin);
      await this.audit.record(
        { allianceId: m.alliance_id, userId: user.id, em: scope.em },
        {
          action: 'colleague.adminChanged',
          entityType: 'Membership',
          entityId: m.membership_id,
          before: { userId, isAdmin: target.isAdmin },
          after: { userId, isAdmin },
        },
      );
    });
    return { ...target, isAdmin };
  }

  /** People with a seat in this alliance: the backbone sees every member's, others their own organisation's. */
  memberPeople(ctx: AllianceContext): Promise<MemberPersonModel[]> {
    return this.colleagues.memberPeople(ctx.em, ctx.allianceId, readScope(ctx, 'memberPeople.read').all ? null : ctx.membershipId);
  }

  /** Anyone but an admin of the organisation: NOT_FOUND, as if it did not exist. */
  private async assertAdmin(scope: RequestScope, user: AuthUser, organisationId: string) {
    const administered = await this.tenancy.administeredOrganisationIds(scope.em, user.id);
    const organisation = administered.includes(organisationId) ? await this.accounts.findOrganisation(scope.em, organisationId) : undefined;
    if (!organisation) throw notFound('Organisation');
    return organisation;
  }

  private async findColleague(scope: RequestScope, user: AuthUser, organisationId: string, userId: string): Promise<ColleagueModel> {
    const memberships = await this.colleagues.activeMemberships(scope.em, organisationId);
    const target = (await this.colleagues.people(scope.em, organisationId, memberships, user.id)).find((p) => p.userId === userId);
    if (!target) throw notFound('Colleague');
    return target;
  }

  /** Removing or demoting the last admin is refused. */
  private async assertAdminRemains(scope: RequestScope, user: AuthUser, organisationId: string, target: ColleagueModel, becomesAdmin: boolean) {
    if (!target.isAdmin || becomesAdmin) return;
    const memberships = await this.colleagues.activeMemberships(scope.em, organisationId);
    const admins = (await this.colleagues.people(scope.em, organisationId, memberships, user.id)).filter((p) => p.isAdmin);
    if (admins.every((a) => a.userId === target.userId)) throw new DomainError('LAST_ORGANISATION_ADMIN');
  }

  /** Runs `fn` inside each alliance in turn (writes need the alliance context), then leaves it. */
  private async eachAlliance(scope: RequestScope, memberships: OrganisationMembership[], fn: (m: OrganisationMembership) => Promise<void>) {
    for (const m of memberships) {
      await this.tenancy.setAlliance(scope.em, m.alliance_id);
      await fn(m);
    }
    await this.tenancy.setAlliance(scope.em, null);
  }

  private async auditEverywhere(scope: RequestScope, actorId: string, organisationId: string, entry: { action: string; entityType: string; entityId: string }) {
    const memberships = await this.colleagues.activeMemberships(scope.em, organisationId);
    await this.eachAlliance(scope, memberships, (m) =>
      this.audit.record({ allianceId: m.alliance_id, userId: actorId, em: scope.em }, { ...entry, after: { organisationId } }),
    );
  }
}
