import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { ResetPasswordForm } from './reset-password-form';

async function fill(password: string, repeat = password) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Neues Passwort'), password);
  await user.type(screen.getByLabelText('Neues Passwort wiederholen'), repeat);
  await user.click(screen.getByRole('button', { name: 'Passwort speichern' }));
}

describe('ResetPasswordForm', () => {
  it('sends the token with the new password and leads to the sign-in', async () => {
    const api = mockGraphQL({ ResetPassword: { data: { resetPassword: true } } });
    renderWithProviders(<ResetPasswordForm token="tok-123" />);
    await fill('ein-neues-passwort');
    expect(await screen.findByRole('status')).toHaveTextContent('Passwort geändert');
    expect(api.callsOf('ResetPassword')[0]!.variables).toEqual({ input: { token: 'tok-123', newPassword: 'ein-neues-passwort' } });
    expect(screen.getByRole('link', { name: 'Zur Anmeldung' })).toHaveAttribute('href', '/login');
  });

  it('checks length and repetition before sending anything', async () => {
    const api = mockGraphQL({ ResetPassword: { data: { resetPassword: true } } });
    renderWithProviders(<ResetPasswordForm token="tok-123" />);
    await fill('kurz', 'anders');
    expect(screen.getByText('Das Passwort braucht mindestens 10 Zeichen.')).toBeInTheDocument();
    expect(screen.getByText('Die beiden Eingaben stimmen nicht überein.')).toBeInTheDocument();
    expect(screen.getByLabelText('Neues Passwort')).toHaveAttribute('aria-invalid', 'true');
    expect(api.callsOf('ResetPassword')).toHaveLength(0);
  });

  it('an invalid or used link: says so and offers a new one', async () => {
    mockGraphQL({ ResetPassword: gqlError('RESET_LINK_INVALID', 'Dieser Link …') });
    renderWithProviders(<ResetPasswordForm token="alt" />);
    await fill('ein-neues-passwort');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Passwort nicht geändert');
    expect(alert).toHaveTextContent('Dieser Link zum Zurücksetzen des Passworts ist ungültig, abgelaufen oder wurde schon benutzt.');
    expect(screen.getByRole('link', { name: 'Neuen Link anfordern' })).toHaveAttribute('href', '/forgot-password');
  });

  it('speaks English when the UI does', async () => {
    await i18n.changeLanguage('en');
    mockGraphQL({ ResetPassword: { data: { resetPassword: true } } });
    renderWithProviders(<ResetPasswordForm token="tok" />);
    expect(screen.getByLabelText('New password')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save password' })).toBeInTheDocument();
  });
});
