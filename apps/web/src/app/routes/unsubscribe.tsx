import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { UnsubscribeResult } from '@/features/notifications/components/unsubscribe-result';

/** The unsubscribe link of a notification mail: /unsubscribe/<token>, no login needed. */
export function UnsubscribeRoute() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  return (
    <AuthLayout title={t('notifications.unsubscribe.title')}>
      <title>{`${t('notifications.unsubscribe.title')} · ${t('common.appName')}`}</title>
      <UnsubscribeResult token={token} />
    </AuthLayout>
  );
}
