import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Scope } from '../../core/auth/decorators';
import type { AuthUser, RequestScope } from '../../core/request-context';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { AllianceScoped, CurrentAlliance } from '../../core/tenancy/alliance-scoped.decorator';
import { AllianceHealthModel, PortfolioAllianceModel } from './reports.models';
import { ReportsService } from './reports.service';

@Resolver()
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  @AllianceScoped()
  @Query(() => AllianceHealthModel, {
    description: 'Reporting, goal coverage, log activity, silent members, overdue items, signatures, reviews (backbone only).',
  })
  allianceHealth(@CurrentAlliance() ctx: AllianceContext, @Args('allianceId', { type: () => ID }) _id: string) {
    return this.reports.allianceHealth(ctx);
  }

  @Query(() => [PortfolioAllianceModel], {
    description: 'Alliances your organisation funds (ACTIVE FUNDER membership), from approved data only; empty if none.',
  })
  fundingPortfolio(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser) {
    return this.reports.fundingPortfolio(scope, user);
  }
}
