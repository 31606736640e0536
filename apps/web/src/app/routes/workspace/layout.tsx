import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigate, useOutletContext, useParams } from 'react-router';
import { AppShell, type NavItem } from '@/components/layouts/app-shell';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button';
import { LoadingState } from '@/components/ui/spinner';
import { useAlliance, type Alliance } from '@/features/alliances/api/get-alliance';
import { AllianceSummary } from '@/features/alliances/components/alliance-summary';
import { AllianceSwitcher } from '@/features/alliances/components/alliance-switcher';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { useParticipationRights } from '@/features/participation/api/workspace';
import { usePortalRights } from '@/features/portal/api/rights';
import { UserMenu } from '@/features/auth/components/user-menu';
import { useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { forgetOtherAlliances } from '@/lib/query-client';
import { accentVariables } from '@/lib/theme';

/** The workspace of one alliance: shell, area navigation, and the alliance for every page below. */
export function WorkspaceLayout() {
  const { t } = useTranslation();
  const { allianceId = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const describe = useErrorMessage();
  const alliance = useAlliance(allianceId);

  useEffect(() => forgetOtherAlliances(queryClient, allianceId), [queryClient, allianceId]);

  const role = alliance.data?.myRole;
  // Co-production (issue 16): besides the backbone, appointed moderators (members the backbone made
  // the portal's editors) moderate; the API says who, by the rule its operations check.
  const rights = useParticipationRights(allianceId, role !== undefined && role !== 'BACKBONE');
  const moderator = role === 'BACKBONE' || rights.data?.moderator === true;
  const forwarded = role === 'PARTNER' || rights.data?.forwardedReports === true;
  // Chancenportal (issue 13): the same for the portal's editors (the queue; settings stay the backbone's).
  const portalRights = usePortalRights(allianceId, role !== undefined && role !== 'BACKBONE');
  const portalEditor = role === 'BACKBONE' || portalRights.data?.editor === true;
  // The alliance's own colour becomes the accent of its workspace (buttons, active navigation).
  const theme = useMemo(() => accentVariables(alliance.data?.primaryColor) as CSSProperties | null, [alliance.data?.primaryColor]);
  const navigation = useMemo<NavItem[]>(() => {
    const items: (NavItem | false)[] = [
      { to: 'dashboard', label: t('nav.dashboard'), icon: 'dashboard' },
      { to: 'agenda', label: t('nav.agenda'), icon: 'agenda' },
      { to: 'indicators', label: t('nav.indicators'), icon: 'indicators' },
      // Members report their own values; only the backbone reviews and configures.
      (role === 'PARTNER' || role === 'BACKBONE') && { to: 'reporting', label: t('nav.reporting'), icon: 'reporting' },
      role === 'BACKBONE' && { to: 'review', label: t('nav.review'), icon: 'review' },
      (role === 'PARTNER' || role === 'BACKBONE') && { to: 'imports', label: t('nav.imports'), icon: 'upload' },
      // Observers read the agenda, goals and approved numbers: activities are closed to them, and
      // the log only opens when the backbone allows guest comments (the API's rule, not repeated here).
      // A network (kind NETWORK) starts its activities area from the network view; an alliance from its joint activities.
      role !== 'OBSERVER' && { to: alliance.data?.kind === 'NETWORK' ? 'activities/network' : 'activities', label: t('nav.activities'), icon: 'activities' },
      (role !== 'OBSERVER' || alliance.data?.guestComments === true) && { to: 'log', label: t('nav.log'), icon: 'log' },
      { to: 'members', label: t('nav.members'), icon: 'members' },
      role === 'BACKBONE' && { to: 'audit', label: t('nav.audit'), icon: 'audit' },
      role === 'BACKBONE' && { to: 'settings', label: t('nav.settings'), icon: 'settings' },
      portalEditor && { to: 'portal/queue', label: t('portal.nav.portal'), icon: 'review' },
      // Co-production (issue 16): moderators (the backbone, appointed editors) moderate; members see the reports forwarded to them.
      moderator && { to: 'participation/queue', label: t('participation.ws.nav'), icon: 'review' },
      !moderator && forwarded && { to: 'participation/forwarded', label: t('participation.ws.forwarded.title'), icon: 'review' },
      role !== 'OBSERVER' && { to: `/portal/${allianceId}/offers`, label: t('portal.nav.myOffers'), icon: 'activities' },
    ];
    return items.filter((item): item is NavItem => Boolean(item));
  }, [t, role, moderator, forwarded, portalEditor, alliance.data?.guestComments, alliance.data?.kind, allianceId]);

  const userMenu = (
    <>
      <NotificationBell />
      <UserMenu onLoggedOut={() => void navigate('/login', { replace: true })} />
    </>
  );

  if (alliance.isPending) {
    return (
      <AppShell userMenu={userMenu}>
        <LoadingState />
      </AppShell>
    );
  }
  if (alliance.isError && isApiError(alliance.error, 'TWO_FACTOR_ENROLMENT_REQUIRED')) {
    // The alliance requires a second factor of its admins: lead straight to enrolment.
    return (
      <AppShell userMenu={userMenu}>
        <div className="page page--narrow">
          <h1 className="page-header__title">{t('workspace.twoFactorRequiredTitle')}</h1>
          <Alert
            tone="info"
            actions={
              <ButtonLink to="/account" variant="primary" size="sm">
                {t('workspace.toTwoFactor')}
              </ButtonLink>
            }
          >
            {t('errors.TWO_FACTOR_ENROLMENT_REQUIRED')}
          </Alert>
        </div>
      </AppShell>
    );
  }
  if (alliance.isError) {
    const missing = isApiError(alliance.error, 'NOT_FOUND') || isApiError(alliance.error, 'FORBIDDEN') || isApiError(alliance.error, 'VALIDATION_FAILED');
    return (
      <AppShell userMenu={userMenu}>
        <div className="page page--narrow">
          <h1 className="page-header__title">{missing ? t('workspace.notFoundTitle') : t('workspace.loadFailed')}</h1>
          <Alert
            tone={missing ? 'info' : 'error'}
            actions={
              <ButtonLink to="/alliances" size="sm">
                {t('workspace.toAlliances')}
              </ButtonLink>
            }
          >
            {missing ? t('workspace.notFoundText') : describe(alliance.error)}
          </Alert>
        </div>
      </AppShell>
    );
  }

  return (
    <div className="workspace-theme" style={theme ?? undefined} data-themed={theme ? '' : undefined}>
      <AppShell
        switcher={<AllianceSwitcher currentId={alliance.data.id} currentName={alliance.data.name} />}
        userMenu={userMenu}
        navigation={navigation}
        navigationLabel={t('nav.label')}
        navigationHeader={<AllianceSummary alliance={alliance.data} />}
      >
        <Outlet context={alliance.data} />
      </AppShell>
    </div>
  );
}

/** The alliance of the current workspace, for the area pages. */
export function useWorkspaceAlliance(): Alliance {
  return useOutletContext<Alliance>();
}
