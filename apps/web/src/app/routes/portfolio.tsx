import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppShell } from '@/components/layouts/app-shell';
import { UserMenu } from '@/features/auth/components/user-menu';

/** The funder's portfolio across alliances (placeholder until built). */
export function PortfolioRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <AppShell userMenu={<UserMenu onLoggedOut={() => void navigate('/login', { replace: true })} />}>
      <div className="page">
        <h1 className="page-header__title">{t('nav.portfolio')}</h1>
      </div>
    </AppShell>
  );
}
