import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { listItem, options, page } from '../testing/fixtures';
import { ActivitiesList } from './activities-list';

const partner = { role: 'PARTNER' as const, membershipId: 'm-2' };

describe('ActivitiesList', () => {
  it('lists activities with organisation, period in German and the status in words', async () => {
    mockGraphQL({
      ActivityOptions: options,
      Activities: page([
        listItem(),
        listItem({
          id: 'act-2',
          title: 'Lesepaten',
          status: 'PLANNED',
          membershipId: 'm-3',
          organisation: { id: 'o-3', name: 'Lesestart e.V.' },
          district: null,
          periodEnd: null,
        }),
      ]),
    });
    renderWithProviders(<ActivitiesList allianceId="a-1" viewer={partner} />);

    const table = await screen.findByRole('table', { name: 'Aktivitäten, 2 Treffer' });
    const rows = within(table).getAllByRole('row');
    const first = within(rows[1]!);
    expect(first.getByRole('link', { name: 'Lesezeit im Jugendtreff' })).toHaveAttribute('href', '/a/a-1/activities/act-1');
    expect(first.getByText('Ihre Organisation')).toBeInTheDocument();
    expect(first.getByText('01.09.2025 – 20.12.2026')).toBeInTheDocument();
    expect(first.getByText('Läuft')).toBeInTheDocument();
    const second = within(rows[2]!);
    expect(second.getByText('Geplant')).toBeInTheDocument();
    expect(second.getByText('ab 01.09.2025')).toBeInTheDocument();
    expect(second.getByText('kein Stadtteil')).toBeInTheDocument();
  });

  it('sends the chosen filters to the API and explains an empty result', async () => {
    const api = mockGraphQL({
      ActivityOptions: options,
      Activities: (v) => (v.filter?.status ? page([]) : page([listItem()])),
    });
    const user = userEvent.setup();
    renderWithProviders(<ActivitiesList allianceId="a-1" viewer={partner} />);
    await screen.findByRole('table');

    await user.selectOptions(screen.getByLabelText('Ziel'), 'g-2');
    await user.selectOptions(screen.getByLabelText('Status'), 'PAUSED');
    await screen.findByText('Keine Aktivität passt zu diesen Filtern');
    expect(api.callsOf('Activities').at(-1)!.variables).toMatchObject({ allianceId: 'a-1', filter: { goalId: 'g-2', status: 'PAUSED' } });

    await user.selectOptions(screen.getByLabelText('Stadtteil'), 'Oststadt');
    await waitFor(() => expect(api.callsOf('Activities').at(-1)!.variables.filter).toEqual({ goalId: 'g-2', status: 'PAUSED', districtId: 'd-1' }));

    await user.click(screen.getAllByRole('button', { name: 'Filter zurücksetzen' })[0]!);
    // Back to the unfiltered list (served from the cache of the first request).
    await screen.findByRole('table');
    expect(screen.getByLabelText('Stadtteil')).toHaveValue('');
    expect(screen.getByLabelText('Status')).toHaveValue('');
  });

  it('searches titles and descriptions on the server: once after typing, and from the URL', async () => {
    const api = mockGraphQL({
      ActivityOptions: options,
      Activities: (v) => (v.filter?.search === 'Nichts' ? page([]) : page([listItem()])),
    });
    const user = userEvent.setup();
    renderWithProviders(<ActivitiesList allianceId="a-1" viewer={partner} />, { route: '/?search=Lesezeit&status=RUNNING' });
    await screen.findByRole('table');
    expect(api.callsOf('Activities')[0]!.variables).toMatchObject({ allianceId: 'a-1', filter: { search: 'Lesezeit', status: 'RUNNING' } });
    const box = screen.getByRole('searchbox', { name: /^Suche/ });
    expect(box).toHaveValue('Lesezeit');

    const before = api.callsOf('Activities').length;
    await user.clear(box);
    await user.type(box, ' Nichts ');
    await screen.findByText('Keine Aktivität passt zu diesen Filtern');
    // One request for the whole word, not one per key; the text goes out trimmed.
    expect(
      api
        .callsOf('Activities')
        .slice(before)
        .map((c) => c.variables.filter),
    ).toEqual([{ search: 'Nichts', status: 'RUNNING' }]);

    await user.click(screen.getAllByRole('button', { name: 'Filter zurücksetzen' })[0]!);
    await screen.findByRole('table');
    expect(screen.getByRole('searchbox', { name: /^Suche/ })).toHaveValue('');
    expect(api.callsOf('Activities').at(-1)!.variables.filter).toEqual({});
  });

  it('pages with the cursor of the previous page', async () => {
    const api = mockGraphQL({
      ActivityOptions: options,
      Activities: (v) =>
        v.page.after
          ? page([listItem({ id: 'act-21', title: 'Seite zwei' })], { totalCount: 21 })
          : page([listItem()], { totalCount: 21, pageInfo: { endCursor: 'c-20', hasNextPage: true } }),
    });
    const user = userEvent.setup();
    renderWithProviders(<ActivitiesList allianceId="a-1" viewer={partner} />);
    await screen.findByText('Seite 1 von 2');
    await user.click(screen.getByRole('button', { name: 'Nächste Seite' }));
    await screen.findByRole('link', { name: 'Seite zwei' });
    expect(api.callsOf('Activities').at(-1)!.variables.page).toEqual({ first: 20, after: 'c-20' });
    expect(screen.getByText('Seite 2 von 2')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nächste Seite' })).toBeDisabled();
  });

  it('explains to observers why they see no activities, without asking the API', async () => {
    const api = mockGraphQL({});
    renderWithProviders(<ActivitiesList allianceId="a-1" viewer={{ role: 'OBSERVER', membershipId: 'm-4' }} />);
    expect(screen.getByRole('heading', { name: 'Aktivitäten sind für Beobachter nicht sichtbar' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zu den Zielen' })).toHaveAttribute('href', '/a/a-1/agenda');
    expect(api.calls).toHaveLength(0);
  });

  it('shows the same explanation when the API refuses, and a retry for other errors', async () => {
    mockGraphQL({ ActivityOptions: options, Activities: gqlError('FORBIDDEN') });
    const { unmount } = renderWithProviders(<ActivitiesList allianceId="a-1" viewer={partner} />);
    await screen.findByText('Aktivitäten sind für Beobachter nicht sichtbar');
    unmount();

    mockGraphQL({ ActivityOptions: options, Activities: gqlError('INTERNAL_SERVER_ERROR') });
    renderWithProviders(<ActivitiesList allianceId="a-1" viewer={partner} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Die Aktivitäten konnten nicht geladen werden.');
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
  });
});
