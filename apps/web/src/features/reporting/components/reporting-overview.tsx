import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button, ButtonLink } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { Icon } from '@/components/ui/icon';
import { PageHeader } from '@/components/ui/page-header';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { useFormat } from '@/lib/i18n';
import { useReportingIndicators } from '../api/get-indicators';
import { useMeasurementsOfPeriods, type Measurement } from '../api/get-measurements';
import { useOpenPeriods } from '../api/get-open-periods';
import { dueGroups, recentlyReviewed, todayIso, type DueGroup } from '../utils/due';
import { periodLabel } from '../utils/period-label';
import { formatMeasurementValue } from '../utils/value';
import { MeasurementStatusBadge } from './measurement-status-badge';

/** What the caller's organisation has to report in the open periods, and what was reviewed lately. */
export function ReportingOverview({ allianceId, membershipId }: { allianceId: string; membershipId: string }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const periods = useOpenPeriods(allianceId);
  const indicators = useReportingIndicators(allianceId);
  const measurements = useMeasurementsOfPeriods(
    allianceId,
    (periods.data ?? []).map((p) => p.id),
    { membershipId },
  );

  const header = <PageHeader title={t('reporting.title')} description={t('reporting.description')} />;
  const failed = periods.error ?? indicators.error ?? measurements.error;
  if (failed) {
    const retry = () => void Promise.all([periods.refetch(), indicators.refetch(), measurements.refetch()]);
    return (
      <div className="page">
        {header}
        <Alert
          tone="error"
          title={t('reporting.loadFailed')}
          actions={
            <Button size="sm" onClick={retry}>
              {t('common.retry')}
            </Button>
          }
        >
          {describe(failed)}
        </Alert>
      </div>
    );
  }
  if (!periods.data || !indicators.data || !measurements.data) {
    return (
      <div className="page">
        {header}
        <LoadingState label={t('reporting.loading')} />
      </div>
    );
  }

  const groups = dueGroups(periods.data, indicators.data, measurements.data, todayIso());
  const reviewed = recentlyReviewed(measurements.data);

  return (
    <div className="page reporting">
      {header}
      <section className="reporting__section" aria-labelledby="reporting-due">
        <h2 id="reporting-due" className="reporting__heading">
          {t('reporting.due.title')}
        </h2>
        {groups.length === 0 ? (
          <EmptyState icon="reporting" title={t('reporting.due.emptyTitle')}>
            {t('reporting.due.emptyText')}
          </EmptyState>
        ) : (
          groups.map((group) => <DuePeriod key={group.period.id} group={group} />)
        )}
      </section>
      <section className="reporting__section" aria-labelledby="reporting-reviewed">
        <h2 id="reporting-reviewed" className="reporting__heading">
          {t('reporting.reviewed.title')}
        </h2>
        {reviewed.length === 0 ? <p className="muted">{t('reporting.reviewed.empty')}</p> : <ReviewedList items={reviewed} indicators={indicators.data} />}
      </section>
    </div>
  );
}

function DuePeriod({ group }: { group: DueGroup }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const { period, items } = group;
  const label = periodLabel(period.periodKey, t, format.language);
  const overdue = items.some((i) => i.overdue);

  return (
    <section className="reporting-period" aria-labelledby={headingId}>
      <div className="reporting-period__header">
        <div>
          <h3 id={headingId} className="reporting-period__title">
            {label}
          </h3>
          <p className="reporting-period__meta">
            {period.dueOn ? t('reporting.due.deadline', { date: format.date(period.dueOn) }) : t('reporting.due.noDeadline')}
            {' · '}
            {t('reporting.due.openCount', { count: group.open })}
            {overdue ? (
              <span className="reporting-overdue">
                <Icon name="alert" size={16} /> {t('reporting.due.overdue')}
              </span>
            ) : null}
          </p>
        </div>
        <ButtonLink to={`?bulk=${period.id}`} size="sm" icon="edit">
          {t('reporting.due.bulk')} <span className="visually-hidden">– {label}</span>
        </ButtonLink>
      </div>
      {/* On a phone each indicator becomes a card (`table--cards`): status, value and the link stay in reach. */}
      <DataTable
        cards
        caption={t('reporting.due.caption', { period: label })}
        rows={items}
        rowKey={(item) => item.indicator.id}
        columns={[
          {
            key: 'indicator',
            header: t('reporting.columns.indicator'),
            rowHeader: true,
            className: 'table__primary',
            cell: (item) => (
              <>
                {item.indicator.name}
                <span className="table__secondary">{[item.indicator.code, item.indicator.unit].filter(Boolean).join(' · ')}</span>
              </>
            ),
          },
          {
            key: 'status',
            header: t('reporting.columns.status'),
            cell: (item) => (
              <>
                <MeasurementStatusBadge state={item.state} />
                {item.overdue ? (
                  <span className="reporting-overdue">
                    <Icon name="alert" size={16} /> {t('reporting.due.overdue')}
                  </span>
                ) : null}
                {item.state === 'REJECTED' && item.measurement?.rejectionReason ? (
                  <span className="table__secondary">{t('reporting.reason', { reason: item.measurement.rejectionReason })}</span>
                ) : null}
              </>
            ),
          },
          {
            key: 'value',
            header: t('reporting.columns.value'),
            className: 'table__numeric',
            cell: (item) => (item.measurement ? formatMeasurementValue(item.measurement, item.indicator, format) : '–'),
          },
          {
            key: 'actions',
            header: t('reporting.columns.actions'),
            headerHidden: true,
            cellClassName: 'table__actions',
            // A value handed in or approved is looked at, not reported again.
            cell: (item) => (
              <ButtonLink
                to={`?period=${period.id}&indicator=${item.indicator.id}`}
                size="sm"
                variant={item.state === 'APPROVED' || item.state === 'SUBMITTED' ? 'ghost' : 'secondary'}
              >
                {item.state === 'APPROVED' || item.state === 'SUBMITTED' ? t('reporting.due.view') : t('reporting.due.report')}{' '}
                <span className="visually-hidden">
                  – {item.indicator.name}, {label}
                </span>
              </ButtonLink>
            ),
          },
        ]}
      />
    </section>
  );
}

function ReviewedList({ items, indicators }: { items: Measurement[]; indicators: { id: string; unit: string; decimals: number; aggregation: string }[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ul className="reviewed-list">
      {items.map((m) => {
        const indicator = indicators.find((i) => i.id === m.indicatorId);
        return (
          <li key={m.id} className="reviewed-list__item">
            <div className="reviewed-list__main">
              <span className="reviewed-list__name">{m.indicatorName}</span>
              <span className="muted">
                {periodLabel(m.periodKey, t, format.language)} · {formatMeasurementValue(m, indicator, format)}
              </span>
            </div>
            <MeasurementStatusBadge state={m.status} />
            <p className="reviewed-list__meta muted">{t('reporting.reviewed.by', { date: format.dateTime(m.reviewedAt), name: m.reviewedByName ?? '–' })}</p>
            {m.status === 'REJECTED' && m.rejectionReason ? (
              <p className="reviewed-list__reason">{t('reporting.reason', { reason: m.rejectionReason })}</p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
