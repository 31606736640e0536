import { useTranslation } from 'react-i18next';
import { useWorkspaceAlliance } from './layout';
import { PageTitle } from './page-title';

/** Placeholder until the settings area is built. */
export function SettingsRoute() {
  const { t } = useTranslation();
  const alliance = useWorkspaceAlliance();
  return (
    <>
      <PageTitle area={t('nav.settings')} alliance={alliance.name} />
      <div className="page">
        <h1 className="page-header__title">{t('nav.settings')}</h1>
      </div>
    </>
  );
}
