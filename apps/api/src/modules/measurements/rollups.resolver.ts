import { Args, Query, Resolver } from '@nestjs/graphql';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { AllianceScoped, CurrentAlliance } from '../../core/tenancy/alliance-scoped.decorator';
import { IndicatorProgressArgs, IndicatorSeriesArgs, RollupArgs } from './measurements.inputs';
import { ContributionModel, IndicatorProgressModel, RollupModel, SeriesModel } from './rollups.models';
import { RollupsService } from './rollups.service';

@Resolver()
export class RollupsResolver {
  constructor(private readonly rollups: RollupsService) {}

  @AllianceScoped()
  @Query(() => RollupModel, { description: "The alliance's value of an indicator in a period, from approved values." })
  rollup(@CurrentAlliance() ctx: AllianceContext, @Args() args: RollupArgs) {
    return this.rollups.rollup(ctx, args.indicatorId, args.periodKey);
  }

  @AllianceScoped()
  @Query(() => [ContributionModel], { description: "Each member's part of the roll-up (not for observers)." })
  contributions(@CurrentAlliance() ctx: AllianceContext, @Args() args: RollupArgs) {
    return this.rollups.contributions(ctx, args.indicatorId, args.periodKey);
  }

  @AllianceScoped()
  @Query(() => [SeriesModel], { description: 'Chart lines per indicator (TOTAL), member or category; MEMBER and CATEGORY not for observers.' })
  indicatorSeries(@CurrentAlliance() ctx: AllianceContext, @Args() args: IndicatorSeriesArgs) {
    return this.rollups.series(ctx, args);
  }

  @AllianceScoped()
  @Query(() => [IndicatorProgressModel], {
    description: 'Every ACTIVE indicator with its TOTAL line and completeness per period, in one request (every role; TOTAL data only).',
  })
  indicatorProgress(@CurrentAlliance() ctx: AllianceContext, @Args() args: IndicatorProgressArgs) {
    return this.rollups.progress(ctx, args.from, args.to);
  }
}
