import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { FreshnessPage } from '@/features/portal/components/freshness-page';
import { PlanningPage } from '@/features/portal/components/planning-page';
import { PortalSettingsPage } from '@/features/portal/components/portal-settings-page';
import { ReviewQueuePage } from '@/features/portal/components/review-queue-page';
import { usePortalRights } from '@/features/portal/api/rights';
import { useWorkspaceAlliance } from './layout';
import { PageTitle } from './page-title';

/** The editors' pages; the settings only for those who manage the portal (the backbone), as the API allows. */
function PortalNav() {
  const { t } = useTranslation();
  const alliance = useWorkspaceAlliance();
  const allianceId = alliance.id;
  const backbone = alliance.myRole === 'BACKBONE';
  const rights = usePortalRights(allianceId, !backbone);
  const pages =
    backbone || rights.data?.manager === true ? (['queue', 'freshness', 'planning', 'settings'] as const) : (['queue', 'freshness', 'planning'] as const);
  return (
    <nav aria-label={t('portal.eyebrow')} className="tabs">
      {pages.map((k) => (
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
      <PortalNav />
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
      <PortalNav />
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
      <PortalNav />
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
      <PortalNav />
      <PortalSettingsPage allianceId={alliance.id} />
    </>
  );
}
