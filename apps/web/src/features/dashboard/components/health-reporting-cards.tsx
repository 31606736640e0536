import { useTranslation } from 'react-i18next';
import { CHART_COLORS, ColumnChart, StackedBars } from '@/components/charts/column-chart';
import { usePeriodLabel } from '@/components/charts/period-label';
import { TargetProgress } from '@/components/charts/target-progress';
import { useFormat } from '@/lib/i18n';
import type { AllianceHealth } from '../api/get-alliance-health';
import { completenessParts, COMPLETENESS_PARTS, daysSince } from '../utils/reporting';
import { DashboardCard, KeyFigure } from './dashboard-card';

const PART_COLORS = { approved: CHART_COLORS.accent, awaitingReview: CHART_COLORS.info, inProgress: CHART_COLORS.warning, missing: CHART_COLORS.muted };

/** Reporting completeness of the open periods: approved, waiting, begun and missing reports. */
export function CompletenessCard({ periods }: { periods: AllianceHealth['reportingCompleteness'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const period = usePeriodLabel();
  const expected = periods.reduce((sum, p) => sum + p.expected, 0);
  const approved = periods.reduce((sum, p) => sum + p.approved, 0);

  return (
    <DashboardCard title={t('dashboard.health.completeness.title')} link={{ to: '../reporting', label: t('dashboard.health.completeness.link') }} wide>
      {periods.length === 0 ? (
        <p>{t('dashboard.health.completeness.none')}</p>
      ) : (
        <>
          <KeyFigure>
            {t('dashboard.health.completeness.figure', {
              approved: format.number(approved),
              expected: format.number(expected),
              percent: format.percent(expected ? approved / expected : 0),
            })}
          </KeyFigure>
          <ul className="dashboard-list">
            {periods.map((p) => (
              <li key={p.reportingPeriodId}>
                <strong>{period(p.periodKey)}</strong>
                {': '}
                {t('dashboard.health.completeness.period', { percent: format.percent(p.shareComplete), missing: format.number(p.missing) })}
                {p.dueOn ? ` · ${t('dashboard.health.completeness.due', { date: format.date(p.dueOn) })}` : ''}
              </li>
            ))}
          </ul>
          <StackedBars
            caption={t('dashboard.health.completeness.chart')}
            tableLabel={t('dashboard.chartTable')}
            categoryHeader={t('dashboard.health.completeness.periodHeader')}
            series={COMPLETENESS_PARTS.map((key) => ({ key, label: t(`dashboard.health.completeness.parts.${key}`), color: PART_COLORS[key] }))}
            data={periods.map((p) => ({ label: period(p.periodKey, { short: true }), values: completenessParts(p) }))}
            formatValue={(v) => format.number(v)}
          />
        </>
      )}
    </DashboardCard>
  );
}

/** Submitted values waiting for the backbone's review, and how long the oldest has waited. */
export function ReviewBacklogCard({ pending, periods }: { pending: AllianceHealth['pendingReviews']; periods: AllianceHealth['reportingCompleteness'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const period = usePeriodLabel();
  const waited = daysSince(pending.oldestSubmittedAt);
  return (
    <DashboardCard title={t('dashboard.health.reviews.title')} link={{ to: '../review', label: t('dashboard.health.reviews.link') }}>
      <KeyFigure>{t('dashboard.health.reviews.figure', { count: pending.count, formatted: format.number(pending.count) })}</KeyFigure>
      {pending.count > 0 && pending.oldestSubmittedAt ? (
        <p>{t('dashboard.health.reviews.oldest', { count: waited ?? 0, date: format.date(pending.oldestSubmittedAt) })}</p>
      ) : null}
      {periods.length > 0 ? (
        <ColumnChart
          caption={t('dashboard.health.reviews.chart')}
          tableLabel={t('dashboard.chartTable')}
          categoryHeader={t('dashboard.health.completeness.periodHeader')}
          series={[{ key: 'awaitingReview', label: t('dashboard.health.completeness.parts.awaitingReview'), color: CHART_COLORS.info }]}
          data={periods.map((p) => ({ label: period(p.periodKey, { short: true }), values: { awaitingReview: completenessParts(p).awaitingReview } }))}
          formatValue={(v) => format.number(v)}
          height={160}
        />
      ) : null}
    </DashboardCard>
  );
}

/** How many goals have an activity running on them today. */
export function GoalCoverageCard({ coverage }: { coverage: AllianceHealth['goalCoverage'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const uncovered = coverage.goalCount - coverage.goalsWithRunningActivity;
  return (
    <DashboardCard title={t('dashboard.health.goals.title')} link={{ to: '../activities', label: t('dashboard.health.goals.link') }}>
      {coverage.goalCount === 0 ? (
        <p>{t('dashboard.health.goals.none')}</p>
      ) : (
        <>
          <KeyFigure>
            {t('dashboard.health.goals.figure', {
              covered: format.number(coverage.goalsWithRunningActivity),
              count: coverage.goalCount,
              formatted: format.number(coverage.goalCount),
            })}
          </KeyFigure>
          <TargetProgress
            share={coverage.share}
            text={t('dashboard.health.goals.share', { percent: format.percent(coverage.share) })}
            tone={uncovered === 0 ? 'good' : 'warning'}
          />
          {uncovered > 0 ? <p>{t('dashboard.health.goals.gaps', { count: uncovered, formatted: format.number(uncovered) })}</p> : null}
        </>
      )}
    </DashboardCard>
  );
}

/** Log entries per month: is the alliance talking? */
export function LogActivityCard({ perMonth }: { perMonth: AllianceHealth['logEntriesPerMonth'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const period = usePeriodLabel();
  const total = perMonth.counts.reduce((a, b) => a + b, 0);
  const lastIndex = perMonth.months.length - 1;
  return (
    <DashboardCard title={t('dashboard.health.log.title')} link={{ to: '../log', label: t('dashboard.health.log.link') }}>
      <KeyFigure>{t('dashboard.health.log.figure', { count: total, formatted: format.number(total), months: perMonth.months.length })}</KeyFigure>
      {lastIndex >= 0 ? (
        <p>
          {t('dashboard.health.log.latest', {
            count: perMonth.counts[lastIndex] ?? 0,
            formatted: format.number(perMonth.counts[lastIndex] ?? 0),
            month: period(perMonth.months[lastIndex]),
          })}
        </p>
      ) : null}
      {lastIndex >= 0 ? (
        <ColumnChart
          caption={t('dashboard.health.log.chart')}
          tableLabel={t('dashboard.chartTable')}
          categoryHeader={t('dashboard.health.log.monthHeader')}
          series={[{ key: 'entries', label: t('dashboard.health.log.entries'), color: CHART_COLORS.accent }]}
          data={perMonth.months.map((month, index) => ({ label: period(month, { short: true }), values: { entries: perMonth.counts[index] ?? 0 } }))}
          formatValue={(v) => format.number(v)}
          height={160}
        />
      ) : null}
    </DashboardCard>
  );
}
