import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button, ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { useReportingIndicators } from '../api/get-indicators';
import { usePeriodMeasurements } from '../api/get-measurements';
import { useOpenPeriods } from '../api/get-open-periods';

/** What a page entering values for one open period loads: the open periods, the indicators and the values so far. */
export function usePeriodEntry(allianceId: string, membershipId: string, periodId: string) {
  const periods = useOpenPeriods(allianceId);
  const indicators = useReportingIndicators(allianceId);
  // Ask for values only once the period is known to be open: a stale or mistyped link must not reach the API.
  const periodKnown = Boolean(periods.data?.some((p) => p.id === periodId));
  const measurements = usePeriodMeasurements(allianceId, periodId, membershipId, periodKnown);
  return {
    periods,
    indicators,
    measurements,
    failed: periods.error ?? indicators.error ?? (periodKnown ? measurements.error : null),
    loading: !periods.data || !indicators.data || (periodKnown && !measurements.data),
    period: periods.data?.find((p) => p.id === periodId),
    retry: () => void Promise.all([periods.refetch(), indicators.refetch(), measurements.refetch()]),
  };
}

export function BackToOverview() {
  const { t } = useTranslation();
  return (
    <ButtonLink to="." variant="ghost" size="sm" icon="reporting" className="reporting-back">
      {t('reporting.backToOverview')}
    </ButtonLink>
  );
}

/** A period page that cannot show its form yet: the load failed, is running, or the period is not open. */
export function PeriodEntryFallback({
  state,
  className,
  title,
  error,
  onRetry,
}: {
  state: 'failed' | 'loading' | 'unavailable';
  className: string;
  title: string;
  error?: unknown;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  return (
    <div className={className}>
      <BackToOverview />
      {state === 'loading' ? <LoadingState label={t('reporting.loading')} /> : <PageHeader title={title} />}
      {state === 'failed' && (
        <Alert
          tone="error"
          title={t('reporting.loadFailed')}
          actions={
            onRetry && (
              <Button size="sm" onClick={onRetry}>
                {t('common.retry')}
              </Button>
            )
          }
        >
          {describe(error)}
        </Alert>
      )}
      {state === 'unavailable' && (
        <Alert tone="info" title={t('reporting.form.unavailableTitle')}>
          {t('reporting.form.unavailableText')}
        </Alert>
      )}
    </div>
  );
}
