import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { FreshnessPage } from '@/features/portal/components/freshness-page';
import { PlanningPage } from '@/features/portal/components/planning-page';
import { PortalSettingsPage } from '@/features/portal/components/portal-settings-page';
import { ReviewQueuePage } from '@/features/portal/components/review-queue-page';
import { useWorkspaceAlliance } from './layout';
import { PageTitle } from './page-title';

function PortalNav({ allianceId }: { allianceId: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('portal.eyebrow')} className="tabs">
      {(['queue', 'freshness', 'planning', 'settings'] as const).map((k) => (
        <NavLink key={k} to={`/a/${allianceId}/portal/${k}`} className="tabs__link">
          {t(`portal.editorNav.${k}`)}
        </NavLink>
      ))}
    </nav>
  );
}

export function PortalQueueRoute() {
  const { t } = useTranslation();
  const alliance = useWorkspaceAlliance();
  return (
    <>
      <PageTitle area={t('portal.queue.title')} alliance={alliance.name} />
      <PortalNav allianceId={alliance.id} />
      <ReviewQueuePage allianceId={alliance.id} />
    </>
  );
}

export function PortalFreshnessRoute() {
  const { t } = useTranslation();
  const alliance = useWorkspaceAlliance();
  return (
    <>
      <PageTitle area={t('portal.freshnessView.title')} alliance={alliance.name} />
      <PortalNav allianceId={alliance.id} />
      <FreshnessPage allianceId={alliance.id} />
    </>
  );
}

export function PortalPlanningRoute() {
  const { t } = useTranslation();
  const alliance = useWorkspaceAlliance();
  return (
    <>
      <PageTitle area={t('portal.planning.title')} alliance={alliance.name} />
      <PortalNav allianceId={alliance.id} />
      <PlanningPage allianceId={alliance.id} />
    </>
  );
}

export function PortalSettingsRoute() {
  const { t } = useTranslation();
  const alliance = useWorkspaceAlliance();
  return (
    <>
      <PageTitle area={t('portal.settings.title')} alliance={alliance.name} />
      <PortalNav allianceId={alliance.id} />
      <PortalSettingsPage allianceId={alliance.id} />
    </>
  );
}
