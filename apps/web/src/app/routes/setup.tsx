import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { PlatformSetupForm } from '@/features/auth/components/platform-setup-form';

/** The one-time link a new installation prints: /setup/<token>. */
export function SetupRoute() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const navigate = useNavigate();
  return (
    <AuthLayout title={t('auth.setup.title')} description={t('auth.setup.description')}>
      <title>{`${t('auth.setup.title')} · ${t('common.appName')}`}</title>
      <PlatformSetupForm token={token} onDone={() => void navigate('/', { replace: true })} />
    </AuthLayout>
  );
}
