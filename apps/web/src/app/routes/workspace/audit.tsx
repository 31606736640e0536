import { useTranslation } from 'react-i18next';
import { AuditTrailPage } from '@/features/audit/components/audit-trail-page';
import { useWorkspaceAlliance } from './layout';
import { PageTitle } from './page-title';

export function AuditRoute() {
  const { t } = useTranslation();
  const alliance = useWorkspaceAlliance();
  return (
    <>
      <PageTitle area={t('nav.audit')} alliance={alliance.name} />
      <AuditTrailPage allianceId={alliance.id} role={alliance.myRole} />
    </>
  );
}
