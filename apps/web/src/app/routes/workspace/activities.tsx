import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { ExportMenu } from '@/components/ui/export-menu';
import { ActivitiesList } from '@/features/activities/components/activities-list';
import { ActivitiesNav } from '@/features/activities/components/activities-nav';
import { canCreateActivities } from '@/features/activities/utils/permissions';
import { useWorkspaceAlliance } from './layout';
import { PageTitle } from './page-title';
import { ConditionEyebrow } from '@/components/help/condition-eyebrow';

/** Shared by the activity pages: the caller's role and organisation in this alliance. */
export function useActivityViewer() {
  const alliance = useWorkspaceAlliance();
  return { alliance, viewer: { role: alliance.myRole, membershipId: alliance.myMembershipId } };
}

export function ActivitiesRoute() {
  const { t } = useTranslation();
  const { alliance, viewer } = useActivityViewer();
  // A message carried here by the page that sent the user (after deleting an activity).
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  return (
    <div className="page">
      <PageTitle area={t('nav.activities')} alliance={alliance.name} />
      <PageHeader
        eyebrow={<ConditionEyebrow text={t('activities.eyebrow')} />}
        title={t('activities.title')}
        description={t('activities.description')}
        actions={
          <>
            {viewer.role !== 'OBSERVER' ? <ExportMenu allianceId={alliance.id} list="activities" what={t('activities.title')} /> : null}
            {canCreateActivities(viewer) ? (
              <ButtonLink to="new" variant="primary" icon="plus">
                {t('activities.create')}
              </ButtonLink>
            ) : null}
          </>
        }
      />
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {viewer.role !== 'OBSERVER' ? <ActivitiesNav allianceId={alliance.id} kind={alliance.kind} /> : null}
      <ActivitiesList allianceId={alliance.id} viewer={viewer} />
    </div>
  );
}
