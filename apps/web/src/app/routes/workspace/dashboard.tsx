import { useTranslation } from 'react-i18next';
import { DashboardOverview } from '@/features/dashboard/components/dashboard-overview';
import { useWorkspaceAlliance } from './layout';
import { PageTitle } from './page-title';

export function DashboardRoute() {
  const { t } = useTranslation();
  const alliance = useWorkspaceAlliance();
  return (
    <>
      <PageTitle area={t('nav.dashboard')} alliance={alliance.name} />
      <DashboardOverview
        alliance={{
          id: alliance.id,
          name: alliance.name,
          kind: alliance.kind,
          lifecycle: alliance.lifecycle,
          periodStart: alliance.periodStart,
          periodEnd: alliance.periodEnd,
          organisationName: alliance.myOrganisation.name,
          membershipId: alliance.myMembershipId,
          role: alliance.myRole,
        }}
      />
    </>
  );
}
