import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { InvitationPreviewPanel } from './invitation-preview';

const preview = {
  allianceName: 'Bildungsbündnis Musterstadt',
  invitedByOrganisation: 'Bildungsbüro Musterstadt',
  organisationName: 'Musikschule Musterstadt',
  role: 'PARTNER',
  emailHint: 'l…@musikschule.example',
  expiresAt: '2026-12-20T09:00:00.000Z',
  state: 'OPEN',
};

function renderPanel(signedIn = false) {
  return renderWithProviders(
    <InvitationPreviewPanel token="a-1.secret" signedIn={signedIn}>
      <button type="button">Annehmen-Schritt</button>
    </InvitationPreviewPanel>,
  );
}

describe('InvitationPreviewPanel', () => {
  it('shows what the link is for, then the accept step', async () => {
    const api = mockGraphQL({ InvitationPreview: { data: { invitationPreview: preview } } });
    renderPanel();

    expect(await screen.findByRole('heading', { name: 'Bildungsbündnis Musterstadt' })).toBeInTheDocument();
    const fact = (term: string) => screen.getByText(term).nextElementSibling;
    expect(fact('Eingeladen von')).toHaveTextContent('Bildungsbüro Musterstadt');
    expect(fact('Eingeladene Organisation')).toHaveTextContent('Musikschule Musterstadt');
    expect(fact('Rolle im Bündnis')).toHaveTextContent(/Partner/);
    expect(fact('Für die E-Mail-Adresse')).toHaveTextContent('l…@musikschule.example');
    expect(fact('Gültig bis')).toHaveTextContent('20.12.2026');
    expect(screen.getByRole('button', { name: 'Annehmen-Schritt' })).toBeInTheDocument();
    expect(api.callsOf('InvitationPreview')[0]!.variables).toEqual({ token: 'a-1.secret' });
  });

  it('says clearly that a link no longer works, and offers no accept step', async () => {
    mockGraphQL({ InvitationPreview: gqlError('INVITATION_INVALID', 'server text') });
    renderPanel();

    expect(await screen.findByRole('alert')).toHaveTextContent('Diese Einladung gilt nicht mehr');
    expect(screen.queryByRole('button', { name: 'Annehmen-Schritt' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zur Anmeldung' })).toHaveAttribute('href', '/login');
  });

  it('tells that an invitation was already accepted', async () => {
    mockGraphQL({ InvitationPreview: { data: { invitationPreview: { ...preview, state: 'ACCEPTED' } } } });
    renderPanel(true);

    expect(await screen.findByText('Diese Einladung wurde bereits angenommen')).toBeInTheDocument();
    expect(screen.queryByText('Gültig bis')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Annehmen-Schritt' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zu Ihren Bündnissen' })).toHaveAttribute('href', '/');
  });

  it('offers to try again when loading fails for another reason', async () => {
    mockGraphQL({ InvitationPreview: gqlError('TOO_MANY_REQUESTS', 'Zu viele Versuche. Bitte warten Sie 60 Sekunden.', { params: { seconds: 60 } }) });
    renderPanel();

    expect(await screen.findByRole('alert')).toHaveTextContent('Die Einladung konnte nicht geladen werden.');
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
  });
});
