import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { useUnsubscribe } from '../api/notifications';

/** The page behind the unsubscribe link in a mail: turns off that kind of mail at once, no login needed, and says so. */
export function UnsubscribeResult({ token }: { token: string }) {
  const { t } = useTranslation();
  const unsubscribe = useUnsubscribe();
  const { mutate } = unsubscribe;
  useEffect(() => mutate(token), [mutate, token]);
  if (unsubscribe.isError) return <Alert tone="error">{unsubscribe.error.message}</Alert>;
  if (!unsubscribe.data) return <Spinner />;
  return (
    <Alert
      tone="success"
      actions={
        <ButtonLink to="/account" size="sm">
          {t('notifications.unsubscribe.settings')}
        </ButtonLink>
      }
    >
      {t('notifications.unsubscribe.done', { kind: t(`notifications.kinds.${unsubscribe.data}.label`) })}
    </Alert>
  );
}
