import { useState } from 'react';
import { createBrowserRouter, Navigate, Outlet, RouterProvider, type RouteObject } from 'react-router';
import { LoadingState } from '@/components/ui/spinner';
import { RequireAuth } from '@/lib/auth';
import { AlliancesRoute } from './routes/alliances';
import { InvitationRoute } from './routes/invitation';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';
import { PortfolioRoute } from './routes/portfolio';
import { RouteError } from './routes/route-error';
import { ActivitiesRoute } from './routes/workspace/activities';
import { ActivityDetailRoute } from './routes/workspace/activity-detail';
import { ActivityFormRoute } from './routes/workspace/activity-form';
import { ActivityMapRoute } from './routes/workspace/activity-map';
import { AgendaRoute } from './routes/workspace/agenda';
import { DashboardRoute } from './routes/workspace/dashboard';
import { IndicatorDetailRoute } from './routes/workspace/indicator-detail';
import { IndicatorDimensionsRoute } from './routes/workspace/indicator-dimensions';
import { IndicatorPeriodsRoute } from './routes/workspace/indicator-periods';
import { IndicatorsRoute } from './routes/workspace/indicators';
import { WorkspaceLayout } from './routes/workspace/layout';
import { LogRoute } from './routes/workspace/log';
import { LogActionItemsRoute } from './routes/workspace/log-action-items';
import { LogEntryRoute } from './routes/workspace/log-entry';
import { LogNewRoute } from './routes/workspace/log-new';
import { LogProposalRoute } from './routes/workspace/log-proposal';
import { LogProposalsRoute } from './routes/workspace/log-proposals';
import { MembersRoute } from './routes/workspace/members';
import { ReportingRoute } from './routes/workspace/reporting';
import { ReviewRoute } from './routes/workspace/review';
import { SettingsRoute } from './routes/workspace/settings';

/** Paths of the workspace areas under `/a/:allianceId/`. */
export const WORKSPACE_AREAS = ['dashboard', 'agenda', 'indicators', 'reporting', 'review', 'activities', 'log', 'members', 'settings'] as const;

export const routes: RouteObject[] = [
  {
    path: '/',
    errorElement: <RouteError />,
    children: [
      { path: 'login', element: <LoginRoute /> },
      { path: 'invitation/:token', element: <InvitationRoute /> },
      {
        element: (
          <RequireAuth fallback={<LoadingState />}>
            <Outlet />
          </RequireAuth>
        ),
        children: [
          { index: true, element: <AlliancesRoute autoEnter /> },
          { path: 'alliances', element: <AlliancesRoute /> },
          { path: 'portfolio', element: <PortfolioRoute /> },
          {
            path: 'a/:allianceId',
            element: <WorkspaceLayout />,
            children: [
              { index: true, element: <Navigate to="dashboard" replace /> },
              { path: 'dashboard', element: <DashboardRoute /> },
              { path: 'agenda', element: <AgendaRoute /> },
              // Shared measurement
              { path: 'indicators', element: <IndicatorsRoute /> },
              { path: 'indicators/periods', element: <IndicatorPeriodsRoute /> },
              { path: 'indicators/dimensions', element: <IndicatorDimensionsRoute /> },
              { path: 'indicators/:indicatorId', element: <IndicatorDetailRoute /> },
              { path: 'reporting', element: <ReportingRoute /> },
              { path: 'review', element: <ReviewRoute /> },
              { path: 'activities', element: <ActivitiesRoute /> },
              // Static paths before :activityId.
              { path: 'activities/new', element: <ActivityFormRoute /> },
              { path: 'activities/map', element: <ActivityMapRoute /> },
              { path: 'activities/:activityId', element: <ActivityDetailRoute /> },
              { path: 'activities/:activityId/edit', element: <ActivityFormRoute /> },
              { path: 'log', element: <LogRoute /> },
              // Static log paths before the entry id.
              { path: 'log/new', element: <LogNewRoute /> },
              { path: 'log/proposals', element: <LogProposalsRoute /> },
              { path: 'log/proposals/:proposalId', element: <LogProposalRoute /> },
              { path: 'log/action-items', element: <LogActionItemsRoute /> },
              { path: 'log/:entryId', element: <LogEntryRoute /> },
              { path: 'members', element: <MembersRoute /> },
              { path: 'settings', element: <SettingsRoute /> },
              { path: '*', element: <NotFoundRoute embedded /> },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
