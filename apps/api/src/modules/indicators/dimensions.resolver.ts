import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { AllianceScoped, CurrentAlliance } from '../../core/tenancy/alliance-scoped.decorator';
import { CreateDimensionInput, DimensionModel, UpdateDimensionInput } from './dimension.models';
import { DimensionsService } from './dimensions.service';

@Resolver()
export class DimensionsResolver {
  constructor(private readonly service: DimensionsService) {}

  // Not paginated: an alliance keeps a handful of shared dimensions (gender, age group, district).
  @AllianceScoped()
  @Query(() => [DimensionModel], { description: 'Disaggregation dimensions of the alliance, by name.' })
  dimensions(@CurrentAlliance() ctx: AllianceContext, @Args('allianceId', { type: () => ID }) _id: string) {
    return this.service.list(ctx);
  }

  @AllianceScoped()
  @Mutation(() => DimensionModel, { description: 'Defines a dimension with at least two categories (backbone).' })
  createDimension(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: CreateDimensionInput) {
    return this.service.create(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => DimensionModel, { description: 'Renames, adds, reorders and removes categories (backbone); used categories stay.' })
  updateDimension(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: UpdateDimensionInput) {
    return this.service.update(ctx, input);
  }
}
