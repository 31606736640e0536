import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConflictDialog } from '@/components/ui/conflict-dialog';
import { useConflictState } from '@/components/ui/use-conflict-state';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useFormat } from '@/lib/i18n';
import { useReportingIndicators, type ReportingIndicator } from '../api/get-indicators';
import { measurementsQueryOptions, useMeasurementsOfPeriods, type Measurement } from '../api/get-measurements';
import { useOpenPeriods } from '../api/get-open-periods';
import { useReviewQueue } from '../api/get-review-queue';
import { useApproveMeasurements, useReviewMeasurement, type ReviewAction } from '../api/review-measurement';
import { recentlyReviewed } from '../utils/due';
import { newer } from '../utils/measurement';
import { periodLabel } from '../utils/period-label';
import { formatMeasurementValue } from '../utils/value';
import { MeasurementStatusBadge } from './measurement-status-badge';
import { ReasonDialog } from './reason-dialog';
import { applyReviewFilter, NO_FILTER, ReviewFilters, type ReviewFilter } from './review-filters';
import { QueueTable } from './review-queue-table';
import { SuccessNotice } from './success-notice';

type Asking = { kind: 'reject' | 'reopen'; measurement: Measurement } | null;

/** The backbone's review: submitted values to approve or reject, and recently approved ones to reopen. */
export function ReviewPage({ allianceId }: { allianceId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useErrorMessage();
  const queue = useReviewQueue(allianceId);
  const indicators = useReportingIndicators(allianceId);
  const periods = useOpenPeriods(allianceId);
  const approved = useMeasurementsOfPeriods(allianceId, (periods.data ?? []).map((p) => p.id), { status: 'APPROVED' });
  const review = useReviewMeasurement(allianceId);
  const [asking, setAsking] = useState<Asking>(null);
  const conflict = useConflictState<Measurement, ReviewAction>();
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  // Decisions of this visit, shown at once: the lists also refresh from the server, but need not be waited for.
  const [decided, setDecided] = useState<Measurement[]>([]);
  const [filter, setFilter] = useState<ReviewFilter>(NO_FILTER);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const approveMany = useApproveMeasurements(allianceId);

  const indicatorOf = (m: Measurement) => indicators.data?.find((i) => i.id === m.indicatorId);
  const subject = (m: Measurement) => `${m.indicatorName}, ${m.organisation.name}`;

  function decide(action: ReviewAction, m: Measurement) {
    setNotice(null);
    setActionError(null);
    review.mutate(action, {
      onSuccess: (result) => {
        setDecided((prev) => [result, ...prev.filter((d) => d.id !== result.id)]);
        setAsking(null);
        setNotice(t(`reporting.review.done.${action.kind}`, { subject: subject(m) }));
        // The row leaves the list: keep keyboard focus on the news, not on the page's start.
        requestAnimationFrame(() => noticeRef.current?.focus());
      },
      onError: (error) => {
        if (isApiError(error, 'CONFLICT')) {
          setAsking(null);
          // One value per indicator, organisation and period: that filter finds it as stored now.
          const filter = { indicatorId: m.indicatorId, membershipId: m.membershipId, reportingPeriodId: m.reportingPeriodId };
          void conflict.show(measurementsQueryOptions(allianceId, filter), (list) => list.find((x) => x.id === m.id), action);
        } else if (action.kind === 'approve') setActionError(describe(error));
      },
    });
  }

  const waiting = queue.data?.nodes.filter((n) => !decided.some((d) => d.id === n.id && d.version > n.version)) ?? [];
  const shown = applyReviewFilter(waiting, filter);
  // Only what is selected and still shown is approved: a filter change never approves a hidden value.
  const chosen = shown.filter((m) => selected.has(m.id));

  function select(ids: string[], on: boolean) {
    setSelected((prev) => {
      const next = new Set(prev);
      for (const id of ids) (on ? next.add(id) : next.delete(id));
      return next;
    });
  }

  function approveChosen() {
    setNotice(null);
    setActionError(null);
    approveMany.mutate(
      chosen.map((m) => ({ measurementId: m.id, version: m.version })),
      {
        onSuccess: (results) => {
          setDecided((prev) => [...results, ...prev.filter((d) => !results.some((r) => r.id === d.id))]);
          setSelected(new Set());
          setNotice(t('reporting.review.done.approveMany', { count: results.length }));
          requestAnimationFrame(() => noticeRef.current?.focus());
        },
        onError: (error) => {
          // All or nothing: nothing was approved. A value changed meanwhile: show the queue as it is now.
          setActionError(isApiError(error, 'CONFLICT') ? t('reporting.review.approveManyConflict') : describe(error));
          if (isApiError(error, 'CONFLICT')) void queue.refetch();
        },
      },
    );
  }
  const header = <PageHeader title={t('reporting.review.title')} description={t('reporting.review.description')} />;
  const failed = queue.error ?? indicators.error;
  if (failed) {
    return (
      <div className="page">
        {header}
        <Alert tone="error" title={t('reporting.review.loadFailed')} actions={<Button size="sm" onClick={() => void queue.refetch()}>{t('common.retry')}</Button>}>
          {describe(failed)}
        </Alert>
      </div>
    );
  }

  return (
    <div className="page review">
      {header}
      <SuccessNotice ref={noticeRef} className="review__status" notice={notice} />
      {actionError ? (
        <Alert tone="error" title={t('reporting.review.failed')}>
          {actionError}
        </Alert>
      ) : null}

      <section className="reporting__section" aria-labelledby="review-queue">
        <h2 id="review-queue" className="reporting__heading">
          {t('reporting.review.queueTitle')}
          {queue.data ? <span className="reporting__count"> ({format.number(queue.data.totalCount)})</span> : null}
        </h2>
        {!queue.data || !indicators.data ? (
          <LoadingState label={t('reporting.review.loading')} />
        ) : waiting.length === 0 ? (
          <EmptyState icon="review" title={t('reporting.review.emptyTitle')}>
            {t('reporting.review.emptyText')}
          </EmptyState>
        ) : (
          <>
            <ReviewFilters items={waiting} value={filter} onChange={setFilter} />
            <div className="review__bulk">
              <p className="muted" aria-live="polite">
                {t('reporting.review.shown', { shown: shown.length, total: waiting.length })}
                {chosen.length > 0 ? ` · ${t('reporting.review.selected', { count: chosen.length })}` : ''}
              </p>
              <Button variant="primary" icon="check" disabled={chosen.length === 0} loading={approveMany.isPending} onClick={approveChosen}>
                {chosen.length === 0 ? t('reporting.review.approveSelectedNone') : t('reporting.review.approveSelected', { count: chosen.length })}
              </Button>
            </div>
            {shown.length === 0 ? (
              <p className="muted">{t('reporting.review.filter.none')}</p>
            ) : (
              <QueueTable
                allianceId={allianceId}
                items={shown}
                selected={selected}
                onSelect={select}
                indicatorOf={indicatorOf}
                busyId={review.isPending ? review.variables?.measurementId : undefined}
                onApprove={(m) => decide({ kind: 'approve', measurementId: m.id, version: m.version }, m)}
                onReject={(m) => {
                  review.reset();
                  setAsking({ kind: 'reject', measurement: m });
                }}
              />
            )}
          </>
        )}
        {queue.data && queue.data.totalCount > queue.data.nodes.length ? <p className="muted">{t('reporting.review.more', { count: queue.data.totalCount - queue.data.nodes.length })}</p> : null}
      </section>

      <section className="reporting__section" aria-labelledby="review-recent">
        <h2 id="review-recent" className="reporting__heading">
          {t('reporting.review.recentTitle')}
        </h2>
        <p className="muted">{t('reporting.review.recentHint')}</p>
        {approved.error ? (
          <Alert tone="error" title={t('reporting.review.loadFailed')}>
            {describe(approved.error)}
          </Alert>
        ) : !approved.data || !periods.data ? (
          <LoadingState label={t('reporting.review.loading')} />
        ) : (
          <RecentList
            items={recentlyReviewed(mergeDecided(approved.data, decided), 10)}
            indicatorOf={indicatorOf}
            onReopen={(m) => {
              review.reset();
              setAsking({ kind: 'reopen', measurement: m });
            }}
          />
        )}
      </section>

      <ReasonDialog
        open={asking !== null}
        title={asking?.kind === 'reopen' ? t('reporting.review.reopenDialog.title') : t('reporting.review.rejectDialog.title')}
        description={
          asking
            ? t('reporting.review.dialogDescription', {
                subject: subject(asking.measurement),
                period: periodLabel(asking.measurement.periodKey, t, format.language),
                value: formatMeasurementValue(asking.measurement, indicatorOf(asking.measurement), format),
              })
            : ''
        }
        hint={asking?.kind === 'reopen' ? t('reporting.review.reopenDialog.hint') : t('reporting.review.rejectDialog.hint')}
        submitLabel={asking?.kind === 'reopen' ? t('reporting.review.reopenDialog.submit') : t('reporting.review.rejectDialog.submit')}
        pending={review.isPending}
        error={review.isError && !isApiError(review.error, 'CONFLICT') ? describe(review.error) : null}
        onClose={() => setAsking(null)}
        onSubmit={(reason) => asking && decide({ kind: asking.kind, measurementId: asking.measurement.id, version: asking.measurement.version, reason }, asking.measurement)}
      />
      <ConflictDialog
        {...conflict.dialog({
          describe: (m) => {
            const args = { status: t(`reporting.status.${m.status}`), value: formatMeasurementValue(m, indicatorOf(m), format) };
            return m.reviewedAt
              ? t('reporting.review.stored.reviewed', { ...args, date: format.date(m.reviewedAt), name: m.reviewedByName ?? '–' })
              : t('reporting.review.stored.open', args);
          },
          reload: () => {
            void queue.refetch();
            void approved.refetch();
          },
          // Only while the value still waits for the same decision: one decided meanwhile is not decided again unseen.
          canReapply: (m, action) => m.status === (action.kind === 'reopen' ? 'APPROVED' : 'SUBMITTED'),
          reapply: (m, action) => decide({ ...action, version: m.version }, m),
        })}
      />
    </div>
  );
}

/** The server's approved values with this visit's decisions applied (the newer version of a value wins). */
function mergeDecided(fetched: Measurement[], decided: Measurement[]): Measurement[] {
  const byId = new Map(fetched.map((m) => [m.id, m]));
  for (const d of decided) byId.set(d.id, newer(byId.get(d.id), d) ?? d);
  return [...byId.values()].filter((m) => m.status === 'APPROVED');
}

function RecentList({ items, indicatorOf, onReopen }: { items: Measurement[]; indicatorOf: (m: Measurement) => ReportingIndicator | undefined; onReopen: (m: Measurement) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (items.length === 0) return <p className="muted">{t('reporting.review.recentEmpty')}</p>;
  return (
    <ul className="reviewed-list">
      {items.map((m) => (
        <li key={m.id} className="reviewed-list__item">
          <div className="reviewed-list__main">
            <span className="reviewed-list__name">
              {m.indicatorName} – {m.organisation.name}
            </span>
            <span className="muted">
              {periodLabel(m.periodKey, t, format.language)} · {formatMeasurementValue(m, indicatorOf(m), format)}
            </span>
          </div>
          <MeasurementStatusBadge state={m.status} />
          <p className="reviewed-list__meta muted">{t('reporting.reviewed.by', { date: format.dateTime(m.reviewedAt), name: m.reviewedByName ?? '–' })}</p>
          <Button size="sm" variant="ghost" onClick={() => onReopen(m)}>
            {t('reporting.review.reopen')}
            {' '}
            <span className="visually-hidden">– {m.indicatorName}, {m.organisation.name}</span>
          </Button>
        </li>
      ))}
    </ul>
  );
}
