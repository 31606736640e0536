import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { JoinSettingsPanel } from './join-settings-panel';

const withLink = { joinRequestsOpen: true, joinLinkPath: '/join/abc' };
const withoutLink = { joinRequestsOpen: true, joinLinkPath: null };

describe('JoinSettingsPanel', () => {
  it('withdraws the join link only after confirmation, and says it did', async () => {
    const api = mockGraphQL({
      JoinSettings: { data: { joinSettings: withLink } },
      RevokeJoinLink: { data: { revokeJoinLink: withoutLink } },
    });
    renderWithProviders(<JoinSettingsPanel allianceId="a1" />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Link zurückziehen' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Beitrittslink zurückziehen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(api.callsOf('RevokeJoinLink')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Link zurückziehen' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Link zurückziehen' }));
    await waitFor(() => expect(api.callsOf('RevokeJoinLink')).toHaveLength(1));
    expect(await screen.findByText('Der Beitrittslink ist zurückgezogen.')).toBeInTheDocument();
    expect(screen.getByText('Es gibt keinen Beitrittslink.')).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});
