import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { ActivityMap } from './activity-map';

const map = {
  asOf: '2026-12-06',
  goals: [
    { id: 'g-1', parentId: null, title: 'Leseförderung Oststadt' },
    { id: 'g-3', parentId: null, title: 'Eltern als Bildungspartner stärken' },
  ],
  members: [
    { membershipId: 'm-2', organisation: { id: 'o-2', name: 'Jugendtreff Oststadt e.V.' } },
    { membershipId: 'm-3', organisation: { id: 'o-3', name: 'Lesestart e.V.' } },
  ],
  cells: [
    { goalId: 'g-1', membershipId: 'm-2', activityCount: 1, runningCount: 1 },
    { goalId: 'g-1', membershipId: 'm-3', activityCount: 2, runningCount: 1 },
    { goalId: 'g-3', membershipId: 'm-3', activityCount: 1, runningCount: 0 },
  ],
  gaps: [{ goalId: 'g-3', goalTitle: 'Eltern als Bildungspartner stärken' }],
  overlaps: [
    {
      goalId: 'g-1',
      goalTitle: 'Leseförderung Oststadt',
      district: 'Oststadt',
      targetGroup: 'Grundschulkinder',
      activities: [
        {
          id: 'act-1',
          title: 'Lesezeit im Jugendtreff',
          periodStart: '2025-09-01',
          periodEnd: '2026-12-20',
          organisation: { id: 'o-2', name: 'Jugendtreff Oststadt e.V.' },
        },
        {
          id: 'act-2',
          title: 'Lesepaten an Grundschulen',
          periodStart: '2024-02-01',
          periodEnd: '2027-07-31',
          organisation: { id: 'o-3', name: 'Lesestart e.V.' },
        },
      ],
    },
  ],
};

describe('ActivityMap', () => {
  it('shows goals × members as a table whose cells say their numbers in text', async () => {
    const api = mockGraphQL({ ActivityMap: { data: { activityMap: map } } });
    renderWithProviders(<ActivityMap allianceId="a-1" viewer={{ role: 'FUNDER', membershipId: 'm-9' }} />);

    const region = await screen.findByRole('region', { name: /Matrix Ziele × Organisationen/ });
    expect(region).toHaveAttribute('tabindex', '0');
    const table = within(region).getByRole('table', { name: 'Aktivitäten je Ziel und Organisation am 06.12.2026' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Ziel', 'Jugendtreff Oststadt e.V.', 'Lesestart e.V.', 'Gesamt']);
    const cell = within(table).getByRole('link', { name: 'Leseförderung Oststadt, Lesestart e.V.: 2 davon 1 laufend' });
    expect(cell).toHaveAttribute('href', '/a/a-1/activities?goal=g-1&member=m-3');
    expect(cell).toHaveTextContent('2');
    const gapRow = within(table).getByRole('row', { name: /Eltern als Bildungspartner/ });
    expect(within(gapRow).getByText('Lücke')).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /^Leseförderung Oststadt/ })).toHaveTextContent('Überschneidung');
    // Asked for today: the API decides which day that is.
    expect(api.callsOf('ActivityMap')[0]!.variables).toEqual({ allianceId: 'a-1', asOf: null });
  });

  it('explains every gap and overlap in words, with links to the activities', async () => {
    mockGraphQL({ ActivityMap: { data: { activityMap: map } } });
    renderWithProviders(<ActivityMap allianceId="a-1" viewer={{ role: 'PARTNER', membershipId: 'm-2' }} />);

    const gaps = await screen.findByRole('region', { name: '1 Lücke' });
    expect(gaps).toHaveTextContent('Für das Ziel „Eltern als Bildungspartner stärken“ läuft am 06.12.2026 keine Aktivität.');
    expect(within(gaps).getByRole('link', { name: /Aktivitäten zu diesem Ziel anzeigen/ })).toHaveAttribute('href', '/a/a-1/activities?goal=g-3');
    const overlaps = screen.getByRole('region', { name: '1 Überschneidung' });
    expect(overlaps).toHaveTextContent('mehrere Organisationen erreichen „Grundschulkinder“ im Stadtteil Oststadt');
    expect(within(overlaps).getByRole('link', { name: 'Lesezeit im Jugendtreff' })).toHaveAttribute('href', '/a/a-1/activities/act-1');
    expect(within(overlaps).getByRole('link', { name: 'Lesepaten an Grundschulen' })).toBeInTheDocument();
  });

  it('explains itself to observers instead of showing an error', () => {
    const api = mockGraphQL({});
    renderWithProviders(<ActivityMap allianceId="a-1" viewer={{ role: 'OBSERVER', membershipId: 'm-4' }} />);
    expect(screen.getByRole('heading', { name: 'Aktivitäten sind für Beobachter nicht sichtbar' })).toBeInTheDocument();
    expect(api.calls).toHaveLength(0);
  });
});
