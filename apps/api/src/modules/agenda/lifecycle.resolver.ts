import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { AllianceScoped, CurrentAlliance } from '../../core/tenancy/alliance-scoped.decorator';
import { AllianceLifecyclePayload, ChangeAllianceLifecycleInput } from './lifecycle.models';
import { LifecycleService } from './lifecycle.service';

@Resolver()
export class LifecycleResolver {
  constructor(private readonly lifecycle: LifecycleService) {}

  @AllianceScoped()
  @Mutation(() => AllianceLifecyclePayload, {
    description:
      'Backbone only. FORMING→ACTIVE, ACTIVE→CONCLUDED|RENEWED, CONCLUDED→RENEWED, RENEWED→ACTIVE|CONCLUDED; RENEWED needs renewalGoal, created as a new ACTIVE top-level goal.',
  })
  changeAllianceLifecycle(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: ChangeAllianceLifecycleInput) {
    return this.lifecycle.change(ctx, input);
  }
}
