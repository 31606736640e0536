import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { AllianceScoped, CurrentAlliance } from '../../core/tenancy/alliance-scoped.decorator';
import {
  CloseSurveyRoundInput,
  MySurveyResponseModel,
  OpenSurveyRoundInput,
  SaveSurveyResponseInput,
  SurveyComparisonModel,
  SurveyRoundDetailModel,
  SurveyRoundModel,
  SurveyRoundNetworkFilterInput,
  SurveyRoundNetworkModel,
} from './survey.models';
import { SurveyService } from './survey.service';

@Resolver()
export class SurveyResolver {
  constructor(private readonly service: SurveyService) {}

  @AllianceScoped()
  @Query(() => [SurveyRoundModel], { description: 'Network survey rounds with their response rates (backbone and partners).' })
  surveyRounds(@CurrentAlliance() ctx: AllianceContext, @Args('allianceId', { type: () => ID }) _id: string) {
    return this.service.rounds(ctx);
  }

  @AllianceScoped()
  @Query(() => SurveyRoundDetailModel, { description: 'One round; the backbone also sees who has answered.' })
  surveyRound(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', { type: () => ID }) _id: string,
    @Args('roundId', { type: () => ID }) roundId: string,
  ) {
    return this.service.round(ctx, roundId);
  }

  @AllianceScoped()
  @Query(() => MySurveyResponseModel, { description: "The caller's own response to a round: whom to rate and its answers so far." })
  mySurveyResponse(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', { type: () => ID }) _id: string,
    @Args('roundId', { type: () => ID }) roundId: string,
  ) {
    return this.service.myResponse(ctx, roundId);
  }

  @AllianceScoped()
  @Query(() => SurveyRoundNetworkModel, {
    description: 'The network of a closed round with its measures; every answer for the backbone, the aggregate for partners.',
  })
  surveyRoundNetwork(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', { type: () => ID }) _id: string,
    @Args('roundId', { type: () => ID }) roundId: string,
    @Args('filter', { type: () => SurveyRoundNetworkFilterInput, nullable: true }) filter?: SurveyRoundNetworkFilterInput | null,
  ) {
    return this.service.network(ctx, roundId, filter);
  }

  @AllianceScoped()
  @Query(() => SurveyComparisonModel, { description: 'How the network changed from one closed round to another.' })
  compareSurveyRounds(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', { type: () => ID }) _id: string,
    @Args('beforeRoundId', { type: () => ID }) beforeRoundId: string,
    @Args('afterRoundId', { type: () => ID }) afterRoundId: string,
  ) {
    return this.service.compare(ctx, beforeRoundId, afterRoundId);
  }

  @AllianceScoped()
  @Mutation(() => SurveyRoundModel, { description: 'The backbone opens a survey round; every backbone and partner member is asked and notified.' })
  openSurveyRound(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: OpenSurveyRoundInput) {
    return this.service.open(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => SurveyRoundModel, { description: 'The backbone closes a round: answers stop, its network can be seen.' })
  closeSurveyRound(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: CloseSurveyRoundInput) {
    return this.service.close(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => MySurveyResponseModel, { description: "Saves the caller's answers as a draft, or submits them." })
  saveSurveyResponse(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: SaveSurveyResponseInput) {
    return this.service.save(ctx, input);
  }
}
