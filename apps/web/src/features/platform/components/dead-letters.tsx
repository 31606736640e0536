import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { currentLanguage } from '@/lib/i18n';
import { formatDateTime } from '@/lib/i18n/format';
import { useDeadLetters } from '../api/get-dead-letters';
import { useRequeueDeadLetter } from '../api/requeue-dead-letter';

/** Mails given up on after every attempt, for the platform administrator: who, what, why, and "try again". */
export function DeadLetters() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const letters = useDeadLetters();
  const requeue = useRequeueDeadLetter();
  const language = currentLanguage();

  if (letters.isPending) return <LoadingState />;
  if (letters.isError)
    return (
      <Alert tone="error" title={t('platform.deadLetters.loadFailed')}>
        {describe(letters.error)}
      </Alert>
    );
  if (!letters.data.length) {
    return (
      <EmptyState icon="success" title={t('platform.deadLetters.emptyTitle')}>
        {t('platform.deadLetters.empty')}
      </EmptyState>
    );
  }
  return (
    <>
      {requeue.isError ? (
        <Alert tone="error" title={t('platform.deadLetters.requeueFailed')}>
          {describe(requeue.error)}
        </Alert>
      ) : null}
      {requeue.isSuccess ? <Alert tone="success">{t('platform.deadLetters.requeued')}</Alert> : null}
      <DataTable
        caption={t('platform.deadLetters.caption', { count: letters.data.length })}
        rows={letters.data}
        rowKey={(letter) => letter.id}
        columns={[
          { key: 'to', header: t('platform.deadLetters.to'), rowHeader: true, cellClassName: 'table__primary', cell: (letter) => letter.toAddress },
          {
            key: 'subject',
            header: t('platform.deadLetters.subject'),
            cell: (letter) => (
              <>
                {letter.subject}
                <span className="table__secondary">{t('platform.deadLetters.attempts', { count: letter.attempts })}</span>
              </>
            ),
          },
          { key: 'error', header: t('platform.deadLetters.lastError'), cell: (letter) => letter.lastError ?? '—' },
          { key: 'dead', header: t('platform.deadLetters.deadAt'), cell: (letter) => formatDateTime(letter.deadAt, language) },
          {
            key: 'actions',
            header: t('platform.deadLetters.actions'),
            headerHidden: true,
            cell: (letter) => (
              <Button
                size="sm"
                onClick={() => requeue.mutate(letter.id)}
                loading={requeue.isPending && requeue.variables === letter.id}
                aria-label={t('platform.deadLetters.requeueFor', { to: letter.toAddress })}
              >
                {t('platform.deadLetters.requeue')}
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}
