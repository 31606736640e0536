import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PageInput } from '../graphql/pagination';
import type { AllianceContext } from '../tenancy/alliance-context';
import { AllianceScoped, CurrentAlliance } from '../tenancy/alliance-scoped.decorator';
import { ApiTokenModel, ApiTokenPage, CreateApiTokenInput, CreatedApiToken, RevokeApiTokenInput } from './api-tokens.models';
import { ApiTokensService } from './api-tokens.service';

@Resolver()
export class ApiTokensResolver {
  constructor(private readonly tokens: ApiTokensService) {}

  @AllianceScoped()
  @Query(() => ApiTokenPage, { description: 'API tokens of the alliance, newest first, revoked ones too (backbone admins).' })
  apiTokens(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', { type: () => ID }) _id: string,
    @Args('page', { type: () => PageInput, nullable: true, defaultValue: { first: 25 } }) page: PageInput,
  ) {
    return this.tokens.list(ctx, page);
  }

  @AllianceScoped()
  @Mutation(() => CreatedApiToken, { description: 'Creates a token for an integration (backbone admins); its secret is in this answer only.' })
  createApiToken(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: CreateApiTokenInput) {
    return this.tokens.create(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => ApiTokenModel, { description: 'Revokes a token at once (backbone admins); revoking twice changes nothing.' })
  revokeApiToken(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: RevokeApiTokenInput) {
    return this.tokens.revoke(ctx, input.apiTokenId);
  }
}
