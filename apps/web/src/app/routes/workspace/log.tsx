import { useTranslation } from 'react-i18next';
import { LogTimeline } from '@/features/communication/components/log-timeline';
import type { LogViewer } from '@/features/communication/utils/viewer';
import { useWorkspaceAlliance } from './layout';
import { PageTitle } from './page-title';

/** The viewer of the log pages: role and organisation of the current alliance. */
export function useLogViewer(): LogViewer {
  const alliance = useWorkspaceAlliance();
  return { role: alliance.myRole, membershipId: alliance.myMembershipId };
}

export function LogRoute() {
  const { t } = useTranslation();
  const alliance = useWorkspaceAlliance();
  return (
    <>
      <PageTitle area={t('nav.log')} alliance={alliance.name} />
      <LogTimeline allianceId={alliance.id} viewer={useLogViewer()} />
    </>
  );
}
