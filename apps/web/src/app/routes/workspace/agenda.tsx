import { useTranslation } from 'react-i18next';
import { AgendaPage } from '@/features/agenda/components/agenda-page';
import { useWorkspaceAlliance } from './layout';
import { PageTitle } from './page-title';

export function AgendaRoute() {
  const { t } = useTranslation();
  const alliance = useWorkspaceAlliance();
  return (
    <>
      <PageTitle area={t('nav.agenda')} alliance={alliance.name} />
      <AgendaPage alliance={alliance} />
    </>
  );
}
