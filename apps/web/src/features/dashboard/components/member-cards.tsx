import { useTranslation } from 'react-i18next';
import { CHART_COLORS, StackedBars } from '@/components/charts/column-chart';
import { usePeriodLabel } from '@/components/charts/period-label';
import { TargetProgress } from '@/components/charts/target-progress';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { useFormat } from '@/lib/i18n';
import { useDashboardActionItems } from '../api/get-my-action-items';
import { useMyReports } from '../api/get-my-reports';
import { useOpenReportingPeriods } from '../api/get-reporting-status';
import { byPeriodEnd, myReportSummary } from '../utils/reporting';
import { DashboardCard, KeyFigure } from './dashboard-card';

function LoadError({ title, error, retry }: { title: string; error: unknown; retry: () => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  return (
    <Alert
      tone="error"
      title={title}
      actions={
        <Button size="sm" onClick={retry}>
          {t('common.retry')}
        </Button>
      }
    >
      {describe(error)}
    </Alert>
  );
}

const MY_PARTS = ['approved', 'submitted', 'draft', 'rejected', 'open'] as const;
const MY_COLORS = {
  approved: CHART_COLORS.accent,
  submitted: CHART_COLORS.info,
  draft: CHART_COLORS.warning,
  rejected: CHART_COLORS.danger,
  open: CHART_COLORS.muted,
};

/** A partner's own reports due in the open periods. */
export function MyReportsCard({ allianceId, membershipId }: { allianceId: string; membershipId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const period = usePeriodLabel();
  const reports = useMyReports(allianceId, membershipId);

  return (
    <DashboardCard title={t('dashboard.member.reports.title')} link={{ to: '../reporting', label: t('dashboard.member.reports.link') }} wide>
      {reports.isPending ? <LoadingState /> : null}
      {reports.isError ? <LoadError title={t('dashboard.member.reports.loadFailed')} error={reports.error} retry={() => void reports.refetch()} /> : null}
      {reports.data?.length === 0 ? <p>{t('dashboard.member.reports.none')}</p> : null}
      {reports.data && reports.data.length > 0
        ? (() => {
            const rows = byPeriodEnd(reports.data, (r) => r.period.periodKey).map((r) => ({ ...r, summary: myReportSummary(r.indicatorIds, r.measurements) }));
            const toDo = rows.reduce((sum, r) => sum + r.summary.toDo, 0);
            return (
              <>
                <KeyFigure>{t('dashboard.member.reports.figure', { count: toDo, formatted: format.number(toDo) })}</KeyFigure>
                <ul className="dashboard-list">
                  {rows.map(({ period: p, summary }) => (
                    <li key={p.id}>
                      <strong>{period(p.periodKey)}</strong>
                      {': '}
                      {t('dashboard.member.reports.period', {
                        open: format.number(summary.open),
                        draft: format.number(summary.draft),
                        rejected: format.number(summary.rejected),
                        done: format.number(summary.submitted + summary.approved),
                        expected: format.number(summary.expected),
                      })}
                      {p.dueOn ? ` · ${t('dashboard.health.completeness.due', { date: format.date(p.dueOn) })}` : ''}
                    </li>
                  ))}
                </ul>
                <StackedBars
                  caption={t('dashboard.member.reports.chart')}
                  tableLabel={t('dashboard.chartTable')}
                  categoryHeader={t('dashboard.health.completeness.periodHeader')}
                  series={MY_PARTS.map((key) => ({ key, label: t(`dashboard.member.reports.parts.${key}`), color: MY_COLORS[key] }))}
                  data={rows.map(({ period: p, summary }) => ({ label: period(p.periodKey, { short: true }), values: summary }))}
                  formatValue={(v) => format.number(v)}
                  height={180}
                />
              </>
            );
          })()
        : null}
    </DashboardCard>
  );
}

/** The caller's organisation's open action items, overdue first. */
export function MyActionItemsCard({ allianceId }: { allianceId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const items = useDashboardActionItems(allianceId);
  return (
    <DashboardCard title={t('dashboard.member.actionItems.title')} link={{ to: '../log', label: t('dashboard.member.actionItems.link') }}>
      {items.isPending ? <LoadingState /> : null}
      {items.isError ? <LoadError title={t('dashboard.member.actionItems.loadFailed')} error={items.error} retry={() => void items.refetch()} /> : null}
      {items.data ? (
        <>
          <KeyFigure>{t('dashboard.member.actionItems.figure', { count: items.data.totalCount, formatted: format.number(items.data.totalCount) })}</KeyFigure>
          {items.data.nodes.length > 0 ? (
            <ul className="dashboard-list">
              {items.data.nodes.map((item) => (
                <li key={item.id}>
                  <strong>{item.title}</strong>
                  {item.dueOn
                    ? ` · ${t(item.overdue ? 'dashboard.member.actionItems.overdue' : 'dashboard.member.actionItems.due', { date: format.date(item.dueOn) })}`
                    : ''}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </DashboardCard>
  );
}

/** Funders and observers: how far reporting has come in the open periods (approved reports only). */
export function ReportingStatusCard({ allianceId }: { allianceId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const period = usePeriodLabel();
  const periods = useOpenReportingPeriods(allianceId);
  return (
    <DashboardCard title={t('dashboard.member.reporting.title')}>
      {periods.isPending ? <LoadingState /> : null}
      {periods.isError ? <LoadError title={t('dashboard.member.reporting.loadFailed')} error={periods.error} retry={() => void periods.refetch()} /> : null}
      {periods.data?.length === 0 ? <p>{t('dashboard.health.completeness.none')}</p> : null}
      {periods.data && periods.data.length > 0 ? (
        <ul className="dashboard-list dashboard-list--bars">
          {periods.data.map((p) => {
            const share = p.counts.expected ? p.counts.approved / p.counts.expected : 0;
            return (
              <li key={p.id}>
                <strong>{period(p.periodKey)}</strong>
                <TargetProgress
                  share={share}
                  text={t('dashboard.member.reporting.period', {
                    approved: format.number(p.counts.approved),
                    expected: format.number(p.counts.expected),
                    percent: format.percent(share),
                  })}
                />
              </li>
            );
          })}
        </ul>
      ) : null}
    </DashboardCard>
  );
}
