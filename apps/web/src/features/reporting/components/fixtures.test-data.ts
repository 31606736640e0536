/** Shared fake API answers for this feature's component tests. */
export const period2023 = {
  id: 'p-2023',
  periodKey: '2023',
  frequency: 'YEARLY',
  startsOn: '2023-01-01',
  endsOn: '2023-12-31',
  dueOn: '2024-01-31',
  state: 'OPEN',
  version: 1,
};

export const periodOct = {
  id: 'p-oct',
  periodKey: '2026-10',
  frequency: 'MONTHLY',
  startsOn: '2026-10-01',
  endsOn: '2026-10-31',
  dueOn: '2099-11-15',
  state: 'OPEN',
  version: 1,
};

export const gender = {
  id: 'd-g',
  name: 'Geschlecht',
  categories: [
    { id: 'c-w', name: 'weiblich', position: 0 },
    { id: 'c-m', name: 'männlich', position: 1 },
  ],
};

const indicatorBase = {
  code: null,
  unit: 'Personen',
  decimals: 0,
  aggregation: 'SUM',
  frequency: 'YEARLY',
  numeratorLabel: null,
  denominatorLabel: null,
  dimensions: [] as unknown[],
  // Plausibility rules: the API's defaults.
  allowNegative: false,
  integerOnly: false,
  minValue: null as number | null,
  maxValue: null as number | null,
  allowRatioAboveOne: false,
  jumpWarningShare: null as number | null,
};

export const kinder = { ...indicatorBase, id: 'i-kinder', code: 'B1', name: 'Kinder in Leseförderung', dimensions: [gender] };
export const paten = { ...indicatorBase, id: 'i-paten', code: 'B2', name: 'Lernpatenschaften' };
export const quote = {
  ...indicatorBase,
  id: 'i-quote',
  code: 'B3',
  name: 'Übergangsquote',
  unit: '',
  aggregation: 'RATIO',
  numeratorLabel: 'Kinder mit Übergang',
  denominatorLabel: 'Kinder gesamt',
};
export const monthly = { ...indicatorBase, id: 'i-monat', code: 'M1', name: 'Beratungen', frequency: 'MONTHLY' };

export function measurement(overrides: Record<string, unknown> = {}) {
  return {
    id: 'ms-1',
    indicatorId: kinder.id,
    indicatorName: kinder.name,
    membershipId: 'm-2',
    reportingPeriodId: period2023.id,
    periodKey: '2023',
    status: 'DRAFT',
    value: 30,
    numerator: null,
    denominator: null,
    note: '',
    rejectionReason: null,
    submittedAt: null,
    submittedByName: null,
    reviewedAt: null,
    reviewedByName: null,
    updatedAt: '2026-12-01T10:00:00.000Z',
    version: 2,
    organisation: { id: 'o-2', name: 'Jugendtreff Oststadt e.V.' },
    parts: [] as unknown[],
    overlaps: [] as unknown[],
    ...overrides,
  };
}
