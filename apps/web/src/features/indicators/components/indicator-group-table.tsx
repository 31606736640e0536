import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatPeriodKey } from '@/components/charts/period-label';
import { useProvisionalText } from '@/components/charts/progress-text';
import { Badge } from '@/components/ui/badge';
import { DataTable } from '@/components/ui/data-table';
import { useFormat } from '@/lib/i18n';
import type { IndicatorListItem } from '../api/get-indicators';
import { useIndicatorValue } from '../utils/format-value';
import { otherGoals, type GoalRef } from '../utils/grouping';
import { targetStatus, type LatestValue, type provisionalValue } from '../utils/series';
import { StatusLight } from './status-light';

/** One goal's indicators: status light, latest value (and a newer provisional one), target and frequency; a card per indicator on a phone. */
export function IndicatorGroupTable({
  title,
  subGoal,
  groupId,
  goal,
  indicators,
  latest,
  provisional,
  valuesState,
}: {
  title: string;
  subGoal: boolean;
  groupId: string;
  goal: GoalRef | null;
  indicators: IndicatorListItem[];
  latest: (indicatorId: string) => LatestValue | null;
  /** A newer provisional value, shown beside the latest complete one. */
  provisional: (indicatorId: string) => ReturnType<typeof provisionalValue>;
  /** Without values the status is unknown: neither a light nor "no data" would be true. */
  valuesState: 'pending' | 'failed' | 'ready';
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const value = useIndicatorValue();
  const provisionalText = useProvisionalText();
  const headingId = `indicator-group-${groupId}`;
  return (
    <section className="section indicator-group" aria-labelledby={headingId}>
      <h2 id={headingId} className="section__title">
        {subGoal ? (
          <span className="section__kicker">
            {t('indicators.list.subGoal')}
            <span className="visually-hidden">: </span>
          </span>
        ) : null}
        {title}
      </h2>
      {/* A card per indicator on a phone (`table--cards`). */}
      <DataTable
        cards
        caption={t('indicators.list.caption', { goal: title })}
        rows={indicators}
        rowKey={(indicator) => indicator.id}
        columns={[
          {
            key: 'indicator',
            header: t('indicators.list.columns.indicator'),
            rowHeader: true,
            className: 'table__primary',
            cell: (indicator) => (
              <>
                <Link className="table__link" to={indicator.id}>
                  {indicator.name}
                </Link>
                {indicator.status === 'ARCHIVED' ? (
                  <>
                    {' '}
                    <Badge tone="neutral">{t('indicators.archived')}</Badge>
                  </>
                ) : null}
                <span className="table__secondary">
                  {[indicator.code, t(`indicators.directions.${indicator.direction}`), indicator.unit].filter(Boolean).join(' · ')}
                </span>
                {otherGoals(indicator, goal).length > 0 ? (
                  <span className="table__secondary">
                    {t('indicators.list.alsoGoals', {
                      goals: otherGoals(indicator, goal)
                        .map((g) => g.title)
                        .join(' · '),
                    })}
                  </span>
                ) : null}
              </>
            ),
          },
          {
            key: 'status',
            header: t('indicators.list.columns.status'),
            cell: (indicator) => {
              const last = latest(indicator.id);
              return valuesState === 'ready' ? (
                <StatusLight status={targetStatus(indicator.direction, last?.value ?? null, last?.target ?? null, indicator.baselineValue)} />
              ) : (
                <span className="table__secondary">{valuesState === 'pending' ? t('common.loading') : t('indicators.list.statusUnknown')}</span>
              );
            },
          },
          {
            key: 'latest',
            header: t('indicators.list.columns.latest'),
            className: 'table__numeric',
            cell: (indicator) => {
              const last = latest(indicator.id);
              const newer = provisional(indicator.id);
              return (
                <>
                  {last ? (
                    <>
                      {value(last.value, indicator)}
                      <span className="table__secondary">{formatPeriodKey(last.period, format.language)}</span>
                    </>
                  ) : (
                    <>
                      <span aria-hidden="true">–</span>
                      <span className="visually-hidden">{t('indicators.list.noValue')}</span>
                    </>
                  )}
                  {newer ? (
                    <span className="table__secondary">
                      {t('measurement.provisionalValue', {
                        value: value(newer.value, indicator),
                        period: formatPeriodKey(newer.period, format.language),
                        reports: provisionalText(newer.approved, newer.expected),
                      })}
                    </span>
                  ) : null}
                </>
              );
            },
          },
          {
            key: 'target',
            header: t('indicators.list.columns.target'),
            className: 'table__numeric table__optional',
            cell: (indicator) => {
              const last = latest(indicator.id);
              return last?.target !== null && last?.target !== undefined ? value(last.target, indicator) : '–';
            },
          },
          { key: 'frequency', header: t('indicators.list.columns.frequency'), cell: (indicator) => t(`indicators.frequencies.${indicator.frequency}`) },
        ]}
      />
    </section>
  );
}
