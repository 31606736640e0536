import { configure, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { indicatorProgress, indicators, NoResizeObserver } from './dashboard-fixtures';
import { DashboardOverview, type DashboardAlliance } from './dashboard-overview';

// The machine is shared; a first render with charts can take a few seconds under load.
configure({ asyncUtilTimeout: 5000 });

const alliance = (role: DashboardAlliance['role']): DashboardAlliance => ({
  id: 'a-1',
  name: 'Bildungsbündnis Musterstadt',
  kind: 'COALITION',
  lifecycle: 'ACTIVE',
  periodStart: '2024-01-01',
  periodEnd: null,
  organisationName: 'Jugendtreff Oststadt e.V.',
  membershipId: 'm-2',
  role,
});

const openPeriods = [
  { id: 'p-1', periodKey: '2026-11', frequency: 'MONTHLY', dueOn: '2026-12-10', state: 'OPEN', counts: { expected: 20, approved: 6 } },
  { id: 'p-2', periodKey: '2026', frequency: 'YEARLY', dueOn: null, state: 'OPEN', counts: { expected: 10, approved: 0 } },
];

const progressHandlers = {
  DashboardIndicatorProgress: { data: { indicatorProgress } },
  OpenReportingPeriods: { data: { reportingPeriods: { nodes: openPeriods } } },
};

beforeEach(() => {
  vi.stubGlobal('ResizeObserver', NoResizeObserver);
});

describe('DashboardOverview', () => {
  it('shows a partner what it still has to report, its action items and indicator progress', async () => {
    const api = mockGraphQL({
      ...progressHandlers,
      ReportableIndicators: { data: { indicators: { nodes: indicators.map(({ id, frequency }) => ({ id, frequency })) } } },
      MyOpenReports: (v) => ({
        data: {
          measurements: {
            nodes:
              v.reportingPeriodId === 'p-1'
                ? [{ id: 'x-1', indicatorId: 'i-1', status: 'REJECTED' }]
                : [{ id: 'x-2', indicatorId: 'i-2', status: 'SUBMITTED' }],
          },
        },
      }),
      DashboardActionItems: {
        data: { myActionItems: { totalCount: 2, nodes: [{ id: 'ai-1', title: 'Raumplanung klären', dueOn: '2026-11-20', overdue: true }] } },
      },
    });
    renderWithProviders(<DashboardOverview alliance={alliance('PARTNER')} />);

    const reports = await screen.findByRole('region', { name: 'Ihre Meldungen' });
    expect(await within(reports).findByText('2 Meldungen sind noch zu erledigen.')).toBeInTheDocument();
    expect(reports).toHaveTextContent('November 2026: 0 offen, 0 im Entwurf, 1 zurückgewiesen, 0 von 1 eingereicht · Frist 10.12.2026');
    expect(reports).toHaveTextContent('2026: 1 offen, 0 im Entwurf, 0 zurückgewiesen, 1 von 2 eingereicht');
    expect(api.callsOf('MyOpenReports').map((c) => c.variables)).toEqual([
      { allianceId: 'a-1', membershipId: 'm-2', reportingPeriodId: 'p-1' },
      { allianceId: 'a-1', membershipId: 'm-2', reportingPeriodId: 'p-2' },
    ]);

    const actions = screen.getByRole('region', { name: 'Ihre offenen Aufgaben' });
    expect(await within(actions).findByText('2 offene Aufgaben')).toBeInTheDocument();
    expect(actions).toHaveTextContent('Raumplanung klären · überfällig seit 20.11.2026');

    // Indicator progress: the latest COMPLETE value with unit and period judges the status; the
    // newer provisional December (1 of 15 reports) is shown beside it, never as the latest value.
    const reading = (await screen.findByRole('heading', { name: 'Kinder in Leseförderung', level: 3 })).closest('li')!;
    expect(reading).toHaveTextContent('Letzter Wert: 1.234 Kinder (November 2026)');
    expect(reading).toHaveTextContent('Neuer: 31 Kinder (Dezember 2026) · vorläufig · 1 von 15 Meldungen');
    expect(reading).toHaveTextContent('98 % des Zielwerts (1.260 Kinder)');
    expect(within(reading).getByText('Auf Kurs')).toBeInTheDocument();
    expect(within(reading).getByRole('figure')).toHaveTextContent(
      'Verlauf: Sept. 26: 1.160 Kinder, Okt. 26: 1.190 Kinder, Nov. 26: 1.234 Kinder, Dez. 26: 31 Kinder (vorläufig)',
    );
    expect(within(reading).getByRole('figure')).toHaveAttribute('data-provisional', 'true');

    // Less is better: never "% des Zielwerts".
    const dropout = screen.getByRole('heading', { name: 'Begleitete Jugendliche ohne Schulabschluss' }).closest('li')!;
    expect(dropout).toHaveTextContent('Letzter Wert: 46 Jugendliche (2025)');
    expect(dropout).toHaveTextContent('6 Jugendliche über dem Zielwert (40 Jugendliche)');
    expect(dropout).not.toHaveTextContent('des Zielwerts');
    expect(dropout).not.toHaveTextContent('vorläufig');
    expect(within(dropout).getByText('Nicht auf Kurs')).toBeInTheDocument();

    const absence = screen.getByRole('heading', { name: 'Unentschuldigte Fehltage je Klasse' }).closest('li')!;
    expect(absence).toHaveTextContent('60 % des Wegs zum Zielwert (40 Tage)');
    expect(within(absence).getByText('Nicht auf Kurs')).toBeInTheDocument();

    const ratio = screen.getByRole('heading', { name: 'Kinder je Fachkraft' }).closest('li')!;
    expect(ratio).toHaveTextContent('5 % Abweichung vom Zielwert (10,0 Kinder)');
    expect(within(ratio).getByText('Auf Kurs')).toBeInTheDocument();

    const satisfaction = screen.getByRole('heading', { name: 'Zufriedenheit mit der Berufsorientierung' }).closest('li')!;
    expect(satisfaction).toHaveTextContent('Noch kein freigegebener Wert');
    expect(within(satisfaction).getByText('Keine Daten')).toBeInTheDocument();

    expect(api.callsOf('AllianceHealth')).toHaveLength(0);
  });

  it('shows funders the approved reporting status and progress, nothing of the backbone or partners', async () => {
    const api = mockGraphQL({
      ...progressHandlers,
      DashboardGoals: {
        data: {
          goals: [
            { id: 'g-1', depth: 0, status: 'ACTIVE' },
            { id: 'g-2', depth: 1, status: 'ACHIEVED' },
            { id: 'g-3', depth: 0, status: 'PLANNED' },
          ],
        },
      },
    });
    renderWithProviders(<DashboardOverview alliance={alliance('FUNDER')} />);

    const goals = await screen.findByRole('region', { name: 'Ziele' });
    expect(await within(goals).findByText('3 Ziele und Unterziele (2 übergeordnet), davon 1 erreicht.')).toBeInTheDocument();
    expect(within(goals).getByRole('link', { name: /Zu den Zielen/ })).toHaveAttribute('href', '/agenda');

    const status = await screen.findByRole('region', { name: 'Meldestand' });
    expect(await within(status).findByText('6 von 20 erwarteten Meldungen freigegeben (30 %)')).toBeInTheDocument();
    expect(await screen.findByText('Letzter Wert: 1.234 Kinder (November 2026)')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Ihre Meldungen' })).not.toBeInTheDocument();
    expect(api.callsOf('AllianceHealth')).toHaveLength(0);
    expect(api.callsOf('MyOpenReports')).toHaveLength(0);
    // Indicators and their lines come in ONE request.
    expect(api.callsOf('DashboardIndicatorProgress')).toHaveLength(1);
    expect(api.callsOf('DashboardIndicatorProgress')[0]!.variables).toMatchObject({ allianceId: 'a-1' });
  });
});
