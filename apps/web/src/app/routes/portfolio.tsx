import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppShell } from '@/components/layouts/app-shell';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { UserMenu } from '@/features/auth/components/user-menu';
import { FundingPortfolio } from '@/features/dashboard/components/funding-portfolio';

/** The funder's portfolio across the alliances its organisation funds. */
export function PortfolioRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <AppShell userMenu={<UserMenu onLoggedOut={() => void navigate('/login', { replace: true })} />}>
      <title>{`${t('nav.portfolio')} · ${t('common.appName')}`}</title>
      <div className="page">
        <PageHeader
          eyebrow={t('dashboard.portfolio.eyebrow')}
          title={t('nav.portfolio')}
          description={t('dashboard.portfolio.description')}
          actions={
            <ButtonLink to="/alliances" icon="arrowLeft">
              {t('allianceSwitcher.all')}
            </ButtonLink>
          }
        />
        <FundingPortfolio />
      </div>
    </AppShell>
  );
}
