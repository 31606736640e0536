import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PageInput } from '../../core/graphql/pagination';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { AllianceScoped, CurrentAlliance } from '../../core/tenancy/alliance-scoped.decorator';
import { ActionItemModel, ActionItemPage, CompleteActionItemInput, CreateActionItemInput, ReopenActionItemInput } from './action-items.models';
import { ActionItemsService } from './action-items.service';

@Resolver()
export class ActionItemsResolver {
  constructor(private readonly items: ActionItemsService) {}

  @AllianceScoped()
  @Query(() => ActionItemPage, {
    description: 'Action items of your organisation or assigned to you: open ones, overdue first, then by due date (done ones last when included).',
  })
  myActionItems(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', { type: () => ID }) _id: string,
    @Args('includeDone', { type: () => Boolean, defaultValue: false }) includeDone: boolean,
    @Args('page', { type: () => PageInput, nullable: true, defaultValue: { first: 25 } }) page?: PageInput,
  ) {
    return this.items.mine(ctx, includeDone, page ?? undefined);
  }

  @AllianceScoped()
  @Mutation(() => ActionItemModel, {
    description: 'Backbone for any active member; a partner for its own organisation or on a log entry it wrote.',
  })
  createActionItem(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: CreateActionItemInput) {
    return this.items.create(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => ActionItemModel, { description: 'The owning organisation or the backbone.' })
  completeActionItem(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: CompleteActionItemInput) {
    return this.items.complete(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => ActionItemModel, { description: 'The owning organisation or the backbone.' })
  reopenActionItem(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: ReopenActionItemInput) {
    return this.items.reopen(ctx, input);
  }
}
