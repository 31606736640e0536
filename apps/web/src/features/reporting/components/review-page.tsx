import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConflictDialog } from '@/components/ui/conflict-dialog';
import { Dialog } from '@/components/ui/dialog';
import { useConflictState } from '@/components/ui/use-conflict-state';
import { EmptyState } from '@/components/ui/empty-state';
import { Icon } from '@/components/ui/icon';
import { PageHeader } from '@/components/ui/page-header';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useFormat } from '@/lib/i18n';
import { useReportingIndicators, type ReportingIndicator } from '../api/get-indicators';
import { measurementsQueryOptions, useMeasurementsOfPeriods, type Measurement } from '../api/get-measurements';
import { useOpenPeriods } from '../api/get-open-periods';
import { useReviewQueue, type QueuedMeasurement } from '../api/get-review-queue';
import { useReviewMeasurement, type ReviewAction } from '../api/review-measurement';
import { recentlyReviewed } from '../utils/due';
import { newer } from '../utils/measurement';
import { warningText } from '../utils/plausibility';
import { periodLabel } from '../utils/period-label';
import { formatAmount, formatMeasurementValue } from '../utils/value';
import { MeasurementStatusBadge } from './measurement-status-badge';
import { OverlapsSection } from './overlaps-section';
import { ReasonDialog } from './reason-dialog';
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
          <QueueTable
            allianceId={allianceId}
            items={waiting}
            indicatorOf={indicatorOf}
            busyId={review.isPending ? review.variables?.measurementId : undefined}
            onApprove={(m) => decide({ kind: 'approve', measurementId: m.id, version: m.version }, m)}
            onReject={(m) => {
              review.reset();
              setAsking({ kind: 'reject', measurement: m });
            }}
          />
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

function QueueTable({
  allianceId,
  items,
  indicatorOf,
  busyId,
  onApprove,
  onReject,
}: {
  allianceId: string;
  items: QueuedMeasurement[];
  indicatorOf: (m: Measurement) => ReportingIndicator | undefined;
  busyId: string | undefined;
  onApprove: (m: Measurement) => void;
  onReject: (m: Measurement) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  // The value whose overlaps the backbone is editing (read from `items`, so it stays current).
  const [overlapsOf, setOverlapsOf] = useState<string | null>(null);
  const editing = items.find((m) => m.id === overlapsOf);
  const editingIndicator = editing ? indicatorOf(editing) : undefined;
  return (
    <div className="table-wrap">
      <table className="table review-table">
        <caption className="visually-hidden">{t('reporting.review.caption', { count: items.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reporting.columns.indicatorPeriod')}</th>
            <th scope="col">{t('reporting.columns.organisation')}</th>
            <th scope="col" className="table__numeric">
              {t('reporting.columns.value')}
            </th>
            <th scope="col" className="table__numeric">
              {t('reporting.columns.previous')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('reporting.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((m) => {
            const indicator = indicatorOf(m);
            const before = m.previous;
            const name = `${m.indicatorName}, ${m.organisation.name}`;
            return (
              <tr key={m.id}>
                <th scope="row" className="table__primary">
                  {m.indicatorName}
                  <span className="table__secondary">{periodLabel(m.periodKey, t, format.language)}</span>
                  {m.note ? <span className="table__secondary">{t('reporting.review.note', { note: m.note })}</span> : null}
                </th>
                <td>
                  {m.organisation.name}
                  <span className="table__secondary">{t('reporting.review.submittedOn', { date: format.date(m.submittedAt), name: m.submittedByName ?? '–' })}</span>
                </td>
                <td className="table__numeric">
                  <strong>{formatMeasurementValue(m, indicator, format)}</strong>
                  {m.parts.length > 0 ? (
                    <span className="table__secondary">{m.parts.map((p) => `${p.categoryName}: ${format.number(p.value)}`).join(' · ')}</span>
                  ) : null}
                  {m.overlaps.length > 0 ? (
                    <span className="table__secondary">
                      {t('reporting.review.overlaps', {
                        list: m.overlaps
                          .map((o) => {
                            const item = t('reporting.review.overlapItem', { amount: formatAmount(o.amount, indicator, format), organisation: o.otherOrganisationName });
                            return o.note ? `${item} (${o.note})` : item;
                          })
                          .join(' · '),
                      })}
                    </span>
                  ) : null}
                </td>
                <td className="table__numeric">
                  {before ? (
                    <>
                      {formatMeasurementValue(before, indicator, format)}
                      <span className="table__secondary">
                        {periodLabel(before.periodKey, t, format.language)}
                        {before.status !== 'APPROVED' ? ` · ${t(`reporting.status.${before.status}`)}` : null}
                      </span>
                    </>
                  ) : (
                    <span className="muted">{t('reporting.review.noPrevious')}</span>
                  )}
                  {m.warnings.map((w) => (
                    <span key={`${w.code}-${w.field}`} className="review-table__warning">
                      <Icon name="alert" size={16} /> {warningText(t, (n) => format.number(n, { maximumFractionDigits: 4 }), w)}
                    </span>
                  ))}
                </td>
                <td className="table__actions">
                  <div className="review-table__actions">
                    <Button size="sm" variant="primary" icon="check" loading={busyId === m.id} onClick={() => onApprove(m)}>
                      {t('reporting.review.approve')}
                      {' '}
                      <span className="visually-hidden">– {name}</span>
                    </Button>
                    <Button size="sm" variant="danger" onClick={() => onReject(m)} disabled={busyId === m.id}>
                      {t('reporting.review.reject')}
                      {' '}
                      <span className="visually-hidden">– {name}</span>
                    </Button>
                    {indicator?.aggregation === 'SUM' ? (
                      <Button size="sm" variant="ghost" onClick={() => setOverlapsOf(m.id)}>
                        {t('reporting.review.editOverlaps')}
                        {' '}
                        <span className="visually-hidden">– {name}</span>
                      </Button>
                    ) : null}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Dialog
        open={editing !== undefined && editingIndicator !== undefined}
        onClose={() => setOverlapsOf(null)}
        title={editing ? t('reporting.review.overlapsTitle', { subject: `${editing.indicatorName}, ${editing.organisation.name}` }) : ''}
        description={editing ? t('reporting.review.overlapsDescription', { value: formatMeasurementValue(editing, editingIndicator, format) }) : undefined}
        footer={
          <Button variant="ghost" onClick={() => setOverlapsOf(null)}>
            {t('reporting.review.overlapsClose')}
          </Button>
        }
      >
        {editing && editingIndicator ? (
          <OverlapsSection allianceId={allianceId} membershipId={editing.membershipId} indicator={editingIndicator} measurement={editing} anyState headingLevel={3} />
        ) : null}
      </Dialog>
    </div>
  );
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
