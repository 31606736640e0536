import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConflictDialog } from '@/components/ui/conflict-dialog';
import { useConflictState } from '@/components/ui/use-conflict-state';
import { TextAreaField } from '@/components/ui/field';
import { useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useFormat } from '@/lib/i18n';
import { logEntryQueryOptions, type LogEntryDetail } from '../api/get-log-entry';
import { useReopenConflict } from '../api/reopen-conflict';
import { useResolveConflict } from '../api/resolve-conflict';
import { ConflictStateBadge } from './entry-type';

/** A CONFLICT entry's state: how it was resolved, or a form to record the resolution. */
export function ConflictPanel({ allianceId, entry, refetch }: { allianceId: string; entry: LogEntryDetail; refetch: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useErrorMessage();
  const resolve = useResolveConflict(allianceId);
  const reopen = useReopenConflict(allianceId);
  const [resolution, setResolution] = useState('');
  const [missing, setMissing] = useState(false);
  // The attempt: the resolution the user recorded, or null for reopening.
  const conflict = useConflictState<LogEntryDetail, string | null>();
  const onErrorOf = (attempt: string | null) => (error: Error) =>
    isApiError(error, 'CONFLICT') ? void conflict.show(logEntryQueryOptions(allianceId, entry.id), (stored) => stored, attempt) : undefined;
  const send = (attempt: string | null, version: number) =>
    attempt === null
      ? reopen.mutate({ logEntryId: entry.id, version }, { onError: onErrorOf(null) })
      : resolve.mutate({ logEntryId: entry.id, resolution: attempt, version }, { onError: onErrorOf(attempt), onSuccess: () => setResolution('') });
  const failed = [resolve, reopen].find((m) => m.isError && !isApiError(m.error, 'CONFLICT'));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!resolution.trim()) return setMissing(true);
    send(resolution.trim(), entry.version);
  };

  return (
    <section className="card log-conflict" aria-labelledby="conflict-title">
      <div className="log-section-head">
        <h2 id="conflict-title" className="section__title">
          {t('communication.conflict.title')}
        </h2>
        {entry.conflictState ? <ConflictStateBadge state={entry.conflictState} /> : null}
      </div>
      {failed ? (
        <Alert tone="error" title={t('communication.conflict.failed')}>
          {describe(failed.error)}
        </Alert>
      ) : null}
      {entry.conflictState === 'RESOLVED' ? (
        <>
          <p className="muted">{t('communication.conflict.resolvedOn', { date: format.date(entry.resolvedAt) })}</p>
          <p className="prose">{entry.resolution}</p>
          {entry.canEdit ? (
            <div>
              <Button onClick={() => send(null, entry.version)} loading={reopen.isPending}>
                {t('communication.conflict.reopen')}
              </Button>
            </div>
          ) : null}
        </>
      ) : entry.canEdit ? (
        <form className="form" onSubmit={submit} noValidate>
          <TextAreaField
            label={t('communication.conflict.resolution')}
            hint={t('communication.conflict.resolutionHint')}
            rows={3}
            value={resolution}
            onChange={(e) => {
              setResolution(e.target.value);
              setMissing(false);
            }}
            error={missing ? t('fieldErrors.required') : undefined}
          />
          <div className="form__actions form__actions--start">
            <Button type="submit" variant="primary" icon="check" loading={resolve.isPending}>
              {t('communication.conflict.resolve')}
            </Button>
          </div>
        </form>
      ) : (
        <p className="muted">{t('communication.conflict.openText')}</p>
      )}
      <ConflictDialog
        {...conflict.dialog({
          describe: (stored) =>
            stored.conflictState === 'RESOLVED'
              ? `${t('communication.conflict.resolvedOn', { date: format.date(stored.resolvedAt) })} ${stored.resolution ?? ''}`
              : t(`communication.conflictStates.${stored.conflictState ?? 'OPEN'}`),
          mine: (attempt) => attempt ?? t('communication.conflictStates.OPEN'),
          reload: refetch,
          // Resolving what is still open (or reopening what is still resolved); otherwise someone did it already.
          canReapply: (stored, attempt) => (stored.conflictState === 'RESOLVED') === (attempt === null),
          reapply: (stored, attempt) => send(attempt, stored.version),
        })}
      />
    </section>
  );
}
