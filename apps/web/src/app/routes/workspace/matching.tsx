import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/page-header';
import { ConditionEyebrow } from '@/components/help/condition-eyebrow';
import { ActivitiesNav } from '@/features/activities/components/activities-nav';
import { MatchingView } from '@/features/matching/components/matching-view';
import { useActivityViewer } from './activities';
import { PageTitle } from './page-title';

export function MatchingRoute() {
  const { t } = useTranslation();
  const { alliance, viewer } = useActivityViewer();
  return (
    <div className="page">
      <PageTitle area={t('matching.title')} alliance={alliance.name} />
      <PageHeader eyebrow={<ConditionEyebrow text={t('activities.eyebrow')} />} title={t('matching.title')} description={t('matching.description')} />
      {viewer.role !== 'OBSERVER' ? <ActivitiesNav allianceId={alliance.id} kind={alliance.kind} /> : null}
      <MatchingView allianceId={alliance.id} viewer={viewer} />
    </div>
  );
}
