import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { AllianceScoped, CurrentAlliance } from '../../core/tenancy/alliance-scoped.decorator';
import { CreateGoalInput, DeleteGoalInput, GoalModel, MoveGoalInput, UpdateGoalInput } from './goals.models';
import { GoalsService } from './goals.service';

@Resolver()
export class GoalsResolver {
  constructor(private readonly goals: GoalsService) {}

  @AllianceScoped()
  @Query(() => [GoalModel], {
    name: 'goals',
    description: 'All goals of the alliance, flat, in tree order (depth first, siblings by position). Every member reads them.',
  })
  listGoals(@CurrentAlliance() ctx: AllianceContext, @Args('allianceId', { type: () => ID }) _id: string) {
    return this.goals.list(ctx);
  }

  @AllianceScoped()
  @Mutation(() => GoalModel, { description: 'Backbone only.' })
  createGoal(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: CreateGoalInput) {
    return this.goals.create(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => GoalModel, { description: 'Backbone only; fields left out stay as they are.' })
  updateGoal(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: UpdateGoalInput) {
    return this.goals.update(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => GoalModel, { description: 'Backbone only. Refuses moving a goal under itself or its sub-goals (GOAL_CYCLE).' })
  moveGoal(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: MoveGoalInput) {
    return this.goals.move(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => ID, { description: 'Backbone only. A goal with sub-goals or links is refused (GOAL_IN_USE): set it to DROPPED instead.' })
  deleteGoal(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: DeleteGoalInput) {
    return this.goals.delete(ctx, input);
  }
}
