import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { BulkEntryPage } from './bulk-entry';
import { kinder, measurement, paten, period2023, quote } from './fixtures.test-data';

function api(saved: unknown[] = [], result?: unknown) {
  return mockGraphQL({
    ReportingOpenPeriods: { data: { reportingPeriods: { nodes: [period2023] } } },
    ReportingIndicators: { data: { indicators: { nodes: [kinder, paten, quote] } } },
    ReportingMeasurements: { data: { measurements: { totalCount: 1, nodes: [measurement({ status: 'SUBMITTED', value: 40 })] } } },
    SubmitMeasurements: () => ({ data: { submitMeasurements: result ?? { ok: true, errors: [], saved } } }),
  });
}

// userEvent typing is slow on the shared CI machine; the default 5 s is too tight.
describe('BulkEntryPage', { timeout: 20_000 }, () => {
  it('shows locked values read-only and sends only the rows with a value, moving on with Enter', async () => {
    const calls = api([measurement({ id: 'ms-2', indicatorId: paten.id, value: 12, version: 1 })]);
    const user = userEvent.setup();
    renderWithProviders(<BulkEntryPage allianceId="a-1" membershipId="m-2" periodId="p-2023" />);

    const field = await screen.findByLabelText('Wert – Lernpatenschaften (Personen)');
    // The submitted value of "Kinder" is shown, not editable.
    expect(screen.queryByLabelText(/Wert – Kinder in Leseförderung/)).not.toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /Kinder in Leseförderung/ })).getByText('Eingereicht')).toBeInTheDocument();

    await user.type(field, '12{Enter}');
    expect(screen.getByRole('textbox', { name: 'Zähler – Übergangsquote' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Alle einreichen' }));

    await waitFor(() => expect(calls.callsOf('SubmitMeasurements')).toHaveLength(1));
    expect((calls.callsOf('SubmitMeasurements')[0]!.variables as any).input.rows).toEqual([
      { indicatorId: paten.id, reportingPeriodId: 'p-2023', value: 12, submit: true },
    ]);
    expect(await screen.findByText('1 Wert eingereicht.')).toBeInTheDocument();
  });

  it('offers no buttons when every value of the period is handed in or approved, and says why', async () => {
    mockGraphQL({
      ReportingOpenPeriods: { data: { reportingPeriods: { nodes: [period2023] } } },
      ReportingIndicators: { data: { indicators: { nodes: [kinder, paten] } } },
      ReportingMeasurements: {
        data: {
          measurements: {
            totalCount: 2,
            nodes: [measurement({ status: 'SUBMITTED', value: 40 }), measurement({ id: 'ms-2', indicatorId: paten.id, status: 'APPROVED', value: 12 })],
          },
        },
      },
    });
    renderWithProviders(<BulkEntryPage allianceId="a-1" membershipId="m-2" periodId="p-2023" />);
    expect(await screen.findByText(/Alle Werte dieses Zeitraums sind eingereicht oder freigegeben/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Alle einreichen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Alle als Entwurf speichern' })).not.toBeInTheDocument();
  });

  it('refuses text that is no number, and shows the rows the API refused', async () => {
    const calls = api([], { ok: false, saved: [], errors: [{ row: 0, code: 'PARTS_DO_NOT_ADD_UP', field: 'parts', message: 'Teile passen nicht' }] });
    const user = userEvent.setup();
    renderWithProviders(<BulkEntryPage allianceId="a-1" membershipId="m-2" periodId="p-2023" />);

    const field = await screen.findByLabelText('Wert – Lernpatenschaften (Personen)');
    await user.type(field, 'zwölf');
    await user.click(screen.getByRole('button', { name: 'Alle als Entwurf speichern' }));
    expect(await screen.findByText('Nichts gespeichert: 1 Zeile muss korrigiert werden.')).toBeInTheDocument();
    expect(screen.getByText('Keine gültige Zahl.')).toBeInTheDocument();
    expect(calls.callsOf('SubmitMeasurements')).toHaveLength(0);

    await user.clear(field);
    await user.type(field, '7');
    await user.click(screen.getByRole('button', { name: 'Alle als Entwurf speichern' }));
    await waitFor(() => expect(calls.callsOf('SubmitMeasurements')).toHaveLength(1));
    expect((calls.callsOf('SubmitMeasurements')[0]!.variables as any).input.rows[0]).toMatchObject({ value: 7, submit: false });
    expect(await screen.findByText('Die Teilwerte ergeben zusammen nicht den Gesamtwert.')).toBeInTheDocument();
  });

  it('names each plausibility rule the API refused in its row, with its bound', async () => {
    const calls = api([], {
      ok: false,
      saved: [],
      errors: [
        {
          row: 0,
          code: 'VALIDATION_FAILED',
          field: 'value',
          fieldCode: 'mustNotBeNegative',
          params: null,
          message: 'Bitte prüfen Sie Ihre Eingaben: value (darf nicht negativ sein).',
        },
        { row: 1, code: 'VALIDATION_FAILED', field: 'numerator', fieldCode: 'numeratorAboveDenominator', params: { denominator: 4 }, message: '…' },
      ],
      warnings: [],
    });
    const user = userEvent.setup();
    renderWithProviders(<BulkEntryPage allianceId="a-1" membershipId="m-2" periodId="p-2023" />);
    await user.type(await screen.findByLabelText('Wert – Lernpatenschaften (Personen)'), '3');
    await user.type(screen.getByRole('textbox', { name: 'Zähler – Übergangsquote' }), '3');
    await user.type(screen.getByRole('textbox', { name: 'Nenner – Übergangsquote' }), '4');
    // Values the client's own check lets through; the API (the authority) refuses them all the same.
    await user.click(screen.getByRole('button', { name: 'Alle als Entwurf speichern' }));
    await waitFor(() => expect(calls.callsOf('SubmitMeasurements')).toHaveLength(1));
    expect(await screen.findByText('Nichts gespeichert: 2 Zeilen müssen korrigiert werden.')).toBeInTheDocument();
    expect(screen.getByLabelText('Wert – Lernpatenschaften (Personen)')).toHaveAccessibleDescription(
      expect.stringContaining('Der Wert darf nicht negativ sein.'),
    );
    expect(screen.getByRole('textbox', { name: 'Zähler – Übergangsquote' })).toHaveAccessibleDescription(
      expect.stringContaining('Der Zähler darf nicht größer sein als der Nenner (4).'),
    );
  });

  it('checks the rules before sending, and shows a jump warning in the row of a saved value', async () => {
    const warning = { row: 0, code: 'valueJump', field: 'value', previousPeriodKey: '2022', previousValue: 12, value: 34, change: 1.8333 };
    const calls = api([measurement({ id: 'ms-2', indicatorId: paten.id, value: 34, version: 1 })], {
      ok: true,
      errors: [],
      saved: [measurement({ id: 'ms-2', indicatorId: paten.id, value: 34, version: 1 })],
      warnings: [warning],
    });
    const user = userEvent.setup();
    renderWithProviders(<BulkEntryPage allianceId="a-1" membershipId="m-2" periodId="p-2023" />);
    const field = await screen.findByLabelText('Wert – Lernpatenschaften (Personen)');
    const numerator = screen.getByRole('textbox', { name: 'Zähler – Übergangsquote' });
    await user.type(field, '-3');
    await user.type(numerator, '5');
    await user.type(screen.getByRole('textbox', { name: 'Nenner – Übergangsquote' }), '4');
    await user.click(screen.getByRole('button', { name: 'Alle als Entwurf speichern' }));
    expect(await screen.findByText('Nichts gespeichert: 2 Zeilen müssen korrigiert werden.')).toBeInTheDocument();
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Der Wert darf nicht negativ sein.'));
    expect(numerator).toHaveAccessibleDescription(expect.stringContaining('Der Zähler darf nicht größer sein als der Nenner (4).'));
    expect(calls.callsOf('SubmitMeasurements')).toHaveLength(0);

    await user.clear(field);
    await user.type(field, '34');
    await user.clear(numerator);
    await user.type(numerator, '3');
    await user.click(screen.getByRole('button', { name: 'Alle als Entwurf speichern' }));
    await waitFor(() => expect(calls.callsOf('SubmitMeasurements')).toHaveLength(1));
    expect(await screen.findByText('Der Wert weicht um 183 % vom Vorzeitraum ab (12 → 34). Bitte prüfen.')).toBeInTheDocument();
    expect(screen.getByText('1 Wert als Entwurf gespeichert.')).toBeInTheDocument();
  });
});
