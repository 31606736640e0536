import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ME_QUERY_KEY } from '@/lib/query-client';
import { fixtures, gqlError, mockGraphQL, renderWithProviders, testQueryClient } from '@/testing/test-utils';
import { JoinDirectory } from './join-alliance';

const alliance = { id: 'a9', name: 'Bildungsbündnis Nordstadt', backboneName: 'Stadtteilbüro Nordstadt', city: 'Kassel' };

function render() {
  const queryClient = testQueryClient();
  queryClient.setQueryData(ME_QUERY_KEY, fixtures.user);
  return renderWithProviders(<JoinDirectory />, { queryClient });
}

describe('JoinDirectory', () => {
  it('finds alliances that take requests and sends a request with a message', async () => {
    const api = mockGraphQL({
      JoinableAlliances: { data: { joinableAlliances: [alliance] } },
      RequestToJoin: { data: { requestToJoin: { id: 'r1', allianceName: alliance.name, state: 'PENDING' } } },
      MyJoinRequests: { data: { myJoinRequests: [] } },
    });
    render();
    const card = await screen.findByRole('article', { name: alliance.name });
    expect(within(card).getByText('Geschäftsstelle: Stadtteilbüro Nordstadt · Kassel')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(within(card).getByRole('button', { name: 'Beitritt anfragen' }));
    await user.type(within(card).getByLabelText('Nachricht an die Geschäftsstelle'), 'Wir machen mit.');
    await user.click(within(card).getByRole('button', { name: 'Anfrage senden' }));
    expect(await within(card).findByText(/Ihre Anfrage an „Bildungsbündnis Nordstadt“ ist verschickt/)).toBeInTheDocument();
    expect(api.callsOf('RequestToJoin')[0]!.variables).toEqual({ input: { targetAllianceId: 'a9', message: 'Wir machen mit.' } });
  });

  it('says so when an open request exists already', async () => {
    const api = mockGraphQL({ JoinableAlliances: { data: { joinableAlliances: [alliance] } }, RequestToJoin: gqlError('JOIN_REQUEST_PENDING', 'x') });
    const view = within(render().container);
    const user = userEvent.setup();
    await user.click(await view.findByRole('button', { name: 'Beitritt anfragen' }));
    await user.type(view.getByLabelText('Nachricht an die Geschäftsstelle'), 'Noch einmal.');
    await user.click(view.getByRole('button', { name: 'Anfrage senden' }));
    await expect.poll(() => api.callsOf('RequestToJoin').length).toBe(1);
    expect(await view.findByRole('alert')).toHaveTextContent('Für diese Organisation liegt bei diesem Bündnis schon eine offene Beitrittsanfrage vor.');
  });

  it('says when no alliance takes requests', async () => {
    mockGraphQL({ JoinableAlliances: { data: { joinableAlliances: [] } } });
    const view = within(render().container);
    expect(await view.findByText('Kein Bündnis gefunden, das Beitrittsanfragen annimmt.')).toBeInTheDocument();
  });
});
