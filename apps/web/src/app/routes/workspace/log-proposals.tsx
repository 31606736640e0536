import { useTranslation } from 'react-i18next';
import { ProposalsList } from '@/features/communication/components/proposals-list';
import { useWorkspaceAlliance } from './layout';
import { useLogViewer } from './log';
import { PageTitle } from './page-title';

export function LogProposalsRoute() {
  const { t } = useTranslation();
  const alliance = useWorkspaceAlliance();
  return (
    <>
      <PageTitle area={t('communication.proposals.title')} alliance={alliance.name} />
      <ProposalsList allianceId={alliance.id} viewer={useLogViewer()} />
    </>
  );
}
