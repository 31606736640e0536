import { useTranslation } from 'react-i18next';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { RegisterForm } from '@/features/onboarding/components/register-form';

/** Public sign-up of an organisation (when the platform allows it). */
export function RegisterRoute() {
  const { t } = useTranslation();
  return (
    <AuthLayout title={t('onboarding.register.title')} description={t('onboarding.register.description')}>
      <title>{`${t('onboarding.register.title')} · ${t('common.appName')}`}</title>
      <RegisterForm />
    </AuthLayout>
  );
}
