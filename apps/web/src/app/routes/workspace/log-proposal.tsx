import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ProposalDetail } from '@/features/communication/components/proposal-detail';
import { useWorkspaceAlliance } from './layout';
import { useLogViewer } from './log';
import { PageTitle } from './page-title';

export function LogProposalRoute() {
  const { t } = useTranslation();
  const alliance = useWorkspaceAlliance();
  const { proposalId = '' } = useParams();
  return (
    <>
      <PageTitle area={t('communication.proposals.title')} alliance={alliance.name} />
      <ProposalDetail key={proposalId} allianceId={alliance.id} proposalId={proposalId} viewer={useLogViewer()} />
    </>
  );
}
