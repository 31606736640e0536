import { useTranslation } from 'react-i18next';
import { IndicatorsOverview } from '@/features/indicators/components/indicators-overview';
import { useWorkspaceAlliance } from './layout';
import { PageTitle } from './page-title';

export function IndicatorsRoute() {
  const { t } = useTranslation();
  const alliance = useWorkspaceAlliance();
  return (
    <>
      <PageTitle area={t('nav.indicators')} alliance={alliance.name} />
      <IndicatorsOverview />
    </>
  );
}
