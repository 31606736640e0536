import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppShell } from '@/components/layouts/app-shell';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { NotificationPreferences } from '@/features/account/components/notification-preferences';
import { PasswordSection } from '@/features/account/components/password-section';
import { PersonalDataSection } from '@/features/account/components/personal-data-section';
import { ProfileSection } from '@/features/account/components/profile-section';
import { SessionsSection } from '@/features/account/components/sessions-section';
import { TwoFactorSection } from '@/features/account/components/two-factor-section';
import { UserMenu } from '@/features/auth/components/user-menu';
import { ME_QUERY_KEY } from '@/lib/query-client';

/** The signed-in person's own account: name, language, password, second factor, sessions, data. */
export function AccountRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const erased = () => {
    client.clear();
    client.setQueryData(ME_QUERY_KEY, null);
    void navigate('/login', { replace: true });
  };
  return (
    <AppShell userMenu={<UserMenu onLoggedOut={() => void navigate('/login', { replace: true })} />}>
      <title>{`${t('account.title')} · ${t('common.appName')}`}</title>
      <div className="page page--narrow stack">
        <PageHeader
          title={t('account.title')}
          actions={
            <ButtonLink to="/alliances" icon="arrowLeft">
              {t('allianceSwitcher.all')}
            </ButtonLink>
          }
        />
        <ProfileSection />
        <PasswordSection />
        <TwoFactorSection />
        <NotificationPreferences />
        <SessionsSection />
        <PersonalDataSection onErased={erased} />
      </div>
    </AppShell>
  );
}
