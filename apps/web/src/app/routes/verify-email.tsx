import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { VerifyEmail } from '@/features/onboarding/components/verify-email';

/** The link from the verification mail: /verify-email/<token>. */
export function VerifyEmailRoute() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  return (
    <AuthLayout title={t('onboarding.verify.title')} description={t('onboarding.verify.description')}>
      <title>{`${t('onboarding.verify.title')} · ${t('common.appName')}`}</title>
      <VerifyEmail token={token} />
    </AuthLayout>
  );
}
