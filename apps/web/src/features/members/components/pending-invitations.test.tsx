import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { PendingInvitations } from './pending-invitations';

const invitation = {
  id: 'i1',
  email: 'kontakt@lesepaten.example',
  role: 'PARTNER',
  createdAt: '2026-11-01T08:00:00Z',
  expiresAt: '2026-11-15T08:00:00Z',
  organisation: { id: 'o1', name: 'Lesepaten e. V.', kind: 'NGO' },
};

describe('PendingInvitations', () => {
  it('withdraws an invitation only after confirmation, and says so once it is gone', async () => {
    let open = [invitation];
    const api = mockGraphQL({
      PendingInvitations: () => ({ data: { pendingInvitations: open } }),
      RevokeInvitation: () => {
        open = [];
        return { data: { revokeInvitation: true } };
      },
    });
    renderWithProviders(<PendingInvitations allianceId="a1" />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Zurückziehen – Lesepaten e\. V\./ }));
    const dialog = await screen.findByRole('alertdialog');
    expect(api.callsOf('RevokeInvitation')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Einladung zurückziehen' }));
    await waitFor(() => expect(api.callsOf('RevokeInvitation')[0]!.variables).toEqual({ input: { allianceId: 'a1', invitationId: 'i1' } }));
    expect(await screen.findByText(/Die Einladung an Lesepaten e\. V\. ist zurückgezogen\./)).toBeInTheDocument();
    expect(await screen.findByText('Es gibt keine offenen Einladungen.')).toBeInTheDocument();
  });
});
