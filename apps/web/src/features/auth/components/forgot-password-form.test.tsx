import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { ForgotPasswordForm } from './forgot-password-form';

async function ask(email: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('E-Mail-Adresse'), email);
  await user.click(screen.getByRole('button', { name: 'Link anfordern' }));
}

describe('ForgotPasswordForm', () => {
  it('asks for a link and says the same for any address', async () => {
    const api = mockGraphQL({ RequestPasswordReset: { data: { requestPasswordReset: true } } });
    renderWithProviders(<ForgotPasswordForm />);
    await ask(' anna.berger@example.org ');
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('E-Mail ist unterwegs');
    expect(status).toHaveTextContent('Wenn es ein Konto mit der Adresse anna.berger@example.org gibt');
    expect(api.callsOf('RequestPasswordReset')[0]!.variables).toEqual({ input: { email: 'anna.berger@example.org' } });
    expect(screen.getByRole('link', { name: 'Zurück zur Anmeldung' })).toHaveAttribute('href', '/login');
  });

  it('says when there were too many requests, nothing about the address', async () => {
    mockGraphQL({ RequestPasswordReset: gqlError('TOO_MANY_REQUESTS', 'Zu viele Versuche.') });
    renderWithProviders(<ForgotPasswordForm />);
    await ask('anna.berger@example.org');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Das hat nicht geklappt');
    expect(screen.queryByText(/unterwegs/)).not.toBeInTheDocument();
  });
});
