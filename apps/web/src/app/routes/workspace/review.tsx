import { useTranslation } from 'react-i18next';
import { useWorkspaceAlliance } from './layout';
import { PageTitle } from './page-title';

/** Placeholder until the review area is built. */
export function ReviewRoute() {
  const { t } = useTranslation();
  const alliance = useWorkspaceAlliance();
  return (
    <>
      <PageTitle area={t('nav.review')} alliance={alliance.name} />
      <div className="page">
        <h1 className="page-header__title">{t('nav.review')}</h1>
      </div>
    </>
  );
}
