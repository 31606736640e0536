import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { AppShell } from '@/components/layouts/app-shell';
import { PageHeader } from '@/components/ui/page-header';
import { UserMenu } from '@/features/auth/components/user-menu';
import { DeadLetters } from '@/features/platform/components/dead-letters';
import { useUser } from '@/lib/auth';

/** Platform administration: mails that could not be delivered. */
export function AdminMailRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data: user } = useUser();
  if (!user?.isPlatformAdmin) return <Navigate to="/" replace />;
  return (
    <AppShell userMenu={<UserMenu onLoggedOut={() => void navigate('/login', { replace: true })} />}>
      <title>{`${t('platform.deadLetters.title')} · ${t('common.appName')}`}</title>
      <div className="page">
        <PageHeader title={t('platform.deadLetters.title')} description={t('platform.deadLetters.description')} />
        <DeadLetters />
      </div>
    </AppShell>
  );
}
