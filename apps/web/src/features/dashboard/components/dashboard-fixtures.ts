/** Test data for the dashboard's component tests (not imported by app code). */
export class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

export const health = {
  reportingCompleteness: [
    {
      reportingPeriodId: 'p-1',
      periodKey: '2026-11',
      frequency: 'MONTHLY',
      dueOn: '2026-12-10',
      expected: 20,
      submitted: 9,
      approved: 6,
      missing: 8,
      shareComplete: 0.3,
    },
    {
      reportingPeriodId: 'p-2',
      periodKey: '2026-Q4',
      frequency: 'QUARTERLY',
      dueOn: null,
      expected: 10,
      submitted: 6,
      approved: 6,
      missing: 4,
      shareComplete: 0.6,
    },
  ],
  goalCoverage: { goalCount: 8, goalsWithRunningActivity: 6, share: 0.75 },
  logEntriesPerMonth: { months: ['2026-10', '2026-11', '2026-12'], counts: [4, 3, 1] },
  lastContributions: [
    { membershipId: 'm-5', daysSince: null, lastContributionOn: null, organisation: { id: 'o-5', name: 'Jobcenter Musterstadt' } },
    { membershipId: 'm-4', daysSince: 45, lastContributionOn: '2026-10-22', organisation: { id: 'o-4', name: 'Volkshochschule' } },
    { membershipId: 'm-1', daysSince: 2, lastContributionOn: '2026-12-04', organisation: { id: 'o-1', name: 'Bildungsbüro' } },
  ],
  overdueActionItems: {
    count: 1,
    items: [{ id: 'ai-1', title: 'Raumplanung klären', dueOn: '2026-11-20', daysOverdue: 16, owner: { id: 'o-2', name: 'Jugendtreff Oststadt e.V.' } }],
  },
  unsignedAgreement: { currentVersionNumber: 2, unsignedMembers: [{ id: 'm-5', organisation: { id: 'o-5', name: 'Jobcenter Musterstadt' } }] },
  pendingReviews: { count: 3, oldestSubmittedAt: '2026-11-20T09:00:00.000Z' },
};

export const indicators = [
  { id: 'i-1', code: 'LES-1', name: 'Kinder in Leseförderung', unit: 'Kinder', decimals: 0, direction: 'INCREASE', frequency: 'MONTHLY', aggregation: 'SUM' },
  {
    id: 'i-2',
    code: 'ABB-1',
    name: 'Begleitete Jugendliche ohne Schulabschluss',
    unit: 'Jugendliche',
    decimals: 0,
    direction: 'DECREASE',
    frequency: 'YEARLY',
    aggregation: 'SUM',
  },
  {
    id: 'i-3',
    code: 'UEB-3',
    name: 'Zufriedenheit mit der Berufsorientierung',
    unit: 'Punkte (1–5)',
    decimals: 1,
    direction: 'INCREASE',
    frequency: 'YEARLY',
    aggregation: 'AVERAGE',
  },
];

/** Completeness of a period: all 15 expected reports approved (closed or complete). */
const complete = (n: number) => ({
  provisional: Array<boolean>(n).fill(false),
  approvedReports: Array<number>(n).fill(15),
  expectedReports: Array<number>(n).fill(15),
});

/**
 * The dashboard's one request (`indicatorProgress`): the indicators above with their lines, plus
 * a DECREASE indicator with a baseline and a MAINTAIN one (only shown on the dashboard).
 * Reading promotion's December is provisional: 1 of 15 reports approved.
 */
export const indicatorProgress = [
  {
    ...indicators[0]!,
    baseline: null,
    periods: ['2026-09', '2026-10', '2026-11', '2026-12'],
    actual: [1160, 1190, 1234, 31],
    target: [1260, 1260, 1260, 1260],
    provisional: [false, false, false, true],
    approvedReports: [15, 15, 15, 1],
    expectedReports: [15, 15, 15, 15],
  },
  { ...indicators[1]!, baseline: null, periods: ['2024', '2025', '2026'], actual: [47, 46, null], target: [44, 40, 36], ...complete(3) },
  { ...indicators[2]!, baseline: null, periods: ['2024', '2025', '2026'], actual: [null, null, null], target: [3.8, 4, 4.1], ...complete(3) },
  {
    id: 'i-4',
    code: 'FEH-1',
    name: 'Unentschuldigte Fehltage je Klasse',
    unit: 'Tage',
    decimals: 0,
    direction: 'DECREASE',
    frequency: 'YEARLY',
    aggregation: 'AVERAGE',
    baseline: 100,
    periods: ['2025', '2026'],
    actual: [80, 64],
    target: [50, 40],
    ...complete(2),
  },
  {
    id: 'i-5',
    code: 'BET-1',
    name: 'Kinder je Fachkraft',
    unit: 'Kinder',
    decimals: 1,
    direction: 'MAINTAIN',
    frequency: 'YEARLY',
    aggregation: 'AVERAGE',
    baseline: null,
    periods: ['2025', '2026'],
    actual: [10, 10.5],
    target: [10, 10],
    ...complete(2),
  },
];

export const portfolio = [
  {
    id: 'a-1',
    name: 'Bildungsbündnis Musterstadt',
    kind: 'COALITION',
    lifecycle: 'ACTIVE',
    reportingCompleteness: { periodKey: '2026-11', frequency: 'MONTHLY', state: 'OPEN', dueOn: '2026-12-10', expected: 20, approved: 6, shareComplete: 0.3 },
    indicators: [
      {
        id: 'i-1',
        name: 'Kinder in Leseförderung',
        unit: 'Kinder',
        decimals: 1,
        direction: 'INCREASE',
        aggregation: 'SUM',
        latestPeriod: '2026-11',
        latestValue: 1234.56,
        target: 1260,
        progress: 0.98,
        status: 'ON_TRACK',
        baseline: null,
        // November is the latest complete period; December has 1 of 15 reports approved.
        provisional: { periodKey: '2026-12', value: 31, approvedReports: 1, expectedReports: 15 },
        trend: { periods: ['2026-10', '2026-11', '2026-12'], values: [1190, 1234.5, 31], provisional: [false, false, true] },
      },
      {
        id: 'i-2',
        name: 'Begleitete Jugendliche ohne Schulabschluss',
        unit: 'Jugendliche',
        decimals: 0,
        direction: 'DECREASE',
        aggregation: 'SUM',
        latestPeriod: null,
        latestValue: null,
        target: 36,
        progress: null,
        status: 'NO_DATA',
        baseline: null,
        provisional: null,
        trend: { periods: [], values: [], provisional: [] },
      },
    ],
  },
  { id: 'a-2', name: 'Klimaallianz Nordkreis', kind: 'ALLIANCE', lifecycle: 'ACTIVE', reportingCompleteness: null, indicators: [] },
];
