import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/page-header';
import { ExportMenu } from '@/components/ui/export-menu';
import { ActivitiesNav } from '@/features/activities/components/activities-nav';
import { ActivityMap } from '@/features/activities/components/activity-map';
import { useActivityViewer } from './activities';
import { PageTitle } from './page-title';
import { ConditionEyebrow } from '@/components/help/condition-eyebrow';

export function ActivityMapRoute() {
  const { t } = useTranslation();
  const { alliance, viewer } = useActivityViewer();
  return (
    <div className="page">
      <PageTitle area={t('activities.map.title')} alliance={alliance.name} />
      <PageHeader
        eyebrow={<ConditionEyebrow text={t('activities.eyebrow')} />}
        title={t('activities.map.title')}
        description={t('activities.map.description')}
        actions={viewer.role !== 'OBSERVER' ? <ExportMenu allianceId={alliance.id} list="activity-map" what={t('activities.map.title')} /> : undefined}
      />
      {viewer.role !== 'OBSERVER' ? <ActivitiesNav allianceId={alliance.id} kind={alliance.kind} /> : null}
      <ActivityMap allianceId={alliance.id} viewer={viewer} />
    </div>
  );
}
