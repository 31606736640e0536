import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { useAllianceHealth } from '../api/get-alliance-health';
import { byPeriodEnd } from '../utils/reporting';
import { CompletenessCard, GoalCoverageCard, LogActivityCard, ReviewBacklogCard } from './health-reporting-cards';
import { OverdueItemsCard, SignaturesCard, SilentMembersCard } from './health-member-cards';
import { NeedsMeNow } from './needs-me-now';

/** The backbone's view of how the alliance is doing. */
export function HealthView({ allianceId }: { allianceId: string }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const health = useAllianceHealth(allianceId);

  if (health.isPending) return <LoadingState label={t('dashboard.health.loading')} />;
  if (health.isError)
    return (
      <Alert
        tone="error"
        title={t('dashboard.health.loadFailed')}
        actions={
          <Button size="sm" onClick={() => void health.refetch()}>
            {t('common.retry')}
          </Button>
        }
      >
        {describe(health.error)}
      </Alert>
    );

  const h = { ...health.data, reportingCompleteness: byPeriodEnd(health.data.reportingCompleteness, (p) => p.periodKey) };
  return (
    <>
      <NeedsMeNow health={h} />
      {/* The details, open by default; a backbone who only wants the list above can fold them away. */}
      <details className="dashboard-details" open>
        <summary className="dashboard-details__summary">{t('dashboard.now.details')}</summary>
        <div className="dashboard-grid dashboard-grid--health">
          <CompletenessCard periods={h.reportingCompleteness} />
          <ReviewBacklogCard pending={h.pendingReviews} periods={h.reportingCompleteness} />
          <GoalCoverageCard coverage={h.goalCoverage} />
          <LogActivityCard perMonth={h.logEntriesPerMonth} />
          <SilentMembersCard members={h.lastContributions} />
          <OverdueItemsCard overdue={h.overdueActionItems} />
          <SignaturesCard unsigned={h.unsignedAgreement} activeMembers={h.lastContributions.length} />
        </div>
      </details>
    </>
  );
}
