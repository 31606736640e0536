import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import type { ProgressDescription } from '@gemeinwerk/shared';
import type { SeriesPoint } from '@/components/charts/chart-data';
import { usePeriodLabel } from '@/components/charts/period-label';
import { useProgressText, useProvisionalText } from '@/components/charts/progress-text';
import { Sparkline } from '@/components/charts/sparkline';
import { TargetProgress } from '@/components/charts/target-progress';
import { useFormat } from '@/lib/i18n';
import type { ProgressStatus, ProvisionalLatest } from '../utils/indicator-progress';
import { ProgressStatusBadge } from './progress-status-badge';

export interface IndicatorProgressRowProps {
  name: string;
  unit: string;
  /** RATIO values are shares, shown as percentages. */
  aggregation?: string;
  decimals?: number;
  points: SeriesPoint[];
  /** The latest COMPLETE period with a value. */
  latest: { period: string; value: number } | null;
  /** A newer, still provisional value, shown beside `latest`. */
  provisional?: ProvisionalLatest | null;
  target: number | null;
  /** How the latest complete value stands against its target (shared package's words and bar). */
  description: ProgressDescription | null;
  status: ProgressStatus;
  /** Heading level of the indicator name inside its card or list. */
  headingLevel?: 3 | 4;
  action?: ReactNode;
}

/** One indicator: its line, its latest complete value (and a newer provisional one) and how far it is toward the target. */
export function IndicatorProgressRow({
  name,
  unit,
  decimals,
  aggregation,
  points,
  latest,
  provisional,
  target,
  description,
  status,
  headingLevel = 3,
  action,
}: IndicatorProgressRowProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const period = usePeriodLabel();
  const progressText = useProgressText();
  const provisionalText = useProvisionalText();
  const value = (v: number | null) => format.indicatorValue(v, { aggregation, decimals, unit });
  const Heading = headingLevel === 3 ? 'h3' : 'h4';

  const words =
    progressText(description, target, (v) => value(v)) ??
    (latest ? t('dashboard.progress.noTarget') : provisional ? t('dashboard.progress.noComplete') : t('dashboard.progress.noValue'));
  const pointText = (p: SeriesPoint) =>
    `${period(p.period, { short: true })}: ${value(p.value)}${p.provisional && p.value !== null ? ` (${t('measurement.provisionalShort')})` : ''}`;

  return (
    <li className="indicator-progress">
      <div className="indicator-progress__head">
        <Heading className="indicator-progress__name">{name}</Heading>
        <ProgressStatusBadge status={status} />
      </div>
      <div className="indicator-progress__body">
        {points.length > 0 ? (
          <Sparkline points={points} target={target} description={t('dashboard.progress.trend', { values: points.map(pointText).join(', ') })} />
        ) : (
          <span className="indicator-progress__no-line">{t('dashboard.progress.noLine')}</span>
        )}
        <div className="indicator-progress__numbers">
          <p className="indicator-progress__latest">
            {latest
              ? t('dashboard.progress.latest', { value: value(latest.value), period: period(latest.period) })
              : provisional
                ? t('dashboard.progress.noComplete')
                : t('dashboard.progress.noValue')}
          </p>
          {provisional ? (
            <p className="indicator-progress__provisional">
              {t('dashboard.progress.newer', {
                value: t('measurement.provisionalValue', {
                  value: value(provisional.value),
                  period: period(provisional.period),
                  reports: provisionalText(provisional.approved, provisional.expected),
                }),
              })}
            </p>
          ) : null}
          <TargetProgress
            share={description?.bar ?? null}
            text={words}
            tone={status === 'ON_TRACK' ? 'good' : status === 'OFF_TRACK' ? 'warning' : 'neutral'}
          />
        </div>
      </div>
      {action ? <div className="indicator-progress__action">{action}</div> : null}
    </li>
  );
}
