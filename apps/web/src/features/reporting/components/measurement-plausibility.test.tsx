import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { kinder, measurement, paten, period2023, quote } from './fixtures.test-data';
import { MeasurementPage } from './measurement-page';

function api(indicators: unknown[], handlers: Record<string, unknown> = {}) {
  return mockGraphQL({
    ReportingOpenPeriods: { data: { reportingPeriods: { nodes: [period2023] } } },
    ReportingIndicators: { data: { indicators: { nodes: indicators } } },
    ReportingMeasurements: { data: { measurements: { totalCount: 0, nodes: [] } } },
    ...(handlers as object),
  });
}

const page = (indicatorId: string) => <MeasurementPage allianceId="a-1" membershipId="m-2" periodId={period2023.id} indicatorId={indicatorId} />;
const refusal = (fields: unknown[]) => () => gqlError('VALIDATION_FAILED', 'Bitte prüfen Sie Ihre Eingaben.', { fields });

describe('MeasurementPage: plausibility', { timeout: 20_000 }, () => {
  it.each([
    [{ field: 'value', code: 'mustNotBeNegative' }, 'Der Wert darf nicht negativ sein.'],
    [{ field: 'value', code: 'notFinite' }, 'Das ist keine gültige Zahl.'],
    [{ field: 'value', code: 'notInteger' }, 'Bitte nur ganze Zahlen eingeben.'],
    [{ field: 'value', code: 'belowMin', params: { min: 1.5 } }, 'Der Wert ist kleiner als der Mindestwert 1,5.'],
    [{ field: 'value', code: 'aboveMax', params: { max: 1000 } }, 'Der Wert ist größer als der Höchstwert 1.000.'],
  ])('names the API’s refusal %o beside its field, with the bound in German numbers', async (problem, text) => {
    const calls = api([paten], { SaveMeasurement: refusal([problem]) });
    const user = userEvent.setup();
    renderWithProviders(page(paten.id));
    await user.type(await screen.findByLabelText('Wert (Personen)'), '3');
    await user.click(screen.getByRole('button', { name: 'Entwurf speichern' }));
    await waitFor(() => expect(calls.callsOf('SaveMeasurement')).toHaveLength(1));
    expect(await screen.findByText(text)).toBeInTheDocument();
    // Beside the field: announced as its description.
    expect(screen.getByLabelText('Wert (Personen)')).toHaveAccessibleDescription(expect.stringContaining(text));
  });

  it('names a ratio numerator above its denominator at the numerator', async () => {
    // The client lets it through (allowRatioAboveOne as loaded), the API refuses: the API's word counts.
    api([{ ...quote, allowRatioAboveOne: true }], {
      SaveMeasurement: refusal([{ field: 'numerator', code: 'numeratorAboveDenominator', params: { denominator: 20 } }]),
    });
    const user = userEvent.setup();
    renderWithProviders(page(quote.id));
    await user.type(await screen.findByLabelText(/^Zähler/), '21');
    await user.type(screen.getByLabelText(/^Nenner/), '20');
    await user.click(screen.getByRole('button', { name: 'Entwurf speichern' }));
    expect(await screen.findByText('Der Zähler darf nicht größer sein als der Nenner (20).')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Zähler/)).toHaveAccessibleDescription(expect.stringContaining('Der Zähler darf nicht größer sein als der Nenner (20).'));
  });

  it('checks the indicator’s rules before sending anything', async () => {
    const strict = { ...paten, integerOnly: true, maxValue: 100 };
    const calls = api([strict], {
      SaveMeasurement: () => ({ data: { saveMeasurement: measurement({ indicatorId: paten.id, value: 12, version: 1, warnings: [] }) } }),
    });
    const user = userEvent.setup();
    renderWithProviders(page(paten.id));
    const field = await screen.findByLabelText(/^Wert \(Personen\)/);
    expect(field).toHaveAccessibleDescription(expect.stringContaining('nur ganze Zahlen · höchstens 100'));
    await user.type(field, '12,5');
    await user.click(screen.getByRole('button', { name: 'Entwurf speichern' }));
    expect(await screen.findByText('Wert (Personen): Bitte nur ganze Zahlen eingeben.')).toBeInTheDocument();
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Bitte nur ganze Zahlen eingeben.'));
    await user.clear(field);
    await user.type(field, '-2');
    await user.click(screen.getByRole('button', { name: 'Entwurf speichern' }));
    expect(await screen.findByText('Wert (Personen): Der Wert darf nicht negativ sein.')).toBeInTheDocument();
    expect(calls.callsOf('SaveMeasurement')).toHaveLength(0);
  });

  it('shows a jump warning as a notice and keeps the saved value', async () => {
    const warning = { code: 'valueJump', field: 'value', previousPeriodKey: '2022', previousValue: 12, value: 34, change: 1.8333 };
    api([kinder], { SaveMeasurement: () => ({ data: { saveMeasurement: measurement({ value: 34, version: 1, warnings: [warning] }) } }) });
    const user = userEvent.setup();
    renderWithProviders(page(kinder.id));
    await user.type(await screen.findByLabelText('Wert (Personen)'), '34');
    await user.click(screen.getByRole('button', { name: 'Entwurf speichern' }));
    expect(await screen.findByText('Der Wert weicht um 183 % vom Vorzeitraum ab (12 → 34). Bitte prüfen.')).toBeInTheDocument();
    expect(screen.getByText(/Entwurf gespeichert/)).toBeInTheDocument();
    // The form stays usable: a warning blocks nothing.
    expect(screen.getByRole('button', { name: 'Einreichen' })).toBeEnabled();
  });
});
