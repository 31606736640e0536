import { useTranslation } from 'react-i18next';
import { PlannedArea } from '@/components/ui/planned-area';

/** Continuous communication: meetings, decisions, action items (filled in with the log API). */
export function CommunicationLog() {
  const { t } = useTranslation();
  return (
    <PlannedArea
      icon="log"
      eyebrow={t('areas.communication.eyebrow')}
      title={t('areas.communication.title')}
      description={t('areas.communication.description')}
      emptyTitle={t('areas.communication.emptyTitle')}
      emptyText={t('areas.communication.emptyText')}
      plannedHeading={t('areas.plannedHeading')}
      planned={t('areas.communication.planned', { returnObjects: true }) as string[]}
    />
  );
}
