import { useTranslation } from 'react-i18next';
import { AgendaOverview } from '@/features/agenda/components/agenda-overview';
import { useWorkspaceAlliance } from './layout';
import { PageTitle } from './page-title';

export function AgendaRoute() {
  const { t } = useTranslation();
  const alliance = useWorkspaceAlliance();
  return (
    <>
      <PageTitle area={t('nav.agenda')} alliance={alliance.name} />
      <AgendaOverview problemStatement={alliance.problemStatement} vision={alliance.vision} />
    </>
  );
}
