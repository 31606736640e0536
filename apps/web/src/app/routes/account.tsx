import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppShell } from '@/components/layouts/app-shell';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { NotificationPreferences } from '@/features/account/components/notification-preferences';
import { TwoFactorSection } from '@/features/account/components/two-factor-section';
import { UserMenu } from '@/features/auth/components/user-menu';

/** The signed-in person's own account: for now, the second factor. */
export function AccountRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <AppShell userMenu={<UserMenu onLoggedOut={() => void navigate('/login', { replace: true })} />}>
      <title>{`${t('account.title')} · ${t('common.appName')}`}</title>
      <div className="page page--narrow">
        <PageHeader
          title={t('account.title')}
          actions={
            <ButtonLink to="/alliances" icon="arrowLeft">
              {t('allianceSwitcher.all')}
            </ButtonLink>
          }
        />
        <TwoFactorSection />
        <NotificationPreferences />
      </div>
    </AppShell>
  );
}
