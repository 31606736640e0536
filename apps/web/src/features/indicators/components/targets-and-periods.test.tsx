import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import type { IndicatorDetail } from '../api/get-indicator';
import { ReportingPeriods } from './reporting-periods';
import { TargetsEditor } from './targets-editor';

const indicator: IndicatorDetail = {
  id: 'i-1',
  code: 'LES-1',
  name: 'Kinder in Leseförderung',
  definition: '',
  unit: 'Kinder',
  direction: 'INCREASE',
  aggregation: 'SUM',
  frequency: 'MONTHLY',
  rbaKind: 'HOW_MUCH',
  decimals: 0,
  collectionMethod: '',
  fromParticipation: false,
  baselineValue: null,
  baselinePeriod: null,
  numeratorLabel: null,
  denominatorLabel: null,
  allowNegative: false,
  integerOnly: false,
  minValue: null,
  maxValue: null,
  allowRatioAboveOne: false,
  jumpWarningShare: null,
  status: 'ACTIVE',
  version: 2,
  goals: [],
  dimensions: [],
  targets: [
    { id: 't-1', periodKey: '2026', value: 210, version: 1 },
    { id: 't-2', periodKey: '2026-Q4', value: 1250, version: 3 },
  ],
};

const nextYear = String(new Date().getFullYear() + 1);

describe('TargetsEditor', { timeout: 30_000 }, () => {
  it('lists targets in German and lets the backbone set one for a coarser period', async () => {
    const api = mockGraphQL({ SetTarget: (v) => ({ data: { setTarget: { id: 't-9', periodKey: v.input.periodKey, value: v.input.value, version: 1 } } }) });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<TargetsEditor allianceId="a-1" indicator={indicator} canEdit onReload={() => undefined} />);

    const table = screen.getByRole('table', { name: 'Zielwerte von „Kinder in Leseförderung“' });
    expect(within(table).getByRole('row', { name: /Q4 2026 Quartal 1\.250\sKinder/ })).toBeInTheDocument();

    const form = screen.getByRole('form', { name: 'Ziel festlegen' });
    // A monthly indicator takes monthly, quarterly and yearly targets.
    expect(
      within(within(form).getByLabelText('Art des Zeitraums'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Monat', 'Quartal', 'Jahr']);
    await user.selectOptions(within(form).getByLabelText('Art des Zeitraums'), 'QUARTERLY');
    expect(within(form).getByLabelText('Zeitraum')).toHaveValue(`${nextYear}-Q1`);
    await user.selectOptions(within(form).getByLabelText('Zeitraum'), `${nextYear}-Q3`);
    await user.type(within(form).getByLabelText('Zielwert'), '1.300,5');
    await user.click(within(form).getByRole('button', { name: 'Ziel speichern' }));

    await waitFor(() => expect(api.callsOf('SetTarget')).toHaveLength(1));
    expect(api.callsOf('SetTarget')[0]!.variables.input).toEqual({
      allianceId: 'a-1',
      indicatorId: 'i-1',
      periodKey: `${nextYear}-Q3`,
      value: 1300.5,
      version: null,
    });
    expect(await screen.findByText(`Der Zielwert für Q3 ${nextYear} ist gespeichert.`)).toBeInTheDocument();
  });

  it('changes an existing target with its version; when stale, shows both values and re-applies against the newer one', async () => {
    // Meanwhile someone else changed the 2026 target to 230 (version 2).
    const newer = { ...indicator, targets: [{ id: 't-1', periodKey: '2026', value: 230, version: 2 }, indicator.targets[1]!] };
    const api = mockGraphQL({
      SetTarget: (v) =>
        v.input.version === 1 ? gqlError('CONFLICT') : { data: { setTarget: { id: 't-1', periodKey: '2026', value: v.input.value, version: 3 } } },
      IndicatorDetail: { data: { indicator: newer } },
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<TargetsEditor allianceId="a-1" indicator={indicator} canEdit onReload={() => undefined} />);
    const form = screen.getByRole('form', { name: 'Ziel festlegen' });
    await user.selectOptions(within(form).getByLabelText('Zeitraum'), '2026');
    expect(within(form).getByText('Ersetzt den bisherigen Zielwert 210.')).toBeInTheDocument();
    await user.type(within(form).getByLabelText('Zielwert'), '220');
    await user.click(within(form).getByRole('button', { name: 'Ziel speichern' }));

    const conflict = await screen.findByRole('alertdialog', { name: 'Inzwischen geändert' });
    expect(api.callsOf('SetTarget')[0]!.variables.input).toMatchObject({ periodKey: '2026', value: 220, version: 1 });
    expect(within(conflict).getByText('Jetzt gespeichert').nextElementSibling).toHaveTextContent(/^230\sKinder$/);
    expect(within(conflict).getByText('Ihre Änderung').nextElementSibling).toHaveTextContent(/^220\sKinder$/);

    await user.click(within(conflict).getByRole('button', { name: 'Meine Änderung anwenden' }));
    await waitFor(() => expect(api.callsOf('SetTarget')).toHaveLength(2));
    expect(api.callsOf('SetTarget')[1]!.variables.input).toEqual({ allianceId: 'a-1', indicatorId: 'i-1', periodKey: '2026', value: 220, version: 2 });
    expect(await screen.findByText('Der Zielwert für 2026 ist gespeichert.')).toBeInTheDocument();
  });

  it('on a stale target offers to keep the stored value instead, and then sends nothing more', async () => {
    const api = mockGraphQL({ SetTarget: gqlError('CONFLICT'), IndicatorDetail: { data: { indicator: { ...indicator, targets: [indicator.targets[1]!] } } } });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<TargetsEditor allianceId="a-1" indicator={indicator} canEdit onReload={() => undefined} />);
    const form = screen.getByRole('form', { name: 'Ziel festlegen' });
    await user.selectOptions(within(form).getByLabelText('Zeitraum'), '2026');
    await user.type(within(form).getByLabelText('Zielwert'), '220');
    await user.click(within(form).getByRole('button', { name: 'Ziel speichern' }));
    const conflict = await screen.findByRole('alertdialog', { name: 'Inzwischen geändert' });
    // The target was removed meanwhile.
    expect(within(conflict).getByText('Jetzt gespeichert').nextElementSibling).toHaveTextContent('Kein Zielwert (entfernt)');
    await user.click(within(conflict).getByRole('button', { name: 'Aktuellen Stand laden' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(within(form).getByLabelText('Zielwert')).toHaveValue('');
    expect(api.callsOf('SetTarget')).toHaveLength(1);
  });

  it('removes a target after confirmation', async () => {
    const api = mockGraphQL({ DeleteTarget: { data: { deleteTarget: true } } });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<TargetsEditor allianceId="a-1" indicator={indicator} canEdit onReload={() => undefined} />);
    await user.click(screen.getByRole('button', { name: 'Entfernen – Q4 2026' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Zielwert entfernen?' });
    await user.click(within(confirm).getByRole('button', { name: 'Zielwert entfernen' }));
    await waitFor(() => expect(api.callsOf('DeleteTarget')[0]!.variables.input).toEqual({ allianceId: 'a-1', targetId: 't-2', version: 3 }));
  });

  it('shows targets read-only to everyone else', () => {
    mockGraphQL({});
    renderWithProviders(<TargetsEditor allianceId="a-1" indicator={indicator} canEdit={false} onReload={() => undefined} />);
    expect(screen.queryByRole('form', { name: 'Ziel festlegen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Entfernen/ })).not.toBeInTheDocument();
  });
});

const period = (over: Record<string, unknown>) => ({
  id: 'p-1',
  periodKey: '2026-Q4',
  frequency: 'QUARTERLY',
  state: 'OPEN',
  dueOn: '2027-01-14',
  startsOn: '2026-10-01',
  endsOn: '2026-12-31',
  closedAt: null,
  version: 4,
  counts: { expected: 20, approved: 3 },
  ...over,
});

describe('ReportingPeriods', { timeout: 30_000 }, () => {
  const periods = [
    period({}),
    period({ id: 'p-2', periodKey: '2026-09', frequency: 'MONTHLY', state: 'CLOSED', dueOn: null, startsOn: '2026-09-01', endsOn: '2026-09-30', version: 2 }),
  ];

  it('lists periods with state in words and deadline in German, and closes one after confirmation', async () => {
    const api = mockGraphQL({
      ReportingPeriodList: { data: { reportingPeriods: { totalCount: 2, nodes: periods } } },
      CloseReportingPeriod: { data: { closeReportingPeriod: { id: 'p-1', state: 'CLOSED', version: 5 } } },
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ReportingPeriods allianceId="a-1" canManage opening={false} onOpenChange={() => undefined} />);

    const row = await screen.findByRole('row', { name: /Q4 2026/ });
    expect(within(row).getByText('Offen')).toBeInTheDocument();
    expect(within(row).getByText('14.01.2027')).toBeInTheDocument();
    expect(within(row).getByText('3 von 20')).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /September 2026/ })).getByText('Geschlossen')).toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: 'Schließen – Q4 2026' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Berichtszeitraum schließen?' });
    await user.click(within(confirm).getByRole('button', { name: 'Zeitraum schließen' }));
    await waitFor(() => expect(api.callsOf('CloseReportingPeriod')[0]!.variables.input).toEqual({ allianceId: 'a-1', reportingPeriodId: 'p-1', version: 4 }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
  });

  it('says a period was closed and undoes it by reopening the same period', async () => {
    let nodes = periods;
    const api = mockGraphQL({
      ReportingPeriodList: () => ({ data: { reportingPeriods: { totalCount: nodes.length, nodes } } }),
      CloseReportingPeriod: () => {
        nodes = [period({ state: 'CLOSED', version: 5 }), periods[1]!];
        return { data: { closeReportingPeriod: { id: 'p-1', state: 'CLOSED', version: 5 } } };
      },
      OpenReportingPeriod: () => {
        nodes = [period({ state: 'OPEN', version: 6 }), periods[1]!];
        return { data: { openReportingPeriod: { id: 'p-1', periodKey: '2026-Q4', state: 'OPEN', version: 6 } } };
      },
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ReportingPeriods allianceId="a-1" canManage opening={false} onOpenChange={() => undefined} />);
    const row = await screen.findByRole('row', { name: /Q4 2026/ });
    await user.click(within(row).getByRole('button', { name: 'Schließen – Q4 2026' }));
    await user.click(within(screen.getByRole('alertdialog', { name: 'Berichtszeitraum schließen?' })).getByRole('button', { name: 'Zeitraum schließen' }));
    expect(await screen.findByText('Geschlossen: Q4 2026')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Rückgängig' }));
    await waitFor(() =>
      expect(api.callsOf('OpenReportingPeriod')[0]!.variables.input).toEqual({
        allianceId: 'a-1',
        frequency: 'QUARTERLY',
        periodKey: '2026-Q4',
        dueOn: '2027-01-14',
      }),
    );
    expect(await screen.findByText('Wieder geöffnet: Q4 2026')).toBeInTheDocument();
  });

  it('after a conflict shows the period as stored now and closes it with the newer version while it is still open', async () => {
    let nodes = periods;
    const api = mockGraphQL({
      ReportingPeriodList: () => ({ data: { reportingPeriods: { totalCount: 2, nodes } } }),
      CloseReportingPeriod: (v) => {
        if (v.input.version === 4) {
          // The deadline was moved meanwhile.
          nodes = [period({ dueOn: '2027-01-31', version: 5 }), periods[1]!];
          return gqlError('CONFLICT');
        }
        return { data: { closeReportingPeriod: { id: 'p-1', state: 'CLOSED', version: 6 } } };
      },
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ReportingPeriods allianceId="a-1" canManage opening={false} onOpenChange={() => undefined} />);

    await user.click(await screen.findByRole('button', { name: 'Schließen – Q4 2026' }));
    await user.click(within(screen.getByRole('alertdialog', { name: 'Berichtszeitraum schließen?' })).getByRole('button', { name: 'Zeitraum schließen' }));
    const conflict = await screen.findByRole('alertdialog', { name: 'Inzwischen geändert' });
    expect(within(conflict).getByText('Offen, Meldefrist 31.01.2027')).toBeInTheDocument();
    await user.click(within(conflict).getByRole('button', { name: 'Meine Änderung anwenden' }));
    await waitFor(() => expect(api.callsOf('CloseReportingPeriod')).toHaveLength(2));
    expect(api.callsOf('CloseReportingPeriod')[1]!.variables.input).toEqual({ allianceId: 'a-1', reportingPeriodId: 'p-1', version: 5 });
  });

  it('offers only to reload when the period was closed meanwhile', async () => {
    let nodes = periods;
    const api = mockGraphQL({
      ReportingPeriodList: () => ({ data: { reportingPeriods: { totalCount: 2, nodes } } }),
      CloseReportingPeriod: () => {
        nodes = [period({ state: 'CLOSED', closedAt: '2026-12-03T09:00:00.000Z', version: 5 }), periods[1]!];
        return gqlError('CONFLICT');
      },
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ReportingPeriods allianceId="a-1" canManage opening={false} onOpenChange={() => undefined} />);

    await user.click(await screen.findByRole('button', { name: 'Schließen – Q4 2026' }));
    await user.click(within(screen.getByRole('alertdialog', { name: 'Berichtszeitraum schließen?' })).getByRole('button', { name: 'Zeitraum schließen' }));
    const conflict = await screen.findByRole('alertdialog', { name: 'Inzwischen geändert' });
    expect(within(conflict).getByText('Geschlossen am 03.12.2026')).toBeInTheDocument();
    expect(within(conflict).queryByRole('button', { name: 'Meine Änderung anwenden' })).not.toBeInTheDocument();
    await user.click(within(conflict).getByRole('button', { name: 'Aktuellen Stand laden' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(api.callsOf('CloseReportingPeriod')).toHaveLength(1);
  });

  it('opens a period with the exact key and a German deadline, refusing a key of the wrong kind', async () => {
    const api = mockGraphQL({
      ReportingPeriodList: { data: { reportingPeriods: { totalCount: 2, nodes: periods } } },
      OpenReportingPeriod: { data: { openReportingPeriod: { id: 'p-3', periodKey: '2028', state: 'OPEN', version: 1 } } },
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ReportingPeriods allianceId="a-1" canManage opening onOpenChange={() => undefined} />);
    const dialog = within(await screen.findByRole('dialog', { name: 'Berichtszeitraum öffnen' }));

    await user.selectOptions(dialog.getByLabelText('Art des Zeitraums'), 'YEARLY');
    await user.type(dialog.getByLabelText('Zeitraum'), '2028-Q1');
    await user.click(dialog.getByRole('button', { name: 'Zeitraum öffnen' }));
    expect(dialog.getByText(/Dieser Zeitraum passt nicht zur gewählten Art/)).toBeInTheDocument();
    expect(api.callsOf('OpenReportingPeriod')).toHaveLength(0);

    await user.clear(dialog.getByLabelText('Zeitraum'));
    await user.type(dialog.getByLabelText('Zeitraum'), '2028');
    await user.type(dialog.getByLabelText('Meldefrist'), '31.01.2029');
    await user.click(dialog.getByRole('button', { name: 'Zeitraum öffnen' }));
    await waitFor(() =>
      expect(api.callsOf('OpenReportingPeriod')[0]!.variables.input).toEqual({
        allianceId: 'a-1',
        frequency: 'YEARLY',
        periodKey: '2028',
        dueOn: '2029-01-31',
      }),
    );
  });

  it('explains when the period is open already', async () => {
    mockGraphQL({
      ReportingPeriodList: { data: { reportingPeriods: { totalCount: 2, nodes: periods } } },
      OpenReportingPeriod: gqlError('REPORTING_PERIOD_ALREADY_OPEN'),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<ReportingPeriods allianceId="a-1" canManage opening onOpenChange={() => undefined} />);
    const dialog = within(await screen.findByRole('dialog', { name: 'Berichtszeitraum öffnen' }));
    await user.selectOptions(dialog.getByLabelText('Art des Zeitraums'), 'QUARTERLY');
    await user.type(dialog.getByLabelText('Zeitraum'), '2026-Q4');
    await user.click(dialog.getByRole('button', { name: 'Zeitraum öffnen' }));
    expect(await dialog.findByRole('alert')).toHaveTextContent('Dieser Berichtszeitraum ist bereits geöffnet.');
  });

  it('shows the list without actions to other roles', async () => {
    mockGraphQL({ ReportingPeriodList: { data: { reportingPeriods: { totalCount: 2, nodes: periods } } } });
    renderWithProviders(<ReportingPeriods allianceId="a-1" canManage={false} opening={false} onOpenChange={() => undefined} />);
    await screen.findByRole('row', { name: /Q4 2026/ });
    expect(screen.queryByRole('button', { name: /Schließen|Wieder öffnen/ })).not.toBeInTheDocument();
  });
});
