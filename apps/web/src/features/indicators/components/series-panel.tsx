import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPeriodKey } from '@/components/charts/period-label';
import { IndicatorSeriesChart } from '@/components/charts/indicator-series-chart';
import { useProvisionalText } from '@/components/charts/progress-text';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { LoadingState } from '@/components/ui/spinner';
import { DataTable } from '@/components/ui/data-table';
import type { SeriesBreakdown } from '@/gql/graphql';
import { useErrorMessage } from '@/lib/errors';
import { useFormat } from '@/lib/i18n';
import type { IndicatorDetail } from '../api/get-indicator';
import { useIndicatorSeries } from '../api/get-indicator-series';
import { useIndicatorValue } from '../utils/format-value';
import { chartRange } from '../utils/periods';
import { toChartData, type ChartData } from '../utils/series';

const YEAR_CHOICES = [1, 2, 3, 5] as const;

/**
 * The indicator's course: actual against target, switchable to one line per member or per
 * category (not for observers), with the numbers as a table — the chart's text alternative.
 */
export function SeriesPanel({ allianceId, indicator, breakdowns }: { allianceId: string; indicator: IndicatorDetail; breakdowns: SeriesBreakdown[] }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const format = useFormat();
  const value = useIndicatorValue();
  const [by, setBy] = useState<SeriesBreakdown>('TOTAL');
  const [years, setYears] = useState<number>(3);
  const range = useMemo(() => chartRange(new Date(), years), [years]);
  const series = useIndicatorSeries(allianceId, { indicatorIds: [indicator.id], by, ...range });
  const data = useMemo(
    () =>
      toChartData(series.data ?? [], { actual: t('indicators.chart.actual'), target: t('indicators.chart.target'), noBreakdown: t('measurement.noBreakdown') }),
    [series.data, t],
  );
  const formatPeriod = (p: string) => formatPeriodKey(p, format.language);
  const formatTick = (p: string) => formatPeriodKey(p, format.language, { short: true });
  const caption = t(`indicators.chart.caption.${by}`, { name: indicator.name, from: range.from, to: range.to });

  return (
    <section className="section" aria-labelledby="indicator-course">
      <div className="section__head">
        <h2 id="indicator-course" className="section__title">
          {t('indicators.chart.title')}
        </h2>
        <div className="series-controls">
          {breakdowns.length > 1 ? (
            <div className="segmented" role="group" aria-label={t('indicators.chart.breakdown')}>
              {breakdowns.map((b) => (
                <Button key={b} size="sm" variant={by === b ? 'primary' : 'secondary'} aria-pressed={by === b} onClick={() => setBy(b)}>
                  {t(`indicators.chart.by.${b}`)}
                </Button>
              ))}
            </div>
          ) : null}
          <SelectField
            label={t('indicators.chart.years')}
            value={String(years)}
            onChange={(e) => setYears(Number(e.target.value))}
            options={YEAR_CHOICES.map((y) => ({ value: String(y), label: t('indicators.chart.yearsOption', { count: y }) }))}
          />
        </div>
      </div>
      {series.isPending ? (
        <LoadingState label={t('indicators.chart.loading')} />
      ) : series.isError ? (
        <Alert
          tone="error"
          title={t('indicators.chart.loadFailed')}
          actions={
            <Button size="sm" onClick={() => void series.refetch()}>
              {t('common.retry')}
            </Button>
          }
        >
          {describe(series.error)}
        </Alert>
      ) : data.lines.length === 0 || data.lines.every((l) => l.values.every((v) => v === null)) ? (
        <div className="card card--padded">
          <p className="card__description">{t(`indicators.chart.empty.${by}`)}</p>
        </div>
      ) : (
        <IndicatorSeriesChart
          periods={data.periods}
          lines={data.lines}
          caption={caption}
          baseline={by === 'TOTAL' ? indicator.baselineValue : null}
          baselineLabel={t('indicators.chart.baseline')}
          provisionalLabel={t('measurement.provisionalShort')}
          formatValue={(v) => value(v, indicator, false)}
          formatPeriod={formatPeriod}
          formatTick={formatTick}
          alternative={
            <SeriesTable data={data} caption={caption} formatPeriod={formatPeriod} formatValue={(v) => value(v, indicator, false)} unit={indicator.unit} />
          }
        />
      )}
    </section>
  );
}

/**
 * The numbers behind the chart, period by period (newest first); periods without any value are
 * left out, provisional ones say so ("vorläufig · 1 von 15 Meldungen") under the period.
 */
export function SeriesTable({
  data,
  caption,
  formatPeriod,
  formatValue,
  unit,
}: {
  data: ChartData;
  caption: string;
  formatPeriod: (p: string) => string;
  formatValue: (v: number) => string;
  unit: string;
}) {
  const { t } = useTranslation();
  const provisionalText = useProvisionalText();
  const rows = data.periods
    .map((period, i) => ({ period, values: data.lines.map((l) => l.values[i] ?? null), completeness: data.completeness?.[i] }))
    .filter((r) => r.values.some((v) => v !== null));
  return (
    // Scrolls on its own when long: focusable, so keyboard users can scroll it too.
    <div className="table-wrap series-table" role="region" aria-label={t('indicators.chart.tableRegion')} tabIndex={0}>
      <DataTable
        wrap={false}
        captionClassName="table__caption"
        caption={
          <>
            {t('indicators.chart.tableCaption', { caption })}
            {unit ? <span className="table__secondary">{t('indicators.chart.unitNote', { unit })}</span> : null}
          </>
        }
        rows={rows.reverse()}
        rowKey={(row) => row.period}
        columns={[
          {
            key: 'period',
            header: t('indicators.chart.period'),
            rowHeader: true,
            cell: (row) => (
              <>
                {formatPeriod(row.period)}
                {/* The same cell completeness holds for every line of the row. */}
                {row.completeness?.provisional ? (
                  <span className="table__secondary series-table__provisional">{provisionalText(row.completeness.approved, row.completeness.expected)}</span>
                ) : null}
              </>
            ),
          },
          ...data.lines.map((l, i) => ({
            key: l.key,
            header: l.label,
            className: 'table__numeric',
            cell: (row: (typeof rows)[number]) => {
              const v = row.values[i];
              return v === null || v === undefined ? '–' : formatValue(v);
            },
          })),
        ]}
      />
    </div>
  );
}
