import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '@/components/ui/icon';
import { useFormat } from '@/lib/i18n';
import type { ReportingIndicator } from '../api/get-indicators';
import type { QueuedMeasurement } from '../api/get-review-queue';
import { warningText } from '../utils/plausibility';
import { periodLabel } from '../utils/period-label';
import { formatAmount, formatMeasurementValue } from '../utils/value';

/** The value handed in, with its breakdown and the overlaps declared for it. */
export function QueuedValue({ m, indicator }: { m: QueuedMeasurement; indicator: ReportingIndicator | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <strong>{formatMeasurementValue(m, indicator, format)}</strong>
      {m.parts.length > 0 ? (
        <span className="table__secondary">
          {/* A category like "14–16 Jahre" never breaks inside; lines break between categories. */}
          {m.parts.map((p, i) => (
            <Fragment key={p.categoryId}>
              {i > 0 ? ' · ' : ''}
              <span className="nowrap">
                {p.categoryName}: {format.number(p.value)}
              </span>
            </Fragment>
          ))}
        </span>
      ) : null}
      {m.overlaps.length > 0 ? (
        <span className="table__secondary">
          {t('reporting.review.overlaps', {
            list: m.overlaps
              .map((o) => {
                const item = t('reporting.review.overlapItem', { amount: formatAmount(o.amount, indicator, format), organisation: o.otherOrganisationName });
                return o.note ? `${item} (${o.note})` : item;
              })
              .join(' · '),
          })}
        </span>
      ) : null}
    </>
  );
}

/** The value it follows, and the jump warnings the reporter saw. */
export function PreviousValue({ m, indicator }: { m: QueuedMeasurement; indicator: ReportingIndicator | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const before = m.previous;
  return (
    <>
      {before ? (
        <>
          {formatMeasurementValue(before, indicator, format)}
          <span className="table__secondary">
            {periodLabel(before.periodKey, t, format.language)}
            {before.status !== 'APPROVED' ? ` · ${t(`reporting.status.${before.status}`)}` : null}
          </span>
        </>
      ) : (
        <span className="muted">{t('reporting.review.noPrevious')}</span>
      )}
      {m.warnings.map((w) => (
        <span key={`${w.code}-${w.field}`} className="review-table__warning">
          <Icon name="alert" size={16} /> {warningText(t, (n) => format.number(n, { maximumFractionDigits: 4 }), w)}
        </span>
      ))}
    </>
  );
}
