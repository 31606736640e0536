import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
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
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t('platform.deadLetters.caption', { count: letters.data.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('platform.deadLetters.to')}</th>
              <th scope="col">{t('platform.deadLetters.subject')}</th>
              <th scope="col">{t('platform.deadLetters.lastError')}</th>
              <th scope="col">{t('platform.deadLetters.deadAt')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('platform.deadLetters.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {letters.data.map((letter) => (
              <tr key={letter.id}>
                <th scope="row" className="table__primary">
                  {letter.toAddress}
                </th>
                <td>
                  {letter.subject}
                  <span className="table__secondary">{t('platform.deadLetters.attempts', { count: letter.attempts })}</span>
                </td>
                <td>{letter.lastError ?? '—'}</td>
                <td>{formatDateTime(letter.deadAt, language)}</td>
                <td>
                  <Button
                    size="sm"
                    onClick={() => requeue.mutate(letter.id)}
                    loading={requeue.isPending && requeue.variables === letter.id}
                    aria-label={t('platform.deadLetters.requeueFor', { to: letter.toAddress })}
                  >
                    {t('platform.deadLetters.requeue')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
