import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixtures, gqlError, mockGraphQL, renderApp } from '@/testing/test-utils';

const signedIn = {
  Me: { data: { me: fixtures.user } },
  MyAlliances: { data: { myAlliances: [fixtures.alliance] } },
  Alliance: { data: { alliance: fixtures.alliance } },
  Members: { data: { members: fixtures.members } },
  PendingInvitations: { data: { pendingInvitations: [] } },
};

describe('route guard', () => {
  it('sends a logged-out visitor to the login page and back to where they wanted to go', async () => {
    let loggedIn = false;
    mockGraphQL({
      ...signedIn,
      Me: () => (loggedIn ? signedIn.Me : gqlError('UNAUTHENTICATED')),
      Login: () => {
        loggedIn = true;
        return { data: { login: { expiresAt: '2026-12-31T00:00:00Z', user: fixtures.user } } };
      },
    });
    const user = userEvent.setup();
    const { router } = renderApp('/a/a-1/members');

    expect(await screen.findByRole('heading', { level: 1, name: 'Anmelden' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe(`?redirect=${encodeURIComponent('/a/a-1/members')}`);

    await user.type(screen.getByLabelText('E-Mail-Adresse'), fixtures.user.email);
    await user.type(screen.getByLabelText('Passwort'), 'richtig-geheim-123');
    await user.click(screen.getByRole('button', { name: 'Anmelden' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Mitglieder' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/a/a-1/members');
    expect(screen.getByRole('navigation', { name: 'Bereiche des Bündnisses' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mitglieder' })).toHaveAttribute('aria-current', 'page');
  });

  it('never redirects to another site after login', async () => {
    mockGraphQL({ ...signedIn });
    const { router } = renderApp('/login?redirect=//evil.example/phish');
    await waitFor(() => expect(router.state.location.pathname).toBe('/a/a-1/dashboard'));
  });

  it('goes straight into the only alliance', async () => {
    mockGraphQL({ ...signedIn });
    const { router } = renderApp('/');
    // Generous timeout: under a loaded CI machine the three chained queries can take over a second.
    expect(await screen.findByRole('heading', { level: 1, name: 'Bündnis Ausbildung Nord' }, { timeout: 5000 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/a/a-1/dashboard');
  });

  it('returns to login when the session ends while working', async () => {
    let sessionValid = true;
    mockGraphQL({
      ...signedIn,
      Me: () => (sessionValid ? signedIn.Me : gqlError('UNAUTHENTICATED')),
      Members: () => (sessionValid ? signedIn.Members : gqlError('UNAUTHENTICATED')),
    });
    const { router } = renderApp('/a/a-1/dashboard');
    await screen.findByRole('heading', { level: 1, name: 'Bündnis Ausbildung Nord' }, { timeout: 5000 });

    sessionValid = false;
    await act(() => router.navigate('/a/a-1/members'));

    expect(await screen.findByRole('heading', { level: 1, name: 'Anmelden' })).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?redirect=${encodeURIComponent('/a/a-1/members')}`);
  });

  it('shows a not-found page for unknown addresses', async () => {
    mockGraphQL({ ...signedIn });
    renderApp('/gibt-es-nicht');
    expect(await screen.findByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeInTheDocument();
  });
});
