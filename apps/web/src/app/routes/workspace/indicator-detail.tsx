import { useTranslation } from 'react-i18next';
import { useWorkspaceAlliance } from './layout';
import { PageTitle } from './page-title';

/** Placeholder until the indicators area is built. */
export function IndicatorDetailRoute() {
  const { t } = useTranslation();
  const alliance = useWorkspaceAlliance();
  return (
    <>
      <PageTitle area={t('nav.indicators')} alliance={alliance.name} />
      <div className="page">
        <h1 className="page-header__title">{t('nav.indicators')}</h1>
      </div>
    </>
  );
}
