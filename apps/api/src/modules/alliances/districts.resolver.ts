import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { AllianceScoped, CurrentAlliance } from '../../core/tenancy/alliance-scoped.decorator';
import { CreateDistrictInput, DeleteDistrictInput, DistrictDeleted, DistrictModel, UpdateDistrictInput } from './districts.models';
import { DistrictsService } from './districts.service';

@Resolver()
export class DistrictsResolver {
  constructor(private readonly service: DistrictsService) {}

  // Not paginated: an alliance's area has tens of districts, not thousands.
  @AllianceScoped()
  @Query(() => [DistrictModel], { description: 'The districts of the alliance, by name. Every member reads them.' })
  districts(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', { type: () => ID }) _id: string,
    @Args('withShapes', { type: () => Boolean, defaultValue: false, description: 'Include each GeoJSON shape (large).' }) withShapes: boolean,
  ) {
    return this.service.list(ctx, withShapes);
  }

  @AllianceScoped()
  @Mutation(() => DistrictModel, { description: 'Adds a district (backbone).' })
  createDistrict(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: CreateDistrictInput) {
    return this.service.create(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => DistrictModel, { description: 'Renames a district or sets its shape (backbone).' })
  updateDistrict(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: UpdateDistrictInput) {
    return this.service.update(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => DistrictDeleted, { description: 'Removes a district (backbone); one in use only when its activities move to another.' })
  deleteDistrict(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: DeleteDistrictInput) {
    return this.service.delete(ctx, input);
  }
}
