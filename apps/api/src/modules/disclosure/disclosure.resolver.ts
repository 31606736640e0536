import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { AllianceScoped, CurrentAlliance } from '../../core/tenancy/alliance-scoped.decorator';
import { DisclosureSettingsModel, UpdateSmallNumberThresholdInput } from './disclosure.models';
import { DisclosureService } from './disclosure.service';

@Resolver()
export class DisclosureResolver {
  constructor(private readonly disclosure: DisclosureService) {}

  @AllianceScoped()
  @Query(() => DisclosureSettingsModel, { description: 'Small-number protection of the alliance: the threshold k and whether it applies to you.' })
  disclosureSettings(@CurrentAlliance() ctx: AllianceContext, @Args('allianceId', { type: () => ID }) _allianceId: string) {
    return this.disclosure.settings(ctx);
  }

  @AllianceScoped()
  @Mutation(() => DisclosureSettingsModel, { description: 'Sets the threshold k of small-number protection (backbone only, 2 … 20).' })
  updateSmallNumberThreshold(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: UpdateSmallNumberThresholdInput) {
    return this.disclosure.updateThreshold(ctx, input);
  }
}
