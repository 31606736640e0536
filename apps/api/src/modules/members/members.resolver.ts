import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, Scope } from '../../core/auth/decorators';
import type { AuthUser, RequestScope } from '../../core/request-context';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { AllianceScoped, CurrentAlliance } from '../../core/tenancy/alliance-scoped.decorator';
import {
  AcceptInvitationInput,
  AcceptInvitationPayload,
  AcceptOrganisationInvitationInput,
  ChangeMemberRoleInput,
  InvitationCreated,
  InvitationModel,
  InvitationPreview,
  InviteOrganisationInput,
  LeaveAllianceInput,
  MembershipModel,
  OrganisationInvitation,
  OrganisationMatch,
  OrganisationSearchArgs,
  OrganisationSettings,
  RevokeInvitationInput,
  SetOrganisationFindableInput,
} from './members.models';
import { MembersService } from './members.service';
import { OrganisationsService } from './organisations.service';

@Resolver()
export class MembersResolver {
  constructor(
    private readonly members: MembersService,
    private readonly organisations: OrganisationsService,
  ) {}

  @AllianceScoped()
  @Query(() => [MembershipModel], { name: 'members', description: 'Member organisations of the alliance, with role and state.' })
  listMembers(@CurrentAlliance() ctx: AllianceContext, @Args('allianceId', { type: () => ID }) _id: string) {
    return this.members.list(ctx);
  }

  @AllianceScoped()
  @Query(() => [InvitationModel], { description: 'Open invitations (backbone only).' })
  pendingInvitations(@CurrentAlliance() ctx: AllianceContext, @Args('allianceId', { type: () => ID }) _id: string) {
    return this.members.pendingInvitations(ctx);
  }

  @AllianceScoped()
  @Query(() => [OrganisationMatch], {
    description: "Findable organisations on the platform (and this alliance's own members) whose name contains the query, to invite one (backbone only).",
  })
  organisationSearch(@CurrentAlliance() ctx: AllianceContext, @Args() args: OrganisationSearchArgs) {
    return this.members.searchOrganisations(ctx, args);
  }

  @Public()
  @Query(() => InvitationPreview, {
    description: 'What an invitation link is for, before accepting it. Unknown, revoked and expired links: INVITATION_INVALID.',
  })
  invitationPreview(@Scope() scope: RequestScope, @Args('token') token: string) {
    return this.members.preview(scope, token);
  }

  @AllianceScoped()
  @Mutation(() => InvitationCreated)
  inviteOrganisation(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: InviteOrganisationInput) {
    return this.members.invite(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => Boolean)
  revokeInvitation(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: RevokeInvitationInput) {
    return this.members.revokeInvitation(ctx, input.invitationId);
  }

  @Query(() => [OrganisationInvitation], {
    description: "Open invitations of organisations the caller administers, from any alliance: the caller may accept them on the organisation's behalf.",
  })
  organisationInvitations(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser) {
    return this.members.organisationInvitations(scope, user);
  }

  @Mutation(() => AcceptInvitationPayload, { description: 'An admin of the invited organisation accepts on its behalf. Anyone else: NOT_FOUND.' })
  acceptOrganisationInvitation(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser, @Args('input') input: AcceptOrganisationInvitationInput) {
    return this.members.acceptForOrganisation(scope, user, input);
  }

  @Query(() => [OrganisationSettings], { description: 'The organisations the caller works for, with their settings.' })
  myOrganisations(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser) {
    return this.organisations.mine(scope, user);
  }

  @Mutation(() => OrganisationSettings, { description: "Opt in or out of being findable by other alliances' backbones (the organisation's admins only)." })
  setOrganisationFindable(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser, @Args('input') input: SetOrganisationFindableInput) {
    return this.organisations.setFindable(scope, user, input.organisationId, input.findable);
  }

  @Public()
  @Mutation(() => AcceptInvitationPayload, {
    description:
      "Accept by link. A new organisation's invitation: with the invited account, or create it (name and password). An existing organisation's invitation: an admin of that organisation, logged in.",
  })
  acceptInvitation(@Scope() scope: RequestScope, @Args('input') input: AcceptInvitationInput) {
    return this.members.accept(scope, input);
  }

  @AllianceScoped()
  @Mutation(() => MembershipModel)
  changeMemberRole(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: ChangeMemberRoleInput) {
    return this.members.changeRole(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => MembershipModel, { description: 'Your organisation leaves the alliance.' })
  leaveAlliance(@CurrentAlliance() ctx: AllianceContext, @Args('input') _input: LeaveAllianceInput) {
    return this.members.leave(ctx);
  }
}
