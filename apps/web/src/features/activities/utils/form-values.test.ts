import { describe, expect, it } from 'vitest';
import { emptyValues, memberChoices, splitTargetGroups, toActivityFields, validate } from './form-values';

describe('activity form values', () => {
  it('splits target groups on commas and drops blanks', () => {
    expect(splitTargetGroups(' Grundschulkinder, Eltern ,, ;Jugendliche ')).toEqual(['Grundschulkinder', 'Eltern', 'Jugendliche']);
    expect(splitTargetGroups('  ')).toEqual([]);
  });

  it('sends every field, with null for an emptied optional one', () => {
    const values = { ...emptyValues('m-1'), title: '  Lesecafé ', districtId: '', place: 'Bücherei', budgetEur: 1200.5 };
    expect(toActivityFields(values)).toEqual({
      title: 'Lesecafé',
      description: '',
      targetGroups: [],
      districtId: null,
      place: 'Bücherei',
      periodStart: null,
      periodEnd: null,
      goalIds: [],
      indicatorIds: [],
      resources: '',
      budgetEur: 1200.5,
      staffHoursPerMonth: null,
    });
  });

  it('requires a title and an end not before the start', () => {
    expect(validate({ ...emptyValues('m-1'), title: ' ' })).toEqual({ title: 'required' });
    expect(validate({ ...emptyValues('m-1'), title: 'x', periodStart: '2026-05-01', periodEnd: '2026-04-30' })).toEqual({ periodEnd: 'beforeStart' });
    expect(validate({ ...emptyValues('m-1'), title: 'x', periodStart: '2026-05-01', periodEnd: '2026-05-01' })).toEqual({});
  });

  it('offers the active members by name as owners of a new activity', () => {
    const members = [
      { id: 'm-2', state: 'ACTIVE', organisation: { name: 'Stadtbibliothek' } },
      { id: 'm-3', state: 'LEFT', organisation: { name: 'Alte Schule' } },
      { id: 'm-1', state: 'ACTIVE', organisation: { name: 'Jugendtreff Oststadt' } },
    ];
    expect(memberChoices(members)).toEqual([
      { value: 'm-1', label: 'Jugendtreff Oststadt' },
      { value: 'm-2', label: 'Stadtbibliothek' },
    ]);
  });
});
