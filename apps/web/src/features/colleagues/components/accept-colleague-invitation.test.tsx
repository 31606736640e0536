import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { AcceptColleagueInvitation } from './accept-colleague-invitation';

const preview = (accountExists: boolean) => ({
  data: {
    colleagueInvitationPreview: {
      organisationName: 'Jugendhilfe Nord',
      invitedByName: 'Anna Admin',
      emailHint: 'k…@example.org',
      accountExists,
      expiresAt: '2026-12-20T08:00:00Z',
    },
  },
});
const props = { token: 'tok-1234567890', loginHref: '/login?next=x', onSwitchAccount: vi.fn() };

describe('AcceptColleagueInvitation', () => {
  it('a new address: name and password, then accepted with a cookie session', async () => {
    const api = mockGraphQL({
      ColleagueInvitationPreview: preview(false),
      AcceptColleagueInvitation: { data: { acceptColleagueInvitation: { organisationId: 'o1', allianceIds: ['a1'] } } },
      Me: { data: { me: null } },
      MyAlliances: { data: { myAlliances: [] } },
    });
    const onAccepted = vi.fn();
    renderWithProviders(<AcceptColleagueInvitation {...props} user={null} onAccepted={onAccepted} />);
    expect(await screen.findByText('Anna Admin lädt Sie ein, für Jugendhilfe Nord in Gemeinwerk mitzuarbeiten.')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Ihr Name'), 'Kim Kollegin');
    await user.type(screen.getByLabelText('Passwort', { exact: true }), 'kurz');
    await user.type(screen.getByLabelText('Passwort wiederholen'), 'kurz');
    await user.click(screen.getByRole('button', { name: 'Konto anlegen und annehmen' }));
    expect(await screen.findByText('Das Passwort braucht mindestens 10 Zeichen.')).toBeInTheDocument();
    expect(api.callsOf('AcceptColleagueInvitation')).toHaveLength(0);
    await user.clear(screen.getByLabelText('Passwort', { exact: true }));
    await user.type(screen.getByLabelText('Passwort', { exact: true }), 'ein-gutes-passwort');
    await user.clear(screen.getByLabelText('Passwort wiederholen'));
    await user.type(screen.getByLabelText('Passwort wiederholen'), 'ein-gutes-passwort');
    await user.click(screen.getByRole('button', { name: 'Konto anlegen und annehmen' }));
    await waitFor(() => expect(onAccepted).toHaveBeenCalledWith({ organisationId: 'o1', allianceIds: ['a1'] }));
    expect(api.callsOf('AcceptColleagueInvitation')[0]!.variables).toEqual({
      input: { token: props.token, name: 'Kim Kollegin', password: 'ein-gutes-passwort', mode: 'COOKIE' },
    });
  });

  it('an address with an account: sign in first, no form to create one', async () => {
    mockGraphQL({ ColleagueInvitationPreview: preview(true) });
    renderWithProviders(<AcceptColleagueInvitation {...props} user={null} onAccepted={vi.fn()} />);
    expect(await screen.findByRole('link', { name: 'Anmelden und annehmen' })).toHaveAttribute('href', '/login?next=x');
    expect(screen.queryByLabelText('Ihr Name')).not.toBeInTheDocument();
  });

  it('signed in with another account: refused, with the way to switch', async () => {
    mockGraphQL({ ColleagueInvitationPreview: preview(true), AcceptColleagueInvitation: gqlError('INVITATION_INVALID') });
    renderWithProviders(<AcceptColleagueInvitation {...props} user={{ name: 'Fremd', email: 'fremd@example.org' }} onAccepted={vi.fn()} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Einladung annehmen' }));
    expect(await screen.findByText('Die Einladung gilt nicht für fremd@example.org. Melden Sie sich mit der eingeladenen Adresse an.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Abmelden' }));
    expect(props.onSwitchAccount).toHaveBeenCalled();
  });

  it('a used or revoked link says so', async () => {
    mockGraphQL({ ColleagueInvitationPreview: gqlError('INVITATION_INVALID') });
    renderWithProviders(<AcceptColleagueInvitation {...props} user={null} onAccepted={vi.fn()} />);
    expect(await screen.findByText('Diese Einladung gilt nicht mehr')).toBeInTheDocument();
  });
});
