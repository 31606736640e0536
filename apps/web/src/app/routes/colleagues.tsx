import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppShell } from '@/components/layouts/app-shell';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { UserMenu } from '@/features/auth/components/user-menu';
import { ColleaguesOverview } from '@/features/colleagues/components/colleagues-overview';

/** The people of the organisations the signed-in person administers. */
export function ColleaguesRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <AppShell userMenu={<UserMenu onLoggedOut={() => void navigate('/login', { replace: true })} />}>
      <title>{`${t('colleagues.title')} · ${t('common.appName')}`}</title>
      <div className="page page--narrow stack">
        <PageHeader
          title={t('colleagues.title')}
          actions={
            <ButtonLink to="/alliances" icon="arrowLeft">
              {t('allianceSwitcher.all')}
            </ButtonLink>
          }
        />
        <ColleaguesOverview />
      </div>
    </AppShell>
  );
}
