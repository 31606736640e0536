import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ME_QUERY_KEY } from '@/lib/query-client';
import { fixtures, gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { PlatformSetupForm } from './platform-setup-form';

async function fill(password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Ihr Name'), 'Ada Admin');
  await user.type(screen.getByLabelText('E-Mail-Adresse'), 'ada@example.org');
  await user.type(screen.getByLabelText('Passwort'), password);
  await user.click(screen.getByRole('button', { name: 'Konto anlegen' }));
}

describe('PlatformSetupForm', () => {
  it('creates the administrator with the link token and signs them in', async () => {
    const admin = { ...fixtures.user, isPlatformAdmin: true, organisations: [] };
    const api = mockGraphQL({ CompletePlatformSetup: { data: { completePlatformSetup: { expiresAt: '2026-12-31T00:00:00Z', user: admin } } } });
    const onDone = vi.fn();
    const { queryClient } = renderWithProviders(<PlatformSetupForm token="setup-1" onDone={onDone} />);
    await fill('erstes-geheimnis-1');
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(api.callsOf('CompletePlatformSetup')[0]!.variables).toEqual({
      input: { token: 'setup-1', name: 'Ada Admin', email: 'ada@example.org', password: 'erstes-geheimnis-1', locale: 'de', mode: 'COOKIE' },
    });
    expect(queryClient.getQueryData(ME_QUERY_KEY)).toEqual(admin);
  });

  it('a used link: says so; a short password is caught before sending', async () => {
    const api = mockGraphQL({ CompletePlatformSetup: gqlError('SETUP_LINK_INVALID', 'x') });
    renderWithProviders(<PlatformSetupForm token="alt" onDone={vi.fn()} />);
    await fill('kurz');
    expect(screen.getByText('Das Passwort braucht mindestens 10 Zeichen.')).toBeInTheDocument();
    expect(api.callsOf('CompletePlatformSetup')).toHaveLength(0);
    await userEvent.setup().type(screen.getByLabelText('Passwort'), '-und-jetzt-lang');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Konto anlegen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Dieser Einrichtungslink ist ungültig, abgelaufen oder wurde schon benutzt.');
  });
});
