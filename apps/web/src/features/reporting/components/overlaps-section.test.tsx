import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { kinder, measurement, paten, period2023, quote } from './fixtures.test-data';
import { MeasurementPage } from './measurement-page';

const members = [
  { id: 'm-1', role: 'BACKBONE', state: 'ACTIVE', organisation: { id: 'o-1', name: 'Bildungsbüro' } },
  { id: 'm-2', role: 'PARTNER', state: 'ACTIVE', organisation: { id: 'o-2', name: 'Jugendtreff Oststadt e.V.' } },
  { id: 'm-3', role: 'PARTNER', state: 'ACTIVE', organisation: { id: 'o-3', name: 'Lesestart e.V.' } },
  { id: 'm-4', role: 'PARTNER', state: 'LEFT', organisation: { id: 'o-4', name: 'Ehemalige gGmbH' } },
  { id: 'm-5', role: 'FUNDER', state: 'ACTIVE', organisation: { id: 'o-5', name: 'Vogel-Stiftung' } },
];
const lesestart = {
  id: 'ov-1',
  measurementId: 'ms-1',
  otherMembershipId: 'm-3',
  otherOrganisationName: 'Lesestart e.V.',
  amount: 1234.5,
  note: 'Gemeinsame Lesenacht',
};

/** The reads of the form; `changed`, when given, is what the server stores and answers after a declare or remove. */
function api(stored: unknown[], handlers: Record<string, unknown> = {}, changed?: ReturnType<typeof measurement>) {
  let nodes = stored;
  const answer = (field: string) => () => {
    nodes = [changed];
    return { data: { [field]: changed } };
  };
  return mockGraphQL({
    ReportingOpenPeriods: { data: { reportingPeriods: { nodes: [period2023] } } },
    ReportingIndicators: { data: { indicators: { nodes: [kinder, paten, quote] } } },
    ReportingMeasurements: () => ({ data: { measurements: { totalCount: nodes.length, nodes } } }),
    ReportingOverlapMembers: { data: { members } },
    ...(changed ? { DeclareOverlap: answer('declareOverlap'), RemoveOverlap: answer('removeOverlap') } : {}),
    ...(handlers as object),
  });
}

const page = (indicatorId = paten.id) => <MeasurementPage allianceId="a-1" membershipId="m-2" periodId={period2023.id} indicatorId={indicatorId} />;
const paten30 = (overrides: Record<string, unknown> = {}) => measurement({ indicatorId: paten.id, indicatorName: paten.name, value: 3000, ...overrides });

describe('OverlapsSection', { timeout: 20_000 }, () => {
  it('declares an overlap with another active member and shows it in the list', async () => {
    const calls = api([paten30()], {}, paten30({ overlaps: [{ ...lesestart, id: 'ov-9', amount: 12.5, note: 'Lesenacht' }] }));
    const user = userEvent.setup();
    renderWithProviders(page());

    const section = (await screen.findByRole('region', { name: 'Überschneidungen mit anderen Mitgliedern' })) as HTMLElement;
    expect(within(section).getByText(/In der Summe des Bündnisses werden sie dann nur einmal gezählt/)).toBeInTheDocument();
    expect(within(section).getByText('Keine Überschneidungen angegeben.')).toBeInTheDocument();
    const select = within(section).getByLabelText('Anderes Mitglied');
    // Only the other active members that report: not the own organisation, a former member or a funder.
    await waitFor(() =>
      expect(
        within(select)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['Bitte wählen …', 'Bildungsbüro', 'Lesestart e.V.']),
    );

    await user.selectOptions(select, 'Lesestart e.V.');
    await user.type(within(section).getByLabelText('Anzahl (Personen)'), '12,5');
    await user.type(within(section).getByLabelText(/Anmerkung zur Überschneidung/), ' Lesenacht ');
    await user.click(within(section).getByRole('button', { name: 'Überschneidung angeben' }));

    await waitFor(() => expect(calls.callsOf('DeclareOverlap')).toHaveLength(1));
    expect(calls.callsOf('DeclareOverlap')[0]!.variables).toEqual({
      input: { allianceId: 'a-1', measurementId: 'ms-1', otherMembershipId: 'm-3', amount: 12.5, note: 'Lesenacht' },
    });
    expect(await within(section).findByText('Überschneidung mit Lesestart e.V. angegeben.')).toBeInTheDocument();
    const item = within(section).getByRole('listitem');
    expect(within(item).getByText('12,5 Personen')).toBeInTheDocument();
    expect(within(item).getByText('Lesenacht')).toBeInTheDocument();
    expect(within(section).getByLabelText('Anzahl (Personen)')).toHaveValue('');
  });

  it('checks member and amount before sending anything', async () => {
    const calls = api([paten30({ value: 30 })]);
    const user = userEvent.setup();
    renderWithProviders(page());

    const section = (await screen.findByRole('region', { name: 'Überschneidungen mit anderen Mitgliedern' })) as HTMLElement;
    await user.click(within(section).getByRole('button', { name: 'Überschneidung angeben' }));
    expect(await within(section).findByText('Bitte wählen Sie das andere Mitglied.')).toBeInTheDocument();
    expect(within(section).getByText('Die Anzahl muss größer als 0 sein.')).toBeInTheDocument();

    await user.selectOptions(within(section).getByLabelText('Anderes Mitglied'), 'Lesestart e.V.');
    await user.type(within(section).getByLabelText('Anzahl (Personen)'), '31');
    await user.click(within(section).getByRole('button', { name: 'Überschneidung angeben' }));
    expect(await within(section).findByText('Die Anzahl darf nicht größer sein als Ihr gespeicherter Wert (30 Personen).')).toBeInTheDocument();
    expect(within(section).getByLabelText('Anzahl (Personen)')).toHaveAttribute('aria-invalid', 'true');
    expect(within(section).queryByText('Bitte wählen Sie das andere Mitglied.')).not.toBeInTheDocument();
    expect(calls.callsOf('DeclareOverlap')).toHaveLength(0);
  });

  it('shows the API’s field problem at the field it concerns', async () => {
    api([paten30({ value: 30 })], { DeclareOverlap: gqlError('VALIDATION_FAILED', 'invalid', { fields: [{ field: 'amount', code: 'exceedsValue' }] }) });
    const user = userEvent.setup();
    renderWithProviders(page());

    const section = (await screen.findByRole('region', { name: 'Überschneidungen mit anderen Mitgliedern' })) as HTMLElement;
    await waitFor(() => expect(within(section).getAllByRole('option')).toHaveLength(3));
    await user.selectOptions(within(section).getByLabelText('Anderes Mitglied'), 'Lesestart e.V.');
    await user.type(within(section).getByLabelText('Anzahl (Personen)'), '20');
    await user.click(within(section).getByRole('button', { name: 'Überschneidung angeben' }));
    expect(await within(section).findByText('Der Wert ist größer als der gemeldete Wert.')).toBeInTheDocument();
  });

  it('removes a declared overlap and moves focus to the confirmation', async () => {
    const calls = api([paten30({ overlaps: [lesestart] })], {}, paten30());
    const user = userEvent.setup();
    renderWithProviders(page());

    const section = (await screen.findByRole('region', { name: 'Überschneidungen mit anderen Mitgliedern' })) as HTMLElement;
    const item = within(section).getByRole('listitem');
    expect(within(item).getByText('Lesestart e.V.')).toBeInTheDocument();
    expect(within(item).getByText('1.234,5 Personen')).toBeInTheDocument();
    expect(within(item).getByText('Gemeinsame Lesenacht')).toBeInTheDocument();
    await user.click(within(item).getByRole('button', { name: 'Entfernen – Überschneidung mit Lesestart e.V.' }));

    await waitFor(() => expect(calls.callsOf('RemoveOverlap')).toHaveLength(1));
    expect(calls.callsOf('RemoveOverlap')[0]!.variables).toEqual({ input: { allianceId: 'a-1', overlapId: 'ov-1' } });
    expect(await within(section).findByText('Überschneidung mit Lesestart e.V. entfernt.')).toBeInTheDocument();
    expect(await within(section).findByText('Keine Überschneidungen angegeben.')).toBeInTheDocument();
    await waitFor(() =>
      expect(
        within(section)
          .getByText(/entfernt\./)
          .closest('[role="status"]'),
      ).toHaveFocus(),
    );
  });

  it('lists the overlaps of a submitted value read-only', async () => {
    const calls = api([paten30({ status: 'SUBMITTED', overlaps: [lesestart] })]);
    renderWithProviders(page());

    const section = (await screen.findByRole('region', { name: 'Überschneidungen mit anderen Mitgliedern' })) as HTMLElement;
    expect(within(section).getByText('Lesestart e.V.')).toBeInTheDocument();
    // No action (the "?" beside the intro only explains the term).
    expect(
      within(section)
        .queryAllByRole('button')
        .filter((b) => !b.classList.contains('term-help__button')),
    ).toEqual([]);
    expect(within(section).queryByLabelText('Anderes Mitglied')).not.toBeInTheDocument();
    expect(calls.callsOf('ReportingOverlapMembers')).toHaveLength(0);
  });

  it('declares an overlap before the first save: the value is saved as a draft first, then the overlap', async () => {
    const saved = paten30({ id: 'ms-new', value: 30, version: 1, status: 'DRAFT' });
    const calls = api([], {
      SaveMeasurement: { data: { saveMeasurement: { ...saved, warnings: [] } } },
      DeclareOverlap: { data: { declareOverlap: { ...saved, overlaps: [{ ...lesestart, measurementId: 'ms-new', amount: 4, note: '' }] } } },
    });
    const user = userEvent.setup();
    renderWithProviders(page());
    const section = (await screen.findByRole('region', { name: 'Überschneidungen mit anderen Mitgliedern' })) as HTMLElement;
    expect(within(section).getByText(/Wenn Sie eine angeben, wird Ihr Wert dabei als Entwurf gespeichert/)).toBeInTheDocument();
    const select = within(section).getByLabelText('Anderes Mitglied');
    await waitFor(() => expect(within(select).getAllByRole('option')).toHaveLength(3));
    await user.selectOptions(select, 'Lesestart e.V.');
    await user.type(within(section).getByLabelText('Anzahl (Personen)'), '4');

    // Without a value in the form: nothing is saved, the section says what to do.
    await user.click(within(section).getByRole('button', { name: 'Überschneidung angeben' }));
    expect(await within(section).findByText('Tragen Sie zuerst Ihren Wert ein.')).toBeInTheDocument();
    expect(calls.callsOf('SaveMeasurement')).toHaveLength(0);

    await user.type(screen.getByLabelText('Wert (Personen)'), '30');
    await user.click(within(section).getByRole('button', { name: 'Überschneidung angeben' }));
    await waitFor(() => expect(calls.callsOf('DeclareOverlap')).toHaveLength(1));
    expect(calls.callsOf('SaveMeasurement')).toHaveLength(1);
    expect((calls.callsOf('SaveMeasurement')[0]!.variables as any).input).toMatchObject({ value: 30 });
    expect(calls.callsOf('SubmitMeasurement')).toHaveLength(0);
    expect(calls.callsOf('DeclareOverlap')[0]!.variables).toEqual({
      input: { allianceId: 'a-1', measurementId: 'ms-new', otherMembershipId: 'm-3', amount: 4 },
    });
    expect(await screen.findByText(/Entwurf gespeichert/)).toBeInTheDocument();
  });

  it('is not offered for indicators that are not summed', async () => {
    api([measurement({ indicatorId: quote.id, value: 0.5, numerator: 5, denominator: 10 })]);
    renderWithProviders(page(quote.id));
    expect(await screen.findByLabelText('Zähler – Kinder mit Übergang')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Überschneidungen mit anderen Mitgliedern' })).not.toBeInTheDocument();
  });
});
