import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { activity } from '../testing/fixtures';
import { ActivityDetail } from './activity-detail';

const partner = { role: 'PARTNER' as const, membershipId: 'm-2' };

describe('ActivityDetail', () => {
  it('shows the facts in German and offers the allowed status changes to the owning partner', async () => {
    const api = mockGraphQL({
      Activity: { data: { activity: activity() } },
      ChangeActivityStatus: (v) => ({ data: { changeActivityStatus: { id: 'act-1', status: v.input.status, version: 4 } } }),
    });
    const user = userEvent.setup();
    renderWithProviders(<ActivityDetail allianceId="a-1" activityId="act-1" viewer={partner} />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Lesezeit im Jugendtreff' })).toBeInTheDocument();
    expect(screen.getByText('6.000 €')).toBeInTheDocument();
    expect(screen.getByText('01.09.2025 – 20.12.2026')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bearbeiten' })).toHaveAttribute('href', '/a/a-1/activities/act-1/edit');
    // A running activity is cancelled, not deleted.
    expect(screen.queryByRole('button', { name: 'Löschen' })).not.toBeInTheDocument();
    const status = screen.getByRole('region', { name: 'Status ändern' });
    expect(
      within(status)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Pausieren', 'Abschließen', 'Absagen']);

    await user.click(within(status).getByRole('button', { name: 'Pausieren' }));
    await waitFor(() => expect(api.callsOf('ChangeActivityStatus')).toHaveLength(1));
    expect(api.callsOf('ChangeActivityStatus')[0]!.variables.input).toEqual({ allianceId: 'a-1', activityId: 'act-1', status: 'PAUSED', version: 3 });
    expect(await screen.findByText('Status geändert: Pausiert.')).toBeInTheDocument();
  });

  it('after a conflict shows the stored status and repeats a status change it still allows with the newer version', async () => {
    let stored = activity();
    const api = mockGraphQL({
      Activity: () => ({ data: { activity: stored } }),
      ChangeActivityStatus: (v) => {
        if (v.input.version === 3) {
          stored = activity({ status: 'PAUSED', version: 4 });
          return gqlError('CONFLICT');
        }
        return { data: { changeActivityStatus: { id: 'act-1', status: v.input.status, version: 5 } } };
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<ActivityDetail allianceId="a-1" activityId="act-1" viewer={partner} />);
    await user.click(await screen.findByRole('button', { name: 'Abschließen' }));

    const conflict = await screen.findByRole('alertdialog', { name: 'Inzwischen geändert' });
    expect(within(conflict).getByText(/^Pausiert, zuletzt geändert/)).toBeInTheDocument();
    await user.click(within(conflict).getByRole('button', { name: 'Meine Änderung anwenden' }));
    await waitFor(() => expect(api.callsOf('ChangeActivityStatus')).toHaveLength(2));
    expect(api.callsOf('ChangeActivityStatus')[1]!.variables.input).toEqual({ allianceId: 'a-1', activityId: 'act-1', status: 'COMPLETED', version: 4 });
  });

  it('offers only to reload when the stored status no longer allows the change', async () => {
    let stored = activity();
    const api = mockGraphQL({
      Activity: () => ({ data: { activity: stored } }),
      ChangeActivityStatus: () => {
        stored = activity({ status: 'COMPLETED', version: 4 });
        return gqlError('CONFLICT');
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<ActivityDetail allianceId="a-1" activityId="act-1" viewer={partner} />);
    await user.click(await screen.findByRole('button', { name: 'Pausieren' }));

    const conflict = await screen.findByRole('alertdialog', { name: 'Inzwischen geändert' });
    expect(within(conflict).getByText(/^Abgeschlossen, zuletzt geändert/)).toBeInTheDocument();
    expect(within(conflict).queryByRole('button', { name: 'Meine Änderung anwenden' })).not.toBeInTheDocument();
    await user.click(within(conflict).getByRole('button', { name: 'Aktuellen Stand laden' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(api.callsOf('ChangeActivityStatus')).toHaveLength(1);
  });

  it('says the activity is gone when a stale delete finds it deleted, and offers only to reload', async () => {
    let deleted = false;
    const api = mockGraphQL({
      Activity: () => (deleted ? gqlError('NOT_FOUND') : { data: { activity: activity({ status: 'PLANNED' }) } }),
      DeleteActivity: () => {
        deleted = true;
        return gqlError('CONFLICT');
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<ActivityDetail allianceId="a-1" activityId="act-1" viewer={partner} />);
    await user.click(await screen.findByRole('button', { name: 'Löschen' }));
    await user.click(within(screen.getByRole('alertdialog', { name: 'Aktivität löschen?' })).getByRole('button', { name: 'Endgültig löschen' }));

    const conflict = await screen.findByRole('alertdialog', { name: 'Inzwischen geändert' });
    expect(within(conflict).getByText('Inzwischen gelöscht')).toBeInTheDocument();
    expect(within(conflict).queryByRole('button', { name: 'Meine Änderung anwenden' })).not.toBeInTheDocument();
    await user.click(within(conflict).getByRole('button', { name: 'Aktuellen Stand laden' }));
    expect(await screen.findByRole('heading', { name: 'Diese Aktivität gibt es nicht (mehr).' })).toBeInTheDocument();
    expect(api.callsOf('DeleteActivity')).toHaveLength(1);
  });

  it('deletes a planned activity only after confirmation', async () => {
    const api = mockGraphQL({
      Activity: { data: { activity: activity({ status: 'PLANNED' }) } },
      DeleteActivity: { data: { deleteActivity: true } },
    });
    const user = userEvent.setup();
    renderWithProviders(<ActivityDetail allianceId="a-1" activityId="act-1" viewer={partner} />);
    await user.click(await screen.findByRole('button', { name: 'Löschen' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Aktivität löschen?' });
    expect(api.callsOf('DeleteActivity')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Endgültig löschen' }));
    await waitFor(() => expect(api.callsOf('DeleteActivity')).toHaveLength(1));
    expect(api.callsOf('DeleteActivity')[0]!.variables.input).toEqual({ allianceId: 'a-1', activityId: 'act-1', version: 3 });
  });

  it('is read-only for another member and for funders', async () => {
    mockGraphQL({ Activity: { data: { activity: activity() } } });
    renderWithProviders(<ActivityDetail allianceId="a-1" activityId="act-1" viewer={{ role: 'PARTNER', membershipId: 'm-3' }} />);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('link', { name: 'Bearbeiten' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Status ändern' })).not.toBeInTheDocument();
    expect(screen.getByText(/bearbeiten nur die Organisation/)).toBeInTheDocument();
  });

  it('says so when the activity does not exist', async () => {
    mockGraphQL({ Activity: gqlError('NOT_FOUND') });
    renderWithProviders(<ActivityDetail allianceId="a-1" activityId="x" viewer={partner} />);
    expect(await screen.findByRole('heading', { name: 'Diese Aktivität gibt es nicht (mehr).' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zurück zu den Aktivitäten' })).toBeInTheDocument();
  });
});
