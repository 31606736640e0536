import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LogEntryDetail } from '@/features/communication/components/log-entry-detail';
import { useWorkspaceAlliance } from './layout';
import { useLogViewer } from './log';
import { PageTitle } from './page-title';

export function LogEntryRoute() {
  const { t } = useTranslation();
  const alliance = useWorkspaceAlliance();
  const { entryId = '' } = useParams();
  return (
    <>
      <PageTitle area={t('nav.log')} alliance={alliance.name} />
      <LogEntryDetail key={entryId} allianceId={alliance.id} entryId={entryId} viewer={useLogViewer()} />
    </>
  );
}
