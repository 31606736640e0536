import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PageInput } from '../../core/graphql/pagination';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { AllianceScoped, CurrentAlliance } from '../../core/tenancy/alliance-scoped.decorator';
import {
  ActivityFilter,
  ActivityModel,
  ActivityPage,
  ChangeActivityStatusInput,
  CreateActivityInput,
  DeleteActivityInput,
  UpdateActivityInput,
} from './activities.models';
import { ActivitiesService } from './activities.service';
import { ActivityMap, ActivityMapArgs } from './activity-map.models';
import { ActivityMapService } from './activity-map.service';

const READERS = 'Backbone, partners and funders; observers are refused (member-level detail).';

@Resolver()
export class ActivitiesResolver {
  constructor(
    private readonly service: ActivitiesService,
    private readonly map: ActivityMapService,
  ) {}

  @AllianceScoped()
  @Query(() => ActivityPage, { description: `Members' activities, by title. ${READERS}` })
  activities(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', { type: () => ID }) _id: string,
    @Args('filter', { type: () => ActivityFilter, nullable: true }) filter?: ActivityFilter,
    // A default object, because the validation pipe would check an absent page as {} and miss `first`.
    @Args('page', { type: () => PageInput, nullable: true, defaultValue: { first: 25 } }) page?: PageInput,
  ) {
    return this.service.list(ctx, filter ?? {}, page ?? undefined);
  }

  @AllianceScoped()
  @Query(() => ActivityModel, { description: READERS })
  activity(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', { type: () => ID }) _id: string,
    @Args('activityId', { type: () => ID }) activityId: string,
  ) {
    return this.service.get(ctx, activityId);
  }

  @AllianceScoped()
  @Query(() => ActivityMap, { description: `Who works towards which goal, with gaps and overlaps. ${READERS}` })
  activityMap(@CurrentAlliance() ctx: AllianceContext, @Args() args: ActivityMapArgs) {
    return this.map.get(ctx, args.asOf);
  }

  @AllianceScoped()
  @Mutation(() => ActivityModel, { description: "A partner creates its own organisation's activity; the backbone may create one for any active member." })
  createActivity(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: CreateActivityInput) {
    return this.service.create(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => ActivityModel)
  updateActivity(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: UpdateActivityInput) {
    return this.service.update(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => ActivityModel)
  changeActivityStatus(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: ChangeActivityStatusInput) {
    return this.service.changeStatus(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => Boolean, { description: 'Only planned or cancelled activities; cancel the others instead.' })
  deleteActivity(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: DeleteActivityInput) {
    return this.service.delete(ctx, input);
  }
}
