import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { AllianceScoped, CurrentAlliance } from '../../core/tenancy/alliance-scoped.decorator';
import { NetworkFilterInput, NetworkModel, NetworkPathModel, RelationshipModel, StateRelationshipInput, UpdateRelationshipInput } from './network.models';
import { NetworkService } from './network.service';

const today = () => new Date().toISOString().slice(0, 10);

@Resolver()
export class NetworkResolver {
  constructor(private readonly service: NetworkService) {}

  @AllianceScoped()
  @Query(() => NetworkModel, {
    description: 'Who works with whom, from stated relationships and the recorded work, with measures. Backbone, partners and funders; observers are refused.',
  })
  network(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', { type: () => ID }) _id: string,
    @Args('filter', { type: () => NetworkFilterInput, nullable: true }) filter?: NetworkFilterInput | null,
  ) {
    return this.service.network(ctx, filter, today());
  }

  @AllianceScoped()
  @Query(() => NetworkPathModel, { description: 'The shortest way between two members through others, in the network as filtered.' })
  networkPath(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', { type: () => ID }) _id: string,
    @Args('fromMembershipId', { type: () => ID }) fromMembershipId: string,
    @Args('toMembershipId', { type: () => ID }) toMembershipId: string,
    @Args('filter', { type: () => NetworkFilterInput, nullable: true }) filter?: NetworkFilterInput | null,
  ) {
    return this.service.path(ctx, fromMembershipId, toMembershipId, filter, today());
  }

  @AllianceScoped()
  @Query(() => [RelationshipModel], { description: 'Stated relationships: all for the backbone, its own for a partner.' })
  relationships(@CurrentAlliance() ctx: AllianceContext, @Args('allianceId', { type: () => ID }) _id: string) {
    return this.service.relationships(ctx);
  }

  @AllianceScoped()
  @Mutation(() => RelationshipModel, { description: 'A member states a relationship with another (the backbone for any two).' })
  stateRelationship(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: StateRelationshipInput) {
    return this.service.state(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => RelationshipModel, { description: 'Changes a stated relationship (its member or the backbone).' })
  updateRelationship(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: UpdateRelationshipInput) {
    return this.service.update(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => ID, { description: 'Removes a stated relationship (its member or the backbone).' })
  removeRelationship(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', { type: () => ID }) _id: string,
    @Args('relationshipId', { type: () => ID }) relationshipId: string,
    @Args('version', { type: () => Int }) version: number,
  ) {
    return this.service.remove(ctx, relationshipId, version);
  }
}
