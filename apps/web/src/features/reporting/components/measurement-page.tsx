import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button, ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { useFormat } from '@/lib/i18n';
import { useReportingIndicators } from '../api/get-indicators';
import { usePeriodMeasurements } from '../api/get-measurements';
import { useOpenPeriods } from '../api/get-open-periods';
import { periodLabel } from '../utils/period-label';
import { MeasurementEditor } from './measurement-editor';

/** One indicator's value for one open period: loads what the editor needs and explains what is missing. */
export function MeasurementPage({ allianceId, membershipId, periodId, indicatorId }: { allianceId: string; membershipId: string; periodId: string; indicatorId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useErrorMessage();
  const periods = useOpenPeriods(allianceId);
  const indicators = useReportingIndicators(allianceId);
  // Ask for values only once the period is known to be open: a stale or mistyped link must not reach the API.
  const periodKnown = Boolean(periods.data?.some((p) => p.id === periodId));
  const measurements = usePeriodMeasurements(allianceId, periodId, membershipId, periodKnown);

  const back = (
    <ButtonLink to="." variant="ghost" size="sm" icon="reporting" className="reporting-back">
      {t('reporting.backToOverview')}
    </ButtonLink>
  );
  const failed = periods.error ?? indicators.error ?? (periodKnown ? measurements.error : null);
  if (failed) {
    return (
      <div className="page page--narrow">
        {back}
        <PageHeader title={t('reporting.form.title')} />
        <Alert
          tone="error"
          title={t('reporting.loadFailed')}
          actions={
            <Button size="sm" onClick={() => void Promise.all([periods.refetch(), indicators.refetch(), measurements.refetch()])}>
              {t('common.retry')}
            </Button>
          }
        >
          {describe(failed)}
        </Alert>
      </div>
    );
  }
  if (!periods.data || !indicators.data || (periodKnown && !measurements.data)) {
    return (
      <div className="page page--narrow">
        {back}
        <LoadingState label={t('reporting.loading')} />
      </div>
    );
  }

  const period = periods.data.find((p) => p.id === periodId);
  const indicator = indicators.data.find((i) => i.id === indicatorId);
  if (!period || !indicator || indicator.frequency !== period.frequency) {
    return (
      <div className="page page--narrow">
        {back}
        <PageHeader title={t('reporting.form.title')} />
        <Alert tone="info" title={t('reporting.form.unavailableTitle')}>
          {t('reporting.form.unavailableText')}
        </Alert>
      </div>
    );
  }

  const label = periodLabel(period.periodKey, t, format.language);
  const measurement = (measurements.data ?? []).find((m) => m.indicatorId === indicatorId);
  return (
    <div className="page page--narrow reporting-form-page">
      {back}
      <PageHeader eyebrow={t('reporting.form.eyebrow', { period: label })} title={indicator.name} />
      <MeasurementEditor
        key={`${periodId}|${indicatorId}`}
        allianceId={allianceId}
        period={period}
        periodText={label}
        indicator={indicator}
        measurement={measurement}
        reload={async () => (await measurements.refetch()).data?.find((m) => m.indicatorId === indicatorId)}
      />
    </div>
  );
}
