import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { AllianceScoped, CurrentAlliance } from '../../core/tenancy/alliance-scoped.decorator';
import { ParticipationIndicatorService } from './participation-indicator.service';
import {
  AnswerFeedbackInput,
  ForwardReportInput,
  MarkFeedbackChangedInput,
  MergeReportsInput,
  ModerateParticipationInput,
  ModerationStatus,
  ParticipationIndicatorSeries,
  ParticipationIndicatorSourceModel,
  ParticipationItemModel,
  ParticipationRightsModel,
  ResolveReportInput,
  SetParticipationIndicatorSourceInput,
} from './participation.models';
import { ParticipationService } from './participation.service';

const ALLIANCE = { type: () => ID };

/** Co-production in the workspace (issue 16): moderation queue, forwarded reports, public answers, participation-sourced indicators. */
@Resolver()
export class ParticipationResolver {
  constructor(
    private readonly participation: ParticipationService,
    private readonly indicators: ParticipationIndicatorService,
  ) {}

  @AllianceScoped()
  @Query(() => [ParticipationItemModel], {
    description: 'Citizens’ reports and feedback by moderation state, oldest first, abuse-reported first (moderators).',
  })
  participationQueue(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', ALLIANCE) _a: string,
    @Args('status', { type: () => ModerationStatus, defaultValue: 'PENDING' }) status: string,
  ) {
    return this.participation.queue(ctx, status);
  }

  @AllianceScoped()
  @Query(() => ParticipationItemModel, { description: 'One item with its photo (moderators; the member a report was forwarded to).' })
  participationItem(@CurrentAlliance() ctx: AllianceContext, @Args('allianceId', ALLIANCE) _a: string, @Args('itemId', { type: () => ID }) itemId: string) {
    return this.participation.item(ctx, itemId);
  }

  @AllianceScoped()
  @Query(() => [ParticipationItemModel], {
    description: 'Reports forwarded to the caller’s organisation (moderators and the backbone: all forwarded reports).',
  })
  forwardedReports(@CurrentAlliance() ctx: AllianceContext, @Args('allianceId', ALLIANCE) _a: string) {
    return this.participation.forwarded(ctx);
  }

  @AllianceScoped()
  @Query(() => ParticipationRightsModel, { description: 'Whether the caller moderates, receives forwarded reports, answers feedback (workspace members).' })
  participationRights(@CurrentAlliance() ctx: AllianceContext, @Args('allianceId', ALLIANCE) _a: string) {
    return this.participation.rights(ctx);
  }

  @AllianceScoped({ providers: true })
  @Query(() => [ParticipationItemModel], {
    description: 'Approved feedback on the caller’s own offers, unanswered first (moderators and the backbone: on every offer); optionally of one offer.',
  })
  offerFeedback(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', ALLIANCE) _a: string,
    @Args('offerId', { type: () => ID, nullable: true }) offerId?: string | null,
  ) {
    return this.participation.offerFeedback(ctx, offerId ?? null);
  }

  @AllianceScoped()
  @Mutation(() => ParticipationItemModel, {
    description: 'Approve (public from now on) or reject with a reason; editedText replaces the text, recorded in the audit trail.',
  })
  moderateParticipation(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: ModerateParticipationInput) {
    return this.participation.moderate(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => ParticipationItemModel, {
    description: 'Closes the duplicate as MERGED; its supports count for the kept report (one per browser). Returns the kept report.',
  })
  mergeReports(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: MergeReportsInput) {
    return this.participation.merge(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => ParticipationItemModel, {
    description: 'Forwards an approved report to a member (partner or backbone), which then sees it in forwardedReports.',
  })
  forwardReport(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: ForwardReportInput) {
    return this.participation.forward(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => ParticipationItemModel, { description: 'The member resolves or declines a forwarded report with a public answer.' })
  resolveReport(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: ResolveReportInput) {
    return this.participation.resolve(ctx, input);
  }

  @AllianceScoped({ providers: true })
  @Mutation(() => ParticipationItemModel, { description: 'The offer’s provider (or the backbone) answers approved feedback in public.' })
  answerFeedback(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: AnswerFeedbackInput) {
    return this.participation.answerFeedback(ctx, input);
  }

  @AllianceScoped({ providers: true })
  @Mutation(() => ParticipationItemModel, { description: '"Hat etwas verändert": the provider (or the backbone) says what changed because of the feedback.' })
  markFeedbackChanged(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: MarkFeedbackChangedInput) {
    return this.participation.markChanged(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => ParticipationIndicatorSourceModel, { description: 'Makes an indicator draw its values from approved participation items (backbone).' })
  setParticipationIndicatorSource(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: SetParticipationIndicatorSourceInput) {
    return this.indicators.setSource(ctx, input);
  }

  @AllianceScoped()
  @Query(() => ParticipationIndicatorSeries, {
    nullable: true,
    description: 'Values of a participation-sourced indicator per period and district, computed in SQL; null for other indicators.',
  })
  participationIndicatorValues(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', ALLIANCE) _a: string,
    @Args('indicatorId', { type: () => ID }) indicatorId: string,
  ) {
    return this.indicators.series(ctx, indicatorId);
  }
}
