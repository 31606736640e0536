import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { IndicatorDetailView } from '@/features/indicators/components/indicator-detail';
import { useWorkspaceAlliance } from './layout';
import { PageTitle } from './page-title';

export function IndicatorDetailRoute() {
  const { t } = useTranslation();
  const alliance = useWorkspaceAlliance();
  const { indicatorId = '' } = useParams();
  return (
    <>
      <PageTitle area={t('nav.indicators')} alliance={alliance.name} />
      <IndicatorDetailView key={indicatorId} allianceId={alliance.id} indicatorId={indicatorId} role={alliance.myRole} />
    </>
  );
}
