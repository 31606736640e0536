import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '@/lib/i18n';
import { mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { IndicatorsOverview } from './indicators-overview';

const lesen = { id: 'g-1', title: 'Lesekompetenz stärken' };
const abbruch = { id: 'g-2', title: 'Schulabbrüche verringern' };

const indicator = (over: Record<string, unknown>) => ({
  id: 'i-1',
  code: 'LES-1',
  name: 'Kinder in Leseförderung',
  unit: 'Kinder',
  direction: 'INCREASE',
  aggregation: 'SUM',
  frequency: 'MONTHLY',
  decimals: 0,
  status: 'ACTIVE',
  version: 1,
  goals: [lesen],
  ...over,
});

const indicators = [
  indicator({}),
  indicator({
    id: 'i-2',
    code: 'ABB-1',
    name: 'Begleitete Jugendliche ohne Schulabschluss',
    unit: 'Jugendliche',
    direction: 'DECREASE',
    frequency: 'YEARLY',
    goals: [abbruch],
  }),
  indicator({ id: 'i-3', code: null, name: 'Neue Kennzahl', unit: 'Familien', goals: [] }),
];

const series = [
  // November is provisional (1 of 15 reports): the latest value and the status stay with October.
  {
    indicatorId: 'i-1',
    key: 'total',
    label: 'Kinder in Leseförderung',
    periods: ['2026-10', '2026-11'],
    actual: [1234, 31],
    target: [1300, 1300],
    provisional: [false, true],
    approvedReports: [15, 1],
    expectedReports: [15, 15],
  },
  { indicatorId: 'i-2', key: 'total', label: 'Begleitete Jugendliche', periods: ['2025', '2026'], actual: [47, 46], target: [40, 36] },
  { indicatorId: 'i-3', key: 'total', label: 'Neue Kennzahl', periods: ['2025', '2026'], actual: [null, null], target: [null, null] },
];

function api(overrides: Record<string, unknown> = {}) {
  return mockGraphQL({
    IndicatorList: { data: { indicators: { totalCount: indicators.length, nodes: indicators } } },
    IndicatorGoalOptions: {
      data: {
        goals: [
          { ...lesen, depth: 0, status: 'ACTIVE' },
          { ...abbruch, depth: 0, status: 'ACTIVE' },
        ],
      },
    },
    IndicatorSeries: { data: { indicatorSeries: series } },
    ...overrides,
  } as Parameters<typeof mockGraphQL>[0]);
}

describe('IndicatorsOverview', () => {
  it('groups indicators by goal with status in words and the latest value in German', async () => {
    const calls = api();
    renderWithProviders(<IndicatorsOverview allianceId="a-1" role="PARTNER" onCreate={() => undefined} />);

    const reading = await screen.findByRole('region', { name: 'Lesekompetenz stärken' });
    const row = within(reading).getByRole('row', { name: /Kinder in Leseförderung/ });
    expect(await within(row).findByText('Auf Kurs')).toBeInTheDocument();
    expect(within(row).getByText('1.234 Kinder')).toBeInTheDocument();
    expect(within(row).getByText('Oktober 2026')).toBeInTheDocument();
    expect(within(row).getByText('31 Kinder (November 2026) · vorläufig · 1 von 15 Meldungen')).toBeInTheDocument();
    expect(within(row).getByText('Monatlich')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'Kinder in Leseförderung' })).toHaveAttribute('href', '/i-1');

    const dropout = screen.getByRole('region', { name: 'Schulabbrüche verringern' });
    expect(within(dropout).getByText('Nicht auf Kurs')).toBeInTheDocument();

    const without = screen.getByRole('region', { name: 'Ohne Ziel' });
    expect(within(without).getByText('Keine Daten')).toBeInTheDocument();
    expect(within(without).getByText('Noch kein freigegebener Wert')).toBeInTheDocument();

    // Only active indicators by default, and one series request for all of them.
    expect(calls.callsOf('IndicatorList')[0]!.variables).toMatchObject({ filter: { status: 'ACTIVE' } });
    expect(calls.callsOf('IndicatorSeries')[0]!.variables).toMatchObject({ indicatorIds: ['i-1', 'i-2', 'i-3'], by: 'TOTAL' });
  });

  it('shows archived indicators on request, marked as archived', async () => {
    const calls = api({
      IndicatorList: (v: Record<string, any>) => ({
        data: {
          indicators: {
            totalCount: 1,
            nodes: v.filter ? [indicators[0]] : [indicators[0], indicator({ id: 'i-9', name: 'Alte Kennzahl', status: 'ARCHIVED' })],
          },
        },
      }),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<IndicatorsOverview allianceId="a-1" role="BACKBONE" onCreate={() => undefined} />);
    await screen.findByRole('link', { name: 'Kinder in Leseförderung' });
    expect(screen.queryByText('Alte Kennzahl')).not.toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Archivierte Indikatoren anzeigen' }));
    const row = (await screen.findByRole('link', { name: 'Alte Kennzahl' })).closest('tr')!;
    expect(within(row).getByText('Archiviert')).toBeInTheDocument();
    expect(calls.callsOf('IndicatorList').at(-1)!.variables.filter).toBeUndefined();
  });

  it('offers the backbone to create the first indicator', async () => {
    api({ IndicatorList: { data: { indicators: { totalCount: 0, nodes: [] } } } });
    const onCreate = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<IndicatorsOverview allianceId="a-1" role="BACKBONE" onCreate={onCreate} />);
    await screen.findByRole('heading', { name: 'Noch keine Indikatoren' });
    await user.click(screen.getByRole('button', { name: 'Indikator anlegen' }));
    expect(onCreate).toHaveBeenCalled();
  });

  it('explains a failed load and retries', async () => {
    let fail = true;
    api({
      IndicatorList: () =>
        fail ? { errors: [{ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } : { data: { indicators: { totalCount: 0, nodes: [] } } },
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<IndicatorsOverview allianceId="a-1" role="OBSERVER" onCreate={() => undefined} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Die Indikatoren konnten nicht geladen werden.');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Noch keine Indikatoren' })).toBeInTheDocument());
    expect(screen.queryByRole('button', { name: 'Indikator anlegen' })).not.toBeInTheDocument();
  });

  it('says the status is unknown, not "no data", when the values fail to load', async () => {
    api({ IndicatorSeries: { errors: [{ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } });
    renderWithProviders(<IndicatorsOverview allianceId="a-1" role="PARTNER" onCreate={() => undefined} />);
    expect(await screen.findByText('Die aktuellen Werte konnten nicht geladen werden; der Status ist deshalb unbekannt.')).toBeInTheDocument();
    expect(screen.getAllByText('Unbekannt')).toHaveLength(3);
    expect(screen.queryByText('Keine Daten')).not.toBeInTheDocument();
  });

  it('speaks English when the UI does', async () => {
    await i18n.changeLanguage('en');
    api();
    renderWithProviders(<IndicatorsOverview allianceId="a-1" role="PARTNER" onCreate={() => undefined} />);
    const row = (await screen.findByRole('link', { name: 'Kinder in Leseförderung' })).closest('tr')!;
    expect(await within(row).findByText('On track')).toBeInTheDocument();
    expect(within(row).getByText(/^1,234\sKinder$/)).toBeInTheDocument();
    expect(within(row).getByText('October 2026')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Without a goal' })).toBeInTheDocument();
  });
});
