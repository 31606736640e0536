import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ME_QUERY_KEY } from '@/lib/query-client';
import { fixtures, gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { LoginForm } from './login-form';

async function fillAndSubmit(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('E-Mail-Adresse'), email);
  await user.type(screen.getByLabelText('Passwort'), password);
  await user.click(screen.getByRole('button', { name: 'Anmelden' }));
}

describe('LoginForm', () => {
  it('signs in with a cookie session and hands over the user', async () => {
    const api = mockGraphQL({ Login: { data: { login: { expiresAt: '2026-12-31T00:00:00Z', user: fixtures.user } } } });
    const onSuccess = vi.fn();
    const { queryClient } = renderWithProviders(<LoginForm onSuccess={onSuccess} />);

    await fillAndSubmit('  anna.berger@example.org ', 'richtig-geheim-123');

    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith(fixtures.user));
    expect(api.callsOf('Login')[0]!.variables).toEqual({
      input: { email: 'anna.berger@example.org', password: 'richtig-geheim-123', mode: 'COOKIE' },
    });
    expect(api.callsOf('Login')[0]!.headers['accept-language']).toBe('de');
    expect(queryClient.getQueryData(ME_QUERY_KEY)).toEqual(fixtures.user);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows one generic message for wrong credentials', async () => {
    mockGraphQL({ Login: gqlError('INVALID_CREDENTIALS', 'E-Mail-Adresse oder Passwort ist falsch.') });
    const onSuccess = vi.fn();
    renderWithProviders(<LoginForm onSuccess={onSuccess} />);

    await fillAndSubmit('anna.berger@example.org', 'falsch');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Anmeldung fehlgeschlagen');
    expect(alert).toHaveTextContent('E-Mail-Adresse oder Passwort ist nicht korrekt.');
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('does not reveal details of other failures either', async () => {
    mockGraphQL({ Login: gqlError('VALIDATION_FAILED', 'Bitte prüfen Sie Ihre Eingaben: email (keine gültige E-Mail-Adresse).') });
    renderWithProviders(<LoginForm onSuccess={vi.fn()} />);

    await fillAndSubmit('anna@example.org', 'x');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('E-Mail-Adresse oder Passwort ist nicht korrekt.');
    expect(alert).not.toHaveTextContent('keine gültige');
  });

  it('asks for the code when a second factor is enrolled, then signs in', async () => {
    const api = mockGraphQL({
      Login: { data: { login: { expiresAt: null, twoFactorChallenge: 'challenge-1', user: null } } },
      LoginWithTwoFactor: { data: { loginWithTwoFactor: { expiresAt: '2026-12-31T00:00:00Z', user: fixtures.user } } },
    });
    const onSuccess = vi.fn();
    const { queryClient } = renderWithProviders(<LoginForm onSuccess={onSuccess} />);

    await fillAndSubmit('anna.berger@example.org', 'richtig-geheim-123');
    const codeField = await screen.findByLabelText('Code');
    expect(onSuccess).not.toHaveBeenCalled();
    expect(queryClient.getQueryData(ME_QUERY_KEY)).toBeUndefined();

    const user = userEvent.setup();
    await user.type(codeField, ' 123456 ');
    await user.click(screen.getByRole('button', { name: 'Bestätigen' }));

    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith(fixtures.user));
    expect(api.callsOf('LoginWithTwoFactor')[0]!.variables).toEqual({ input: { challenge: 'challenge-1', code: '123456' } });
    expect(queryClient.getQueryData(ME_QUERY_KEY)).toEqual(fixtures.user);
  });

  it('says when a code is wrong, and leads back to the password when the step expired', async () => {
    mockGraphQL({
      Login: { data: { login: { expiresAt: null, twoFactorChallenge: 'challenge-1', user: null } } },
      LoginWithTwoFactor: gqlError('TWO_FACTOR_CHALLENGE_INVALID', 'abgelaufen'),
    });
    renderWithProviders(<LoginForm onSuccess={vi.fn()} />);
    await fillAndSubmit('anna.berger@example.org', 'richtig-geheim-123');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Code'), '000000');
    await user.click(screen.getByRole('button', { name: 'Bestätigen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Die Anmeldung ist abgelaufen');
    await user.click(screen.getByRole('button', { name: 'Erneut anmelden' }));
    expect(screen.getByLabelText('Passwort')).toHaveValue('');
  });
});
