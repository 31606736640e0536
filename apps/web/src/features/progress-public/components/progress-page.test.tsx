import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import type { PublicProgress } from '../api/progress-api';
import { ProgressPage } from './progress-page';

const page: PublicProgress = {
  slug: 'bildung-nord',
  lang: 'de',
  name: 'Bildungsbündnis Nord',
  vision: 'Jede und jeder findet einen Ausbildungsplatz.',
  primaryColor: '#ffdd00',
  logo: null,
  smallNumberThreshold: 5,
  updatedAt: '2026-11-30T10:00:00.000Z',
  goals: [
    { id: 'g1', parentId: null, title: 'Mehr Jugendliche in Ausbildung', description: 'Bis 2028 doppelt so viele.', status: 'ACTIVE' },
    { id: 'g2', parentId: 'g1', title: 'Beratung an allen Schulen', description: '', status: 'ACHIEVED' },
  ],
  indicators: [
    {
      id: 'i1',
      code: 'T1',
      name: 'Teilnehmende an Beratungen',
      unit: 'Personen',
      decimals: 0,
      direction: 'INCREASE',
      frequency: 'QUARTERLY',
      aggregation: 'SUM',
      baseline: null,
      periods: ['2026-Q1', '2026-Q2', '2026-Q3'],
      periodLabels: ['1. Quartal 2026', '2. Quartal 2026', '3. Quartal 2026'],
      actual: [40, 64, null],
      target: [120, 120, 120],
      suppressed: [false, false, true],
      provisional: [false, true, true],
    },
  ],
};

function serve(body: unknown, status = 200) {
  const fetchMock = vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

describe('ProgressPage', { timeout: 30_000 }, () => {
  it('shows the alliance, its chosen goals and each indicator with "< k" for a hidden value, without credentials', async () => {
    const fetchMock = serve(page);
    const user = userEvent.setup();
    renderWithProviders(<ProgressPage slug="bildung-nord" />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Bildungsbündnis Nord' })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith('/api/progress/bildung-nord?lang=de', expect.objectContaining({ credentials: 'omit' }));
    const goals = screen.getByRole('region', { name: 'Unsere Ziele' });
    expect(within(goals).getByText('Mehr Jugendliche in Ausbildung')).toBeInTheDocument();
    expect(within(goals).getByText('erreicht')).toBeInTheDocument();

    const card = screen.getByRole('article', { name: /Teilnehmende an Beratungen/ });
    // The newest period is hidden by small-number protection: „< 5“, never a number.
    expect(within(card).getByText('Zuletzt (3. Quartal 2026)')).toBeInTheDocument();
    expect(within(card).getAllByText('< 5').length).toBeGreaterThan(0);
    expect(within(card).getByText(/Vorläufig: Noch nicht alle/)).toBeInTheDocument();

    await user.click(within(card).getByText('Werte als Tabelle'));
    const table = within(card).getByRole('table', { name: 'Teilnehmende an Beratungen: Werte je Zeitraum' });
    const q2 = within(table).getByRole('rowheader', { name: '2. Quartal 2026' }).closest('tr')!;
    expect(within(q2).getByText(/64 Personen/)).toBeInTheDocument();
    expect(within(q2).getByText('(vorläufig)')).toBeInTheDocument();
    expect(screen.getByText(/Gezeigt werden nur Werte, die die Geschäftsstelle des Bündnisses geprüft und freigegeben hat/)).toBeInTheDocument();
  });

  it('says so when the page does not exist or was withdrawn', async () => {
    serve({ code: 'NOT_FOUND', message: 'Die Fortschrittsseite wurde nicht gefunden.' }, 404);
    renderWithProviders(<ProgressPage slug="weg" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Diese Fortschrittsseite gibt es nicht (mehr).' })).toBeInTheDocument();
  });

  it('the embed view leaves out the goals and links to the full page', async () => {
    serve(page);
    renderWithProviders(<ProgressPage slug="bildung-nord" embed />);
    expect(await screen.findByRole('article', { name: /Teilnehmende an Beratungen/ })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Unsere Ziele' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ganze Seite öffnen' })).toHaveAttribute('href', '/fortschritt/bildung-nord');
  });
});
