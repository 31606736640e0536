import { FREQUENCIES, isPeriodKey, type FrequencyName } from '@gemeinwerk/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPeriodKey } from '@/components/charts/period-label';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ConflictDialog } from '@/components/ui/conflict-dialog';
import { useConflictState } from '@/components/ui/use-conflict-state';
import { Dialog } from '@/components/ui/dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { SelectField, TextField } from '@/components/ui/field';
import { DateField } from '@/components/ui/locale-inputs';
import { LoadingState } from '@/components/ui/spinner';
import { fieldError, useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useFormat } from '@/lib/i18n';
import { reportingPeriodsQueryOptions, useCloseReportingPeriod, useOpenReportingPeriod, useReportingPeriods, type ReportingPeriod } from '../api/reporting-periods';
import { examplePeriodKey } from '../utils/periods';
import { ReportingCompletenessDialog } from './reporting-completeness';
import { useConfirmVersioned } from './use-confirm-versioned';

/** Reporting periods with their state and deadline; the backbone opens, closes and reopens them. */
export function ReportingPeriods({ allianceId, canManage, opening, onOpenChange }: { allianceId: string; canManage: boolean; opening: boolean; onOpenChange: (open: boolean) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useErrorMessage();
  const periods = useReportingPeriods(allianceId);
  const close = useCloseReportingPeriod(allianceId);
  const reopen = useOpenReportingPeriod(allianceId);
  const conflict = useConflictState<ReportingPeriod>();
  const showConflict = (p: ReportingPeriod) => void conflict.show(reportingPeriodsQueryOptions(allianceId), (data) => data.nodes.find((x) => x.id === p.id), undefined);
  const closing = useConfirmVersioned(close, (p: ReportingPeriod) => ({ reportingPeriodId: p.id, version: p.version }), showConflict);
  const [openOnly, setOpenOnly] = useState(false);
  const [missingOf, setMissingOf] = useState<ReportingPeriod | null>(null);

  if (periods.isPending) return <LoadingState label={t('indicators.periods.loading')} />;
  if (periods.isError)
    return (
      <Alert tone="error" title={t('indicators.periods.loadFailed')} actions={<Button size="sm" onClick={() => void periods.refetch()}>{t('common.retry')}</Button>}>
        {describe(periods.error)}
      </Alert>
    );

  const label = (p: ReportingPeriod) => formatPeriodKey(p.periodKey, format.language);
  const shown = openOnly ? periods.data.nodes.filter((p) => p.state === 'OPEN') : periods.data.nodes;

  // Every change says so; a close offers to undo it (reopening, the same as the row's button).
  const closed = close.isSuccess ? periods.data.nodes.find((p) => p.id === close.variables?.reportingPeriodId) : undefined;
  const reopened = reopen.isSuccess ? periods.data.nodes.find((p) => p.periodKey === reopen.variables?.periodKey && p.frequency === reopen.variables.frequency) : undefined;
  const latest = closed && (!reopened || close.submittedAt > reopen.submittedAt) ? 'closed' : reopened ? 'reopened' : null;

  return (
    <>
      {latest === 'closed' && closed ? (
        <Alert
          tone="success"
          title={t('indicators.periods.closedNotice', { period: label(closed) })}
          actions={
            closed.state === 'CLOSED' ? (
              <Button size="sm" loading={reopen.isPending} onClick={() => reopen.mutate({ frequency: closed.frequency, periodKey: closed.periodKey, dueOn: closed.dueOn ?? null })}>
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
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('indicators.periods.caption', { count: shown.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('indicators.periods.columns.period')}</th>
                <th scope="col">{t('indicators.periods.columns.kind')}</th>
                <th scope="col">{t('indicators.periods.columns.state')}</th>
                <th scope="col">{t('indicators.periods.columns.due')}</th>
                <th scope="col" className="table__numeric table__optional">
                  {t('indicators.periods.columns.approved')}
                </th>
                {canManage ? (
                  <th scope="col">
                    <span className="visually-hidden">{t('indicators.periods.columns.actions')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {shown.map((p) => (
                <tr key={p.id}>
                  <th scope="row" className="table__primary">
                    {label(p)}
                    <span className="table__secondary">
                      {format.date(p.startsOn)} – {format.date(p.endsOn)}
                    </span>
                  </th>
                  <td>{t(`indicators.periodKinds.${p.frequency}`)}</td>
                  <td>
                    <Badge tone={p.state === 'OPEN' ? 'success' : 'neutral'}>{t(`indicators.periods.states.${p.state}`)}</Badge>
                  </td>
                  <td>{p.dueOn ? format.date(p.dueOn) : '–'}</td>
                  <td className="table__numeric table__optional">
                    {t('indicators.periods.approvedOf', { approved: format.number(p.counts.approved), expected: format.number(p.counts.expected) })}
                  </td>
                  {canManage ? (
                    <td className="table__actions">
                      {p.state === 'OPEN' ? (
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
                      )}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canManage ? <OpenPeriodDialog allianceId={allianceId} open={opening} onClose={() => onOpenChange(false)} /> : null}
      {canManage ? <ReportingCompletenessDialog allianceId={allianceId} period={missingOf} onClose={() => setMissingOf(null)} /> : null}
      <ConfirmDialog {...closing.dialog} title={t('indicators.periods.closeTitle')} confirmLabel={t('indicators.periods.closeConfirm')}>
        <div className="dialog__text">
          {closing.target ? t('indicators.periods.closeText', { period: label(closing.target) }) : null}
        </div>
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
          reapply: (p) => close.mutate({ reportingPeriodId: p.id, version: p.version }, { onError: (error) => (isApiError(error, 'CONFLICT') ? showConflict(p) : undefined) }),
        })}
      />
    </>
  );
}

function OpenPeriodDialog({ allianceId, open, onClose }: { allianceId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} title={t('indicators.periods.openTitle')} description={t('indicators.periods.openDescription')}>
      {open ? <OpenPeriodForm allianceId={allianceId} onDone={onClose} /> : null}
    </Dialog>
  );
}

function OpenPeriodForm({ allianceId, onDone }: { allianceId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useErrorMessage();
  const openPeriod = useOpenReportingPeriod(allianceId);
  const [frequency, setFrequency] = useState<FrequencyName>('YEARLY');
  const [periodKey, setPeriodKey] = useState('');
  const [dueOn, setDueOn] = useState<string | null>(null);
  const [dueInvalid, setDueInvalid] = useState(false);
  const [keyProblem, setKeyProblem] = useState<string | undefined>();
  const example = examplePeriodKey(frequency, new Date().getFullYear() + 1);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const key = periodKey.trim();
    if (!isPeriodKey(frequency, key)) return setKeyProblem(t('indicators.periods.keyInvalid', { example }));
    setKeyProblem(undefined);
    if (dueInvalid) return;
    openPeriod.mutate({ frequency, periodKey: key, dueOn }, { onSuccess: onDone });
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      {openPeriod.isError ? (
        <Alert tone="error" title={t('indicators.periods.openFailed')}>
          {describe(openPeriod.error)}
        </Alert>
      ) : null}
      <SelectField
        label={t('indicators.targets.kindLabel')}
        value={frequency}
        onChange={(e) => setFrequency(e.target.value as FrequencyName)}
        options={FREQUENCIES.map((f) => ({ value: f, label: t(`indicators.periodKinds.${f}`) }))}
      />
      <TextField
        label={t('indicators.targets.periodLabel')}
        hint={t('indicators.periods.keyHint', { example })}
        value={periodKey}
        onChange={(e) => setPeriodKey(e.target.value)}
        error={keyProblem ?? fieldError(t, openPeriod.error, 'periodKey')}
        autoComplete="off"
      />
      {/* Optional, but said in the hint so that the field's name stays exactly "Meldefrist". */}
      <DateField
        label={t('indicators.periods.due')}
        required={false}
        hint={t('indicators.periods.dueHint', { pattern: format.datePattern })}
        value={dueOn}
        onChange={(v, state) => {
          setDueOn(v);
          setDueInvalid(state === 'invalid');
        }}
        error={fieldError(t, openPeriod.error, 'dueOn')}
      />
      <div className="form__actions">
        <Button variant="ghost" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="primary" loading={openPeriod.isPending}>
          {t('indicators.periods.openSubmit')}
        </Button>
      </div>
    </form>
  );
}
