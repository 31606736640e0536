import { useState, type ComponentType } from 'react';
import { createBrowserRouter, Navigate, Outlet, RouterProvider, type RouteObject } from 'react-router';
import { LoadingState } from '@/components/ui/spinner';
import { RequireAuth } from '@/lib/auth';
import { loadFeatureTexts } from '@/lib/i18n';
import { NotFoundRoute } from './routes/not-found';
import { RouteError } from './routes/route-error';

/**
 * Each page is its own chunk, fetched when a navigation first reaches it: the login page does
 * not download the charts of the indicator pages. React Router loads the chunks of all matched
 * routes in parallel before it renders, keeps the current page on screen meanwhile, and sends
 * a failed chunk load (e.g. an old tab after a release) to the route's errorElement. Every page
 * but the login also waits for the features' texts (lib/i18n: loadFeatureTexts).
 */
function page<M>(load: () => Promise<M>, pick: (module: M) => ComponentType, featureTexts = true) {
  return async () => {
    const [module] = await Promise.all([load(), featureTexts ? loadFeatureTexts() : undefined]);
    return { Component: pick(module) };
  };
}

/** Paths of the workspace areas under `/a/:allianceId/`. */
export const WORKSPACE_AREAS = ['dashboard', 'agenda', 'indicators', 'reporting', 'review', 'activities', 'log', 'members', 'settings', 'imports'] as const;

export const routes: RouteObject[] = [
  {
    path: '/',
    errorElement: <RouteError />,
    // Shown while the first page's chunks load.
    hydrateFallbackElement: <LoadingState />,
    children: [
      {
        path: 'login',
        lazy: page(
          () => import('./routes/login'),
          (m) => m.LoginRoute,
          false,
        ),
      },
      {
        path: 'invitation/:token',
        lazy: page(
          () => import('./routes/invitation'),
          (m) => m.InvitationRoute,
        ),
      },
      {
        path: 'colleague-invitation/:token',
        lazy: page(
          () => import('./routes/colleague-invitation'),
          (m) => m.ColleagueInvitationRoute,
        ),
      },
      {
        path: 'forgot-password',
        lazy: page(
          () => import('./routes/forgot-password'),
          (m) => m.ForgotPasswordRoute,
          false,
        ),
      },
      {
        path: 'reset-password/:token',
        lazy: page(
          () => import('./routes/reset-password'),
          (m) => m.ResetPasswordRoute,
          false,
        ),
      },
      {
        path: 'setup/:token',
        lazy: page(
          () => import('./routes/setup'),
          (m) => m.SetupRoute,
          false,
        ),
      },
      {
        path: 'unsubscribe/:token',
        lazy: page(
          () => import('./routes/unsubscribe'),
          (m) => m.UnsubscribeRoute,
        ),
      },
      {
        path: 'portal/:slug',
        lazy: page(
          () => import('./routes/portal'),
          (m) => m.PortalRoute,
        ),
      },
      {
        path: 'portal/:slug/angebote/:offerId',
        lazy: page(
          () => import('./routes/portal'),
          (m) => m.PortalOfferRoute,
        ),
      },
      {
        path: 'portal/:slug/anbieter',
        lazy: page(
          () => import('./routes/portal'),
          (m) => m.PortalSignupRoute,
        ),
      },
      {
        path: 'portal/:slug/melden',
        lazy: page(
          () => import('./routes/participation'),
          (m) => m.ParticipationReportRoute,
        ),
      },
      {
        path: 'portal/:slug/meldungen',
        lazy: page(
          () => import('./routes/participation'),
          (m) => m.ParticipationReportsRoute,
        ),
      },
      {
        path: 'portal/:slug/meldungen/:reportId',
        lazy: page(
          () => import('./routes/participation'),
          (m) => m.ParticipationReportDetailRoute,
        ),
      },
      {
        path: 'portal/:slug/verfolgen/:token',
        lazy: page(
          () => import('./routes/participation'),
          (m) => m.ParticipationFollowRoute,
        ),
      },
      {
        path: 'portal/:slug/beteiligung/bestaetigen/:token',
        lazy: page(
          () => import('./routes/participation'),
          (m) => m.ParticipationConfirmRoute,
        ),
      },
      {
        path: 'portal/:slug/embed',
        lazy: page(
          () => import('./routes/portal'),
          (m) => m.PortalEmbedRoute,
        ),
      },
      {
        path: 'fortschritt/:slug',
        lazy: page(
          () => import('./routes/progress'),
          (m) => m.ProgressRoute,
        ),
      },
      {
        path: 'fortschritt/:slug/embed',
        lazy: page(
          () => import('./routes/progress'),
          (m) => m.ProgressEmbedRoute,
        ),
      },
      {
        path: 'register',
        lazy: page(
          () => import('./routes/register'),
          (m) => m.RegisterRoute,
        ),
      },
      {
        path: 'verify-email/:token',
        lazy: page(
          () => import('./routes/verify-email'),
          (m) => m.VerifyEmailRoute,
        ),
      },
      {
        element: (
          <RequireAuth fallback={<LoadingState />}>
            <Outlet />
          </RequireAuth>
        ),
        children: [
          {
            index: true,
            lazy: page(
              () => import('./routes/alliances'),
              (m) => () => <m.AlliancesRoute autoEnter />,
            ),
          },
          {
            path: 'alliances',
            lazy: page(
              () => import('./routes/alliances'),
              (m) => m.AlliancesRoute,
            ),
          },
          {
            path: 'portfolio',
            lazy: page(
              () => import('./routes/portfolio'),
              (m) => m.PortfolioRoute,
            ),
          },
          {
            path: 'help',
            lazy: page(
              () => import('./routes/help'),
              (m) => m.HelpRoute,
            ),
          },
          {
            path: 'account',
            lazy: page(
              () => import('./routes/account'),
              (m) => m.AccountRoute,
            ),
          },
          {
            path: 'admin',
            lazy: page(
              () => import('./routes/admin'),
              (m) => m.AdminRoute,
            ),
          },
          {
            path: 'colleagues',
            lazy: page(
              () => import('./routes/colleagues'),
              (m) => m.ColleaguesRoute,
            ),
          },
          {
            path: 'admin/mail',
            lazy: page(
              () => import('./routes/admin-mail'),
              (m) => m.AdminMailRoute,
            ),
          },
          {
            path: 'join/:token',
            lazy: page(
              () => import('./routes/join'),
              (m) => m.JoinRoute,
            ),
          },
          {
            // A provider's "Meine Angebote" (also the link target of the confirm mails).
            path: 'portal/:allianceId/*',
            lazy: page(
              () => import('./routes/provider-portal'),
              (m) => m.ProviderPortalRoute,
            ),
          },
          {
            path: 'a/:allianceId',
            lazy: page(
              () => import('./routes/workspace/layout'),
              (m) => m.WorkspaceLayout,
            ),
            children: [
              { index: true, element: <Navigate to="dashboard" replace /> },
              {
                path: 'dashboard',
                lazy: page(
                  () => import('./routes/workspace/dashboard'),
                  (m) => m.DashboardRoute,
                ),
              },
              {
                path: 'agenda',
                lazy: page(
                  () => import('./routes/workspace/agenda'),
                  (m) => m.AgendaRoute,
                ),
              },
              // Shared measurement
              {
                path: 'indicators',
                lazy: page(
                  () => import('./routes/workspace/indicators'),
                  (m) => m.IndicatorsRoute,
                ),
              },
              {
                path: 'indicators/periods',
                lazy: page(
                  () => import('./routes/workspace/indicator-periods'),
                  (m) => m.IndicatorPeriodsRoute,
                ),
              },
              {
                path: 'indicators/dimensions',
                lazy: page(
                  () => import('./routes/workspace/indicator-dimensions'),
                  (m) => m.IndicatorDimensionsRoute,
                ),
              },
              {
                path: 'indicators/:indicatorId',
                lazy: page(
                  () => import('./routes/workspace/indicator-detail'),
                  (m) => m.IndicatorDetailRoute,
                ),
              },
              {
                path: 'reporting',
                lazy: page(
                  () => import('./routes/workspace/reporting'),
                  (m) => m.ReportingRoute,
                ),
              },
              {
                path: 'imports',
                lazy: page(
                  () => import('./routes/workspace/imports'),
                  (m) => m.ImportsRoute,
                ),
              },
              {
                path: 'review',
                lazy: page(
                  () => import('./routes/workspace/review'),
                  (m) => m.ReviewRoute,
                ),
              },
              {
                path: 'activities',
                lazy: page(
                  () => import('./routes/workspace/activities'),
                  (m) => m.ActivitiesRoute,
                ),
              },
              // Static paths before :activityId.
              {
                path: 'activities/new',
                lazy: page(
                  () => import('./routes/workspace/activity-form'),
                  (m) => m.ActivityFormRoute,
                ),
              },
              {
                path: 'activities/map',
                lazy: page(
                  () => import('./routes/workspace/activity-map'),
                  (m) => m.ActivityMapRoute,
                ),
              },
              {
                path: 'activities/network',
                lazy: page(
                  () => import('./routes/workspace/network'),
                  (m) => m.NetworkRoute,
                ),
              },
              {
                path: 'activities/network/surveys',
                lazy: page(
                  () => import('./routes/workspace/network-surveys'),
                  (m) => m.SurveyRoundsRoute,
                ),
              },
              {
                path: 'activities/network/surveys/:roundId',
                lazy: page(
                  () => import('./routes/workspace/network-surveys'),
                  (m) => m.SurveyRoundRoute,
                ),
              },
              {
                path: 'activities/matching',
                lazy: page(
                  () => import('./routes/workspace/matching'),
                  (m) => m.MatchingRoute,
                ),
              },
              {
                path: 'activities/:activityId',
                lazy: page(
                  () => import('./routes/workspace/activity-detail'),
                  (m) => m.ActivityDetailRoute,
                ),
              },
              {
                path: 'activities/:activityId/edit',
                lazy: page(
                  () => import('./routes/workspace/activity-form'),
                  (m) => m.ActivityFormRoute,
                ),
              },
              {
                path: 'log',
                lazy: page(
                  () => import('./routes/workspace/log'),
                  (m) => m.LogRoute,
                ),
              },
              // Static log paths before the entry id.
              {
                path: 'log/new',
                lazy: page(
                  () => import('./routes/workspace/log-new'),
                  (m) => m.LogNewRoute,
                ),
              },
              {
                path: 'log/proposals',
                lazy: page(
                  () => import('./routes/workspace/log-proposals'),
                  (m) => m.LogProposalsRoute,
                ),
              },
              {
                path: 'log/proposals/:proposalId',
                lazy: page(
                  () => import('./routes/workspace/log-proposal'),
                  (m) => m.LogProposalRoute,
                ),
              },
              {
                path: 'log/action-items',
                lazy: page(
                  () => import('./routes/workspace/log-action-items'),
                  (m) => m.LogActionItemsRoute,
                ),
              },
              {
                path: 'log/:entryId',
                lazy: page(
                  () => import('./routes/workspace/log-entry'),
                  (m) => m.LogEntryRoute,
                ),
              },
              {
                path: 'members',
                lazy: page(
                  () => import('./routes/workspace/members'),
                  (m) => m.MembersRoute,
                ),
              },
              {
                path: 'settings',
                lazy: page(
                  () => import('./routes/workspace/settings'),
                  (m) => m.SettingsRoute,
                ),
              },
              // Co-production (issue 16): moderation and forwarded citizens' reports.
              { path: 'participation', element: <Navigate to="forwarded" replace /> },
              {
                path: 'participation/queue',
                lazy: page(
                  () => import('./routes/workspace/participation'),
                  (m) => m.ParticipationQueueRoute,
                ),
              },
              {
                path: 'participation/approved',
                lazy: page(
                  () => import('./routes/workspace/participation'),
                  (m) => m.ParticipationApprovedRoute,
                ),
              },
              {
                path: 'participation/forwarded',
                lazy: page(
                  () => import('./routes/workspace/participation'),
                  (m) => m.ParticipationForwardedRoute,
                ),
              },
              // Chancenportal (issue 13): the editors' side.
              { path: 'portal', element: <Navigate to="queue" replace /> },
              {
                path: 'portal/queue',
                lazy: page(
                  () => import('./routes/workspace/portal'),
                  (m) => m.PortalQueueRoute,
                ),
              },
              {
                path: 'portal/freshness',
                lazy: page(
                  () => import('./routes/workspace/portal'),
                  (m) => m.PortalFreshnessRoute,
                ),
              },
              {
                path: 'portal/planning',
                lazy: page(
                  () => import('./routes/workspace/portal'),
                  (m) => m.PortalPlanningRoute,
                ),
              },
              {
                path: 'portal/settings',
                lazy: page(
                  () => import('./routes/workspace/portal'),
                  (m) => m.PortalSettingsRoute,
                ),
              },
              {
                path: 'audit',
                lazy: page(
                  () => import('./routes/workspace/audit'),
                  (m) => m.AuditRoute,
                ),
              },
              { path: '*', element: <NotFoundRoute embedded /> },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

/**
 * The same route tree with every lazy page loaded and put in place (for tests: a render then
 * waits for no import, as the app did before the split; the lazy loading itself is the e2e's).
 */
export async function resolveLazyRoutes(list: RouteObject[] = routes): Promise<RouteObject[]> {
  return Promise.all(
    list.map(async (route) => {
      const loaded = typeof route.lazy === 'function' ? await route.lazy() : {};
      const children = route.children ? await resolveLazyRoutes(route.children) : undefined;
      return { ...route, ...loaded, lazy: undefined, ...(children ? { children } : {}) } as RouteObject;
    }),
  );
}

export type AppRouterInstance = ReturnType<typeof createBrowserRouter>;

/** Creating the router starts loading the first page's chunks (main.tsx does so before the texts are in). */
export function createAppRouter(): AppRouterInstance {
  return createBrowserRouter(routes);
}

export function AppRouter({ router: given }: { router?: AppRouterInstance }) {
  const [router] = useState(() => given ?? createAppRouter());
  return <RouterProvider router={router} />;
}
