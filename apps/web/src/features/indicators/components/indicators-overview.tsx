import { useTranslation } from 'react-i18next';
import { PlannedArea } from '@/components/ui/planned-area';

/** Shared measurement: indicators, targets and reported measurements (filled in with the indicators API). */
export function IndicatorsOverview() {
  const { t } = useTranslation();
  return (
    <PlannedArea
      icon="indicators"
      eyebrow={t('areas.indicators.eyebrow')}
      title={t('areas.indicators.title')}
      description={t('areas.indicators.description')}
      emptyTitle={t('areas.indicators.emptyTitle')}
      emptyText={t('areas.indicators.emptyText')}
      plannedHeading={t('areas.plannedHeading')}
      planned={t('areas.indicators.planned', { returnObjects: true }) as string[]}
    />
  );
}
