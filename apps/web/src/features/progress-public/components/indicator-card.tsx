import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { IndicatorSeriesChart } from '@/components/charts/indicator-series-chart';
import { DataTable } from '@/components/ui/data-table';
import { SuppressedValue } from '@/components/ui/suppressed-value';
import { useFormat } from '@/lib/i18n';
import type { PublicProgressIndicator } from '../api/progress-api';
import { latestValue, targetShare } from '../utils/progress';

/** One indicator: its latest approved value against the target, the course as a chart, the numbers as a table. */
export function IndicatorCard({ indicator, k, compact = false }: { indicator: PublicProgressIndicator; k: number; compact?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const value = (v: number | null, withUnit = true) => format.indicatorValue(v, indicator, withUnit);
  const latest = latestValue(indicator);
  const share = latest ? targetShare(indicator, latest.value, latest.target) : null;
  const label = (i: number) => indicator.periodLabels[i] ?? indicator.periods[i];
  const rows = indicator.periods
    .map((period, i) => ({ period, i }))
    .filter(({ i }) => indicator.actual[i] !== null || indicator.suppressed[i] || indicator.target[i] !== null);
  const shown = (i: number) =>
    indicator.suppressed[i] ? (
      <SuppressedValue threshold={k} />
    ) : (
      <>
        {value(indicator.actual[i])}
        {indicator.provisional[i] ? <span className="progress-card__provisional"> ({t('progress-public.provisional')})</span> : null}
      </>
    );

  return (
    <article className="card progress-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="progress-card__title">
        {indicator.code ? <span className="progress-card__code">{indicator.code}</span> : null}
        {indicator.name}
      </h3>
      {latest ? (
        <div className="progress-card__latest">
          <p className="progress-card__label">{t('progress-public.latest', { period: latest.period })}</p>
          <p className="progress-card__value">{shown(latest.index)}</p>
          {latest.target !== null ? (
            <p className="progress-card__target">
              {t('progress-public.target', { value: value(latest.target) })}
              {share !== null ? ` · ${t('progress-public.ofTarget', { percent: format.percent(share) })}` : null}
            </p>
          ) : null}
          {share !== null ? (
            <div className="progress-card__bar" aria-hidden="true">
              <span style={{ width: `${Math.round(share * 100)}%` }} />
            </div>
          ) : null}
          {latest.provisional ? <p className="progress-card__note">{t('progress-public.provisionalNote')}</p> : null}
        </div>
      ) : (
        <p className="progress-card__empty">{t('progress-public.noValue')}</p>
      )}
      {rows.length > 1 ? (
        <IndicatorSeriesChart
          periods={indicator.periods}
          height={compact ? 200 : 260}
          caption={t('progress-public.chartCaption', { name: indicator.name })}
          lines={[
            { key: 'actual', label: t('progress-public.actual'), values: indicator.actual, variant: 'actual', provisional: indicator.provisional },
            ...(indicator.target.some((v) => v !== null)
              ? [{ key: 'target', label: t('progress-public.targetLine'), values: indicator.target, variant: 'target' as const }]
              : []),
          ]}
          baseline={indicator.baseline}
          baselineLabel={t('progress-public.baseline')}
          provisionalLabel={t('progress-public.provisional')}
          formatValue={(v) => value(v, false)}
          formatPeriod={(p) => label(indicator.periods.indexOf(p))}
          formatTick={(p) => label(indicator.periods.indexOf(p)).replace(/^(\d)\. Quartal /, 'Q$1 ')}
          alternative={
            <details className="progress-card__data">
              <summary>{t('progress-public.table')}</summary>
              <DataTable
                className="table--compact"
                caption={t('progress-public.tableCaption', { name: indicator.name })}
                rows={rows}
                rowKey={(r) => r.period}
                columns={[
                  { key: 'period', header: t('progress-public.period'), rowHeader: true, cell: (r) => label(r.i) },
                  { key: 'actual', header: t('progress-public.actual'), className: 'table__numeric', cell: (r) => shown(r.i) },
                  { key: 'target', header: t('progress-public.targetLine'), className: 'table__numeric', cell: (r) => value(indicator.target[r.i]) },
                ]}
              />
            </details>
          }
        />
      ) : null}
    </article>
  );
}
