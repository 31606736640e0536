import { useTranslation } from 'react-i18next';
import { ActivitiesOverview } from '@/features/activities/components/activities-overview';
import { useWorkspaceAlliance } from './layout';
import { PageTitle } from './page-title';

export function ActivitiesRoute() {
  const { t } = useTranslation();
  const alliance = useWorkspaceAlliance();
  return (
    <>
      <PageTitle area={t('nav.activities')} alliance={alliance.name} />
      <ActivitiesOverview />
    </>
  );
}
