import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PageInput } from '../../core/graphql/pagination';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { AllianceScoped, CurrentAlliance } from '../../core/tenancy/alliance-scoped.decorator';
import { CommentsService } from './comments.service';
import {
  AddCommentInput,
  CommentModel,
  CreateLogEntryInput,
  DeleteCommentInput,
  LogEntryDetailModel,
  LogEntryModel,
  LogEntryPage,
  LogFeedFilter,
  ReopenConflictInput,
  ResolveConflictInput,
  UpdateLogEntryInput,
} from './log.models';
import { LogService } from './log.service';

@Resolver()
export class LogResolver {
  constructor(
    private readonly log: LogService,
    private readonly comments: CommentsService,
  ) {}

  @AllianceScoped()
  @Query(() => LogEntryPage, {
    description: 'The communication log, newest first (by occurredOn, then creation). Observers only when guest comments are enabled.',
  })
  logFeed(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', { type: () => ID }) _id: string,
    @Args('filter', { type: () => LogFeedFilter, nullable: true }) filter?: LogFeedFilter,
    @Args('page', { type: () => PageInput, nullable: true, defaultValue: { first: 25 } }) page?: PageInput,
  ) {
    return this.log.feed(ctx, filter ?? {}, page ?? undefined);
  }

  @AllianceScoped()
  @Query(() => LogEntryDetailModel, { description: 'One log entry with comments, action items, participants, goals and indicators.' })
  logEntry(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', { type: () => ID }) _id: string,
    @Args('logEntryId', { type: () => ID }) logEntryId: string,
  ) {
    return this.log.entry(ctx, logEntryId);
  }

  @AllianceScoped()
  @Mutation(() => LogEntryModel, { description: 'Backbone and partners; ANNOUNCEMENT by the backbone only.' })
  createLogEntry(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: CreateLogEntryInput) {
    return this.log.create(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => LogEntryModel, { description: "The author's organisation or the backbone." })
  updateLogEntry(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: UpdateLogEntryInput) {
    return this.log.update(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => LogEntryModel, { description: "A CONFLICT entry OPEN → RESOLVED; the author's organisation or the backbone." })
  resolveConflict(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: ResolveConflictInput) {
    return this.log.resolveConflict(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => LogEntryModel, { description: "A CONFLICT entry RESOLVED → OPEN; the author's organisation or the backbone." })
  reopenConflict(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: ReopenConflictInput) {
    return this.log.reopenConflict(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => CommentModel, { description: 'Backbone and partners; funders and observers when the alliance allows guest comments.' })
  addComment(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: AddCommentInput) {
    return this.comments.add(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => ID, { description: 'Its author within 15 minutes, or the backbone. Returns the deleted id.' })
  deleteComment(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: DeleteCommentInput) {
    return this.comments.delete(ctx, input);
  }
}
