import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import type { SeriesPoint } from '@/components/charts/chart-data';
import { usePeriodLabel } from '@/components/charts/period-label';
import { Sparkline } from '@/components/charts/sparkline';
import { TargetProgress } from '@/components/charts/target-progress';
import { useFormat } from '@/lib/i18n';
import type { ProgressStatus } from '../utils/indicator-progress';
import { ProgressStatusBadge } from './progress-status-badge';

export interface IndicatorProgressRowProps {
  name: string;
  unit: string;
  decimals?: number;
  points: SeriesPoint[];
  latest: { period: string; value: number } | null;
  target: number | null;
  progress: number | null;
  status: ProgressStatus;
  /** Heading level of the indicator name inside its card or list. */
  headingLevel?: 3 | 4;
  action?: ReactNode;
}

/** One indicator: its line, its latest approved value and how far it is toward the target. */
export function IndicatorProgressRow({ name, unit, decimals, points, latest, target, progress, status, headingLevel = 3, action }: IndicatorProgressRowProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const period = usePeriodLabel();
  const digits = decimals === undefined ? undefined : { maximumFractionDigits: decimals, minimumFractionDigits: decimals };
  const value = (v: number | null) => format.number(v, { unit, ...digits });
  const Heading = headingLevel === 3 ? 'h3' : 'h4';

  const progressText =
    progress === null
      ? latest
        ? t('dashboard.progress.noTarget')
        : t('dashboard.progress.noValue')
      : t('dashboard.progress.ofTarget', { percent: format.percent(progress), target: value(target) });

  return (
    <li className="indicator-progress">
      <div className="indicator-progress__head">
        <Heading className="indicator-progress__name">{name}</Heading>
        <ProgressStatusBadge status={status} />
      </div>
      <div className="indicator-progress__body">
        {points.length > 0 ? (
          <Sparkline
            points={points}
            target={target}
            description={t('dashboard.progress.trend', { values: points.map((p) => `${period(p.period, { short: true })}: ${value(p.value)}`).join(', ') })}
          />
        ) : (
          <span className="indicator-progress__no-line">{t('dashboard.progress.noLine')}</span>
        )}
        <div className="indicator-progress__numbers">
          <p className="indicator-progress__latest">
            {latest ? t('dashboard.progress.latest', { value: value(latest.value), period: period(latest.period) }) : t('dashboard.progress.noValue')}
          </p>
          <TargetProgress share={progress} text={progressText} tone={status === 'ON_TRACK' ? 'good' : status === 'OFF_TRACK' ? 'warning' : 'neutral'} />
        </div>
      </div>
      {action ? <div className="indicator-progress__action">{action}</div> : null}
    </li>
  );
}
