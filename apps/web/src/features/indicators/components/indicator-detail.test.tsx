import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { IndicatorDetailView } from './indicator-detail';

const indicator = {
  id: 'i-1',
  code: 'LES-1',
  name: 'Kinder in Leseförderung',
  definition: 'Grundschulkinder, die mindestens zweimal im Monat teilgenommen haben.',
  unit: 'Kinder',
  direction: 'INCREASE',
  aggregation: 'SUM',
  frequency: 'MONTHLY',
  rbaKind: 'HOW_MUCH',
  decimals: 0,
  collectionMethod: 'Teilnahmelisten',
  fromParticipation: false,
  baselineValue: 1140,
  baselinePeriod: '2023-12',
  numeratorLabel: null,
  denominatorLabel: null,
  allowNegative: false,
  integerOnly: false,
  minValue: null,
  maxValue: null,
  allowRatioAboveOne: false,
  jumpWarningShare: null,
  status: 'ACTIVE',
  version: 3,
  goals: [{ id: 'g-1', title: 'Alle Kinder lesen sicher' }],
  dimensions: [{ id: 'd-1', name: 'Geschlecht' }],
  targets: [{ id: 't-1', periodKey: '2026', value: 1210, version: 1 }],
};

const periods = ['2026-08', '2026-09', '2026-10', '2026-11'];
// Every line of a cell repeats its completeness: November is provisional, 1 of 15 reports approved.
const completeness = { provisional: [false, false, false, true], approvedReports: [15, 15, 15, 1], expectedReports: [15, 15, 15, 15] };
const noTargets = [null, null, null, null];

function series(by: string) {
  if (by === 'MEMBER')
    return [
      { indicatorId: 'i-1', key: 'm-1', label: 'Lesestart Musterstadt e.V.', periods, actual: [100, 104, null, 31], target: noTargets, ...completeness },
      { indicatorId: 'i-1', key: 'm-2', label: 'Jugendtreff Oststadt e.V.', periods, actual: [60, 68, 70, null], target: noTargets, ...completeness },
    ];
  if (by === 'CATEGORY')
    return [
      { indicatorId: 'i-1', key: 'c-1', label: 'weiblich', periods, actual: [80, 85, 30, 20], target: noTargets, ...completeness },
      { indicatorId: 'i-1', key: 'none:d-1', label: 'Geschlecht', periods, actual: [80, 87, 40, 11], target: noTargets, ...completeness },
    ];
  return [
    {
      indicatorId: 'i-1',
      key: 'total',
      label: 'Kinder in Leseförderung',
      periods,
      actual: [1160, 1172, null, 31],
      target: [1210, 1210, 1210, 1210],
      ...completeness,
    },
  ];
}

function api() {
  return mockGraphQL({
    IndicatorDetail: { data: { indicator } },
    IndicatorSeries: (v) => ({ data: { indicatorSeries: series(v.by) } }),
    IndicatorContributions: (v) => ({
      data: {
        contributions:
          v.periodKey === '2026-09'
            ? [
                {
                  measurementId: 'x-1',
                  membershipId: 'm-1',
                  organisationName: 'Lesestart Musterstadt e.V.',
                  reported: 104,
                  overlapDeducted: 4,
                  net: 100,
                  shareOfTotal: 100 / 164,
                },
                {
                  measurementId: 'x-2',
                  membershipId: 'm-2',
                  organisationName: 'Jugendtreff Oststadt e.V.',
                  reported: 68,
                  overlapDeducted: 4,
                  net: 64,
                  shareOfTotal: 64 / 164,
                },
              ]
            : [
                {
                  measurementId: 'x-3',
                  membershipId: 'm-2',
                  organisationName: 'Jugendtreff Oststadt e.V.',
                  reported: 60,
                  overlapDeducted: 0,
                  net: 60,
                  shareOfTotal: 1,
                },
              ],
      },
    }),
  });
}

describe('IndicatorDetailView', { timeout: 30_000 }, () => {
  beforeEach(() => {
    // recharts measures its container; jsdom has no layout, so the drawing stays empty and the table speaks.
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    );
  });

  it('shows the definition, the course as a table and switches to members and categories', async () => {
    const calls = api();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<IndicatorDetailView allianceId="a-1" indicatorId="i-1" role="PARTNER" />);

    expect(await screen.findByRole('heading', { level: 1, name: 'Kinder in Leseförderung' })).toBeInTheDocument();
    expect(screen.getByText(/^1\.140\sKinder \(Dezember 2023\)$/)).toBeInTheDocument();
    expect(screen.getByText('Steigen')).toBeInTheDocument();

    const figure = await screen.findByRole('figure', { name: /Kinder in Leseförderung: Ist-Wert und Zielwert/ });
    const table = within(figure).getByRole('table', { name: /Werte zum Diagramm/ });
    expect(within(table).getByRole('row', { name: 'September 2026 1.172 1.210' })).toBeInTheDocument();
    // Periods with a target but no value stay in the table; no row is empty.
    expect(within(table).getByRole('row', { name: 'Oktober 2026 – 1.210' })).toBeInTheDocument();
    // A provisional period says so next to its numbers; complete ones do not.
    expect(within(table).getByRole('row', { name: 'November 2026vorläufig · 1 von 15 Meldungen 31 1.210' })).toBeInTheDocument();
    expect(within(table).getAllByText(/vorläufig/)).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Gesamt' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'Nach Mitglied' }));
    const members = await screen.findByRole('table', { name: /nach Mitglied/ });
    expect(within(members).getByRole('columnheader', { name: 'Jugendtreff Oststadt e.V.' })).toBeInTheDocument();
    expect(within(members).getByRole('row', { name: 'Oktober 2026 – 70' })).toBeInTheDocument();
    expect(calls.callsOf('IndicatorSeries').map((c) => c.variables.by)).toContain('MEMBER');

    await user.click(screen.getByRole('button', { name: 'Nach Merkmal' }));
    expect(await screen.findByRole('columnheader', { name: 'weiblich' })).toBeInTheDocument();
    // Members who gave no breakdown have their own line, so the parts add up to the total.
    expect(screen.getByRole('columnheader', { name: 'ohne Aufschlüsselung (Geschlecht)' })).toBeInTheDocument();
  });

  it('shows the contribution ledger of the latest period with a value, overlaps deducted, and of a chosen one', async () => {
    api();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<IndicatorDetailView allianceId="a-1" indicatorId="i-1" role="FUNDER" />);

    // The newest period with a value comes first, even while provisional: it shows who has contributed so far.
    const select = await screen.findByLabelText('Berichtsperiode', {}, { timeout: 10_000 });
    expect(select).toHaveValue('2026-11');
    expect(within(select).getByRole('option', { name: 'November 2026 (vorläufig)' })).toBeInTheDocument();
    expect(within(select).getByRole('option', { name: 'September 2026' })).toBeInTheDocument();
    await user.selectOptions(select, '2026-09');
    const ledger = await screen.findByRole('table', { name: 'Beiträge der Mitglieder, September 2026' });
    expect(within(ledger).getByRole('row', { name: /^Lesestart Musterstadt e\.V\. 104 −4 100 61\s%$/ })).toBeInTheDocument();
    expect(within(ledger).getByRole('row', { name: /^Gesamtwert 172 −8 1\.172\sKinder 100\s%$/ })).toBeInTheDocument();

    await user.selectOptions(select, '2026-08');
    expect(await screen.findByRole('table', { name: 'Beiträge der Mitglieder, August 2026' })).toBeInTheDocument();
  });

  it('marks an indicator whose values come from citizens’ reports; an ordinary one carries no such mark', async () => {
    mockGraphQL({
      IndicatorDetail: { data: { indicator: { ...indicator, fromParticipation: true } } },
      IndicatorSeries: (v) => ({ data: { indicatorSeries: series(v.by) } }),
      IndicatorContributions: { data: { contributions: [] } },
      ParticipationValues: { data: { participationIndicatorValues: { values: [] } } },
    });
    const { unmount } = renderWithProviders(<IndicatorDetailView allianceId="a-1" indicatorId="i-1" role="OBSERVER" />);
    expect(await screen.findByText('Aus Bürgermeldungen')).toBeInTheDocument();
    expect(screen.getByText('Herkunft der Werte')).toBeInTheDocument();
    unmount();
    api();
    renderWithProviders(<IndicatorDetailView allianceId="a-1" indicatorId="i-1" role="OBSERVER" />);
    await screen.findByRole('heading', { level: 1, name: 'Kinder in Leseförderung' });
    expect(screen.queryByText('Aus Bürgermeldungen')).not.toBeInTheDocument();
  });

  it('shows a participation-sourced indicator by district instead of by member, small counts suppressed', async () => {
    const calls = mockGraphQL({
      IndicatorDetail: { data: { indicator: { ...indicator, fromParticipation: true, dimensions: [] } } },
      IndicatorSeries: (v) => ({ data: { indicatorSeries: series(v.by) } }),
      IndicatorContributions: { data: { contributions: [] } },
      ParticipationValues: {
        data: {
          participationIndicatorValues: {
            values: [
              { period: '2026-10', districtId: null, districtName: null, value: 12, suppressed: false },
              { period: '2026-10', districtId: 'd-o', districtName: 'Oststadt', value: 9, suppressed: false },
              { period: '2026-10', districtId: 'd-w', districtName: 'Weststadt', value: null, suppressed: true },
              { period: '2026-11', districtId: null, districtName: null, value: 7, suppressed: false },
              { period: '2026-11', districtId: 'd-o', districtName: 'Oststadt', value: 7, suppressed: false },
            ],
          },
        },
      },
    });
    renderWithProviders(<IndicatorDetailView allianceId="a-1" indicatorId="i-1" role="PARTNER" />);
    const table = await screen.findByRole('table', { name: 'Kinder in Leseförderung nach Stadtteil, neueste Periode zuerst' }, { timeout: 10_000 });
    expect(screen.getByRole('heading', { level: 2, name: 'Nach Stadtteil' })).toBeInTheDocument();
    expect(screen.getByText(/eine Aufschlüsselung nach Mitglied gibt es daher nicht/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Nach Mitglied' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Beiträge der Mitglieder' })).not.toBeInTheDocument();
    const rows = within(table).getAllByRole('row');
    expect(rows[0]).toHaveTextContent(/Periode\s*Oststadt\s*Weststadt\s*Gesamt/);
    // Newest first; a district without items in a period is a dash, a suppressed count says why.
    expect(rows[1]).toHaveTextContent(/November 2026\s*7\s*–\s*7/);
    expect(rows[2]).toHaveTextContent(/Oktober 2026\s*9.*unterdrückt.*12/);
    expect(calls.callsOf('ParticipationValues')[0]!.variables).toEqual({ allianceId: 'a-1', indicatorId: 'i-1' });
    expect(calls.callsOf('IndicatorContributions')).toHaveLength(0);
    expect(calls.callsOf('IndicatorSeries').every((c) => c.variables.by === 'TOTAL')).toBe(true);
  });

  it('gives observers the total only: no breakdowns, no ledger, no editing', async () => {
    const calls = api();
    renderWithProviders(<IndicatorDetailView allianceId="a-1" indicatorId="i-1" role="OBSERVER" />);
    await screen.findByRole('table', { name: /Werte zum Diagramm/ });
    expect(screen.queryByRole('button', { name: 'Nach Mitglied' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Beiträge der Mitglieder' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Bearbeiten' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Ziel festlegen' })).not.toBeInTheDocument();
    expect(calls.callsOf('IndicatorContributions')).toHaveLength(0);
    expect(calls.callsOf('IndicatorSeries').every((c) => c.variables.by === 'TOTAL')).toBe(true);
  });

  /** Archiving asks first: the click opens the confirmation, whose button archives. */
  async function archiveConfirmed(user: ReturnType<typeof userEvent.setup>) {
    await user.click(await screen.findByRole('button', { name: 'Archivieren' }));
    const ask = await screen.findByRole('alertdialog', { name: '„Kinder in Leseförderung“ archivieren?' });
    expect(within(ask).getByText(/verschwindet aus der Übersicht, dem Dashboard und den offenen Meldezeiträumen/)).toBeInTheDocument();
    await user.click(within(ask).getByRole('button', { name: 'Archivieren' }));
  }

  it('asks before archiving; cancelling changes nothing', async () => {
    const calls = mockGraphQL({
      IndicatorDetail: { data: { indicator } },
      IndicatorSeries: (v) => ({ data: { indicatorSeries: series(v.by) } }),
      IndicatorContributions: { data: { contributions: [] } },
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<IndicatorDetailView allianceId="a-1" indicatorId="i-1" role="BACKBONE" />);
    await user.click(await screen.findByRole('button', { name: 'Archivieren' }));
    const ask = await screen.findByRole('alertdialog', { name: '„Kinder in Leseförderung“ archivieren?' });
    await user.click(within(ask).getByRole('button', { name: 'Abbrechen' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(calls.callsOf('ArchiveIndicator')).toHaveLength(0);
  });

  it('lets the backbone archive the indicator with the version it saw, says so and offers to undo it', async () => {
    let stored = indicator;
    const calls = mockGraphQL({
      IndicatorDetail: () => ({ data: { indicator: stored } }),
      IndicatorSeries: (v) => ({ data: { indicatorSeries: series(v.by) } }),
      IndicatorContributions: { data: { contributions: [] } },
      ArchiveIndicator: () => {
        stored = { ...indicator, status: 'ARCHIVED', version: 4 };
        return { data: { archiveIndicator: { id: 'i-1', status: 'ARCHIVED', version: 4 } } };
      },
      RestoreIndicator: () => {
        stored = { ...indicator, status: 'ACTIVE', version: 5 };
        return { data: { restoreIndicator: { id: 'i-1', status: 'ACTIVE', version: 5 } } };
      },
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<IndicatorDetailView allianceId="a-1" indicatorId="i-1" role="BACKBONE" />);
    await archiveConfirmed(user);
    await waitFor(() => expect(calls.callsOf('ArchiveIndicator')[0]!.variables.input).toEqual({ allianceId: 'a-1', indicatorId: 'i-1', version: 3 }));
    expect(await screen.findByText('Archiviert: Kinder in Leseförderung')).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Rückgängig' }));
    await waitFor(() => expect(calls.callsOf('RestoreIndicator')[0]!.variables.input).toEqual({ allianceId: 'a-1', indicatorId: 'i-1', version: 4 }));
    expect(await screen.findByText('Wiederhergestellt: Kinder in Leseförderung')).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Ziel festlegen' })).toBeInTheDocument();
  });

  it('after a conflict shows the stored status and archives again with the newer version', async () => {
    let stored = indicator;
    const calls = mockGraphQL({
      IndicatorDetail: () => ({ data: { indicator: stored } }),
      IndicatorSeries: (v) => ({ data: { indicatorSeries: series(v.by) } }),
      IndicatorContributions: { data: { contributions: [] } },
      ArchiveIndicator: (v) => {
        if (v.input.version === 3) {
          // Someone renamed it meanwhile: still active, one version on.
          stored = { ...indicator, name: 'Kinder in der Leseförderung', version: 4 };
          return gqlError('CONFLICT');
        }
        return { data: { archiveIndicator: { id: 'i-1', status: 'ARCHIVED', version: 5 } } };
      },
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<IndicatorDetailView allianceId="a-1" indicatorId="i-1" role="BACKBONE" />);
    await archiveConfirmed(user);

    const conflict = await screen.findByRole('alertdialog', { name: 'Inzwischen geändert' });
    expect(within(conflict).getByText('Aktiv')).toBeInTheDocument();
    await user.click(within(conflict).getByRole('button', { name: 'Meine Änderung anwenden' }));
    await waitFor(() => expect(calls.callsOf('ArchiveIndicator')).toHaveLength(2));
    expect(calls.callsOf('ArchiveIndicator')[1]!.variables.input).toEqual({ allianceId: 'a-1', indicatorId: 'i-1', version: 4 });
  });

  it('offers only to reload when someone else archived it first', async () => {
    let stored = indicator;
    const calls = mockGraphQL({
      IndicatorDetail: () => ({ data: { indicator: stored } }),
      IndicatorSeries: (v) => ({ data: { indicatorSeries: series(v.by) } }),
      IndicatorContributions: { data: { contributions: [] } },
      ArchiveIndicator: () => {
        stored = { ...indicator, status: 'ARCHIVED', version: 4 };
        return gqlError('CONFLICT');
      },
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<IndicatorDetailView allianceId="a-1" indicatorId="i-1" role="BACKBONE" />);
    await archiveConfirmed(user);

    const conflict = await screen.findByRole('alertdialog', { name: 'Inzwischen geändert' });
    expect(within(conflict).getByText('Archiviert')).toBeInTheDocument();
    expect(within(conflict).queryByRole('button', { name: 'Meine Änderung anwenden' })).not.toBeInTheDocument();
    await user.click(within(conflict).getByRole('button', { name: 'Aktuellen Stand laden' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(calls.callsOf('ArchiveIndicator')).toHaveLength(1);
  });

  it('says so when the indicator does not exist', async () => {
    mockGraphQL({ IndicatorDetail: gqlError('NOT_FOUND') });
    renderWithProviders(<IndicatorDetailView allianceId="a-1" indicatorId="i-x" role="PARTNER" />);
    expect(await screen.findByRole('heading', { name: 'Indikator nicht gefunden' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Alle Indikatoren' })).toBeInTheDocument();
  });
});
