import { useTranslation } from 'react-i18next';
import { useWorkspaceAlliance } from './layout';
import { PageTitle } from './page-title';

/** Placeholder until the reporting area is built. */
export function ReportingRoute() {
  const { t } = useTranslation();
  const alliance = useWorkspaceAlliance();
  return (
    <>
      <PageTitle area={t('nav.reporting')} alliance={alliance.name} />
      <div className="page">
        <h1 className="page-header__title">{t('nav.reporting')}</h1>
      </div>
    </>
  );
}
