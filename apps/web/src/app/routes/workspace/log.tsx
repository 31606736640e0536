import { useTranslation } from 'react-i18next';
import { CommunicationLog } from '@/features/communication/components/communication-log';
import { useWorkspaceAlliance } from './layout';
import { PageTitle } from './page-title';

export function LogRoute() {
  const { t } = useTranslation();
  const alliance = useWorkspaceAlliance();
  return (
    <>
      <PageTitle area={t('nav.log')} alliance={alliance.name} />
      <CommunicationLog />
    </>
  );
}
