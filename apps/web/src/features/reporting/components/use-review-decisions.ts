import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConflictState } from '@/components/ui/use-conflict-state';
import { useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { measurementsQueryOptions, type Measurement } from '../api/get-measurements';
import { useApproveMeasurements, useReviewMeasurement, type ReviewAction } from '../api/review-measurement';
import { toggled } from '../utils/review';

export type Asking = { kind: 'reject' | 'reopen'; measurement: Measurement } | null;

/**
 * The backbone's decisions on the review page: one value approved, rejected or reopened (with the
 * reason dialog and the conflict flow), the selection approved in bulk, and the news of both.
 */
export function useReviewDecisions(allianceId: string, { refetchQueue }: { refetchQueue: () => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const review = useReviewMeasurement(allianceId);
  const approveMany = useApproveMeasurements(allianceId);
  const [asking, setAsking] = useState<Asking>(null);
  const conflict = useConflictState<Measurement, ReviewAction>();
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  // Decisions of this visit, shown at once: the lists also refresh from the server, but need not be waited for.
  const [decided, setDecided] = useState<Measurement[]>([]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

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

  /** Asks for the reason of a rejection or a reopening. */
  function ask(kind: 'reject' | 'reopen', measurement: Measurement) {
    review.reset();
    setAsking({ kind, measurement });
  }

  /** Approves the chosen values, all or nothing. */
  function approve(chosen: Measurement[]) {
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
          if (isApiError(error, 'CONFLICT')) refetchQueue();
        },
      },
    );
  }

  return {
    review,
    approveMany,
    decide,
    ask,
    asking,
    closeAsking: () => setAsking(null),
    approve,
    conflict,
    decided,
    selected,
    select: (ids: string[], on: boolean) => setSelected((prev) => toggled(prev, ids, on)),
    notice,
    noticeRef,
    actionError,
    subject,
  };
}
