import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AppShell } from '@/components/layouts/app-shell';
import { UserMenu } from '@/features/auth/components/user-menu';
import { GlossaryPage } from '@/features/help/components/glossary-page';

/** Help: the glossary of collective-impact terms, linked from every "?" beside a term. */
export function HelpRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <AppShell userMenu={<UserMenu onLoggedOut={() => void navigate('/login', { replace: true })} />}>
      <title>{`${t('help.glossary.title')} · ${t('common.appName')}`}</title>
      <GlossaryPage />
    </AppShell>
  );
}
