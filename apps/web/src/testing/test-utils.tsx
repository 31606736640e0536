import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, MemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import { resolveLazyRoutes } from '@/app/router';
import { createQueryClient } from '@/lib/query-client';

export interface GraphQLCall {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
  headers: Record<string, string>;
}

type Reply = { data?: unknown; errors?: unknown[] } | { status: number; body: unknown };
type Handler = Reply | ((variables: Record<string, any>, call: GraphQLCall) => Reply);

/** An API error as the server formats it. */
export function gqlError(code: string, message = code, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}

/**
 * Replaces fetch with a fake GraphQL server: one handler per operation name. Unknown operations
 * fail the test loudly. Returns the recorded calls for assertions.
 */
export function mockGraphQL(handlers: Record<string, Handler>) {
  const calls: GraphQLCall[] = [];
  const fetchMock = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body ?? '{}')) as { operationName: string; query: string; variables?: Record<string, unknown> };
    const call: GraphQLCall = {
      operationName: body.operationName,
      query: body.query,
      variables: body.variables ?? {},
      headers: Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>)),
    };
    calls.push(call);
    const handler = handlers[body.operationName];
    if (!handler) throw new Error(`No mock for GraphQL operation ${body.operationName}`);
    const reply = typeof handler === 'function' ? handler(call.variables, call) : handler;
    if ('status' in reply) return new Response(JSON.stringify(reply.body), { status: reply.status, headers: { 'content-type': 'application/json' } });
    return new Response(JSON.stringify(reply), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock, callsOf: (operationName: string) => calls.filter((c) => c.operationName === operationName) };
}

export function testQueryClient(): QueryClient {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } });
  return client;
}

/** Renders a component with the app's providers and a router at `route`. */
export function renderWithProviders(ui: ReactElement, { route = '/', queryClient = testQueryClient() }: { route?: string; queryClient?: QueryClient } = {}) {
  const result = render(
    <AppProvider queryClient={queryClient}>
      <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
    </AppProvider>,
  );
  return { ...result, queryClient };
}

// Pages are lazy chunks in the app; tests render the tree with them loaded, so a first render
// waits for no import (a loaded machine otherwise spends the findBy timeouts on imports).
const routes = await resolveLazyRoutes();

/** Renders the whole app's route tree at `path`. */
export function renderApp(path: string, { queryClient = testQueryClient() }: { queryClient?: QueryClient } = {}) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...result, router, queryClient };
}

export const fixtures = {
  user: {
    id: 'u-1',
    email: 'anna.berger@example.org',
    name: 'Anna Berger',
    locale: 'de',
    isPlatformAdmin: false,
    organisations: [{ id: 'o-1', name: 'Jugendwerk Nord e. V.', kind: 'NGO' }],
  },
  alliance: {
    id: 'a-1',
    name: 'Bündnis Ausbildung Nord',
    kind: 'ALLIANCE',
    lifecycle: 'ACTIVE',
    problemStatement: 'Zu viele Jugendliche finden keinen Ausbildungsplatz.',
    vision: 'Jede und jeder Jugendliche hat eine Perspektive.',
    periodStart: '2026-01-01',
    periodEnd: '2028-12-31',
    version: 1,
    myRole: 'BACKBONE',
    myIsAdmin: true,
    myMembershipId: 'm-1',
    myOrganisation: { id: 'o-1', name: 'Jugendwerk Nord e. V.', kind: 'NGO' },
  },
  members: [
    {
      id: 'm-1',
      role: 'BACKBONE',
      state: 'ACTIVE',
      version: 1,
      joinedAt: '2026-01-15T10:00:00.000Z',
      leftAt: null,
      seatCount: 2,
      organisation: { id: 'o-1', name: 'Jugendwerk Nord e. V.', kind: 'NGO', city: 'Hamburg' },
    },
    {
      id: 'm-2',
      role: 'PARTNER',
      state: 'ACTIVE',
      version: 3,
      joinedAt: '2026-02-01T10:00:00.000Z',
      leftAt: null,
      seatCount: 1,
      organisation: { id: 'o-2', name: 'Agentur für Arbeit Hamburg', kind: 'PUBLIC_BODY', city: null },
    },
    {
      id: 'm-3',
      role: 'FUNDER',
      state: 'INVITED',
      version: 1,
      joinedAt: null,
      leftAt: null,
      seatCount: 0,
      organisation: { id: 'o-3', name: 'Stiftung Zukunft', kind: 'FOUNDATION', city: null },
    },
  ],
};
