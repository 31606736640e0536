import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { ResetPasswordForm } from '@/features/auth/components/reset-password-form';

/** The link from the reset mail: /reset-password/<token>. */
export function ResetPasswordRoute() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  return (
    <AuthLayout title={t('auth.reset.title')} description={t('auth.reset.description')}>
      <title>{`${t('auth.reset.title')} · ${t('common.appName')}`}</title>
      <ResetPasswordForm token={token} />
    </AuthLayout>
  );
}
