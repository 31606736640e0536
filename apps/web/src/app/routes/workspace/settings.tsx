import { useTranslation } from 'react-i18next';
import { SettingsPage } from '@/features/settings/components/settings-page';
import { useWorkspaceAlliance } from './layout';
import { PageTitle } from './page-title';

export function SettingsRoute() {
  const { t } = useTranslation();
  const alliance = useWorkspaceAlliance();
  return (
    <>
      <PageTitle area={t('nav.settings')} alliance={alliance.name} />
      <SettingsPage alliance={alliance} />
    </>
  );
}
