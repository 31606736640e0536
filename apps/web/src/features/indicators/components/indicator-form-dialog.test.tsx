import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import type { IndicatorDetail } from '../api/get-indicator';
import { IndicatorFormDialog } from './indicator-form-dialog';

const goals = [
  { id: 'g-1', title: 'Alle Kinder lesen sicher', depth: 0, status: 'ACTIVE' },
  { id: 'g-2', title: 'Leseförderung in der Oststadt', depth: 1, status: 'ACTIVE' },
];

const dimensions = [
  {
    id: 'd-1',
    name: 'Geschlecht',
    categories: [
      { id: 'c-1', name: 'weiblich' },
      { id: 'c-2', name: 'männlich' },
    ],
  },
];

const existing: IndicatorDetail = {
  id: 'i-1',
  code: 'LES-1',
  name: 'Kinder in Leseförderung',
  definition: 'Grundschulkinder in Leseförderung.',
  unit: 'Kinder',
  direction: 'INCREASE',
  aggregation: 'SUM',
  frequency: 'MONTHLY',
  rbaKind: 'HOW_MUCH',
  decimals: 0,
  collectionMethod: '',
  fromParticipation: false,
  baselineValue: 140,
  baselinePeriod: '2023-12',
  numeratorLabel: null,
  denominatorLabel: null,
  allowNegative: false,
  integerOnly: true,
  minValue: null,
  maxValue: null,
  allowRatioAboveOne: false,
  jumpWarningShare: 0.35,
  status: 'ACTIVE',
  version: 5,
  goals: [{ id: 'g-1', title: 'Alle Kinder lesen sicher' }],
  dimensions: [],
  targets: [],
};

describe('IndicatorFormDialog', { timeout: 30_000 }, () => {
  it('creates an indicator with the exact labels, German numbers and linked goals', async () => {
    const api = mockGraphQL({
      IndicatorGoalOptions: { data: { goals } },
      IndicatorDimensionOptions: { data: { dimensions } },
      CreateIndicator: { data: { createIndicator: { id: 'i-new', version: 1 } } },
    });
    const onSaved = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<IndicatorFormDialog allianceId="a-1" open onClose={() => undefined} onSaved={onSaved} />);

    const dialog = screen.getByRole('dialog', { name: 'Indikator anlegen' });
    const d = within(dialog);
    await user.type(d.getByLabelText('Name'), 'Familien in Beratung');
    await user.type(d.getByLabelText('Einheit'), 'Familien');
    await user.selectOptions(d.getByLabelText('Richtung'), 'DECREASE');
    await user.selectOptions(d.getByLabelText('Zusammenfassung'), 'AVERAGE');
    await user.selectOptions(d.getByLabelText('Häufigkeit'), 'QUARTERLY');
    expect(d.getByRole('option', { name: 'Monatlich' })).toHaveValue('MONTHLY');
    await user.selectOptions(d.getByLabelText('Wirkungsfrage'), 'BETTER_OFF');
    await user.type(d.getByLabelText(/^Ausgangswert/), '1.234,5');
    await user.type(d.getByLabelText(/^Bezugsperiode/), '2026-Q1');
    await user.click(await d.findByRole('checkbox', { name: 'Leseförderung in der Oststadt' }));
    await user.click(d.getByRole('button', { name: 'Indikator anlegen' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('i-new'));
    expect(api.callsOf('CreateIndicator')[0]!.variables.input).toMatchObject({
      allianceId: 'a-1',
      name: 'Familien in Beratung',
      unit: 'Familien',
      direction: 'DECREASE',
      aggregation: 'AVERAGE',
      frequency: 'QUARTERLY',
      rbaKind: 'BETTER_OFF',
      baselineValue: 1234.5,
      baselinePeriod: '2026-Q1',
      goalIds: ['g-2'],
      decimals: 0,
    });
  });

  it('asks for numerator and denominator of a ratio and for a baseline period of the frequency, sending nothing', async () => {
    const api = mockGraphQL({ IndicatorGoalOptions: { data: { goals } }, IndicatorDimensionOptions: { data: { dimensions } } });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<IndicatorFormDialog allianceId="a-1" open onClose={() => undefined} onSaved={() => undefined} />);
    const d = within(screen.getByRole('dialog'));
    await user.type(d.getByLabelText('Name'), 'Quote');
    await user.type(d.getByLabelText('Einheit'), 'Anteil');
    await user.selectOptions(d.getByLabelText('Zusammenfassung'), 'RATIO');
    await user.type(d.getByLabelText(/^Ausgangswert/), '0,6');
    await user.type(d.getByLabelText(/^Bezugsperiode/), '2026-03');
    await user.click(d.getByRole('button', { name: 'Indikator anlegen' }));

    expect(d.getAllByText('Bei einer Quote sind Zähler und Nenner anzugeben, damit alle dasselbe zählen.')).toHaveLength(2);
    expect(d.getByText(/Bitte geben Sie eine Periode der gewählten Häufigkeit an, z\. B\. 2026\./)).toBeInTheDocument();
    expect(api.callsOf('CreateIndicator')).toHaveLength(0);
  });

  it('saves an edit with the version seen and replaces the goals when they changed', async () => {
    const api = mockGraphQL({
      IndicatorGoalOptions: { data: { goals } },
      IndicatorDimensionOptions: { data: { dimensions } },
      UpdateIndicator: { data: { updateIndicator: { id: 'i-1', version: 6 } } },
      SetIndicatorGoals: { data: { setIndicatorGoals: { id: 'i-1', version: 7 } } },
    });
    const onSaved = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<IndicatorFormDialog allianceId="a-1" open indicator={existing} onClose={() => undefined} onSaved={onSaved} />);
    const d = within(screen.getByRole('dialog', { name: 'Indikator bearbeiten' }));
    expect(d.getByLabelText('Name')).toHaveValue('Kinder in Leseförderung');
    await user.clear(d.getByLabelText('Name'));
    await user.type(d.getByLabelText('Name'), 'Kinder in Leseförderangeboten');
    await user.click(await d.findByRole('checkbox', { name: 'Leseförderung in der Oststadt' }));
    await user.click(d.getByRole('button', { name: 'Speichern' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('i-1'));
    expect(api.callsOf('UpdateIndicator')[0]!.variables.input).toMatchObject({ indicatorId: 'i-1', version: 5, name: 'Kinder in Leseförderangeboten' });
    expect(api.callsOf('SetIndicatorGoals')[0]!.variables.input).toEqual({ allianceId: 'a-1', indicatorId: 'i-1', version: 6, goalIds: ['g-1', 'g-2'] });
  });

  it('sends only what the user changed, and nothing at all for an unchanged edit', async () => {
    const api = mockGraphQL({
      IndicatorGoalOptions: { data: { goals } },
      IndicatorDimensionOptions: { data: { dimensions } },
      UpdateIndicator: { data: { updateIndicator: { id: 'i-1', version: 6 } } },
    });
    const onSaved = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<IndicatorFormDialog allianceId="a-1" open indicator={existing} onClose={() => undefined} onSaved={onSaved} />);
    const d = within(screen.getByRole('dialog'));
    await user.click(d.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('i-1'));
    expect(api.callsOf('UpdateIndicator')).toHaveLength(0);

    await user.selectOptions(d.getByLabelText('Richtung'), 'DECREASE');
    await user.click(d.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(api.callsOf('UpdateIndicator')).toHaveLength(1));
    expect(api.callsOf('UpdateIndicator')[0]!.variables.input).toEqual({ allianceId: 'a-1', indicatorId: 'i-1', version: 5, direction: 'DECREASE' });
  });

  it("on a stale version shows what changed on both sides and re-applies only the user's change to the newer version", async () => {
    // Meanwhile someone else changed the definition and linked a second goal (version 7).
    const newer: IndicatorDetail = {
      ...existing,
      version: 7,
      definition: 'Kinder der Klassen 1 bis 4.',
      goals: [...existing.goals, { id: 'g-2', title: 'Leseförderung in der Oststadt' }],
    };
    const api = mockGraphQL({
      IndicatorGoalOptions: { data: { goals } },
      IndicatorDimensionOptions: { data: { dimensions } },
      IndicatorDetail: { data: { indicator: newer } },
      UpdateIndicator: (v) => (v.input.version === 5 ? gqlError('CONFLICT') : { data: { updateIndicator: { id: 'i-1', version: 8 } } }),
    });
    const onSaved = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<IndicatorFormDialog allianceId="a-1" open indicator={existing} onClose={() => undefined} onSaved={onSaved} />);
    const d = within(screen.getByRole('dialog'));
    await user.clear(d.getByLabelText('Name'));
    await user.type(d.getByLabelText('Name'), 'Kinder in Lesekursen');
    await user.click(d.getByRole('button', { name: 'Speichern' }));

    const conflict = await screen.findByRole('alertdialog', { name: 'Inzwischen geändert' });
    const c = within(conflict);
    expect(c.getByText('Jetzt gespeichert').nextElementSibling).toHaveTextContent(
      'Definition: Kinder der Klassen 1 bis 4.Ziele: Alle Kinder lesen sicher, Leseförderung in der Oststadt',
    );
    expect(c.getByText('Ihre Änderung').nextElementSibling).toHaveTextContent('Name: Kinder in Lesekursen');
    expect(onSaved).not.toHaveBeenCalled();

    await user.click(c.getByRole('button', { name: 'Meine Änderung anwenden' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('i-1'));
    // Only the name, against version 7; the other person's definition and goals stay.
    expect(api.callsOf('UpdateIndicator')[1]!.variables.input).toEqual({ allianceId: 'a-1', indicatorId: 'i-1', version: 7, name: 'Kinder in Lesekursen' });
    expect(api.callsOf('SetIndicatorGoals')).toHaveLength(0);
  });

  it('reloads the stored state into the form on request, and shows other refusals in the dialog', async () => {
    let code = 'CONFLICT';
    const newer: IndicatorDetail = { ...existing, version: 7, name: 'Kinder in Leseclubs' };
    const api = mockGraphQL({
      IndicatorGoalOptions: { data: { goals } },
      IndicatorDimensionOptions: { data: { dimensions } },
      IndicatorDetail: { data: { indicator: newer } },
      UpdateIndicator: () => gqlError(code, 'server text'),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<IndicatorFormDialog allianceId="a-1" open indicator={existing} onClose={() => undefined} onSaved={() => undefined} />);
    const d = within(screen.getByRole('dialog'));
    await user.type(d.getByLabelText('Einheit'), ' (Grundschule)');
    await user.click(d.getByRole('button', { name: 'Speichern' }));
    const conflict = await screen.findByRole('alertdialog', { name: 'Inzwischen geändert' });
    await user.click(within(conflict).getByRole('button', { name: 'Aktuellen Stand laden' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(d.getByLabelText('Name')).toHaveValue('Kinder in Leseclubs');
    expect(d.getByLabelText('Einheit')).toHaveValue('Kinder');

    code = 'INDICATOR_IN_USE';
    await user.selectOptions(d.getByLabelText('Zusammenfassung'), 'AVERAGE');
    await user.click(d.getByRole('button', { name: 'Speichern' }));
    expect(await d.findByRole('alert')).toHaveTextContent('Für diesen Indikator gibt es bereits Messwerte');
    // The reloaded version is the one saved against.
    expect(api.callsOf('UpdateIndicator')[1]!.variables.input).toEqual({ allianceId: 'a-1', indicatorId: 'i-1', version: 7, aggregation: 'AVERAGE' });
  });

  it('defines a new dimension on the spot and links it to the indicator', async () => {
    const api = mockGraphQL({
      IndicatorGoalOptions: { data: { goals } },
      IndicatorDimensionOptions: { data: { dimensions } },
      CreateDimension: (v) => ({
        data: { createDimension: { id: 'd-2', name: v.input.name, categories: v.input.categories.map((c: string, i: number) => ({ id: `n-${i}`, name: c })) } },
      }),
      CreateIndicator: { data: { createIndicator: { id: 'i-new', version: 1 } } },
    });
    const onSaved = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<IndicatorFormDialog allianceId="a-1" open onClose={() => undefined} onSaved={onSaved} />);
    const d = within(screen.getByRole('dialog'));
    await user.type(d.getByLabelText('Name'), 'Jugendliche im Coaching');
    await user.type(d.getByLabelText('Einheit'), 'Jugendliche');
    await user.click(await d.findByRole('checkbox', { name: /Geschlecht/ }));
    await user.click(d.getByRole('button', { name: 'Neues Merkmal anlegen' }));
    await user.type(d.getByLabelText('Merkmal'), 'Altersgruppe');
    await user.type(d.getByLabelText(/^Ausprägungen/), 'unter 14');
    await user.click(d.getByRole('button', { name: 'Merkmal speichern' }));
    expect(d.getByText('Bitte mindestens zwei verschiedene Ausprägungen angeben, durch Komma getrennt.')).toBeInTheDocument();
    await user.type(d.getByLabelText(/^Ausprägungen/), ', 14 bis 17');
    await user.click(d.getByRole('button', { name: 'Merkmal speichern' }));
    await waitFor(() =>
      expect(api.callsOf('CreateDimension')[0]!.variables.input).toEqual({ allianceId: 'a-1', name: 'Altersgruppe', categories: ['unter 14', '14 bis 17'] }),
    );

    await user.click(d.getByRole('button', { name: 'Indikator anlegen' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('i-new'));
    expect((api.callsOf('CreateIndicator')[0]!.variables.input as { dimensionIds: string[] }).dimensionIds).toEqual(['d-1', 'd-2']);
  });

  it('sets the plausibility rules: whole numbers, bounds, the jump notice in percent; refuses bounds no value could meet', async () => {
    const api = mockGraphQL({
      IndicatorGoalOptions: { data: { goals } },
      IndicatorDimensionOptions: { data: { dimensions } },
      CreateIndicator: { data: { createIndicator: { id: 'i-new', version: 1 } } },
    });
    const onSaved = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<IndicatorFormDialog allianceId="a-1" open onClose={() => undefined} onSaved={onSaved} />);
    const d = within(screen.getByRole('dialog', { name: 'Indikator anlegen' }));
    await user.type(d.getByLabelText('Name'), 'Kinder in Leseförderung');
    await user.type(d.getByLabelText('Einheit'), 'Kinder');
    const rules = within(d.getByRole('group', { name: 'Plausibilitätsprüfung' }));
    await user.click(rules.getByRole('checkbox', { name: 'Nur ganze Zahlen (z. B. bei Personenzahlen)' }));
    await user.type(rules.getByLabelText(/^Mindestwert/), '10');
    await user.type(rules.getByLabelText(/^Höchstwert/), '5');
    await user.type(rules.getByLabelText(/^Hinweis bei Abweichung vom Vorzeitraum/), '50');
    await user.click(d.getByRole('button', { name: 'Indikator anlegen' }));
    expect(await rules.findByText('Der Höchstwert muss mindestens so groß sein wie der Mindestwert.')).toBeInTheDocument();
    expect(api.callsOf('CreateIndicator')).toHaveLength(0);

    await user.clear(rules.getByLabelText(/^Höchstwert/));
    await user.type(rules.getByLabelText(/^Höchstwert/), '1.500');
    await user.click(d.getByRole('button', { name: 'Indikator anlegen' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('i-new'));
    expect(api.callsOf('CreateIndicator')[0]!.variables.input).toMatchObject({
      integerOnly: true,
      allowNegative: false,
      minValue: 10,
      maxValue: 1500,
      allowRatioAboveOne: false,
      jumpWarningShare: 0.5,
    });
  });

  it('shows a stored jump notice in percent and sends only a changed rule', async () => {
    const api = mockGraphQL({
      IndicatorGoalOptions: { data: { goals } },
      IndicatorDimensionOptions: { data: { dimensions } },
      UpdateIndicator: { data: { updateIndicator: { id: 'i-1', version: 6 } } },
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<IndicatorFormDialog allianceId="a-1" open indicator={existing} onClose={() => undefined} onSaved={() => undefined} />);
    const d = within(screen.getByRole('dialog'));
    const jump = d.getByLabelText(/^Hinweis bei Abweichung vom Vorzeitraum/);
    expect(jump).toHaveValue('35');
    expect(d.getByRole('checkbox', { name: 'Nur ganze Zahlen (z. B. bei Personenzahlen)' })).toBeChecked();
    await user.click(d.getByRole('checkbox', { name: 'Negative Werte erlauben' }));
    await user.clear(jump);
    await user.click(d.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(api.callsOf('UpdateIndicator')).toHaveLength(1));
    expect(api.callsOf('UpdateIndicator')[0]!.variables.input).toEqual({
      allianceId: 'a-1',
      indicatorId: 'i-1',
      version: 5,
      allowNegative: true,
      jumpWarningShare: null,
    });
  });
});
