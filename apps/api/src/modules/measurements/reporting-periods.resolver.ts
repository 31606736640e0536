import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PageInput } from '../../core/graphql/pagination';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { AllianceScoped, CurrentAlliance } from '../../core/tenancy/alliance-scoped.decorator';
import { CloseReportingPeriodInput, OpenReportingPeriodInput, ReportingPeriodsArgs } from './measurements.inputs';
import { ReportingCompletenessModel, ReportingPeriodModel, ReportingPeriodPage } from './measurements.models';
import { ReportingPeriodsService } from './reporting-periods.service';

@Resolver()
export class ReportingPeriodsResolver {
  constructor(private readonly periods: ReportingPeriodsService) {}

  @AllianceScoped()
  @Query(() => ReportingPeriodPage, { description: 'Reporting periods, newest first, with how far reporting has come.' })
  reportingPeriods(
    @CurrentAlliance() ctx: AllianceContext,
    @Args() args: ReportingPeriodsArgs,
    @Args('page', { type: () => PageInput, defaultValue: { first: 25 } }) page: PageInput,
  ) {
    return this.periods.list(ctx, args.state, page);
  }

  @AllianceScoped()
  @Query(() => ReportingCompletenessModel, { description: 'Which member organisations have not reported which indicator (backbone only).' })
  reportingCompleteness(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', { type: () => ID }) _id: string,
    @Args('reportingPeriodId', { type: () => ID }) reportingPeriodId: string,
  ) {
    return this.periods.completeness(ctx, reportingPeriodId);
  }

  @AllianceScoped()
  @Mutation(() => ReportingPeriodModel, { description: 'Opens a period (or reopens a closed one) for the indicators of its frequency.' })
  openReportingPeriod(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: OpenReportingPeriodInput) {
    return this.periods.open(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => ReportingPeriodModel)
  closeReportingPeriod(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: CloseReportingPeriodInput) {
    return this.periods.close(ctx, input);
  }
}
