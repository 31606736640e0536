import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { useFormat } from '@/lib/i18n';
import type { ReportingIndicator } from '../api/get-indicators';
import type { Measurement } from '../api/get-measurements';
import { periodLabel } from '../utils/period-label';
import { formatMeasurementValue } from '../utils/value';
import { MeasurementStatusBadge } from './measurement-status-badge';

/** Values approved lately, each with who approved it and when, and the way to reopen it. */
export function RecentList({
  items,
  indicatorOf,
  onReopen,
}: {
  items: Measurement[];
  indicatorOf: (m: Measurement) => ReportingIndicator | undefined;
  onReopen: (m: Measurement) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (items.length === 0) return <p className="muted">{t('reporting.review.recentEmpty')}</p>;
  return (
    <ul className="reviewed-list">
      {items.map((m) => (
        <li key={m.id} className="reviewed-list__item">
          <div className="reviewed-list__main">
            <span className="reviewed-list__name">
              {m.indicatorName} – {m.organisation.name}
            </span>
            <span className="muted">
              {periodLabel(m.periodKey, t, format.language)} · {formatMeasurementValue(m, indicatorOf(m), format)}
            </span>
          </div>
          <MeasurementStatusBadge state={m.status} />
          <p className="reviewed-list__meta muted">{t('reporting.reviewed.by', { date: format.dateTime(m.reviewedAt), name: m.reviewedByName ?? '–' })}</p>
          <Button size="sm" variant="ghost" onClick={() => onReopen(m)}>
            {t('reporting.review.reopen')}{' '}
            <span className="visually-hidden">
              – {m.indicatorName}, {m.organisation.name}
            </span>
          </Button>
        </li>
      ))}
    </ul>
  );
}
