import { useTranslation } from 'react-i18next';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { ForgotPasswordForm } from '@/features/auth/components/forgot-password-form';

export function ForgotPasswordRoute() {
  const { t } = useTranslation();
  return (
    <AuthLayout title={t('auth.forgot.title')} description={t('auth.forgot.description')}>
      <title>{`${t('auth.forgot.title')} · ${t('common.appName')}`}</title>
      <ForgotPasswordForm />
    </AuthLayout>
  );
}
