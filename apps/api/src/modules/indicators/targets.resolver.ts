import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { AllianceScoped, CurrentAlliance } from '../../core/tenancy/alliance-scoped.decorator';
import { DeleteTargetInput, SetTargetInput, TargetModel } from './target.models';
import { TargetsService } from './targets.service';

@Resolver()
export class TargetsResolver {
  constructor(private readonly targets: TargetsService) {}

  @AllianceScoped()
  @Mutation(() => TargetModel, { description: 'Creates (version null) or changes the target of one period (backbone).' })
  setTarget(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: SetTargetInput) {
    return this.targets.set(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => Boolean, { description: 'Removes a target (backbone).' })
  deleteTarget(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: DeleteTargetInput) {
    return this.targets.delete(ctx, input);
  }
}
