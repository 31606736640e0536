import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ActivityDetail } from '@/features/activities/components/activity-detail';
import { useActivityViewer } from './activities';
import { PageTitle } from './page-title';

export function ActivityDetailRoute() {
  const { t } = useTranslation();
  const { activityId = '' } = useParams();
  const { alliance, viewer } = useActivityViewer();
  return (
    <>
      <PageTitle area={t('nav.activities')} alliance={alliance.name} />
      <ActivityDetail key={activityId} allianceId={alliance.id} activityId={activityId} viewer={viewer} />
    </>
  );
}
