import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, Scope } from '../../core/auth/decorators';
import type { RequestScope } from '../../core/request-context';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { AllianceScoped, CurrentAlliance } from '../../core/tenancy/alliance-scoped.decorator';
import {
  AcceptInvitationInput,
  AcceptInvitationPayload,
  ChangeMemberRoleInput,
  InvitationCreated,
  InvitationModel,
  InvitationPreview,
  InviteOrganisationInput,
  LeaveAllianceInput,
  MembershipModel,
  OrganisationMatch,
  OrganisationSearchArgs,
  RevokeInvitationInput,
} from './members.models';
import { MembersService } from './members.service';

@Resolver()
export class MembersResolver {
  constructor(private readonly members: MembersService) {}

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
  @Query(() => [OrganisationMatch], { description: 'Organisations on the platform whose name contains the query, to invite one (backbone only).' })
  organisationSearch(@CurrentAlliance() ctx: AllianceContext, @Args() args: OrganisationSearchArgs) {
    return this.members.searchOrganisations(ctx, args);
  }

  @Public()
  @Query(() => InvitationPreview, { description: 'What an invitation link is for, before accepting it. Unknown, revoked and expired links: INVITATION_INVALID.' })
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

  @Public()
  @Mutation(() => AcceptInvitationPayload, { description: 'Accept with the invited account, or create it (name and password).' })
  acceptInvitation(@Scope() scope: RequestScope, @Args('input') input: AcceptInvitationInput) {
    return this.members.accept(scope, input);
  }

  @AllianceScoped()
  @Mutation(() => MembershipModel)
  changeMemberRole(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: ChangeMemberRoleInput) {
    return this.members.changeRole(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => MembershipModel, { description: "Your organisation leaves the alliance." })
  leaveAlliance(@CurrentAlliance() ctx: AllianceContext, @Args('input') _input: LeaveAllianceInput) {
    return this.members.leave(ctx);
  }
}
