import { Injectable } from '@nestjs/common';
import { coarserPeriodKey, FREQUENCIES, isPeriodKey, periodKeyOf, periodKeysBetween, periodRange, type FrequencyName } from '@gemeinwerk/shared';
import { invalid, notFound } from '../../core/errors';
import { requireAccess } from '../../core/access/access';
import type { SeriesBreakdownName } from '../../core/graphql/enums';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { IndicatorSeriesArgs } from './measurements.inputs';
import { MeasurementsRepository } from './measurements.repository';
import { ContributionModel, IndicatorProgressModel, RollupModel, SeriesModel } from './rollups.models';
import { RollupsRepository, SeriesPeriods, TotalLineRow } from './rollups.repository';

/** At most this many periods per line (ten years of months). */
export const MAX_SERIES_PERIODS = 120;

/** The keys whose target applies to `key`, most specific first: its own, its quarter's, its year's. */
function targetKeys(key: string): string[] {
  const keys = [key];
  const frequency = periodRange(key).frequency;
  if (frequency === 'MONTHLY') keys.push(coarserPeriodKey(key, 'QUARTERLY'));
  if (frequency !== 'YEARLY') keys.push(coarserPeriodKey(key, 'YEARLY'));
  return keys;
}

/**
 * What the alliance achieved, from APPROVED values only, aggregated in SQL. Every role reads
 * roll-ups and TOTAL series; member-level numbers (contributions, series by member or category)
 * are not for observers.
 */
@Injectable()
export class RollupsService {
  constructor(
    private readonly rollups: RollupsRepository,
    private readonly measurements: MeasurementsRepository,
  ) {}

  async rollup(ctx: AllianceContext, indicatorId: string, periodKey: string): Promise<RollupModel> {
    await this.checkIndicatorPeriod(ctx, indicatorId, periodKey);
    return (await this.rollups.rollup(ctx.em, ctx.allianceId, indicatorId, periodKey, targetKeys(periodKey)))!;
  }

  async contributions(ctx: AllianceContext, indicatorId: string, periodKey: string): Promise<ContributionModel[]> {
    await requireAccess(ctx, 'measurement.readMemberLevel');
    await this.checkIndicatorPeriod(ctx, indicatorId, periodKey);
    return this.rollups.contributions(ctx.em, ctx.allianceId, indicatorId, periodKey);
  }

  /**
   * Chart lines for several indicators over a range, in one SQL statement. Each indicator gets
   * the periods of its own frequency from the one containing `from`'s first day to the one
   * containing `to`'s last day.
   */
  async series(ctx: AllianceContext, args: IndicatorSeriesArgs): Promise<SeriesModel[]> {
    if (args.by !== 'TOTAL') await requireAccess(ctx, 'measurement.readMemberLevel');
    const periods = this.seriesPeriods(args.from, args.to);
    const ids = [...new Set(args.indicatorIds)];
    const { found, totals, lines } = await this.rollups.series(ctx.em, ctx.allianceId, ids, periods, args.by as SeriesBreakdownName);
    if (found.length !== ids.length) throw notFound('Indicator');
    const completeness = (t: TotalLineRow) => ({ approvedReports: t.approvedReports, expectedReports: t.expectedReports, provisional: t.provisional });
    if (args.by === 'TOTAL') {
      return totals.map((t) => ({
        indicatorId: t.indicatorId,
        key: 'total',
        label: t.name,
        periods: t.periods,
        actual: t.actual,
        target: t.target,
        ...completeness(t),
      }));
    }
    // MEMBER and CATEGORY lines come sparse ([ord, value] pairs): spread them over the indicator's periods.
    const byIndicator = new Map(totals.map((t) => [t.indicatorId, t]));
    return lines.map((l) => {
      const t = byIndicator.get(l.indicatorId)!;
      const actual: (number | null)[] = t.periods.map(() => null);
      for (const [ord, value] of l.points) actual[ord] = value;
      return { indicatorId: l.indicatorId, key: l.key, label: l.label, periods: t.periods, actual, target: t.periods.map(() => null), ...completeness(t) };
    });
  }

  /** Every ACTIVE indicator's TOTAL line with completeness, in one statement; every role may read it. */
  async progress(ctx: AllianceContext, from: string, to: string): Promise<IndicatorProgressModel[]> {
    const totals = await this.rollups.progress(ctx.em, ctx.allianceId, this.seriesPeriods(from, to));
    return totals.map(({ indicatorId, ...t }) => ({ id: indicatorId, ...t }) as IndicatorProgressModel);
  }

  private seriesPeriods(from: string, to: string): SeriesPeriods {
    const start = periodRange(from).startsOn;
    const end = periodRange(to).endsOn;
    if (end < start) throw invalid([{ field: 'to', code: 'beforeStart' }]);
    const out: SeriesPeriods = { frequency: [], periodKey: [], ord: [], quarterKey: [], yearKey: [] };
    for (const frequency of FREQUENCIES as readonly FrequencyName[]) {
      const keys = periodKeysBetween(periodKeyOf(frequency, start), periodKeyOf(frequency, end));
      if (keys.length > MAX_SERIES_PERIODS) throw invalid([{ field: 'to', code: 'rangeTooLong' }]);
      keys.forEach((key, ord) => {
        out.frequency.push(frequency);
        out.periodKey.push(key);
        out.ord.push(ord);
        out.quarterKey.push(frequency === 'MONTHLY' ? coarserPeriodKey(key, 'QUARTERLY') : null);
        out.yearKey.push(frequency === 'YEARLY' ? null : coarserPeriodKey(key, 'YEARLY'));
      });
    }
    return out;
  }

  private async checkIndicatorPeriod(ctx: AllianceContext, indicatorId: string, periodKey: string): Promise<void> {
    const indicator = await this.measurements.indicator(ctx.em, ctx.allianceId, indicatorId);
    if (!indicator) throw notFound('Indicator');
    if (!isPeriodKey(indicator.frequency, periodKey)) throw invalid([{ field: 'periodKey', code: 'periodKey' }]);
  }
}
