import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { ColleaguesPanel } from './colleagues-panel';

const people = {
  organisationId: 'o1',
  organisationName: 'Jugendhilfe Nord',
  people: [
    { userId: 'u1', name: 'Anna Admin', email: 'anna@example.org', isAdmin: true, since: '2026-01-10T08:00:00Z', isMe: true },
    { userId: 'u2', name: 'Karl Kollege', email: 'karl@example.org', isAdmin: false, since: '2026-03-10T08:00:00Z', isMe: false },
  ],
  invitations: [{ id: 'i1', email: 'neu@example.org', createdAt: '2026-12-01T08:00:00Z', expiresAt: '2026-12-15T08:00:00Z' }],
};

describe('ColleaguesPanel', () => {
  it('lists people with admin and "you" marks and open invitations; invites, revokes, appoints and removes', async () => {
    const api = mockGraphQL({
      OrganisationColleagues: { data: { organisationColleagues: people } },
      InviteColleague: { data: { inviteColleague: { id: 'i2', email: 'lea@example.org' } } },
      RevokeColleagueInvitation: { data: { revokeColleagueInvitation: true } },
      SetColleagueAdmin: { data: { setColleagueAdmin: { userId: 'u2', isAdmin: true } } },
      RemoveColleague: { data: { removeColleague: true } },
    });
    renderWithProviders(<ColleaguesPanel organisationId="o1" />);
    const list = await screen.findByRole('list', { name: 'Personen von Jugendhilfe Nord' });
    const [anna, karl] = within(list).getAllByRole('listitem');
    expect(anna).toHaveTextContent('Anna Admin');
    expect(anna).toHaveTextContent('Sie');
    expect(anna).toHaveTextContent('Verwaltung');
    expect(karl).toHaveTextContent('karl@example.org');
    expect(within(karl!).queryByText('Verwaltung')).toBeNull();
    expect(within(anna!).getByText('Verwaltung')).toBeInTheDocument();

    const user = userEvent.setup();
    await user.type(screen.getByLabelText('E-Mail-Adresse der Kollegin oder des Kollegen'), 'lea@example.org ');
    await user.click(screen.getByRole('button', { name: 'Per E-Mail einladen' }));
    expect(await screen.findByText('Die Einladung an lea@example.org ist unterwegs.')).toBeInTheDocument();
    expect(api.callsOf('InviteColleague')[0]!.variables).toEqual({ input: { organisationId: 'o1', email: 'lea@example.org' } });

    // Withdrawing asks first: nothing is sent until the dialog is confirmed, then the page says what happened.
    await user.click(screen.getByRole('button', { name: 'Einladung an neu@example.org zurückziehen' }));
    const ask = await screen.findByRole('alertdialog', { name: 'Einladung an neu@example.org zurückziehen?' });
    expect(api.callsOf('RevokeColleagueInvitation')).toHaveLength(0);
    await user.click(within(ask).getByRole('button', { name: 'Zurückziehen' }));
    await waitFor(() => expect(api.callsOf('RevokeColleagueInvitation')[0]!.variables).toEqual({ input: { organisationId: 'o1', invitationId: 'i1' } }));
    expect(await screen.findByText('Die Einladung an neu@example.org ist zurückgezogen.')).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).toBeNull();

    await user.click(within(karl!).getByRole('button', { name: 'Verwaltungsrechte geben' }));
    await waitFor(() => expect(api.callsOf('SetColleagueAdmin')[0]!.variables).toEqual({ input: { organisationId: 'o1', userId: 'u2', isAdmin: true } }));

    await user.click(within(karl!).getByRole('button', { name: 'Karl Kollege entfernen' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('verliert sofort den Zugang');
    await user.click(within(dialog).getByRole('button', { name: 'Entfernen' }));
    await waitFor(() => expect(api.callsOf('RemoveColleague')[0]!.variables).toEqual({ input: { organisationId: 'o1', userId: 'u2' } }));
    expect(await screen.findByText('Karl Kollege gehört nicht mehr zur Organisation.')).toBeInTheDocument();
  });

  it('cancelling the withdrawal of an invitation sends nothing', async () => {
    const api = mockGraphQL({ OrganisationColleagues: { data: { organisationColleagues: people } } });
    renderWithProviders(<ColleaguesPanel organisationId="o1" />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Einladung an neu@example.org zurückziehen' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Abbrechen' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(api.callsOf('RevokeColleagueInvitation')).toHaveLength(0);
  });

  it('shows the translated refusal when the last admin would step down', async () => {
    mockGraphQL({
      OrganisationColleagues: { data: { organisationColleagues: people } },
      SetColleagueAdmin: gqlError('LAST_ORGANISATION_ADMIN', 'Ihre Organisation braucht mindestens eine Person mit Verwaltungsrechten.'),
    });
    renderWithProviders(<ColleaguesPanel organisationId="o1" />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Verwaltungsrechte abgeben' }));
    expect(await screen.findByText(/mindestens eine Person mit Verwaltungsrechten/)).toBeInTheDocument();
  });
});
