import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n';
import type { ReportingIndicator } from '../api/get-indicators';
import type { Measurement } from '../api/get-measurements';
import { formatMeasurementValue } from '../utils/value';

/** A value read-only: total, breakdown, note and who handed it in and reviewed it. */
export function MeasurementDetails({
  measurement: m,
  indicator,
}: {
  measurement: Measurement;
  indicator: Pick<ReportingIndicator, 'unit' | 'decimals' | 'aggregation'>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const dimensions = [...new Set(m.parts.map((p) => p.dimensionName))];
  return (
    <dl className="measurement-details">
      <div>
        <dt>{t('reporting.columns.value')}</dt>
        <dd className="measurement-details__value">{formatMeasurementValue(m, indicator, format)}</dd>
      </div>
      {dimensions.map((dimension) => (
        <div key={dimension}>
          <dt>{t('reporting.form.partsLegend', { dimension })}</dt>
          <dd>
            {m.parts
              .filter((p) => p.dimensionName === dimension)
              .map((p) => `${p.categoryName}: ${format.number(p.value)}`)
              .join(' · ')}
          </dd>
        </div>
      ))}
      {m.note ? (
        <div>
          <dt>{t('reporting.form.note')}</dt>
          <dd>{m.note}</dd>
        </div>
      ) : null}
      {m.submittedAt ? (
        <div>
          <dt>{t('reporting.form.submittedBy')}</dt>
          <dd>{t('reporting.form.byOn', { name: m.submittedByName ?? '–', date: format.dateTime(m.submittedAt) })}</dd>
        </div>
      ) : null}
      {m.reviewedAt ? (
        <div>
          <dt>{t('reporting.form.reviewedBy')}</dt>
          <dd>{t('reporting.form.byOn', { name: m.reviewedByName ?? '–', date: format.dateTime(m.reviewedAt) })}</dd>
        </div>
      ) : null}
    </dl>
  );
}
