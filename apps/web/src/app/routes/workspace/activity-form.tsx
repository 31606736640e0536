import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ActivityFormPage } from '@/features/activities/components/activity-form-page';
import { useActivityViewer } from './activities';
import { PageTitle } from './page-title';

/** `activities/new` and `activities/:activityId/edit`. */
export function ActivityFormRoute() {
  const { t } = useTranslation();
  const { activityId } = useParams();
  const { alliance, viewer } = useActivityViewer();
  return (
    <>
      <PageTitle area={activityId ? t('activities.form.editTitle') : t('activities.form.createTitle')} alliance={alliance.name} />
      <ActivityFormPage key={activityId ?? 'new'} allianceId={alliance.id} viewer={viewer} activityId={activityId} />
    </>
  );
}
