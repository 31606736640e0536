import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPeriodKey } from '@/components/charts/period-label';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ConflictDialog } from '@/components/ui/conflict-dialog';
import { DataTable } from '@/components/ui/data-table';
import { useConflictState } from '@/components/ui/use-conflict-state';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useFormat } from '@/lib/i18n';
import {
  reportingPeriodsQueryOptions,
  useCloseReportingPeriod,
  useOpenReportingPeriod,
  useReportingPeriods,
  type ReportingPeriod,
} from '../api/reporting-periods';
import { OpenPeriodDialog } from './open-period-dialog';
import { ReportingCompletenessDialog } from './reporting-completeness';
import { useConfirmVersioned } from './use-confirm-versioned';

/** Reporting periods with their state and deadline; the backbone opens, closes and reopens them. */
export function ReportingPeriods({
  allianceId,
  canManage,
  opening,
  onOpenChange,
}: {
  allianceId: string;
  canManage: boolean;
  opening: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useErrorMessage();
  const periods = useReportingPeriods(allianceId);
  const close = useCloseReportingPeriod(allianceId);
  const reopen = useOpenReportingPeriod(allianceId);
  const conflict = useConflictState<ReportingPeriod>();
  const showConflict = (p: ReportingPeriod) =>
    void conflict.show(reportingPeriodsQueryOptions(allianceId), (data) => data.nodes.find((x) => x.id === p.id), undefined);
  const closing = useConfirmVersioned(close, (p: ReportingPeriod) => ({ reportingPeriodId: p.id, version: p.version }), showConflict);
  const [openOnly, setOpenOnly] = useState(false);
  const [missingOf, setMissingOf] = useState<ReportingPeriod | null>(null);

  if (periods.isPending) return <LoadingState label={t('indicators.periods.loading')} />;
  if (periods.isError)
    return (
      <Alert
        tone="error"
        title={t('indicators.periods.loadFailed')}
        actions={
          <Button size="sm" onClick={() => void periods.refetch()}>
            {t('common.retry')}
          </Button>
        }
      >
        {describe(periods.error)}
      </Alert>
    );

  const label = (p: ReportingPeriod) => formatPeriodKey(p.periodKey, format.language);
  const shown = openOnly ? periods.data.nodes.filter((p) => p.state === 'OPEN') : periods.data.nodes;

  // Every change says so; a close offers to undo it (reopening, the same as the row's button).
  const closed = close.isSuccess ? periods.data.nodes.find((p) => p.id === close.variables?.reportingPeriodId) : undefined;
  const reopened = reopen.isSuccess
    ? periods.data.nodes.find((p) => p.periodKey === reopen.variables?.periodKey && p.frequency === reopen.variables.frequency)
    : undefined;
  const latest = closed && (!reopened || close.submittedAt > reopen.submittedAt) ? 'closed' : reopened ? 'reopened' : null;

  return (
    <>
      {latest === 'closed' && closed ? (
        <Alert
          tone="success"
          title={t('indicators.periods.closedNotice', { period: label(closed) })}
          actions={
            closed.state === 'CLOSED' ? (
              <Button
                size="sm"
                loading={reopen.isPending}
                onClick={() => reopen.mutate({ frequency: closed.frequency, periodKey: closed.periodKey, dueOn: closed.dueOn ?? null })}
              >
                {t('indicators.periods.undoClose')}
              </Button>
            ) : undefined
          }
        >
          {t('indicators.periods.closedText')}
        </Alert>
      ) : null}
      {latest === 'reopened' && reopened ? <Alert tone="success" title={t('indicators.periods.reopenedNotice', { period: label(reopened) })} /> : null}
      {close.isError && !isApiError(close.error, 'CONFLICT') && !closing.target ? (
        <Alert tone="error" title={t('indicators.periods.closeFailed')}>
          {describe(close.error)}
        </Alert>
      ) : null}
      {reopen.isError ? (
        <Alert tone="error" title={t('indicators.periods.reopenFailed')}>
          {describe(reopen.error)}
        </Alert>
      ) : null}
      {periods.data.nodes.length > 0 ? (
        <div className="toolbar toolbar--start">
          <label className="checkbox">
            <input type="checkbox" checked={openOnly} onChange={(e) => setOpenOnly(e.target.checked)} />
            <span>{t('indicators.periods.openOnly')}</span>
          </label>
        </div>
      ) : null}
      {periods.data.nodes.length === 0 ? (
        <EmptyState icon="calendar" title={t('indicators.periods.emptyTitle')}>
          {t('indicators.periods.emptyText')}
        </EmptyState>
      ) : (
        <DataTable
          cards
          caption={t('indicators.periods.caption', { count: shown.length })}
          rows={shown}
          rowKey={(p) => p.id}
          columns={[
            {
              key: 'period',
              header: t('indicators.periods.columns.period'),
              rowHeader: true,
              className: 'table__primary',
              cell: (p) => (
                <>
                  {label(p)}
                  <span className="table__secondary">
                    {format.date(p.startsOn)} – {format.date(p.endsOn)}
                  </span>
                </>
              ),
            },
            { key: 'kind', header: t('indicators.periods.columns.kind'), cell: (p) => t(`indicators.periodKinds.${p.frequency}`) },
            {
              key: 'state',
              header: t('indicators.periods.columns.state'),
              cell: (p) => <Badge tone={p.state === 'OPEN' ? 'success' : 'neutral'}>{t(`indicators.periods.states.${p.state}`)}</Badge>,
            },
            { key: 'due', header: t('indicators.periods.columns.due'), cell: (p) => (p.dueOn ? format.date(p.dueOn) : '–') },
            {
              key: 'approved',
              header: t('indicators.periods.columns.approved'),
              className: 'table__numeric table__optional',
              cell: (p) => t('indicators.periods.approvedOf', { approved: format.number(p.counts.approved), expected: format.number(p.counts.expected) }),
            },
            canManage && {
              key: 'actions',
              header: t('indicators.periods.columns.actions'),
              headerHidden: true,
              cellClassName: 'table__actions',
              cell: (p) =>
                p.state === 'OPEN' ? (
                  <>
                    <Button size="sm" variant="ghost" onClick={() => setMissingOf(p)}>
                      {t('indicators.completeness.open')} <span className="visually-hidden">– {label(p)}</span>
                    </Button>
                    <Button size="sm" variant="ghost" onClick={() => closing.ask(p)}>
                      {t('indicators.periods.close')} <span className="visually-hidden">– {label(p)}</span>
                    </Button>
                  </>
                ) : (
                  <Button
                    size="sm"
                    variant="ghost"
                    loading={reopen.isPending && reopen.variables?.periodKey === p.periodKey && reopen.variables.frequency === p.frequency}
                    onClick={() => reopen.mutate({ frequency: p.frequency, periodKey: p.periodKey, dueOn: p.dueOn ?? null })}
                  >
                    {t('indicators.periods.reopen')} <span className="visually-hidden">– {label(p)}</span>
                  </Button>
                ),
            },
          ]}
        />
      )}
      {canManage ? <OpenPeriodDialog allianceId={allianceId} open={opening} onClose={() => onOpenChange(false)} /> : null}
      {canManage ? <ReportingCompletenessDialog allianceId={allianceId} period={missingOf} onClose={() => setMissingOf(null)} /> : null}
      <ConfirmDialog {...closing.dialog} title={t('indicators.periods.closeTitle')} confirmLabel={t('indicators.periods.closeConfirm')}>
        <div className="dialog__text">{closing.target ? t('indicators.periods.closeText', { period: label(closing.target) }) : null}</div>
      </ConfirmDialog>
      <ConflictDialog
        {...conflict.dialog({
          describe: (p) =>
            p.state === 'CLOSED'
              ? t('indicators.periods.storedClosed', { date: format.date(p.closedAt) })
              : p.dueOn
                ? t('indicators.periods.storedOpen', { due: format.date(p.dueOn) })
                : t('indicators.periods.storedOpenNoDue'),
          reload: () => {
            close.reset();
            void periods.refetch();
          },
          // Closed meanwhile: nothing left to close.
          canReapply: (p) => p.state === 'OPEN',
          reapply: (p) =>
            close.mutate(
              { reportingPeriodId: p.id, version: p.version },
              { onError: (error) => (isApiError(error, 'CONFLICT') ? showConflict(p) : undefined) },
            ),
        })}
      />
    </>
  );
}
