import { requireAccess } from '../../core/access/access';
import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../../core/audit/audit.service';
import { AuthService } from '../../core/auth/auth.service';
import { LoginThrottle } from '../../core/auth/login-throttle';
import { sha256 } from '../../core/auth/sessions.service';
import { DomainError, invalid, notFound } from '../../core/errors';
import type { AuthUser, RequestScope } from '../../core/request-context';
import { AllianceContext } from '../../core/tenancy/alliance-context';
import { isUuid, TenancyService } from '../../core/tenancy/tenancy.service';
import { createInvitedAccount } from '../../core/accounts/account-steps';
import { AccountsRepository } from '../../core/accounts/accounts.repository';
import {
  AcceptInvitationInput,
  AcceptInvitationPayload,
  AcceptOrganisationInvitationInput,
  ChangeMemberRoleInput,
  InvitationCreated,
  InvitationModel,
  InvitationPreview,
  InviteOrganisationInput,
  MembershipModel,
  OrganisationInvitation,
  OrganisationMatch,
  OrganisationSearchArgs,
} from './members.models';
import { InvitationMailer } from './invitation-mail';
import { MembersRepository, type OpenInvitation } from './members.repository';

export const INVITATION_DAYS = 14;

@Injectable()
export class MembersService {
  constructor(
    private readonly members: MembersRepository,
    private readonly accounts: AccountsRepository,
    private readonly tenancy: TenancyService,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly throttle: LoginThrottle,
    private readonly mailer: InvitationMailer,
  ) {}

  list(ctx: AllianceContext): Promise<MembershipModel[]> {
    return this.members.list(ctx.em, ctx.allianceId);
  }

  async pendingInvitations(ctx: AllianceContext): Promise<InvitationModel[]> {
    await requireAccess(ctx, 'member.manage');
    return this.members.pendingInvitations(ctx.em, ctx.allianceId);
  }

  /** The backbone looks for an organisation already on the platform, to invite it. */
  async searchOrganisations(ctx: AllianceContext, args: OrganisationSearchArgs): Promise<OrganisationMatch[]> {
    await requireAccess(ctx, 'member.manage');
    return this.members.searchOrganisations(ctx.em, ctx.allianceId, args.query.trim(), args.first);
  }

  /**
   * What the holder of an invitation link sees before accepting. Unknown, foreign, revoked and
   * expired tokens get one and the same answer, and each counts against the caller's address
   * like a failed login, so guessing links is as slow as guessing passwords.
   */
  async preview(scope: RequestScope, token: string): Promise<InvitationPreview> {
    await this.throttle.assertAddressAllowed(scope.meta.ip);
    const allianceId = token.split('.')[0];
    const found = token.length <= 200 && isUuid(allianceId) ? await this.findPreview(scope, allianceId, token) : undefined;
    if (!found) {
      await this.throttle.addressFailed(scope.meta.ip);
      throw new DomainError('INVITATION_INVALID');
    }
    return {
      allianceName: found.alliance_name,
      invitedByOrganisation: found.invited_by_organisation,
      organisationName: found.organisation_name,
      role: found.role,
      emailHint: found.email ? maskEmail(found.email) : null,
      forOrganisationAdmins: !found.email,
      expiresAt: found.expires_at,
      state: found.accepted ? 'ACCEPTED' : 'OPEN',
    };
  }

  private async findPreview(scope: RequestScope, allianceId: string, token: string) {
    await this.tenancy.setAlliance(scope.em, allianceId);
    return this.members.findInvitationPreview(scope.em, allianceId, sha256(token));
  }

  /**
   * The backbone invites an organisation in a role. A NEW organisation (created here) is addressed
   * to a contact person, who becomes its first person on accepting. An EXISTING organisation is
   * addressed to its own admins, never to an address the backbone chose: otherwise any backbone
   * could make a stranger a person of someone else's organisation. The membership waits as
   * INVITED until the invitation is accepted.
   */
  async invite(ctx: AllianceContext, input: InviteOrganisationInput): Promise<InvitationCreated> {
    await requireAccess(ctx, 'member.manage');
    if (!input.organisationId === !input.organisationName) {
      throw invalid([{ field: input.organisationId ? 'organisationName' : 'organisationId', code: input.organisationId ? 'invalid' : 'required' }]);
    }
    if (input.organisationId && input.email) throw invalid([{ field: 'email', code: 'invalid' }]);
    if (!input.organisationId && !input.email) throw invalid([{ field: 'email', code: 'required' }]);
    let organisationId = input.organisationId;
    if (organisationId) {
      if (!(await this.accounts.findOrganisation(ctx.em, organisationId))) throw notFound('Organisation');
    } else {
      organisationId = randomUUID();
      await this.accounts.insertOrganisation(ctx.em, { id: organisationId, name: input.organisationName!.trim(), kind: input.organisationKind ?? 'OTHER' });
    }

    const existing = await this.members.findByOrganisation(ctx.em, ctx.allianceId, organisationId);
    let membershipId: string;
    if (existing && existing.state !== 'LEFT') throw new DomainError('ALREADY_MEMBER');
    if (existing) {
      membershipId = existing.id;
      await this.members.reinvite(ctx.em, ctx.allianceId, membershipId, input.role);
    } else {
      membershipId = await this.members.insert(ctx.em, { allianceId: ctx.allianceId, organisationId, role: input.role, state: 'INVITED' });
    }

    // The alliance id travels in the token so that accepting can enter the right tenant first.
    const token = `${ctx.allianceId}.${randomBytes(24).toString('base64url')}`;
    const email = input.organisationId ? null : input.email!.trim().toLowerCase();
    const invitationId = await this.members.insertInvitation(ctx.em, {
      allianceId: ctx.allianceId,
      membershipId,
      email,
      addressedOrganisationId: input.organisationId ?? null,
      tokenHash: sha256(token),
      invitedByUserId: ctx.userId,
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 86400_000),
    });
    await this.audit.record(ctx, {
      action: 'membership.invited',
      entityType: 'Membership',
      entityId: membershipId,
      before: existing ? { state: existing.state, role: existing.role } : undefined,
      after: { state: 'INVITED', role: input.role, organisationId, ...(email ? { email } : { addressedTo: 'ORGANISATION_ADMINS' }) },
    });
    const invitation = (await this.members.getInvitation(ctx.em, ctx.allianceId, invitationId))!;
    const from = await this.members.inviter(ctx.em, ctx.allianceId, ctx.organisationId, ctx.userId);
    const mailedTo = await this.mailer.send(ctx.em, {
      allianceName: from.alliance_name,
      inviter: `${from.user_name} (${from.organisation_name})`,
      inviterLocale: from.locale,
      organisationId,
      organisationName: invitation.organisation.name,
      role: input.role,
      email,
      token,
      expiresAt: invitation.expiresAt,
    });
    return { invitation, token, acceptPath: `/invitation/${encodeURIComponent(token)}`, mailedTo };
  }

  async revokeInvitation(ctx: AllianceContext, invitationId: string): Promise<boolean> {
    await requireAccess(ctx, 'member.manage');
    const membershipId = await this.members.revokeInvitation(ctx.em, ctx.allianceId, invitationId);
    if (!membershipId) throw notFound('Invitation');
    await this.members.endUnansweredInvitation(ctx.em, ctx.allianceId, membershipId);
    await this.audit.record(ctx, { action: 'invitation.revoked', entityType: 'Invitation', entityId: invitationId });
    return true;
  }

  /**
   * The invitee accepts by link. An invitation to a new organisation: logged in with the invited
   * e-mail, or creating an account for it. An invitation to an existing organisation: only one of
   * that organisation's admins, logged in; an anonymous accept is refused.
   */
  async accept(scope: RequestScope, input: AcceptInvitationInput): Promise<AcceptInvitationPayload> {
    const allianceId = input.token.split('.')[0];
    if (!isUuid(allianceId)) throw new DomainError('INVITATION_INVALID');
    await this.tenancy.setAlliance(scope.em, allianceId);
    const invitation = await this.members.findOpenInvitationForUpdate(scope.em, allianceId, { tokenHash: sha256(input.token) });
    if (!invitation) throw new DomainError('INVITATION_INVALID');

    if (invitation.addressed_organisation_id || !invitation.email) {
      if (!scope.user) throw new DomainError('UNAUTHENTICATED');
      await this.assertAdministers(scope, scope.user.id, invitation);
      return this.complete(scope, allianceId, invitation, scope.user.id);
    }
    let userId = scope.user?.id;
    if (scope.user) {
      if (scope.user.email.toLowerCase() !== invitation.email) throw new DomainError('INVITATION_INVALID');
    } else {
      if (await this.accounts.findUserByEmail(scope.em, invitation.email)) throw new DomainError('UNAUTHENTICATED');
      userId = await createInvitedAccount(this.accounts, scope.em, invitation.email, input);
    }
    await this.tenancy.setUser(scope.em, userId);
    // Only the contact person of an organisation this invitation created becomes its person.
    await this.accounts.linkUserToOrganisation(scope.em, userId!, invitation.organisation_id);
    const payload = await this.complete(scope, allianceId, invitation, userId!);
    if (!scope.user) payload.token = (await this.auth.startSession(scope, userId!, input.mode)).token;
    return payload;
  }

  /** An admin of the invited organisation accepts an invitation from their inbox, logged in. */
  async acceptForOrganisation(scope: RequestScope, user: AuthUser, input: AcceptOrganisationInvitationInput): Promise<AcceptInvitationPayload> {
    await this.tenancy.setAlliance(scope.em, input.allianceId);
    const invitation = await this.members.findOpenInvitationForUpdate(scope.em, input.allianceId, { id: input.invitationId });
    // Unknown, not addressed to an organisation, or not the caller's organisation: one answer.
    if (!invitation?.addressed_organisation_id) throw notFound('Invitation');
    await this.assertAdministers(scope, user.id, invitation, () => notFound('Invitation'));
    return this.complete(scope, input.allianceId, invitation, user.id);
  }

  /** Open invitations addressed to the organisations the caller administers, in any alliance. */
  async organisationInvitations(scope: RequestScope, user: AuthUser): Promise<OrganisationInvitation[]> {
    const organisations = await this.tenancy.administeredOrganisationIds(scope.em, user.id);
    if (!organisations.length) return [];
    await this.tenancy.setAdminOrganisations(scope.em, organisations);
    const found = await this.members.addressedInvitations(scope.em, organisations);
    await this.tenancy.setAdminOrganisations(scope.em, []);
    const result: OrganisationInvitation[] = [];
    for (const { alliance_id: allianceId, id } of found) {
      // The invitation names its alliance; its details are read there, one at a time.
      await this.tenancy.setAlliance(scope.em, allianceId);
      const d = await this.members.findInvitationForAddressee(scope.em, allianceId, id);
      if (d && organisations.includes(d.organisation_id)) {
        result.push({
          id,
          allianceId,
          allianceName: d.alliance_name,
          invitedByOrganisation: d.invited_by_organisation,
          organisationId: d.organisation_id,
          organisationName: d.organisation_name,
          role: d.role,
          expiresAt: d.expires_at,
        });
      }
    }
    await this.tenancy.setAlliance(scope.em, null);
    return result;
  }

  /** Refuses (as an invalid invitation) anyone who does not administer the invited organisation. */
  private async assertAdministers(scope: RequestScope, userId: string, invitation: OpenInvitation, refusal = () => new DomainError('INVITATION_INVALID')) {
    // Reads only the caller's own seats; the alliance context of the invitation stays as it is.
    const administered = await this.tenancy.administeredOrganisationIds(scope.em, userId);
    if (!administered.includes(invitation.organisation_id)) throw refusal();
  }

  /** The membership becomes ACTIVE and the accepting person gets a seat (admin when first). */
  private async complete(scope: RequestScope, allianceId: string, invitation: OpenInvitation, userId: string): Promise<AcceptInvitationPayload> {
    await this.tenancy.setUser(scope.em, userId);
    const isFirstSeat = !(await this.members.hasActiveSeat(scope.em, allianceId, invitation.membership_id));
    await this.members.activate(scope.em, allianceId, invitation.membership_id);
    await this.members.insertSeat(scope.em, { allianceId, membershipId: invitation.membership_id, userId, isAdmin: isFirstSeat });
    // The organisation takes part as a whole: its other people get (non-admin) seats too (docs/domain.md, "Colleagues").
    await this.members.seatOrganisationPeople(scope.em, allianceId, invitation.membership_id, invitation.organisation_id);
    await this.members.markInvitationAccepted(scope.em, allianceId, invitation.id, userId);
    await this.audit.record(
      { allianceId, userId, em: scope.em },
      {
        action: 'membership.accepted',
        entityType: 'Membership',
        entityId: invitation.membership_id,
        after: { state: 'ACTIVE', userId },
      },
    );
    const membership = (await this.members.get(scope.em, allianceId, invitation.membership_id))!;
    return { allianceId, membership, token: null };
  }

  async changeRole(ctx: AllianceContext, input: ChangeMemberRoleInput): Promise<MembershipModel> {
    await requireAccess(ctx, 'member.manage');
    const current = await this.members.get(ctx.em, ctx.allianceId, input.membershipId);
    if (!current) throw notFound('Membership');
    if (current.role === 'BACKBONE' && input.role !== 'BACKBONE' && current.state === 'ACTIVE') {
      if ((await this.members.otherActiveBackbones(ctx.em, ctx.allianceId, current.id)) === 0) throw new DomainError('LAST_BACKBONE');
    }
    await this.members.changeRole(ctx.em, ctx.allianceId, input.membershipId, input.role, input.version);
    await this.audit.record(ctx, {
      action: 'membership.roleChanged',
      entityType: 'Membership',
      entityId: current.id,
      before: { role: current.role, version: current.version },
      after: { role: input.role, version: current.version + 1 },
    });
    return (await this.members.get(ctx.em, ctx.allianceId, input.membershipId))!;
  }

  /** The caller's organisation leaves; its seats end. The last backbone cannot leave. */
  async leave(ctx: AllianceContext): Promise<MembershipModel> {
    await requireAccess(ctx, 'membership.leave');
    if (await this.members.isLastActiveBackbone(ctx.em, ctx.allianceId, ctx.membershipId)) throw new DomainError('LAST_BACKBONE');
    const before = await this.members.get(ctx.em, ctx.allianceId, ctx.membershipId);
    await this.members.leave(ctx.em, ctx.allianceId, ctx.membershipId);
    await this.audit.record(ctx, {
      action: 'membership.left',
      entityType: 'Membership',
      entityId: ctx.membershipId,
      before: { state: before?.state },
      after: { state: 'LEFT' },
    });
    return (await this.members.get(ctx.em, ctx.allianceId, ctx.membershipId))!;
  }
}

/** `kim.kurs@vhs.example` → `k…@vhs.example`: enough for the invitee to recognise the address. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '…';
  return `${email[0]}…${email.slice(at)}`;
}
