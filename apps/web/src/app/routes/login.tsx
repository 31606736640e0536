import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { AuthLayout } from '@/components/layouts/auth-layout';
import { LoadingState } from '@/components/ui/spinner';
import { LoginForm } from '@/features/auth/components/login-form';
import { usePlatformSettings } from '@/features/onboarding/api/platform-settings';
import { safeRedirect, useUser } from '@/lib/auth';

export function LoginRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const redirect = safeRedirect(params.get('redirect'));
  const user = useUser();
  // The way to sign up shows only when the platform takes self-registrations.
  const settings = usePlatformSettings();

  if (user.isPending) return <LoadingState />;
  if (user.data) return <Navigate to={redirect} replace />;

  return (
    <AuthLayout title={t('auth.login.title')} description={t('auth.login.description')}>
      <title>{`${t('auth.login.title')} · ${t('common.appName')}`}</title>
      <LoginForm onSuccess={() => void navigate(redirect, { replace: true })} />
      {settings.data?.registrationOpen ? (
        <p className="auth__register">
          <Link to="/register">{t('auth.login.register')}</Link>
        </p>
      ) : null}
    </AuthLayout>
  );
}
