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
import { DisclosureService } from '../disclosure/disclosure.service';
import type { DisclosurePolicy } from '../disclosure/disclosure.policy';
import { cellKey } from '../disclosure/cell-facts';

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
 * are not for observers. Small numbers are hidden from everyone but the backbone (DisclosureService).
 */
@Injectable()
export class RollupsService {
  constructor(
    private readonly rollups: RollupsRepository,
    private readonly measurements: MeasurementsRepository,
    private readonly disclosure: DisclosureService,
  ) {}

  /** Small-number protection applies here, as in every read below (modules/disclosure): a hidden value is null with `suppressed`. */
  async rollup(ctx: AllianceContext, indicatorId: string, periodKey: string): Promise<RollupModel> {
    await this.checkIndicatorPeriod(ctx, indicatorId, periodKey);
    const { base, ...r } = (await this.rollups.rollup(ctx.em, ctx.allianceId, indicatorId, periodKey, targetKeys(periodKey)))!;
    const policy = await this.disclosure.policyFor(ctx);
    const hidden = await this.disclosure.hiddenTotals(ctx, policy, [{ ...r, base }]);
    if (!hidden.size) return { ...r, suppressed: false };
    return { ...r, value: null, deduplicated: null, suppressed: true };
  }

  async contributions(ctx: AllianceContext, indicatorId: string, periodKey: string): Promise<ContributionModel[]> {
    await requireAccess(ctx, 'measurement.readMemberLevel');
    await this.checkIndicatorPeriod(ctx, indicatorId, periodKey);
    const rows = await this.rollups.contributions(ctx.em, ctx.allianceId, indicatorId, periodKey);
    const policy = await this.disclosure.policyFor(ctx);
    const cell = (await this.disclosure.discloseCells(ctx, policy, [{ indicatorId, periodKey }])).get(cellKey(indicatorId, periodKey));
    if (!cell) return rows.map((r) => ({ ...r, suppressed: false }));
    return rows.map((r) =>
      cell.members.has(r.membershipId)
        ? { ...r, reported: null, overlapDeducted: null, net: null, shareOfTotal: null, suppressed: true }
        : { ...r, shareOfTotal: cell.total ? null : r.shareOfTotal, suppressed: false },
    );
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
    const policy = await this.disclosure.policyFor(ctx);
    if (args.by === 'TOTAL') {
      const hidden = await this.suppressTotals(ctx, policy, totals);
      return hidden.map((t) => ({
        indicatorId: t.indicatorId,
        key: 'total',
        label: t.name,
        periods: t.periods,
        actual: t.actual,
        target: t.target,
        suppressed: t.suppressed,
        fromParticipation: t.fromParticipation,
        ...completeness(t),
      }));
    }
    // MEMBER and CATEGORY lines come sparse ([ord, value] pairs): spread them over the indicator's periods.
    const byIndicator = new Map(totals.map((t) => [t.indicatorId, t]));
    const withData = totals.flatMap((t) => t.periods.filter((_, i) => t.actual[i] !== null).map((periodKey) => ({ indicatorId: t.indicatorId, periodKey })));
    const cells = await this.disclosure.discloseCells(ctx, policy, withData);
    return lines.map((l) => {
      const t = byIndicator.get(l.indicatorId)!;
      const actual: (number | null)[] = t.periods.map(() => null);
      const suppressed = t.periods.map(() => false);
      for (const [ord, value] of l.points) {
        const cell = cells.get(cellKey(l.indicatorId, t.periods[ord]));
        const hidden = !!cell && (args.by === 'MEMBER' ? cell.members.has(l.key) : cell.lines.has(l.key));
        actual[ord] = hidden ? null : value;
        suppressed[ord] = hidden;
      }
      return {
        indicatorId: l.indicatorId,
        key: l.key,
        label: l.label,
        periods: t.periods,
        actual,
        target: t.periods.map(() => null),
        suppressed,
        fromParticipation: t.fromParticipation,
        ...completeness(t),
      };
    });
  }

  /** Every ACTIVE indicator's TOTAL line with completeness, in one statement; every role may read it. */
  async progress(ctx: AllianceContext, from: string, to: string): Promise<IndicatorProgressModel[]> {
    const totals = await this.rollups.progress(ctx.em, ctx.allianceId, this.seriesPeriods(from, to));
    const lines = await this.suppressTotals(ctx, await this.disclosure.policyFor(ctx), totals);
    return lines.map(({ indicatorId, base: _base, ...t }) => ({ id: indicatorId, ...t }) as IndicatorProgressModel);
  }

  /**
   * TOTAL lines for a reader without a seat: the public progress page, whose transaction entered
   * the page's public context (only the chosen indicators and APPROVED values are visible) and
   * passes the public disclosure policy, so small numbers are hidden exactly as from funders.
   */
  async publicSeries(
    view: Pick<AllianceContext, 'em' | 'allianceId'>,
    indicatorIds: string[],
    from: string,
    to: string,
    policy: DisclosurePolicy,
  ): Promise<(TotalLineRow & { suppressed: boolean[] })[]> {
    if (!indicatorIds.length) return [];
    const { totals } = await this.rollups.series(view.em, view.allianceId, indicatorIds, this.seriesPeriods(from, to), 'TOTAL');
    return this.suppressTotals(view, policy, totals);
  }

  /** TOTAL lines as the viewer may see them: hidden values null, `suppressed` per period. */
  private async suppressTotals(
    ctx: Pick<AllianceContext, 'em' | 'allianceId'>,
    policy: DisclosurePolicy,
    totals: TotalLineRow[],
  ): Promise<(TotalLineRow & { suppressed: boolean[] })[]> {
    const cells = totals.flatMap((t) =>
      t.periods.map((periodKey, i) => ({ indicatorId: t.indicatorId, periodKey, aggregation: t.aggregation, value: t.actual[i], base: t.base?.[i] ?? null })),
    );
    const hidden = await this.disclosure.hiddenTotals(ctx, policy, cells);
    return totals.map((t) => {
      const suppressed = t.periods.map((p) => hidden.has(cellKey(t.indicatorId, p)));
      return { ...t, actual: t.actual.map((v, i) => (suppressed[i] ? null : v)), suppressed };
    });
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
