import { describe, expect, it } from 'vitest';
import { changedFields, differences, formProblems, initialState, toFields } from './indicator-form-state';

const t = (key: string) => key;

describe('the indicator form state', () => {
  it('sends empty optional texts as null, and the ratio labels only for a ratio', () => {
    const state = {
      ...initialState(),
      name: ' Teilnehmende ',
      unit: 'Personen',
      code: '  ',
      numeratorLabel: 'Zähler',
      baselineValue: null,
      baselinePeriod: '2023',
    };
    const fields = toFields(state);
    expect(fields.name).toBe('Teilnehmende');
    expect(fields.code).toBeNull();
    expect(fields.numeratorLabel).toBeNull();
    // Without a baseline value the period means nothing.
    expect(fields.baselinePeriod).toBeNull();
    expect(toFields({ ...state, aggregation: 'RATIO' }).numeratorLabel).toBe('Zähler');
  });

  it('names only the fields that changed, goals and dimensions apart', () => {
    const before = { ...initialState(), name: 'A', unit: 'Personen', goalIds: ['g1', 'g2'] };
    const after = { ...before, unit: 'Kinder', goalIds: ['g2', 'g1'] };
    expect(changedFields(before, after)).toEqual({ unit: 'Kinder' });
    expect(differences(before, after)).toEqual(['unit']);
    expect(differences(before, { ...after, dimensionIds: ['d1'] })).toEqual(['unit', 'dimensionIds']);
    expect(differences(before, { ...after, goalIds: ['g1'] })).toEqual(['unit', 'goalIds']);
  });

  it('asks for a name, a unit, ratio labels, a baseline period of the frequency and 0 to 4 decimals', () => {
    expect(formProblems(t, initialState()).problems).toEqual({ name: 'fieldErrors.required', unit: 'fieldErrors.required' });
    const filled = { ...initialState(), name: 'A', unit: 'Personen' };
    expect(formProblems(t, filled)).toEqual({ problems: {}, ruleProblems: {} });
    expect(Object.keys(formProblems(t, { ...filled, aggregation: 'RATIO' }).problems)).toEqual(['numeratorLabel', 'denominatorLabel']);
    // Yearly: "2023" fits, a quarter does not.
    expect(formProblems(t, { ...filled, baselineValue: 5, baselinePeriod: '2023' }).problems).toEqual({});
    expect(Object.keys(formProblems(t, { ...filled, baselineValue: 5, baselinePeriod: '2023-Q1' }).problems)).toEqual(['baselinePeriod']);
    expect(Object.keys(formProblems(t, { ...filled, decimals: 5 }).problems)).toEqual(['decimals']);
    expect(Object.keys(formProblems(t, { ...filled, decimals: 1.5 }).problems)).toEqual(['decimals']);
  });

  it('reports the plausibility rules apart from the fields', () => {
    const filled = { ...initialState(), name: 'A', unit: 'Personen' };
    const found = formProblems(t, { ...filled, plausibility: { ...filled.plausibility, minValue: 10, maxValue: 5 } });
    expect(found.problems).toEqual({});
    expect(found.ruleProblems).toEqual({ maxValue: 'indicators.plausibility.maxBelowMin' });
  });
});
