import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, Scope } from '../../core/auth/decorators';
import { requestStore, type AuthUser, type RequestScope } from '../../core/request-context';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { AllianceScoped, CurrentAlliance } from '../../core/tenancy/alliance-scoped.decorator';
import {
  AcceptColleagueInvitationInput,
  AcceptColleagueInvitationPayload,
  ColleagueInvitationModel,
  ColleagueInvitationPreviewModel,
  ColleagueModel,
  InviteColleagueInput,
  MemberPersonModel,
  OrganisationPeopleModel,
  RemoveColleagueInput,
  RevokeColleagueInvitationInput,
  SetColleagueAdminInput,
} from './colleagues.models';
import { ColleaguesService } from './colleagues.service';

@Resolver()
export class ColleaguesResolver {
  constructor(private readonly colleagues: ColleaguesService) {}

  @Query(() => OrganisationPeopleModel, { description: "An organisation's people and open colleague invitations. Its admins only; anyone else: NOT_FOUND." })
  organisationColleagues(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser, @Args('organisationId', { type: () => ID }) organisationId: string) {
    return this.colleagues.list(scope, user, organisationId);
  }

  @Mutation(() => ColleagueInvitationModel, { description: 'Mails a colleague a one-time link to join the organisation (valid 14 days). Its admins only.' })
  inviteColleague(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser, @Args('input') input: InviteColleagueInput) {
    return this.colleagues.invite(scope, user, input, requestStore.getStore()?.locale ?? 'de');
  }

  @Mutation(() => Boolean, { description: 'Revokes an open colleague invitation. Its admins only.' })
  revokeColleagueInvitation(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser, @Args('input') input: RevokeColleagueInvitationInput) {
    return this.colleagues.revokeInvitation(scope, user, input.organisationId, input.invitationId);
  }

  @Mutation(() => Boolean, {
    description:
      'Removes a person from the organisation: their seats end at once; with no organisation left, their sessions too. The last admin: LAST_ORGANISATION_ADMIN.',
  })
  removeColleague(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser, @Args('input') input: RemoveColleagueInput) {
    return this.colleagues.remove(scope, user, input.organisationId, input.userId);
  }

  @Mutation(() => ColleagueModel, { description: 'Appoints or steps down an admin of the organisation. Demoting the last admin: LAST_ORGANISATION_ADMIN.' })
  setColleagueAdmin(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser, @Args('input') input: SetColleagueAdminInput) {
    return this.colleagues.setAdmin(scope, user, input.organisationId, input.userId, input.isAdmin);
  }

  @Public()
  @Query(() => ColleagueInvitationPreviewModel, {
    description: 'What a colleague invitation link is for. Unknown, used, revoked and expired links: INVITATION_INVALID.',
  })
  colleagueInvitationPreview(@Scope() scope: RequestScope, @Args('token') token: string) {
    return this.colleagues.preview(scope, token);
  }

  @Public()
  @Mutation(() => AcceptColleagueInvitationPayload, {
    description: 'Accept by link: an existing account logged in as itself; a new address with name and password (starts a session).',
  })
  acceptColleagueInvitation(@Scope() scope: RequestScope, @Args('input') input: AcceptColleagueInvitationInput) {
    return this.colleagues.accept(scope, input);
  }

  @AllianceScoped()
  @Query(() => [MemberPersonModel], {
    description: "People with a seat in the alliance, by membership: the backbone sees every member's, others their own organisation's. Names only.",
  })
  memberPeople(@CurrentAlliance() ctx: AllianceContext, @Args('allianceId', { type: () => ID }) _id: string) {
    return this.colleagues.memberPeople(ctx);
  }
}
