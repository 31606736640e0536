import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { BulkEntryPage } from '@/features/reporting/components/bulk-entry';
import { MeasurementPage } from '@/features/reporting/components/measurement-page';
import { ReportingOverview } from '@/features/reporting/components/reporting-overview';
import { useWorkspaceAlliance } from './layout';
import { PageTitle } from './page-title';

/** `?period=&indicator=` opens one value's form, `?bulk=<period>` the grid of a period, else the overview. */
export function ReportingRoute() {
  const { t } = useTranslation();
  const alliance = useWorkspaceAlliance();
  const [params] = useSearchParams();
  const period = params.get('period');
  const indicator = params.get('indicator');
  const bulk = params.get('bulk');
  const reports = alliance.myRole === 'PARTNER' || alliance.myRole === 'BACKBONE';
  const view = `${period}|${indicator}|${bulk}`;
  const firstView = useRef(true);

  // The shell moves focus to <main> when the path changes; these views differ only in the query,
  // so do the same here, or keyboard users would be left on the link that just disappeared.
  useEffect(() => {
    if (firstView.current) {
      firstView.current = false;
      return;
    }
    window.scrollTo(0, 0);
    document.querySelector<HTMLElement>('main')?.focus({ preventScroll: true });
  }, [view]);

  return (
    <>
      <PageTitle area={t('reporting.title')} alliance={alliance.name} />
      {!reports ? (
        <div className="page page--narrow">
          <PageHeader title={t('reporting.title')} />
          <Alert tone="info">{t('reporting.notForRole')}</Alert>
        </div>
      ) : period && indicator ? (
        <MeasurementPage allianceId={alliance.id} membershipId={alliance.myMembershipId} periodId={period} indicatorId={indicator} />
      ) : bulk ? (
        <BulkEntryPage allianceId={alliance.id} membershipId={alliance.myMembershipId} periodId={bulk} />
      ) : (
        <ReportingOverview allianceId={alliance.id} membershipId={alliance.myMembershipId} />
      )}
    </>
  );
}
