import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PageInput } from '../../core/graphql/pagination';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { AllianceScoped, CurrentAlliance } from '../../core/tenancy/alliance-scoped.decorator';
import {
  CreateIndicatorInput,
  IndicatorFilter,
  IndicatorModel,
  IndicatorPage,
  IndicatorVersionInput,
  SetIndicatorDimensionsInput,
  SetIndicatorGoalsInput,
  UpdateIndicatorInput,
} from './indicator.models';
import { IndicatorsService } from './indicators.service';

@Resolver()
export class IndicatorsResolver {
  constructor(private readonly service: IndicatorsService) {}

  @AllianceScoped()
  @Query(() => IndicatorPage, { description: 'Indicators of the alliance with goals, dimensions and targets; every member may read them.' })
  indicators(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', { type: () => ID }) _id: string,
    @Args('filter', { type: () => IndicatorFilter, nullable: true }) filter: IndicatorFilter | undefined,
    // Not nullable but defaulted: the validation pipe would turn an absent page into {} and refuse it.
    @Args('page', { type: () => PageInput, defaultValue: { first: 25 } }) page: PageInput,
  ) {
    return this.service.list(ctx, filter ?? {}, page);
  }

  @AllianceScoped()
  @Query(() => IndicatorModel)
  indicator(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', { type: () => ID }) _id: string,
    @Args('indicatorId', { type: () => ID }) indicatorId: string,
  ) {
    return this.service.get(ctx, indicatorId);
  }

  @AllianceScoped()
  @Mutation(() => IndicatorModel, { description: 'Defines an indicator (backbone).' })
  createIndicator(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: CreateIndicatorInput) {
    return this.service.create(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => IndicatorModel, { description: 'Changes the fields given (backbone). Aggregation and frequency are fixed once measurements exist.' })
  updateIndicator(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: UpdateIndicatorInput) {
    return this.service.update(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => IndicatorModel, { description: 'No longer collected; stays readable with its history (backbone).' })
  archiveIndicator(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: IndicatorVersionInput) {
    return this.service.archive(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => IndicatorModel, { description: 'Makes an archived indicator active again (backbone).' })
  restoreIndicator(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: IndicatorVersionInput) {
    return this.service.restore(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => IndicatorModel, { description: 'Replaces the goals the indicator measures (backbone).' })
  setIndicatorGoals(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: SetIndicatorGoalsInput) {
    return this.service.setGoals(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => IndicatorModel, { description: 'Replaces the disaggregation dimensions (backbone); one with reported parts stays.' })
  setIndicatorDimensions(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: SetIndicatorDimensionsInput) {
    return this.service.setDimensions(ctx, input);
  }
}
