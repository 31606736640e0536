import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/page-header';
import { useFormat } from '@/lib/i18n';
import { periodLabel } from '../utils/period-label';
import { MeasurementEditor } from './measurement-editor';
import { BackToOverview, PeriodEntryFallback, usePeriodEntry } from './period-entry';

/** One indicator's value for one open period: loads what the editor needs and explains what is missing. */
export function MeasurementPage({
  allianceId,
  membershipId,
  periodId,
  indicatorId,
}: {
  allianceId: string;
  membershipId: string;
  periodId: string;
  indicatorId: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const entry = usePeriodEntry(allianceId, membershipId, periodId);
  const className = 'page page--narrow';
  const title = t('reporting.form.title');
  if (entry.failed) return <PeriodEntryFallback state="failed" className={className} title={title} error={entry.failed} onRetry={entry.retry} />;
  if (entry.loading || !entry.indicators.data) return <PeriodEntryFallback state="loading" className={className} title={title} />;

  const period = entry.period;
  const indicator = entry.indicators.data.find((i) => i.id === indicatorId);
  if (!period || !indicator || indicator.frequency !== period.frequency) {
    return <PeriodEntryFallback state="unavailable" className={className} title={title} />;
  }

  const label = periodLabel(period.periodKey, t, format.language);
  const measurement = (entry.measurements.data ?? []).find((m) => m.indicatorId === indicatorId);
  return (
    <div className="page page--narrow reporting-form-page">
      <BackToOverview />
      <PageHeader eyebrow={t('reporting.form.eyebrow', { period: label })} title={indicator.name} />
      <MeasurementEditor
        key={`${periodId}|${indicatorId}`}
        allianceId={allianceId}
        membershipId={membershipId}
        period={period}
        periodText={label}
        indicator={indicator}
        measurement={measurement}
        reload={async () => (await entry.measurements.refetch()).data?.find((m) => m.indicatorId === indicatorId)}
      />
    </div>
  );
}
