import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { JoinRequestsPanel } from './join-requests-panel';

const request = {
  id: 'r1',
  message: 'Wir möchten mitmachen.',
  requestedByName: 'Rita Request',
  viaLink: true,
  version: 1,
  createdAt: '2026-12-07T08:00:00Z',
  organisation: { id: 'o1', name: 'Lesepaten e. V.', kind: 'NGO', city: 'Kassel' },
};

describe('JoinRequestsPanel', () => {
  it('accepts a request with the chosen role', async () => {
    const api = mockGraphQL({
      JoinRequests: { data: { joinRequests: [request] } },
      AcceptJoinRequest: { data: { acceptJoinRequest: { id: 'r1', state: 'ACCEPTED', role: 'FUNDER' } } },
    });
    renderWithProviders(<JoinRequestsPanel allianceId="a1" />);
    const card = await screen.findByRole('article', { name: 'Lesepaten e. V. · Kassel' });
    expect(within(card).getByText('Wir möchten mitmachen.')).toBeInTheDocument();
    expect(within(card).getByText(/Angefragt von Rita Request am .* · über den Beitrittslink/)).toBeInTheDocument();
    const user = userEvent.setup();
    await user.selectOptions(within(card).getByLabelText('Rolle'), 'FUNDER');
    await user.click(within(card).getByRole('button', { name: 'Annehmen' }));
    expect(api.callsOf('AcceptJoinRequest')[0]!.variables).toEqual({ input: { allianceId: 'a1', joinRequestId: 'r1', version: 1, role: 'FUNDER' } });
    // The decided request leaves the list; a message says what became of it.
    expect(await screen.findByText('Lesepaten e. V. ist aufgenommen.')).toBeInTheDocument();
  });

  it('declines only with a reason, and shows a refusal in German', async () => {
    const api = mockGraphQL({ JoinRequests: { data: { joinRequests: [request] } }, DeclineJoinRequest: gqlError('JOIN_REQUEST_DECIDED', 'x') });
    renderWithProviders(<JoinRequestsPanel allianceId="a1" />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ablehnen' }));
    await user.type(screen.getByLabelText('Begründung (die anfragende Organisation liest sie)'), 'Nur für Göttingen.');
    await user.click(screen.getByRole('button', { name: 'Ablehnung senden' }));
    expect(api.callsOf('DeclineJoinRequest')[0]!.variables).toEqual({
      input: { allianceId: 'a1', joinRequestId: 'r1', version: 1, reason: 'Nur für Göttingen.' },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Über diese Beitrittsanfrage wurde schon entschieden.');
  });

  it('says when nothing waits', async () => {
    mockGraphQL({ JoinRequests: { data: { joinRequests: [] } } });
    renderWithProviders(<JoinRequestsPanel allianceId="a1" />);
    expect(await screen.findByText('Keine offenen Beitrittsanfragen.')).toBeInTheDocument();
  });
});
