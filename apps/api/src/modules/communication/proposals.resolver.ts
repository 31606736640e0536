import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { ProposalStateName } from '@gemeinwerk/shared';
import { ProposalState } from '../../core/graphql/enums';
import { PageInput } from '../../core/graphql/pagination';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { AllianceScoped, CurrentAlliance } from '../../core/tenancy/alliance-scoped.decorator';
import {
  CastVoteInput,
  CloseProposalInput,
  CreateProposalInput,
  ProposalDetailModel,
  ProposalModel,
  ProposalPage,
  WithdrawProposalInput,
} from './proposals.models';
import { ProposalsService } from './proposals.service';

@Resolver()
export class ProposalsResolver {
  constructor(private readonly service: ProposalsService) {}

  @AllianceScoped()
  @Query(() => ProposalPage, { description: 'Proposals, newest first (backbone, partners, funders).' })
  proposals(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', { type: () => ID }) _id: string,
    @Args('state', { type: () => ProposalState, nullable: true }) state?: ProposalStateName,
    @Args('page', { type: () => PageInput, nullable: true, defaultValue: { first: 25 } }) page?: PageInput,
  ) {
    return this.service.list(ctx, state ?? undefined, page ?? undefined);
  }

  @AllianceScoped()
  @Query(() => ProposalDetailModel, { description: "One proposal with its tally, your organisation's vote and the votes per organisation." })
  proposal(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', { type: () => ID }) _id: string,
    @Args('proposalId', { type: () => ID }) proposalId: string,
  ) {
    return this.service.get(ctx, proposalId);
  }

  @AllianceScoped()
  @Mutation(() => ProposalModel, { description: 'Backbone and partners.' })
  createProposal(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: CreateProposalInput) {
    return this.service.create(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => ProposalModel, { description: "Your organisation's vote (backbone and partners); a new vote replaces the earlier one until voting closes." })
  castVote(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: CastVoteInput) {
    return this.service.castVote(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => ProposalDetailModel, { description: 'The backbone decides: outcome from the votes, a DECISION log entry, the indicator snapshot.' })
  closeProposal(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: CloseProposalInput) {
    return this.service.close(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => ProposalModel, { description: "Its author's organisation or the backbone, while voting is open." })
  withdrawProposal(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: WithdrawProposalInput) {
    return this.service.withdraw(ctx, input);
  }
}
