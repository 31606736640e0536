import { useTranslation } from 'react-i18next';
import { NewLogEntry } from '@/features/communication/components/new-log-entry';
import { useWorkspaceAlliance } from './layout';
import { useLogViewer } from './log';
import { PageTitle } from './page-title';

export function LogNewRoute() {
  const { t } = useTranslation();
  const alliance = useWorkspaceAlliance();
  return (
    <>
      <PageTitle area={t('communication.new.title')} alliance={alliance.name} />
      <NewLogEntry allianceId={alliance.id} viewer={useLogViewer()} />
    </>
  );
}
