import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useIndicator } from '@/features/indicators/api/get-indicator';
import { IndicatorDetailView } from '@/features/indicators/components/indicator-detail';
import { useWorkspaceAlliance } from './layout';
import { PageTitle } from './page-title';

export function IndicatorDetailRoute() {
  const { t } = useTranslation();
  const alliance = useWorkspaceAlliance();
  const { indicatorId = '' } = useParams();
  // Same query (and cache entry) as the view below: the tab title names the indicator.
  const indicator = useIndicator(alliance.id, indicatorId);
  return (
    <>
      <PageTitle area={indicator.data?.name ?? t('nav.indicators')} alliance={alliance.name} />
      <IndicatorDetailView key={indicatorId} allianceId={alliance.id} indicatorId={indicatorId} role={alliance.myRole} />
    </>
  );
}
