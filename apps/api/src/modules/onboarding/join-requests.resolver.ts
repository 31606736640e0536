import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Scope } from '../../core/auth/decorators';
import type { AuthUser, RequestScope } from '../../core/request-context';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { AllianceScoped, CurrentAlliance } from '../../core/tenancy/alliance-scoped.decorator';
import { JoinRequestsService } from './join-requests.service';
import {
  AcceptJoinRequestInput,
  DeclineJoinRequestInput,
  JoinableAlliance,
  JoinableAlliancesArgs,
  JoinLinkInput,
  JoinRequestModel,
  JoinRequestsArgs,
  JoinSettings,
  RequestToJoinInput,
  SetJoinRequestsOpenInput,
} from './onboarding.models';

@Resolver()
export class JoinRequestsResolver {
  constructor(private readonly joins: JoinRequestsService) {}

  // ── the requester (no alliance context of its own) ──

  @Query(() => [JoinableAlliance], { description: 'Alliances that take join requests, whose name contains the query.' })
  joinableAlliances(@Scope() scope: RequestScope, @Args() args: JoinableAlliancesArgs) {
    return this.joins.directory(scope, args.query, args.first);
  }

  @Query(() => JoinableAlliance, { description: 'The alliance a join link leads to. Unknown or revoked links: JOIN_NOT_AVAILABLE.' })
  joinLinkPreview(@Scope() scope: RequestScope, @Args('token') token: string) {
    return this.joins.linkPreview(scope, token);
  }

  @Mutation(() => JoinRequestModel, { description: "Asks, for one's organisation, to join an alliance that takes requests (or whose join link one holds)." })
  requestToJoin(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser, @Args('input') input: RequestToJoinInput) {
    return this.joins.request(scope, user, input);
  }

  @Query(() => [JoinRequestModel], { description: 'Join requests of the organisations the caller works for, newest first.' })
  myJoinRequests(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser) {
    return this.joins.mine(scope, user);
  }

  // ── the backbone ──

  @AllianceScoped()
  @Query(() => [JoinRequestModel], { description: 'Join requests to this alliance (backbone only), pending by default.' })
  joinRequests(@CurrentAlliance() ctx: AllianceContext, @Args() args: JoinRequestsArgs) {
    return this.joins.list(ctx, args.state);
  }

  @AllianceScoped()
  @Mutation(() => JoinRequestModel, {
    description: 'Accepts a request with a role: the organisation becomes an ACTIVE member, the person who asked its admin.',
  })
  acceptJoinRequest(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: AcceptJoinRequestInput) {
    return this.joins.accept(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => JoinRequestModel, { description: 'Declines a request with a reason, which the requester reads in a mail.' })
  declineJoinRequest(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: DeclineJoinRequestInput) {
    return this.joins.decline(ctx, input);
  }

  @AllianceScoped()
  @Query(() => JoinSettings, { description: 'Whether the alliance takes join requests, and its join link (backbone only).' })
  joinSettings(@CurrentAlliance() ctx: AllianceContext, @Args('allianceId', { type: () => ID }) _id: string) {
    return this.joins.settings(ctx);
  }

  @AllianceScoped()
  @Mutation(() => JoinSettings, { description: 'Lists the alliance in the directory of alliances that take join requests, or takes it off (backbone only).' })
  setJoinRequestsOpen(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: SetJoinRequestsOpenInput) {
    return this.joins.setOpen(ctx, input.open);
  }

  @AllianceScoped()
  @Mutation(() => JoinSettings, { description: 'Creates a new join link; the previous one stops working (backbone only).' })
  renewJoinLink(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: JoinLinkInput) {
    void input;
    return this.joins.renewLink(ctx);
  }

  @AllianceScoped()
  @Mutation(() => JoinSettings, { description: 'Ends the join link (backbone only).' })
  revokeJoinLink(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: JoinLinkInput) {
    void input;
    return this.joins.revokeLink(ctx);
  }
}
