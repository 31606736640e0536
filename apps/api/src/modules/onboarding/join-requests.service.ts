import { requireAccess } from '../../core/access/access';
import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { MembershipRoleName } from '@gemeinwerk/shared';
import { AuditService } from '../../core/audit/audit.service';
import { LoginThrottle } from '../../core/auth/login-throttle';
import { conflict, DomainError, notFound } from '../../core/errors';
import { MailOutbox } from '../../core/mail/mail-outbox';
import { roleLabel } from '../../core/mail/templates/render';
import type { AuthUser, RequestScope } from '../../core/request-context';
import { AllianceContext } from '../../core/tenancy/alliance-context';
import { TenancyService } from '../../core/tenancy/tenancy.service';
import { organisationToActFor } from '../../core/accounts/account-steps';
import { AccountsRepository } from '../../core/accounts/accounts.repository';
import { MembersRepository } from '../members/members.repository';
import { links } from '../notifications/notification-kinds';
import { NotificationService } from '../notifications/notification.service';
import { JoinRequestsRepository, type Recipient } from './join-requests.repository';
import type { JoinRequestStateName } from './join-request.entity';
import { AcceptJoinRequestInput, DeclineJoinRequestInput, JoinableAlliance, JoinRequestModel, JoinSettings, RequestToJoinInput } from './onboarding.models';

/**
 * Join requests (issue 11): an organisation finds an alliance that takes requests (or holds its
 * join link) and asks to join; the backbone accepts with a role or declines with a reason; both
 * sides get a mail in the same transaction, in the recipient's language.
 *
 * The requester is not a member, so it never gets an alliance context from a seat: it reads the
 * directory through gw_join_directory, enters only an alliance that takes requests
 * (gw_enter_alliance_to_request, the request's only write there), and reads its own requests
 * through the requester_read policy.
 */
@Injectable()
export class JoinRequestsService {
  constructor(
    private readonly repo: JoinRequestsRepository,
    private readonly members: MembersRepository,
    private readonly accounts: AccountsRepository,
    private readonly tenancy: TenancyService,
    private readonly audit: AuditService,
    private readonly outbox: MailOutbox,
    private readonly throttle: LoginThrottle,
    private readonly notifications: NotificationService,
  ) {}

  // ── the requester ──

  directory(scope: RequestScope, query: string, first: number): Promise<JoinableAlliance[]> {
    return this.repo.directory(scope.em, query, null, first);
  }

  /** What a join link leads to. Unknown and revoked links: one answer, counted like a failed login. */
  async linkPreview(scope: RequestScope, token: string): Promise<JoinableAlliance> {
    await this.throttle.assertAddressAllowed(scope.meta.ip);
    const [found] = token.length >= 20 && token.length <= 100 ? await this.repo.directory(scope.em, null, token, 1) : [];
    if (!found) {
      await this.throttle.addressFailed(scope.meta.ip);
      throw new DomainError('JOIN_NOT_AVAILABLE');
    }
    return found;
  }

  async request(scope: RequestScope, user: AuthUser, input: RequestToJoinInput): Promise<JoinRequestModel> {
    const organisation = await organisationToActFor(this.accounts, scope.em, user.id, input.organisationId);
    const token = input.joinToken ?? null;
    if (token) await this.throttle.assertAddressAllowed(scope.meta.ip);
    const allianceId = input.targetAllianceId;
    if (!(await this.repo.enterToRequest(scope.em, allianceId, token))) {
      if (token) await this.throttle.addressFailed(scope.meta.ip);
      throw new DomainError('JOIN_NOT_AVAILABLE');
    }
    const membership = await this.members.findByOrganisation(scope.em, allianceId, organisation.id);
    if (membership && membership.state !== 'LEFT') throw new DomainError('ALREADY_MEMBER');
    if (await this.repo.hasPending(scope.em, allianceId, organisation.id)) throw new DomainError('JOIN_REQUEST_PENDING');

    const id = await this.repo.insert(scope.em, { allianceId, organisationId: organisation.id, userId: user.id, message: input.message, viaLink: !!token });
    await this.audit.record(
      { allianceId, userId: user.id, em: scope.em },
      {
        action: 'joinRequest.created',
        entityType: 'JoinRequest',
        entityId: id,
        after: { organisationId: organisation.id, state: 'PENDING', viaLink: !!token },
      },
    );
    const created = (await this.repo.get(scope.em, allianceId, id))!;
    // The backbone's admins hear of it in the bell and, unless they chose otherwise, by mail.
    await this.notifications.notify(scope.em, {
      allianceId,
      to: { roles: ['BACKBONE'], adminsOnly: true },
      kind: 'JOIN_REQUEST',
      subject: { type: 'JoinRequest', id },
      link: links.members(allianceId),
      params: { organisation: organisation.name, requester: user.name, message: input.message || '–' },
    });
    await this.tenancy.setAlliance(scope.em, null);
    return created;
  }

  /** The requests of the organisations the caller works for, in any alliance, newest first. */
  async mine(scope: RequestScope, user: AuthUser): Promise<JoinRequestModel[]> {
    const organisations = (await this.accounts.organisationsOf(scope.em, user.id)).map((o) => o.id);
    if (!organisations.length) return [];
    await this.tenancy.setAdminOrganisations(scope.em, organisations);
    const alliances = await this.repo.allianceIdsAskedBy(scope.em, organisations);
    await this.tenancy.setAdminOrganisations(scope.em, []);
    if (!alliances.length) return [];
    // Names of the alliances asked: their rows, read through the read list; the query itself
    // keeps to these organisations' requests.
    await this.tenancy.setReadableAlliances(scope.em, alliances);
    const found = await this.repo.askedBy(scope.em, organisations);
    await this.tenancy.setReadableAlliances(scope.em, []);
    return found;
  }

  // ── the backbone ──

  async list(ctx: AllianceContext, state: JoinRequestStateName = 'PENDING'): Promise<JoinRequestModel[]> {
    await requireAccess(ctx, 'joinRequest.decide');
    return this.repo.list(ctx.em, ctx.allianceId, state);
  }

  /** The membership becomes ACTIVE in the role given; the person who asked gets its admin seat. */
  async accept(ctx: AllianceContext, input: AcceptJoinRequestInput): Promise<JoinRequestModel> {
    await requireAccess(ctx, 'joinRequest.decide');
    const request = await this.lockPending(ctx, input.joinRequestId, input.version);
    const existing = await this.members.findByOrganisation(ctx.em, ctx.allianceId, request.organisation_id);
    if (existing?.state === 'ACTIVE') throw new DomainError('ALREADY_MEMBER');
    let membershipId: string;
    if (existing) {
      membershipId = existing.id;
      await this.repo.activateMembership(ctx.em, ctx.allianceId, membershipId, input.role);
    } else {
      membershipId = await this.members.insert(ctx.em, {
        allianceId: ctx.allianceId,
        organisationId: request.organisation_id,
        role: input.role,
        state: 'ACTIVE',
      });
    }
    if (request.requested_by_user_id) {
      await this.members.insertSeat(ctx.em, { allianceId: ctx.allianceId, membershipId, userId: request.requested_by_user_id, isAdmin: true });
    }
    await this.repo.decide(ctx.em, { allianceId: ctx.allianceId, id: request.id, state: 'ACCEPTED', role: input.role, reason: null, userId: ctx.userId });
    await this.audit.record(ctx, {
      action: 'joinRequest.accepted',
      entityType: 'JoinRequest',
      entityId: request.id,
      before: { state: 'PENDING' },
      after: { state: 'ACCEPTED', role: input.role },
    });
    await this.audit.record(ctx, {
      action: 'membership.joined',
      entityType: 'Membership',
      entityId: membershipId,
      before: existing ? { state: existing.state, role: existing.role } : undefined,
      after: { state: 'ACTIVE', role: input.role, organisationId: request.organisation_id, byJoinRequest: request.id },
    });
    const decided = (await this.repo.get(ctx.em, ctx.allianceId, request.id))!;
    await this.tellRequester(ctx, request.requested_by_user_id, decided, input.role, null);
    return decided;
  }

  async decline(ctx: AllianceContext, input: DeclineJoinRequestInput): Promise<JoinRequestModel> {
    await requireAccess(ctx, 'joinRequest.decide');
    const request = await this.lockPending(ctx, input.joinRequestId, input.version);
    await this.repo.decide(ctx.em, { allianceId: ctx.allianceId, id: request.id, state: 'DECLINED', role: null, reason: input.reason, userId: ctx.userId });
    await this.audit.record(ctx, {
      action: 'joinRequest.declined',
      entityType: 'JoinRequest',
      entityId: request.id,
      before: { state: 'PENDING' },
      after: { state: 'DECLINED', reason: input.reason },
    });
    const decided = (await this.repo.get(ctx.em, ctx.allianceId, request.id))!;
    await this.tellRequester(ctx, request.requested_by_user_id, decided, null, input.reason);
    return decided;
  }

  async settings(ctx: AllianceContext): Promise<JoinSettings> {
    await requireAccess(ctx, 'joinRequest.decide');
    const s = await this.repo.settings(ctx.em, ctx.allianceId);
    if (!s) throw notFound('Alliance');
    return { joinRequestsOpen: s.join_requests_open, joinLinkPath: s.join_link_token ? `/join/${s.join_link_token}` : null };
  }

  async setOpen(ctx: AllianceContext, open: boolean): Promise<JoinSettings> {
    const before = await this.settings(ctx);
    await this.repo.setOpen(ctx.em, ctx.allianceId, open);
    await this.audit.record(ctx, {
      action: 'alliance.joinRequestsOpened',
      entityType: 'Alliance',
      entityId: ctx.allianceId,
      before: { joinRequestsOpen: before.joinRequestsOpen },
      after: { joinRequestsOpen: open },
    });
    return this.settings(ctx);
  }

  /** A new join link; the old one stops working. The token is not written to the audit trail. */
  async renewLink(ctx: AllianceContext): Promise<JoinSettings> {
    const before = await this.settings(ctx);
    await this.repo.setLinkToken(ctx.em, ctx.allianceId, randomBytes(24).toString('base64url'));
    await this.audit.record(ctx, {
      action: 'alliance.joinLinkRenewed',
      entityType: 'Alliance',
      entityId: ctx.allianceId,
      before: { joinLink: !!before.joinLinkPath },
      after: { joinLink: true },
    });
    return this.settings(ctx);
  }

  async revokeLink(ctx: AllianceContext): Promise<JoinSettings> {
    const before = await this.settings(ctx);
    await this.repo.setLinkToken(ctx.em, ctx.allianceId, null);
    await this.audit.record(ctx, {
      action: 'alliance.joinLinkRevoked',
      entityType: 'Alliance',
      entityId: ctx.allianceId,
      before: { joinLink: !!before.joinLinkPath },
      after: { joinLink: false },
    });
    return this.settings(ctx);
  }

  private async lockPending(ctx: AllianceContext, id: string, version: number) {
    const request = await this.repo.lockPending(ctx.em, ctx.allianceId, id);
    if (!request) throw notFound('JoinRequest');
    if (request.state !== 'PENDING') throw new DomainError('JOIN_REQUEST_DECIDED');
    if (request.version !== version) throw conflict('JoinRequest');
    return request;
  }

  private async tellRequester(ctx: AllianceContext, userId: string | null, r: JoinRequestModel, role: MembershipRoleName | null, reason: string | null) {
    const to: Recipient | undefined = userId ? await this.repo.user(ctx.em, userId) : undefined;
    if (!to) return;
    await this.outbox.enqueue(ctx.em, {
      kind: 'JOIN_REQUEST_DECIDED',
      template: role ? 'joinRequestAccepted' : 'joinRequestDeclined',
      to: to.email,
      userId: to.id,
      locale: to.locale,
      name: to.name,
      link: role ? this.outbox.link(`/a/${ctx.allianceId}/dashboard`) : this.outbox.link('/alliances'),
      params: { allianceName: r.allianceName, organisationName: r.organisation.name, role: role ? roleLabel(role, to.locale) : '', reason: reason ?? '' },
    });
  }
}
