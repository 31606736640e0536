import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { AllianceScoped, CurrentAlliance } from '../../core/tenancy/alliance-scoped.decorator';
import {
  AddMemberResourceInput,
  ContactRequestModel,
  MatchSuggestionsModel,
  MatchingVocabularyModel,
  MemberResourceModel,
  PartnerSearchInput,
  RequestContactInput,
  UpdateMemberResourceInput,
} from './matching.models';
import { MatchingService } from './matching.service';

@Resolver()
export class MatchingResolver {
  constructor(private readonly service: MatchingService) {}

  @AllianceScoped()
  @Query(() => [MemberResourceModel], { description: 'What members offer and need (all members, or one). Backbone and partners.' })
  memberResources(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', { type: () => ID }) _id: string,
    @Args('membershipId', { type: () => ID, nullable: true }) membershipId?: string | null,
  ) {
    return this.service.resources(ctx, membershipId);
  }

  @AllianceScoped()
  @Query(() => MatchingVocabularyModel, {
    description: 'Districts, target groups and fields the alliance already names, for offers, needs and the partner search.',
  })
  matchingVocabulary(@CurrentAlliance() ctx: AllianceContext, @Args('allianceId', { type: () => ID }) _id: string) {
    return this.service.vocabulary(ctx);
  }

  @AllianceScoped()
  @Query(() => MatchSuggestionsModel, {
    description: 'Suggested partners (members and published portal offers), ranked, with reasons: for a member’s needs, or for a partner search.',
  })
  matchSuggestions(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', { type: () => ID }) _id: string,
    @Args('membershipId', { type: () => ID, nullable: true, description: 'Default: your own organisation; the backbone may name any member.' })
    membershipId?: string | null,
    @Args('search', { type: () => PartnerSearchInput, nullable: true }) search?: PartnerSearchInput | null,
  ) {
    return this.service.suggestions(ctx, membershipId, search);
  }

  @AllianceScoped()
  @Mutation(() => MemberResourceModel, { description: 'A member lists something it offers or needs (the backbone for any member).' })
  addMemberResource(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: AddMemberResourceInput) {
    return this.service.add(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => MemberResourceModel, { description: 'Changes an offer or need (its member or the backbone).' })
  updateMemberResource(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: UpdateMemberResourceInput) {
    return this.service.update(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => ID, { description: 'Removes an offer or need (its member or the backbone).' })
  removeMemberResource(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', { type: () => ID }) _id: string,
    @Args('resourceId', { type: () => ID }) resourceId: string,
    @Args('version', { type: () => Int }) version: number,
  ) {
    return this.service.remove(ctx, resourceId, version);
  }

  @AllianceScoped()
  @Mutation(() => ContactRequestModel, { description: '“Kontakt anbahnen”: records the request in the alliance’s log and notifies the other side.' })
  requestContact(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: RequestContactInput) {
    return this.service.requestContact(ctx, input);
  }
}
