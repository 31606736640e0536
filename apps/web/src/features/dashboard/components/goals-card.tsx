import { useTranslation } from 'react-i18next';
import { CHART_COLORS, ColumnChart } from '@/components/charts/column-chart';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { useFormat } from '@/lib/i18n';
import { useGoalOverview } from '../api/get-goal-overview';
import { GOAL_STATUSES, goalStatusCounts } from '../utils/goals';
import { DashboardCard, KeyFigure } from './dashboard-card';

/** The common agenda in numbers: goals and sub-goals by status. Every member may read goals. */
export function GoalsCard({ allianceId }: { allianceId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useErrorMessage();
  const goals = useGoalOverview(allianceId);

  return (
    <DashboardCard title={t('dashboard.goals.title')} link={{ to: '../agenda', label: t('dashboard.goals.link') }}>
      {goals.isPending ? <LoadingState /> : null}
      {goals.isError ? (
        <Alert
          tone="error"
          title={t('dashboard.goals.loadFailed')}
          actions={
            <Button size="sm" onClick={() => void goals.refetch()}>
              {t('common.retry')}
            </Button>
          }
        >
          {describe(goals.error)}
        </Alert>
      ) : null}
      {goals.data?.length === 0 ? <p>{t('dashboard.health.goals.none')}</p> : null}
      {goals.data && goals.data.length > 0
        ? (() => {
            const counts = goalStatusCounts(goals.data);
            return (
              <>
                <KeyFigure>
                  {t('dashboard.goals.figure', {
                    count: counts.total,
                    formatted: format.number(counts.total),
                    topLevel: format.number(counts.topLevel),
                    achieved: format.number(counts.byStatus.ACHIEVED),
                  })}
                </KeyFigure>
                <ColumnChart
                  caption={t('dashboard.goals.chart')}
                  tableLabel={t('dashboard.chartTable')}
                  categoryHeader={t('dashboard.goals.statusHeader')}
                  series={[{ key: 'goals', label: t('dashboard.goals.count'), color: CHART_COLORS.accent }]}
                  data={GOAL_STATUSES.map((status) => ({ label: t(`dashboard.goals.statuses.${status}`), values: { goals: counts.byStatus[status] } }))}
                  formatValue={(v) => format.number(v)}
                  height={160}
                />
              </>
            );
          })()
        : null}
    </DashboardCard>
  );
}
