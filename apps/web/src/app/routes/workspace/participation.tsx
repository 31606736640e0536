import { useTranslation } from 'react-i18next';
import { ApprovedItemsPage, ModerationQueuePage } from '@/features/participation/components/moderation-queue-page';
import { ForwardedReportsPage } from '@/features/participation/components/forwarded-reports-page';
import { useParticipationRights } from '@/features/participation/api/workspace';
import { useWorkspaceAlliance } from './layout';
import { PageTitle } from './page-title';

/** /a/:id/participation/queue – the moderators' queue of citizens' reports and feedback (issue 16). */
export function ParticipationQueueRoute() {
  const { t } = useTranslation();
  const alliance = useWorkspaceAlliance();
  return (
    <>
      <PageTitle area={t('participation.ws.queue.title')} alliance={alliance.name} />
      <ModerationQueuePage allianceId={alliance.id} />
    </>
  );
}

/** /a/:id/participation/approved – approved items: forward, merge, answer. */
export function ParticipationApprovedRoute() {
  const { t } = useTranslation();
  const alliance = useWorkspaceAlliance();
  return (
    <>
      <PageTitle area={t('participation.ws.queue.approvedTitle')} alliance={alliance.name} />
      <ApprovedItemsPage allianceId={alliance.id} />
    </>
  );
}

/** /a/:id/participation/forwarded – reports forwarded to the member's organisation. */
export function ParticipationForwardedRoute() {
  const { t } = useTranslation();
  const alliance = useWorkspaceAlliance();
  const rights = useParticipationRights(alliance.id, alliance.myRole !== 'BACKBONE');
  return (
    <>
      <PageTitle area={t('participation.ws.forwarded.title')} alliance={alliance.name} />
      <ForwardedReportsPage allianceId={alliance.id} moderator={alliance.myRole === 'BACKBONE' || rights.data?.moderator === true} />
    </>
  );
}
