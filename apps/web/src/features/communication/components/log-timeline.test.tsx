import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { entry, feedPage, logContext } from '../testing/fixtures';
import { LogTimeline } from './log-timeline';

const backbone = { role: 'BACKBONE' as const, membershipId: 'm-1' };
const funder = { role: 'FUNDER' as const, membershipId: 'm-3' };

const entries = [
  entry({ id: 'e-1', title: 'Steuerungsgruppe November', occurredOn: '2026-11-10', commentCount: 2, openActionItemCount: 1 }),
  entry({ id: 'e-2', type: 'UPDATE', title: 'Offene Punkte', occurredOn: '2026-11-10' }),
  entry({
    id: 'e-3',
    type: 'CONFLICT',
    title: 'Terminüberschneidung',
    body: 'Ausbildungsbörse und Berufsorientierung',
    occurredOn: '2026-10-20',
    conflictState: 'OPEN',
  }),
];

// Rendering the whole page with its filters is slow on a shared machine.
describe('LogTimeline', { timeout: 20_000 }, () => {
  it('groups entries by day with German dates and shows kind, state and counts in words', async () => {
    mockGraphQL({ LogContext: logContext, LogFeed: feedPage(entries) });
    renderWithProviders(<LogTimeline allianceId="a-1" viewer={backbone} />);

    const day = (await screen.findByRole('heading', { level: 3, name: 'Dienstag, 10. November 2026' })).closest('li')!;
    expect(within(day).getAllByRole('article')).toHaveLength(2);
    expect(within(day).getByRole('link', { name: 'Steuerungsgruppe November' })).toHaveAttribute('href', '/a/a-1/log/e-1');
    expect(within(day).getByText('2 Kommentare')).toBeInTheDocument();
    expect(within(day).getByText('1 offene Aufgabe')).toBeInTheDocument();
    const conflict = screen.getByRole('article', { name: 'Terminüberschneidung' });
    expect(within(conflict).getByText('Konflikt')).toBeInTheDocument();
    expect(within(conflict).getByText('Offen')).toBeInTheDocument();
    expect(screen.getByText('3 Einträge')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Neuer Eintrag' })).toHaveAttribute('href', '/a/a-1/log/new');
  });

  it('asks the server for kind, goal, organisation, text and days; typed text once, after a pause', async () => {
    const api = mockGraphQL({
      LogContext: logContext,
      LogFeed: (v) => {
        const f = v.filter ?? {};
        return feedPage(
          entries.filter(
            (e) =>
              (!f.types || f.types.includes(e.type)) &&
              (!f.search || `${e.title} ${e.body}`.toLowerCase().includes(f.search.toLowerCase())) &&
              (!f.from || e.occurredOn >= f.from) &&
              (!f.to || e.occurredOn <= f.to),
          ),
        );
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<LogTimeline allianceId="a-1" viewer={backbone} />);
    await screen.findByRole('link', { name: 'Offene Punkte' });

    await user.selectOptions(screen.getByRole('combobox', { name: /^Art/ }), 'Konflikte');
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Offene Punkte' })).not.toBeInTheDocument());
    expect(api.callsOf('LogFeed').at(-1)!.variables).toMatchObject({ allianceId: 'a-1', filter: { types: ['CONFLICT'] }, page: { first: 25, after: null } });

    await user.selectOptions(screen.getByRole('combobox', { name: /^Organisation/ }), 'Jugendtreff Oststadt e.V.');
    await waitFor(() => expect(api.callsOf('LogFeed').at(-1)!.variables.filter).toEqual({ types: ['CONFLICT'], membershipId: 'm-2' }));

    await user.click(screen.getByRole('button', { name: 'Filter zurücksetzen' }));
    // Back to the unfiltered feed (served from the cache of the first request).
    await screen.findByRole('link', { name: 'Offene Punkte' });
    const before = api.callsOf('LogFeed').length;
    await user.type(screen.getByRole('searchbox', { name: /^Suche/ }), ' Börse ');
    await waitFor(() => expect(api.callsOf('LogFeed').at(-1)!.variables.filter).toEqual({ search: 'Börse' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Offene Punkte' })).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'Terminüberschneidung' })).toBeInTheDocument();
    expect(screen.getByText('1 Eintrag')).toBeInTheDocument();
    // Not a request per key: one for the whole word.
    expect(
      api
        .callsOf('LogFeed')
        .slice(before)
        .map((c) => c.variables.filter),
    ).toEqual([{ search: 'Börse' }]);

    await user.clear(screen.getByRole('searchbox', { name: /^Suche/ }));
    await user.type(screen.getByRole('textbox', { name: /^Von/ }), '01.11.2026');
    await user.type(screen.getByRole('textbox', { name: /^Bis/ }), '30.11.2026');
    await user.tab();
    await waitFor(() => expect(api.callsOf('LogFeed').at(-1)!.variables.filter).toEqual({ from: '2026-11-01', to: '2026-11-30' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Terminüberschneidung' })).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'Offene Punkte' })).toBeInTheDocument();
  });

  it('says so when "Bis" lies before "Von" and leaves the range out until it is fixed', async () => {
    const api = mockGraphQL({ LogContext: logContext, LogFeed: feedPage(entries) });
    renderWithProviders(<LogTimeline allianceId="a-1" viewer={backbone} />, { route: '/?from=2026-11-01&to=2026-10-01&type=MEETING' });
    expect(await screen.findByText('„Bis“ liegt vor „Von“. Der Zeitraum gilt erst, wenn er stimmt.')).toBeInTheDocument();
    await waitFor(() => expect(api.callsOf('LogFeed').at(-1)!.variables.filter).toEqual({ types: ['MEETING'] }));
  });

  it('reads the filters from the URL and offers a reset when nothing matches', async () => {
    const api = mockGraphQL({ LogContext: logContext, LogFeed: (v) => feedPage(v.filter?.search ? [] : entries) });
    const user = userEvent.setup();
    renderWithProviders(<LogTimeline allianceId="a-1" viewer={backbone} />, { route: '/?search=50%25&conflict=OPEN&from=2026-10-01&type=NONSENSE' });
    await screen.findByText('Keine passenden Einträge');
    expect(api.callsOf('LogFeed')[0]!.variables.filter).toEqual({ search: '50%', conflictState: 'OPEN', from: '2026-10-01' });
    expect(screen.getByRole('searchbox', { name: /^Suche/ })).toHaveValue('50%');

    const empty = screen.getByText('Keine passenden Einträge').closest('.empty-state') as HTMLElement;
    await user.click(within(empty).getByRole('button', { name: 'Filter zurücksetzen' }));
    await screen.findByRole('link', { name: 'Offene Punkte' });
    expect(api.callsOf('LogFeed').at(-1)!.variables.filter).toEqual({});
    expect(screen.getByRole('searchbox', { name: /^Suche/ })).toHaveValue('');
  });

  it('loads older entries with the cursor of the last page', async () => {
    const api = mockGraphQL({
      LogContext: logContext,
      LogFeed: (v) =>
        v.page.after
          ? feedPage([entry({ id: 'e-9', title: 'Jahresplanung', occurredOn: '2025-12-09' })], { totalCount: 2 })
          : feedPage([entries[0]], { hasNextPage: true, totalCount: 2 }),
    });
    const user = userEvent.setup();
    renderWithProviders(<LogTimeline allianceId="a-1" viewer={backbone} />);
    await user.click(await screen.findByRole('button', { name: 'Ältere Einträge laden' }));
    await screen.findByRole('link', { name: 'Jahresplanung' });
    expect(api.callsOf('LogFeed')[1]!.variables.page).toEqual({ first: 25, after: 'cursor-1' });
    expect(screen.getByText('Alle Einträge sind geladen.')).toBeInTheDocument();
  });

  it('offers no new entry to funders and explains a closed log instead of failing', async () => {
    mockGraphQL({ LogContext: logContext, LogFeed: gqlError('FORBIDDEN', 'Nur mit Gastkommentaren.') });
    renderWithProviders(<LogTimeline allianceId="a-1" viewer={funder} />);
    expect(await screen.findByText('Der Austausch ist für Ihre Rolle nicht freigegeben')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Neuer Eintrag' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Meine Aufgaben/ })).toBeInTheDocument();
  });

  it('speaks English when the UI does', async () => {
    await i18n.changeLanguage('en');
    mockGraphQL({ LogContext: logContext, LogFeed: feedPage(entries) });
    renderWithProviders(<LogTimeline allianceId="a-1" viewer={backbone} />);
    expect(await screen.findByRole('heading', { level: 3, name: 'Tuesday, 10 November 2026' })).toBeInTheDocument();
    expect(screen.getByText('3 entries')).toBeInTheDocument();
    expect(screen.getByText('1 open action item')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New entry' })).toBeInTheDocument();
  });
});
