import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { AllianceScoped, CurrentAlliance } from '../../core/tenancy/alliance-scoped.decorator';
import { PublicProgressSettingsModel, UpdatePublicProgressInput } from './progress-public.models';
import { ProgressPublicService } from './progress-public.service';

@Resolver()
export class ProgressPublicResolver {
  constructor(private readonly progress: ProgressPublicService) {}

  @AllianceScoped()
  @Query(() => PublicProgressSettingsModel, { description: 'The public progress page’s settings (backbone).' })
  publicProgressSettings(@CurrentAlliance() ctx: AllianceContext, @Args('allianceId', { type: () => ID }) _allianceId: string) {
    return this.progress.settings(ctx);
  }

  @AllianceScoped()
  @Mutation(() => PublicProgressSettingsModel, {
    description: 'Publishes or withdraws the public progress page and sets its address, goals and indicators (backbone). Version 0 the first time.',
  })
  updatePublicProgress(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: UpdatePublicProgressInput) {
    return this.progress.update(ctx, input);
  }
}
