import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConflictDialog } from '@/components/ui/conflict-dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useFormat } from '@/lib/i18n';
import { useReportingIndicators } from '../api/get-indicators';
import { useMeasurementsOfPeriods, type Measurement } from '../api/get-measurements';
import { useOpenPeriods } from '../api/get-open-periods';
import { useReviewQueue } from '../api/get-review-queue';
import { recentlyReviewed } from '../utils/due';
import { periodLabel } from '../utils/period-label';
import { mergeDecided, stillWaiting } from '../utils/review';
import { formatMeasurementValue } from '../utils/value';
import { ReasonDialog } from './reason-dialog';
import { RecentList } from './recent-reviewed-list';
import { applyReviewFilter, NO_FILTER, ReviewFilters, type ReviewFilter } from './review-filters';
import { QueueTable } from './review-queue-table';
import { SuccessNotice } from './success-notice';
import { useReviewDecisions } from './use-review-decisions';

/** The backbone's review: submitted values to approve or reject, and recently approved ones to reopen. */
export function ReviewPage({ allianceId }: { allianceId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useErrorMessage();
  const queue = useReviewQueue(allianceId);
  const indicators = useReportingIndicators(allianceId);
  const periods = useOpenPeriods(allianceId);
  const approved = useMeasurementsOfPeriods(
    allianceId,
    (periods.data ?? []).map((p) => p.id),
    { status: 'APPROVED' },
  );
  const decisions = useReviewDecisions(allianceId, { refetchQueue: () => void queue.refetch() });
  const { review, asking, conflict, subject } = decisions;
  const [filter, setFilter] = useState<ReviewFilter>(NO_FILTER);

  const indicatorOf = (m: Measurement) => indicators.data?.find((i) => i.id === m.indicatorId);
  const waiting = stillWaiting(queue.data?.nodes ?? [], decisions.decided);
  const shown = applyReviewFilter(waiting, filter);
  // Only what is selected and still shown is approved: a filter change never approves a hidden value.
  const chosen = shown.filter((m) => decisions.selected.has(m.id));

  const header = <PageHeader title={t('reporting.review.title')} description={t('reporting.review.description')} />;
  const failed = queue.error ?? indicators.error;
  if (failed) {
    return (
      <div className="page">
        {header}
        <Alert
          tone="error"
          title={t('reporting.review.loadFailed')}
          actions={
            <Button size="sm" onClick={() => void queue.refetch()}>
              {t('common.retry')}
            </Button>
          }
        >
          {describe(failed)}
        </Alert>
      </div>
    );
  }

  return (
    <div className="page review">
      {header}
      <SuccessNotice ref={decisions.noticeRef} className="review__status" notice={decisions.notice} />
      {decisions.actionError ? (
        <Alert tone="error" title={t('reporting.review.failed')}>
          {decisions.actionError}
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
              <Button
                variant="primary"
                icon="check"
                disabled={chosen.length === 0}
                loading={decisions.approveMany.isPending}
                onClick={() => decisions.approve(chosen)}
              >
                {chosen.length === 0 ? t('reporting.review.approveSelectedNone') : t('reporting.review.approveSelected', { count: chosen.length })}
              </Button>
            </div>
            {shown.length === 0 ? (
              <p className="muted">{t('reporting.review.filter.none')}</p>
            ) : (
              <QueueTable
                allianceId={allianceId}
                items={shown}
                selected={decisions.selected}
                onSelect={decisions.select}
                indicatorOf={indicatorOf}
                busyId={review.isPending ? review.variables?.measurementId : undefined}
                onApprove={(m) => decisions.decide({ kind: 'approve', measurementId: m.id, version: m.version }, m)}
                onReject={(m) => decisions.ask('reject', m)}
              />
            )}
          </>
        )}
        {queue.data && queue.data.totalCount > queue.data.nodes.length ? (
          <p className="muted">{t('reporting.review.more', { count: queue.data.totalCount - queue.data.nodes.length })}</p>
        ) : null}
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
            items={recentlyReviewed(mergeDecided(approved.data, decisions.decided), 10)}
            indicatorOf={indicatorOf}
            onReopen={(m) => decisions.ask('reopen', m)}
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
        onClose={decisions.closeAsking}
        onSubmit={(reason) =>
          asking &&
          decisions.decide({ kind: asking.kind, measurementId: asking.measurement.id, version: asking.measurement.version, reason }, asking.measurement)
        }
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
          reapply: (m, action) => decisions.decide({ ...action, version: m.version }, m),
        })}
      />
    </div>
  );
}
