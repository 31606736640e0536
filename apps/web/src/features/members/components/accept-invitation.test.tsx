import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { AcceptInvitation } from './accept-invitation';

const accepted = { data: { acceptInvitation: { allianceId: 'a-1', membership: { id: 'm-9', role: 'PARTNER', state: 'ACTIVE' } } } };

function renderAnonymous() {
  const onAccepted = vi.fn();
  renderWithProviders(
    <AcceptInvitation
      token="a-1.secret"
      user={null}
      loginHref="/login?redirect=%2Finvitation%2Fa-1.secret"
      onAccepted={onAccepted}
      onSwitchAccount={vi.fn()}
    />,
  );
  return onAccepted;
}

// Typing whole forms with user-event takes seconds on a loaded machine.
describe('AcceptInvitation', { timeout: 15_000 }, () => {
  it('checks name and password before creating the account', async () => {
    const api = mockGraphQL({ AcceptInvitation: accepted, Me: gqlError('UNAUTHENTICATED'), MyAlliances: { data: { myAlliances: [] } } });
    const user = userEvent.setup();
    const onAccepted = renderAnonymous();

    await user.type(screen.getByLabelText('Ihr Name'), 'Nora Neumann');
    await user.type(screen.getByLabelText('Passwort'), 'zu-kurz');
    await user.type(screen.getByLabelText('Passwort wiederholen'), 'zu-kurz');
    await user.click(screen.getByRole('button', { name: 'Konto anlegen und Einladung annehmen' }));

    expect(screen.getByLabelText('Passwort')).toHaveAccessibleDescription(/mindestens 10 Zeichen lang/);
    expect(api.callsOf('AcceptInvitation')).toHaveLength(0);

    await user.clear(screen.getByLabelText('Passwort'));
    await user.type(screen.getByLabelText('Passwort'), 'sehr-geheim-2026');
    await user.clear(screen.getByLabelText('Passwort wiederholen'));
    await user.type(screen.getByLabelText('Passwort wiederholen'), 'sehr-geheim-2026');
    await user.click(screen.getByRole('button', { name: 'Konto anlegen und Einladung annehmen' }));

    await waitFor(() => expect(onAccepted).toHaveBeenCalledWith(accepted.data.acceptInvitation));
    expect(api.callsOf('AcceptInvitation')[0]!.variables).toEqual({
      input: { token: 'a-1.secret', name: 'Nora Neumann', password: 'sehr-geheim-2026', mode: 'COOKIE' },
    });
  });

  it('asks to sign in when the invited address already has an account', async () => {
    mockGraphQL({ AcceptInvitation: gqlError('UNAUTHENTICATED', 'Bitte melden Sie sich an.') });
    const user = userEvent.setup();
    renderAnonymous();

    await user.type(screen.getByLabelText('Ihr Name'), 'Nora Neumann');
    await user.type(screen.getByLabelText('Passwort'), 'sehr-geheim-2026');
    await user.type(screen.getByLabelText('Passwort wiederholen'), 'sehr-geheim-2026');
    await user.click(screen.getByRole('button', { name: 'Konto anlegen und Einladung annehmen' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Es gibt bereits ein Konto');
    expect(screen.getAllByRole('link', { name: 'Anmelden' })[0]).toHaveAttribute('href', '/login?redirect=%2Finvitation%2Fa-1.secret');
  });

  it("offers only signing in for an existing organisation's invitation (its admins accept it)", async () => {
    const preview = {
      allianceName: 'Klimaallianz Nordkreis',
      invitedByOrganisation: 'Geschäftsstelle',
      organisationName: 'Amt für Schule und Bildung',
      role: 'PARTNER',
      emailHint: null,
      forOrganisationAdmins: true,
      expiresAt: '2026-12-01T00:00:00Z',
      state: 'OPEN',
    };
    const api = mockGraphQL({ InvitationPreview: { data: { invitationPreview: preview } }, AcceptInvitation: accepted });
    renderAnonymous();
    expect(await screen.findByText(/Nur wer sie auf Gemeinwerk verwaltet, kann sie annehmen/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Anmelden' })).toHaveAttribute('href', '/login?redirect=%2Finvitation%2Fa-1.secret');
    expect(screen.queryByLabelText('Ihr Name')).not.toBeInTheDocument();
    expect(api.callsOf('AcceptInvitation')).toHaveLength(0);
  });
});
