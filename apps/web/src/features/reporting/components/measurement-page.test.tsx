import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { kinder, measurement, period2023, quote } from './fixtures.test-data';
import { MeasurementPage } from './measurement-page';

function api(stored: unknown[], handlers: Record<string, unknown> = {}) {
  return mockGraphQL({
    ReportingOpenPeriods: { data: { reportingPeriods: { nodes: [period2023] } } },
    ReportingIndicators: { data: { indicators: { nodes: [kinder, quote] } } },
    ReportingMeasurements: { data: { measurements: { totalCount: stored.length, nodes: stored } } },
    ...(handlers as object),
  });
}

const page = (indicatorId = kinder.id) => <MeasurementPage allianceId="a-1" membershipId="m-2" periodId={period2023.id} indicatorId={indicatorId} />;

describe('MeasurementPage', { timeout: 20_000 }, () => {
  it('checks that the parts add up before saving, then saves a new draft', async () => {
    const calls = api([], {
      SaveMeasurement: (v: { input: Record<string, unknown> }) => ({ data: { saveMeasurement: measurement({ value: v.input.value, version: 1 }) } }),
    });
    const user = userEvent.setup();
    renderWithProviders(page());

    await user.type(await screen.findByLabelText('Wert (Personen)'), '30');
    await user.type(screen.getByLabelText(/weiblich/), '10');
    await user.type(screen.getByLabelText(/männlich/), '15');
    await user.click(screen.getByRole('button', { name: 'Entwurf speichern' }));
    expect(await screen.findByText(/Die Teile von „Geschlecht“ ergeben zusammen 25, der Gesamtwert ist aber 30/)).toBeInTheDocument();
    expect(calls.callsOf('SaveMeasurement')).toHaveLength(0);

    await user.clear(screen.getByLabelText(/männlich/));
    await user.type(screen.getByLabelText(/männlich/), '20');
    // The summary follows the correction at once, before the next click.
    await waitFor(() => expect(screen.queryByText('Bitte prüfen Sie Ihre Eingaben')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Entwurf speichern' }));
    await waitFor(() => expect(calls.callsOf('SaveMeasurement')).toHaveLength(1));
    expect(calls.callsOf('SaveMeasurement')[0]!.variables).toEqual({
      input: {
        allianceId: 'a-1',
        indicatorId: kinder.id,
        reportingPeriodId: period2023.id,
        value: 30,
        parts: [
          { categoryId: 'c-w', value: 10 },
          { categoryId: 'c-m', value: 20 },
        ],
        note: '',
      },
    });
    expect(await screen.findByText(/Entwurf gespeichert/)).toBeInTheDocument();
  });

  it('shows the rejection reason, resubmits with the versions it saw, and then shows the value read-only', async () => {
    const rejected = measurement({
      status: 'REJECTED',
      rejectionReason: 'Bitte divers prüfen.',
      reviewedByName: 'Petra Schneider',
      reviewedAt: '2026-12-02T10:00:00.000Z',
      version: 4,
    });
    const calls = api([rejected], {
      SaveMeasurement: { data: { saveMeasurement: measurement({ status: 'DRAFT', version: 5 }) } },
      SubmitMeasurement: {
        data: { submitMeasurement: measurement({ status: 'SUBMITTED', version: 6, submittedAt: '2026-12-03T10:00:00.000Z', submittedByName: 'Deniz Yılmaz' }) },
      },
    });
    const user = userEvent.setup();
    renderWithProviders(page());

    expect(await screen.findByText('Begründung: Bitte divers prüfen.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Erneut einreichen' }));

    await waitFor(() => expect(calls.callsOf('SubmitMeasurement')).toHaveLength(1));
    expect((calls.callsOf('SaveMeasurement')[0]!.variables as { input: { version: number } }).input.version).toBe(4);
    expect(calls.callsOf('SubmitMeasurement')[0]!.variables).toEqual({ input: { allianceId: 'a-1', measurementId: 'ms-1', version: 5 } });
    expect(await screen.findByText('Eingereicht – wartet auf Prüfung')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /einreichen/i })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByText(/Eingereicht\. Die Geschäftsstelle prüft/).closest('[role="status"]')).toHaveFocus());
  });

  it('opens the conflict dialog when someone else saved first, and can reapply the change', async () => {
    let saves = 0;
    const calls = mockGraphQL({
      ReportingOpenPeriods: { data: { reportingPeriods: { nodes: [period2023] } } },
      ReportingIndicators: { data: { indicators: { nodes: [kinder] } } },
      // Someone else saved 28 (version 3) after this page loaded version 2.
      ReportingMeasurements: () => ({
        data: { measurements: { totalCount: 1, nodes: [saves === 0 ? measurement({ version: 2 }) : measurement({ value: 28, version: 3 })] } },
      }),
      SaveMeasurement: () => (++saves === 1 ? gqlError('CONFLICT') : { data: { saveMeasurement: measurement({ value: 31, version: 4 }) } }),
    });
    const user = userEvent.setup();
    renderWithProviders(page());

    const field = await screen.findByLabelText('Wert (Personen)');
    await user.clear(field);
    await user.type(field, '31');
    await user.click(screen.getByRole('button', { name: 'Entwurf speichern' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Inzwischen geändert' });
    expect(within(dialog).getByText('31 Personen')).toBeInTheDocument();
    expect(within(dialog).getByText('28 Personen · Entwurf')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Meine Änderung anwenden' }));
    await waitFor(() => expect(calls.callsOf('SaveMeasurement')).toHaveLength(2));
    expect((calls.callsOf('SaveMeasurement')[1]!.variables as { input: { version: number; value: number } }).input).toMatchObject({ version: 3, value: 31 });
    expect(await screen.findByText(/Entwurf gespeichert/)).toBeInTheDocument();
  });

  it('asks for numerator and denominator of a ratio', async () => {
    api([]);
    renderWithProviders(page(quote.id));
    expect(await screen.findByLabelText('Zähler – Kinder mit Übergang')).toBeInTheDocument();
    expect(screen.getByLabelText('Nenner – Kinder gesamt')).toBeInTheDocument();
    expect(screen.queryByLabelText(/^Wert/)).not.toBeInTheDocument();
  });

  it('explains a link to a period that is not open without asking the API for its values', async () => {
    const calls = api([]);
    renderWithProviders(<MeasurementPage allianceId="a-1" membershipId="m-2" periodId="nope" indicatorId={kinder.id} />);
    expect(await screen.findByText('Dieser Wert kann hier nicht gemeldet werden')).toBeInTheDocument();
    expect(calls.callsOf('ReportingMeasurements')).toHaveLength(0);
  });
});
