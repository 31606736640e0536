import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Scope } from '../../core/auth/decorators';
import type { AuthUser, RequestScope } from '../../core/request-context';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { AllianceScoped, CurrentAlliance } from '../../core/tenancy/alliance-scoped.decorator';
import { AllianceModel, CreateAllianceInput, UpdateAllianceProfileInput } from './alliances.models';
import { AlliancesService } from './alliances.service';

@Resolver(() => AllianceModel)
export class AlliancesResolver {
  constructor(private readonly alliances: AlliancesService) {}

  @Query(() => [AllianceModel], { description: 'Alliances where your organisation is an active member.' })
  myAlliances(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser) {
    return this.alliances.listMine(scope, user);
  }

  @AllianceScoped()
  @Query(() => AllianceModel, { description: 'One alliance; NOT_FOUND unless you are an active member.' })
  alliance(@CurrentAlliance() ctx: AllianceContext, @Args('allianceId', { type: () => ID }) _id: string) {
    return this.alliances.get(ctx);
  }

  @Mutation(() => AllianceModel, { description: 'Creates an alliance with your organisation as backbone.' })
  createAlliance(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser, @Args('input') input: CreateAllianceInput) {
    return this.alliances.create(scope, user, input);
  }

  @AllianceScoped()
  @Mutation(() => AllianceModel, { description: "Edits the alliance's profile (backbone only); fields left out stay as they are." })
  updateAllianceProfile(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: UpdateAllianceProfileInput) {
    return this.alliances.updateProfile(ctx, input);
  }
}
