import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { InviteOrganisationForm } from './invite-organisation-form';

const created = {
  token: 'a-1.secret-token',
  acceptPath: '/invitation/a-1.secret-token',
  invitation: {
    id: 'i-1',
    email: 'kontakt@stiftung-zukunft.de',
    role: 'FUNDER',
    createdAt: '2026-03-01T09:00:00.000Z',
    expiresAt: '2026-03-15T09:00:00.000Z',
    organisation: { id: 'o-3', name: 'Stiftung Zukunft', kind: 'FOUNDATION' },
  },
};

// Typing whole forms with user-event takes seconds on a loaded machine.
describe('InviteOrganisationForm', { timeout: 15_000 }, () => {
  it('invites a new organisation and shows the acceptance link once', async () => {
    const api = mockGraphQL({ InviteOrganisation: { data: { inviteOrganisation: created } } });
    const user = userEvent.setup();
    renderWithProviders(<InviteOrganisationForm allianceId="a-1" onDone={vi.fn()} />);

    await user.click(screen.getByRole('radio', { name: /Neue Organisation/ }));
    await user.type(screen.getByLabelText('Name der Organisation'), 'Stiftung Zukunft');
    await user.selectOptions(screen.getByLabelText('Art der Organisation'), 'FOUNDATION');
    await user.selectOptions(screen.getByLabelText('Rolle im Bündnis'), 'FUNDER');
    await user.type(screen.getByLabelText('E-Mail-Adresse der Kontaktperson'), 'kontakt@stiftung-zukunft.de');
    await user.click(screen.getByRole('button', { name: 'Einladung erstellen' }));

    const link = await screen.findByLabelText('Einladungslink');
    expect(link).toHaveValue(`${window.location.origin}/invitation/a-1.secret-token`);
    expect(screen.getByText('Einladung für Stiftung Zukunft erstellt')).toBeInTheDocument();
    expect(screen.getByText(/bis zum 15\.03\.2026 gültig/)).toBeInTheDocument();
    expect(api.callsOf('InviteOrganisation')[0]!.variables).toEqual({
      input: { allianceId: 'a-1', role: 'FUNDER', email: 'kontakt@stiftung-zukunft.de', organisationName: 'Stiftung Zukunft', organisationKind: 'FOUNDATION' },
    });
  });

  it('finds an organisation on the platform by name and invites it; members cannot be chosen', async () => {
    const api = mockGraphQL({
      OrganisationSearch: {
        data: {
          organisationSearch: [
            { id: 'o-3', name: 'Stiftung Zukunft', city: 'Musterstadt', membershipState: null },
            { id: 'o-4', name: 'Stiftung Jugend', membershipState: 'ACTIVE' },
            { id: 'o-5', name: 'Stiftung Lesen', membershipState: 'LEFT' },
          ],
        },
      },
      InviteOrganisation: { data: { inviteOrganisation: created } },
    });
    const user = userEvent.setup();
    renderWithProviders(<InviteOrganisationForm allianceId="a-1" onDone={vi.fn()} />);

    const search = screen.getByRole('combobox', { name: 'Organisation suchen' });
    await user.type(search, 'stift');
    const list = await screen.findByRole('listbox', { name: 'Gefundene Organisationen' });
    expect(search).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => expect(screen.getByText('3 Organisationen gefunden')).toBeInTheDocument());
    expect(within(list).getByRole('option', { name: /Stiftung Zukunft/ })).toHaveTextContent('Musterstadt');
    const member = within(list).getByRole('option', { name: /Stiftung Jugend/ });
    expect(member).toHaveAttribute('aria-disabled', 'true');
    expect(member).toHaveTextContent('bereits Mitglied');
    await user.click(member);
    expect(screen.queryByText(/Ausgewählt:/)).not.toBeInTheDocument();

    // Keyboard: down to the first option, Enter chooses it.
    await user.keyboard('{ArrowDown}');
    expect(search).toHaveAttribute('aria-activedescendant', within(list).getAllByRole('option')[0]!.id);
    await user.keyboard('{Enter}');
    expect(search).toHaveValue('Stiftung Zukunft');
    expect(search).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText('Ausgewählt: Stiftung Zukunft')).toBeInTheDocument();

    // An existing organisation is invited through its own admins: no address to enter.
    expect(screen.queryByLabelText('E-Mail-Adresse der Kontaktperson')).not.toBeInTheDocument();
    expect(screen.getByText(/Die Einladung geht an die Administrator:innen dieser Organisation/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Einladung erstellen' }));

    await screen.findByLabelText('Einladungslink');
    expect(api.callsOf('OrganisationSearch').map((c) => c.variables)).toEqual([{ allianceId: 'a-1', query: 'stift', first: 8 }]);
    expect(api.callsOf('InviteOrganisation')[0]!.variables).toEqual({
      input: { allianceId: 'a-1', role: 'PARTNER', organisationId: 'o-3' },
    });
  });

  it('asks for a choice instead of sending, and offers a new organisation when none fits', async () => {
    const api = mockGraphQL({ OrganisationSearch: { data: { organisationSearch: [] } }, InviteOrganisation: { data: { inviteOrganisation: created } } });
    const user = userEvent.setup();
    renderWithProviders(<InviteOrganisationForm allianceId="a-1" onDone={vi.fn()} />);

    const search = screen.getByRole('combobox', { name: 'Organisation suchen' });
    await user.type(search, 'Quartiersrat');
    await user.click(screen.getByRole('button', { name: 'Einladung erstellen' }));
    expect(search).toHaveAttribute('aria-invalid', 'true');
    expect(search).toHaveAccessibleDescription(/Bitte wählen Sie eine Organisation aus der Liste/);
    expect(api.callsOf('InviteOrganisation')).toHaveLength(0);

    expect(await screen.findByText('Keine Organisation mit diesem Namen gefunden.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '„Quartiersrat“ als neue Organisation einladen' }));
    expect(screen.getByRole('radio', { name: /Neue Organisation/ })).toBeChecked();
    expect(screen.getByLabelText('Name der Organisation')).toHaveValue('Quartiersrat');
  });

  it('does not search before two characters', async () => {
    const api = mockGraphQL({ OrganisationSearch: { data: { organisationSearch: [] } } });
    const user = userEvent.setup();
    renderWithProviders(<InviteOrganisationForm allianceId="a-1" onDone={vi.fn()} />);
    await user.type(screen.getByRole('combobox', { name: 'Organisation suchen' }), 'S');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(api.callsOf('OrganisationSearch')).toHaveLength(0);
  });

  it('explains a refused invitation and keeps the input', async () => {
    mockGraphQL({ InviteOrganisation: gqlError('ALREADY_MEMBER', 'server text') });
    const user = userEvent.setup();
    renderWithProviders(<InviteOrganisationForm allianceId="a-1" onDone={vi.fn()} />);

    await user.click(screen.getByRole('radio', { name: /Neue Organisation/ }));
    await user.type(screen.getByLabelText('Name der Organisation'), 'Jugendwerk Nord e. V.');
    await user.type(screen.getByLabelText('E-Mail-Adresse der Kontaktperson'), 'info@jugendwerk.de');
    await user.click(screen.getByRole('button', { name: 'Einladung erstellen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Diese Organisation ist bereits Mitglied oder eingeladen.');
    expect(screen.getByLabelText('Name der Organisation')).toHaveValue('Jugendwerk Nord e. V.');
    expect(screen.queryByLabelText('Einladungslink')).not.toBeInTheDocument();
  });

  it('marks the field the API rejected', async () => {
    mockGraphQL({
      InviteOrganisation: gqlError('VALIDATION_FAILED', 'Bitte prüfen Sie Ihre Eingaben: email (keine gültige E-Mail-Adresse).', {
        fields: [{ field: 'email', code: 'email' }],
      }),
    });
    const user = userEvent.setup();
    renderWithProviders(<InviteOrganisationForm allianceId="a-1" onDone={vi.fn()} />);

    await user.click(screen.getByRole('radio', { name: /Neue Organisation/ }));
    await user.type(screen.getByLabelText('Name der Organisation'), 'Neue Initiative');
    await user.type(screen.getByLabelText('E-Mail-Adresse der Kontaktperson'), 'a@b.c');
    await user.click(screen.getByRole('button', { name: 'Einladung erstellen' }));

    await waitFor(() => expect(screen.getByLabelText('E-Mail-Adresse der Kontaktperson')).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByLabelText('E-Mail-Adresse der Kontaktperson')).toHaveAccessibleDescription(/gültige E-Mail-Adresse/);
  });
});
