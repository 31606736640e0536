import { screen, waitFor } from '@testing-library/react';
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

describe('InviteOrganisationForm', () => {
  it('invites a new organisation and shows the acceptance link once', async () => {
    const api = mockGraphQL({ InviteOrganisation: { data: { inviteOrganisation: created } } });
    const user = userEvent.setup();
    renderWithProviders(<InviteOrganisationForm allianceId="a-1" onDone={vi.fn()} />);

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

  it('invites an organisation already on the platform by its id', async () => {
    const api = mockGraphQL({ InviteOrganisation: { data: { inviteOrganisation: created } } });
    const user = userEvent.setup();
    renderWithProviders(<InviteOrganisationForm allianceId="a-1" onDone={vi.fn()} />);

    await user.click(screen.getByRole('radio', { name: /Bereits auf Gemeinwerk/ }));
    expect(screen.queryByLabelText('Name der Organisation')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Kennung der Organisation'), '6f1c2a7e-0d7e-4a8e-9a43-3b0c5c1f2d11');
    await user.type(screen.getByLabelText('E-Mail-Adresse der Kontaktperson'), 'kontakt@stiftung-zukunft.de');
    await user.click(screen.getByRole('button', { name: 'Einladung erstellen' }));

    await screen.findByLabelText('Einladungslink');
    expect(api.callsOf('InviteOrganisation')[0]!.variables).toEqual({
      input: { allianceId: 'a-1', role: 'PARTNER', email: 'kontakt@stiftung-zukunft.de', organisationId: '6f1c2a7e-0d7e-4a8e-9a43-3b0c5c1f2d11' },
    });
  });

  it('explains a refused invitation and keeps the input', async () => {
    mockGraphQL({ InviteOrganisation: gqlError('ALREADY_MEMBER', 'server text') });
    const user = userEvent.setup();
    renderWithProviders(<InviteOrganisationForm allianceId="a-1" onDone={vi.fn()} />);

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

    await user.type(screen.getByLabelText('Name der Organisation'), 'Neue Initiative');
    await user.type(screen.getByLabelText('E-Mail-Adresse der Kontaktperson'), 'a@b.c');
    await user.click(screen.getByRole('button', { name: 'Einladung erstellen' }));

    await waitFor(() => expect(screen.getByLabelText('E-Mail-Adresse der Kontaktperson')).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByLabelText('E-Mail-Adresse der Kontaktperson')).toHaveAccessibleDescription(/gültige E-Mail-Adresse/);
  });
});
