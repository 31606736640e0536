import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { kinder, measurement, paten, period2023, quote } from './fixtures.test-data';
import { ReviewPage } from './review-page';

/** A queued value comes with what it follows (the API's `previous`) and the jump warning the reporter saw. */
const submitted = {
  ...measurement({ id: 'ms-9', status: 'SUBMITTED', value: 30, version: 3, submittedAt: '2026-12-01T09:00:00.000Z', submittedByName: 'Deniz Yılmaz' }),
  previous: { periodKey: '2022', value: 24, numerator: null, denominator: null, status: 'APPROVED' },
  warnings: [] as unknown[],
};
const previous = measurement({ id: 'ms-8', status: 'APPROVED', value: 24, periodKey: '2022', version: 2 });
const approved = measurement({
  id: 'ms-7',
  status: 'APPROVED',
  value: 12,
  version: 5,
  reviewedAt: '2026-12-02T09:00:00.000Z',
  reviewedByName: 'Petra Schneider',
  organisation: { id: 'o-3', name: 'Lesestart e.V.' },
});

function api(queued: unknown = submitted) {
  return mockGraphQL({
    ReviewQueue: { data: { reviewQueue: { totalCount: 1, nodes: [queued] } } },
    ReportingIndicators: { data: { indicators: { nodes: [kinder] } } },
    ReportingOpenPeriods: { data: { reportingPeriods: { nodes: [period2023] } } },
    ReportingMeasurements: (v) => ({
      data: { measurements: { totalCount: 1, nodes: v.filter.indicatorId ? [previous] : [approved] } },
    }),
    ApproveMeasurement: {
      data: { approveMeasurement: { ...submitted, status: 'APPROVED', version: 4, reviewedAt: '2026-12-06T08:00:00.000Z', reviewedByName: 'Petra Schneider' } },
    },
    RejectMeasurement: (v) => ({ data: { rejectMeasurement: { ...submitted, status: 'REJECTED', rejectionReason: v.input.reason, version: 4 } } }),
    ReopenMeasurement: { data: { reopenMeasurement: { ...approved, status: 'DRAFT', version: 6 } } },
  });
}

/** The review's reads, with the queued value as stored now (`stored`) when read by itself, and an approve handler. */
function staleApi(stored: unknown, approve: (v: Record<string, any>) => unknown) {
  return mockGraphQL({
    ReviewQueue: { data: { reviewQueue: { totalCount: 1, nodes: [submitted] } } },
    ReportingIndicators: { data: { indicators: { nodes: [kinder] } } },
    ReportingOpenPeriods: { data: { reportingPeriods: { nodes: [period2023] } } },
    ReportingMeasurements: (v) => ({
      data: {
        measurements: { totalCount: 1, nodes: v.filter.reportingPeriodId && v.filter.indicatorId ? [stored] : v.filter.indicatorId ? [previous] : [approved] },
      },
    }),
    ApproveMeasurement: (v) => approve(v) as ReturnType<typeof gqlError>,
  });
}

describe('ReviewPage', { timeout: 20_000 }, () => {
  it('shows the jump warning the reporter saw, and a previous value that is not approved yet as such', async () => {
    api({
      ...submitted,
      value: 60,
      previous: { periodKey: '2022', value: 24, numerator: null, denominator: null, status: 'SUBMITTED' },
      warnings: [{ code: 'valueJump', field: 'value', previousPeriodKey: '2022', previousValue: 24, value: 60, change: 1.5 }],
    });
    renderWithProviders(<ReviewPage allianceId="a-1" />);
    const row = (await screen.findByRole('row', { name: /Kinder in Leseförderung/ })) as HTMLElement;
    expect(within(row).getByText('Der Wert weicht um 150 % vom Vorzeitraum ab (24 → 60). Bitte prüfen.')).toBeInTheDocument();
    expect(within(row).getByText('24 Personen')).toBeInTheDocument();
    expect(within(row).getByText(/2022 · Eingereicht/)).toBeInTheDocument();
  });

  it('filters the queue by member, and approves the selected values shown in one request', async () => {
    const other = { ...submitted, id: 'ms-10', membershipId: 'm-3', organisation: { id: 'o-3', name: 'Lesestart e.V.' }, version: 2 };
    const third = { ...submitted, id: 'ms-11', indicatorId: paten.id, indicatorName: paten.name, version: 1 };
    const calls = mockGraphQL({
      ReviewQueue: { data: { reviewQueue: { totalCount: 3, nodes: [submitted, other, third] } } },
      ReportingIndicators: { data: { indicators: { nodes: [kinder, paten] } } },
      ReportingOpenPeriods: { data: { reportingPeriods: { nodes: [period2023] } } },
      ReportingMeasurements: { data: { measurements: { totalCount: 0, nodes: [] } } },
      ApproveMeasurements: (v) => ({
        data: {
          approveMeasurements: v.input.items.map((i: any) => ({
            ...[submitted, other, third].find((m) => m.id === i.measurementId)!,
            status: 'APPROVED',
            version: i.version + 1,
          })),
        },
      }),
    });
    const user = userEvent.setup();
    renderWithProviders(<ReviewPage allianceId="a-1" />);
    await screen.findByRole('row', { name: /Lesestart e.V./ });
    expect(screen.getByRole('button', { name: 'Ausgewählte Werte freigeben' })).toBeDisabled();

    // Only the Jugendtreff's values; "select all shown" takes those two, not the hidden one.
    await user.selectOptions(screen.getByLabelText('Mitglied'), 'Jugendtreff Oststadt e.V.');
    expect(screen.queryByRole('row', { name: /Lesestart e.V./ })).not.toBeInTheDocument();
    expect(screen.getByText('2 von 3 angezeigt')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Alle angezeigten Werte auswählen' }));
    await user.click(screen.getByRole('button', { name: '2 ausgewählte Werte freigeben' }));
    await waitFor(() => expect(calls.callsOf('ApproveMeasurements')).toHaveLength(1));
    expect(calls.callsOf('ApproveMeasurements')[0]!.variables).toEqual({
      input: {
        allianceId: 'a-1',
        items: [
          { measurementId: 'ms-9', version: 3 },
          { measurementId: 'ms-11', version: 1 },
        ],
      },
    });
    expect(await screen.findByText('2 Werte freigegeben.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Filter zurücksetzen' }));
    expect(screen.getByRole('row', { name: /Lesestart e.V./ })).toBeInTheDocument();
  });

  it('approves nothing when one selected value changed meanwhile, and says so', async () => {
    const calls = mockGraphQL({
      ReviewQueue: { data: { reviewQueue: { totalCount: 1, nodes: [submitted] } } },
      ReportingIndicators: { data: { indicators: { nodes: [kinder] } } },
      ReportingOpenPeriods: { data: { reportingPeriods: { nodes: [period2023] } } },
      ReportingMeasurements: { data: { measurements: { totalCount: 0, nodes: [] } } },
      ApproveMeasurements: gqlError('CONFLICT'),
    });
    const user = userEvent.setup();
    renderWithProviders(<ReviewPage allianceId="a-1" />);
    await user.click(await screen.findByRole('checkbox', { name: 'Auswählen – Kinder in Leseförderung, Jugendtreff Oststadt e.V.' }));
    await user.click(screen.getByRole('button', { name: '1 ausgewählten Wert freigeben' }));
    expect(await screen.findByText(/Nichts wurde freigegeben/)).toBeInTheDocument();
    await waitFor(() => expect(calls.callsOf('ReviewQueue').length).toBeGreaterThanOrEqual(2));
  });

  it('says so when a value has nothing before it', async () => {
    api({ ...submitted, previous: null });
    renderWithProviders(<ReviewPage allianceId="a-1" />);
    const row = (await screen.findByRole('row', { name: /Kinder in Leseförderung/ })) as HTMLElement;
    expect(within(row).getByText('keiner')).toBeInTheDocument();
    expect(within(row).queryByText(/weicht um/)).not.toBeInTheDocument();
  });

  it('lists a submitted value with its previous approved value and approves it with the version seen', async () => {
    const calls = api();
    const user = userEvent.setup();
    renderWithProviders(<ReviewPage allianceId="a-1" />);

    const row = (await screen.findByRole('row', { name: /Kinder in Leseförderung/ })) as HTMLElement;
    expect(within(row).getByText('Jugendtreff Oststadt e.V.')).toBeInTheDocument();
    expect(within(row).getByText('30 Personen')).toBeInTheDocument();
    expect(await within(row).findByText('24 Personen')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Freigeben – Kinder in Leseförderung, Jugendtreff Oststadt e.V.' }));
    await waitFor(() => expect(calls.callsOf('ApproveMeasurement')).toHaveLength(1));
    expect(calls.callsOf('ApproveMeasurement')[0]!.variables).toEqual({ input: { allianceId: 'a-1', measurementId: 'ms-9', version: 3 } });
    expect(await screen.findByText(/Freigegeben: Kinder in Leseförderung, Jugendtreff Oststadt e.V./)).toBeInTheDocument();
    // The decision shows at once, whatever the refreshed lists still say.
    expect(await screen.findByRole('button', { name: 'Wieder öffnen – Kinder in Leseförderung, Jugendtreff Oststadt e.V.' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Freigeben/ })).not.toBeInTheDocument();
    expect(screen.getByText('Keine Werte zu prüfen')).toBeInTheDocument();
  });

  it('after a conflict shows a value decided meanwhile and offers only to reload', async () => {
    const calls = staleApi({ ...submitted, status: 'APPROVED', version: 4, reviewedAt: '2026-12-03T09:00:00.000Z', reviewedByName: 'Petra Schneider' }, () =>
      gqlError('CONFLICT'),
    );
    const user = userEvent.setup();
    renderWithProviders(<ReviewPage allianceId="a-1" />);

    await user.click(await screen.findByRole('button', { name: 'Freigeben – Kinder in Leseförderung, Jugendtreff Oststadt e.V.' }));
    const conflict = await screen.findByRole('alertdialog', { name: 'Inzwischen geändert' });
    expect(within(conflict).getByText('Freigegeben am 03.12.2026 von Petra Schneider: 30 Personen')).toBeInTheDocument();
    expect(within(conflict).queryByRole('button', { name: 'Meine Änderung anwenden' })).not.toBeInTheDocument();
    await user.click(within(conflict).getByRole('button', { name: 'Aktuellen Stand laden' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(calls.callsOf('ApproveMeasurement')).toHaveLength(1);
  });

  it('after a conflict on a value still waiting shows it and approves it again with the newer version', async () => {
    // Resubmitted with a corrected value meanwhile.
    const calls = staleApi({ ...submitted, value: 32, version: 4 }, (v) =>
      v.input.version === 3
        ? gqlError('CONFLICT')
        : {
            data: {
              approveMeasurement: {
                ...submitted,
                value: 32,
                status: 'APPROVED',
                version: 5,
                reviewedAt: '2026-12-06T08:00:00.000Z',
                reviewedByName: 'Petra Schneider',
              },
            },
          },
    );
    const user = userEvent.setup();
    renderWithProviders(<ReviewPage allianceId="a-1" />);

    await user.click(await screen.findByRole('button', { name: 'Freigeben – Kinder in Leseförderung, Jugendtreff Oststadt e.V.' }));
    const conflict = await screen.findByRole('alertdialog', { name: 'Inzwischen geändert' });
    expect(within(conflict).getByText('Eingereicht: 32 Personen')).toBeInTheDocument();
    await user.click(within(conflict).getByRole('button', { name: 'Meine Änderung anwenden' }));
    await waitFor(() => expect(calls.callsOf('ApproveMeasurement')).toHaveLength(2));
    expect(calls.callsOf('ApproveMeasurement')[1]!.variables).toEqual({ input: { allianceId: 'a-1', measurementId: 'ms-9', version: 4 } });
  });

  it('rejects only with a reason', async () => {
    const calls = api();
    const user = userEvent.setup();
    renderWithProviders(<ReviewPage allianceId="a-1" />);

    await user.click(await screen.findByRole('button', { name: 'Zurückweisen – Kinder in Leseförderung, Jugendtreff Oststadt e.V.' }));
    const dialog = screen.getByRole('dialog', { name: 'Wert zurückweisen' });
    await user.click(within(dialog).getByRole('button', { name: 'Zurückweisen' }));
    expect(within(dialog).getByText('Bitte geben Sie eine Begründung an.')).toBeInTheDocument();
    expect(calls.callsOf('RejectMeasurement')).toHaveLength(0);

    await user.type(within(dialog).getByLabelText('Begründung'), 'Summe prüfen');
    await user.click(within(dialog).getByRole('button', { name: 'Zurückweisen' }));
    await waitFor(() => expect(calls.callsOf('RejectMeasurement')).toHaveLength(1));
    expect(calls.callsOf('RejectMeasurement')[0]!.variables).toEqual({
      input: { allianceId: 'a-1', measurementId: 'ms-9', version: 3, reason: 'Summe prüfen' },
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('reopens a recently approved value with a reason', async () => {
    const calls = api();
    const user = userEvent.setup();
    renderWithProviders(<ReviewPage allianceId="a-1" />);

    await user.click(await screen.findByRole('button', { name: 'Wieder öffnen – Kinder in Leseförderung, Lesestart e.V.' }));
    const dialog = screen.getByRole('dialog', { name: 'Wert wieder öffnen' });
    await user.type(within(dialog).getByLabelText('Begründung'), 'Nachmeldung');
    await user.click(within(dialog).getByRole('button', { name: 'Wieder öffnen' }));
    await waitFor(() => expect(calls.callsOf('ReopenMeasurement')).toHaveLength(1));
    expect(calls.callsOf('ReopenMeasurement')[0]!.variables).toEqual({
      input: { allianceId: 'a-1', measurementId: 'ms-7', version: 5, reason: 'Nachmeldung' },
    });
  });

  it('shows the overlaps declared with a value under review on one line', async () => {
    api({
      ...submitted,
      overlaps: [
        { id: 'ov-1', measurementId: 'ms-9', otherMembershipId: 'm-3', otherOrganisationName: 'Lesestart e.V.', amount: 4, note: 'Lesenacht' },
        { id: 'ov-2', measurementId: 'ms-9', otherMembershipId: 'm-1', otherOrganisationName: 'Bildungsbüro', amount: 1.5, note: '' },
      ],
    });
    renderWithProviders(<ReviewPage allianceId="a-1" />);

    const row = (await screen.findByRole('row', { name: /Kinder in Leseförderung/ })) as HTMLElement;
    expect(within(row).getByText('Überschneidungen: 4 Personen mit Lesestart e.V. (Lesenacht) · 1,5 Personen mit Bildungsbüro')).toBeInTheDocument();
  });

  it('lets the backbone declare an overlap on a submitted value, offering every other member but the reporting one', async () => {
    const members = [
      { id: 'm-1', role: 'BACKBONE', state: 'ACTIVE', organisation: { id: 'o-1', name: 'Bildungsbüro' } },
      { id: submitted.membershipId, role: 'PARTNER', state: 'ACTIVE', organisation: { id: 'o-2', name: 'Jugendtreff Oststadt e.V.' } },
      { id: 'm-3', role: 'PARTNER', state: 'ACTIVE', organisation: { id: 'o-3', name: 'Lesestart e.V.' } },
    ];
    const declared = {
      ...submitted,
      overlaps: [{ id: 'ov-1', measurementId: 'ms-9', otherMembershipId: 'm-3', otherOrganisationName: 'Lesestart e.V.', amount: 4, note: '' }],
    };
    let queued: unknown = submitted;
    const calls = mockGraphQL({
      ReviewQueue: () => ({ data: { reviewQueue: { totalCount: 1, nodes: [queued] } } }),
      ReportingIndicators: { data: { indicators: { nodes: [kinder] } } },
      ReportingOpenPeriods: { data: { reportingPeriods: { nodes: [period2023] } } },
      ReportingMeasurements: { data: { measurements: { totalCount: 0, nodes: [] } } },
      ReportingOverlapMembers: { data: { members } },
      DeclareOverlap: () => {
        queued = declared;
        return { data: { declareOverlap: declared } };
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<ReviewPage allianceId="a-1" />);

    await user.click(await screen.findByRole('button', { name: 'Überschneidungen – Kinder in Leseförderung, Jugendtreff Oststadt e.V.' }));
    const dialog = screen.getByRole('dialog', { name: 'Überschneidungen – Kinder in Leseförderung, Jugendtreff Oststadt e.V.' });
    const d = within(dialog);
    expect(d.getByText(/Gemeldeter Wert: 30 Personen/)).toBeInTheDocument();
    const select = d.getByLabelText('Anderes Mitglied');
    await waitFor(() =>
      expect(
        within(select)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['Bitte wählen …', 'Bildungsbüro', 'Lesestart e.V.']),
    );
    await user.type(d.getByLabelText('Anzahl (Personen)'), '31');
    await user.selectOptions(select, 'Lesestart e.V.');
    await user.click(d.getByRole('button', { name: 'Überschneidung angeben' }));
    expect(d.getByText('Die Anzahl darf nicht größer sein als der gemeldete Wert (30 Personen).')).toBeInTheDocument();
    expect(d.getByText(/^Wenn Menschen in diesem Wert/)).toBeInTheDocument();
    expect(calls.callsOf('DeclareOverlap')).toHaveLength(0);

    await user.clear(d.getByLabelText('Anzahl (Personen)'));
    await user.type(d.getByLabelText('Anzahl (Personen)'), '4');
    await user.click(d.getByRole('button', { name: 'Überschneidung angeben' }));
    await waitFor(() => expect(calls.callsOf('DeclareOverlap')).toHaveLength(1));
    expect(calls.callsOf('DeclareOverlap')[0]!.variables).toEqual({ input: { allianceId: 'a-1', measurementId: 'ms-9', otherMembershipId: 'm-3', amount: 4 } });
    expect(await d.findByText('Lesestart e.V.', { selector: '.overlaps__name' })).toBeInTheDocument();
  });

  it('offers no overlaps for a value of a ratio indicator', async () => {
    mockGraphQL({
      ReviewQueue: {
        data: {
          reviewQueue: {
            totalCount: 1,
            nodes: [{ ...submitted, indicatorId: quote.id, indicatorName: quote.name, numerator: 3, denominator: 4, value: 0.75 }],
          },
        },
      },
      ReportingIndicators: { data: { indicators: { nodes: [quote] } } },
      ReportingOpenPeriods: { data: { reportingPeriods: { nodes: [period2023] } } },
      ReportingMeasurements: { data: { measurements: { totalCount: 0, nodes: [] } } },
    });
    renderWithProviders(<ReviewPage allianceId="a-1" />);
    await screen.findByRole('button', { name: /^Freigeben – Übergangsquote/ });
    expect(screen.queryByRole('button', { name: /^Überschneidungen/ })).not.toBeInTheDocument();
  });
});
