import { useTranslation } from 'react-i18next';
import { MyActionItems } from '@/features/communication/components/my-action-items';
import { useWorkspaceAlliance } from './layout';
import { useLogViewer } from './log';
import { PageTitle } from './page-title';

export function LogActionItemsRoute() {
  const { t } = useTranslation();
  const alliance = useWorkspaceAlliance();
  return (
    <>
      <PageTitle area={t('communication.myActionItems.title')} alliance={alliance.name} />
      <MyActionItems allianceId={alliance.id} viewer={useLogViewer()} />
    </>
  );
}
