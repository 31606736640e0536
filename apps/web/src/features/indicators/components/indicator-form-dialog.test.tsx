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

const dimensions = [{ id: 'd-1', name: 'Geschlecht', categories: [{ id: 'c-1', name: 'weiblich' }, { id: 'c-2', name: 'männlich' }] }];

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
  baselineValue: 140,
  baselinePeriod: '2023-12',
  numeratorLabel: null,
  denominatorLabel: null,
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

  it('hands a stale version to the conflict handler and shows other refusals in the dialog', async () => {
    let code = 'CONFLICT';
    mockGraphQL({ IndicatorGoalOptions: { data: { goals } },
      IndicatorDimensionOptions: { data: { dimensions } }, UpdateIndicator: () => gqlError(code, 'server text') });
    const onConflict = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<IndicatorFormDialog allianceId="a-1" open indicator={existing} onClose={() => undefined} onSaved={() => undefined} onConflict={onConflict} />);
    const d = within(screen.getByRole('dialog'));
    await user.click(d.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(onConflict).toHaveBeenCalled());

    code = 'INDICATOR_IN_USE';
    await user.click(d.getByRole('button', { name: 'Speichern' }));
    expect(await d.findByRole('alert')).toHaveTextContent('Für diesen Indikator gibt es bereits Messwerte');
  });

  it('defines a new dimension on the spot and links it to the indicator', async () => {
    const api = mockGraphQL({
      IndicatorGoalOptions: { data: { goals } },
      IndicatorDimensionOptions: { data: { dimensions } },
      CreateDimension: (v) => ({ data: { createDimension: { id: 'd-2', name: v.input.name, categories: v.input.categories.map((c: string, i: number) => ({ id: `n-${i}`, name: c })) } } }),
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
    await waitFor(() => expect(api.callsOf('CreateDimension')[0]!.variables.input).toEqual({ allianceId: 'a-1', name: 'Altersgruppe', categories: ['unter 14', '14 bis 17'] }));

    await user.click(d.getByRole('button', { name: 'Indikator anlegen' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('i-new'));
    expect((api.callsOf('CreateIndicator')[0]!.variables.input as { dimensionIds: string[] }).dimensionIds).toEqual(['d-1', 'd-2']);
  });
});
