import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { RegisterForm } from './register-form';

const open = { PlatformSettings: { data: { platformSettings: { registrationOpen: true, updatedAt: '2026-12-07T08:00:00Z' } } } };

async function fill() {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Name der Organisation'), 'Nachbarschaftshilfe Nord');
  await user.selectOptions(screen.getByLabelText('Art der Organisation'), 'FOUNDATION');
  await user.type(screen.getByLabelText(/^Ort/), 'Kassel');
  await user.type(screen.getByLabelText('Ihr Name (Ansprechperson)'), 'Nora Nord');
  await user.type(screen.getByLabelText('Ihre E-Mail-Adresse'), ' nora@example.org ');
  await user.type(screen.getByLabelText('Passwort'), 'ein-gutes-passwort');
  await user.click(screen.getByRole('button', { name: 'Registrieren' }));
}

describe('RegisterForm', () => {
  it('registers the organisation and its contact person, then says a mail is on its way (whatever the address)', async () => {
    const api = mockGraphQL({ ...open, RegisterOrganisation: { data: { registerOrganisation: true } } });
    renderWithProviders(<RegisterForm />);
    await fill();
    expect(await screen.findByText('Bitte bestätigen Sie Ihre E-Mail-Adresse')).toBeInTheDocument();
    expect(screen.getByText(/Wir haben eine E-Mail an nora@example.org geschickt/)).toBeInTheDocument();
    expect(api.callsOf('RegisterOrganisation')[0]!.variables).toEqual({
      input: {
        organisationName: 'Nachbarschaftshilfe Nord',
        organisationKind: 'FOUNDATION',
        city: 'Kassel',
        name: 'Nora Nord',
        email: 'nora@example.org',
        password: 'ein-gutes-passwort',
        locale: 'de',
      },
    });
  });

  it('shows no form when the platform takes organisations by invitation only', async () => {
    mockGraphQL({ PlatformSettings: { data: { platformSettings: { registrationOpen: false, updatedAt: '2026-12-07T08:00:00Z' } } } });
    renderWithProviders(<RegisterForm />);
    expect(await screen.findByText('Registrierung nur auf Einladung')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Registrieren' })).not.toBeInTheDocument();
  });

  it('says in German why it did not work', async () => {
    mockGraphQL({ ...open, RegisterOrganisation: gqlError('TOO_MANY_REQUESTS', 'x', { params: { seconds: 30 } }) });
    renderWithProviders(<RegisterForm />);
    await fill();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Die Registrierung hat nicht geklappt');
    expect(screen.queryByText(/Wir haben eine E-Mail/)).not.toBeInTheDocument();
  });
});
