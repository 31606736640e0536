import { useTranslation } from 'react-i18next';
import { PlannedArea } from '@/components/ui/planned-area';

/** Mutually reinforcing activities of the members and the activity map (filled in with the activities API). */
export function ActivitiesOverview() {
  const { t } = useTranslation();
  return (
    <PlannedArea
      icon="activities"
      eyebrow={t('areas.activities.eyebrow')}
      title={t('areas.activities.title')}
      description={t('areas.activities.description')}
      emptyTitle={t('areas.activities.emptyTitle')}
      emptyText={t('areas.activities.emptyText')}
      plannedHeading={t('areas.plannedHeading')}
      planned={t('areas.activities.planned', { returnObjects: true }) as string[]}
    />
  );
}
