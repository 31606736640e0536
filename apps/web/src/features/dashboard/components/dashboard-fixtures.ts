/** Test data for the dashboard's component tests (not imported by app code). */
export class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

export const health = {
  reportingCompleteness: [
    { reportingPeriodId: 'p-1', periodKey: '2026-11', frequency: 'MONTHLY', dueOn: '2026-12-10', expected: 20, submitted: 9, approved: 6, missing: 8, shareComplete: 0.3 },
    { reportingPeriodId: 'p-2', periodKey: '2026-Q4', frequency: 'QUARTERLY', dueOn: null, expected: 10, submitted: 6, approved: 6, missing: 4, shareComplete: 0.6 },
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
  { id: 'i-2', code: 'ABB-1', name: 'Begleitete Jugendliche ohne Schulabschluss', unit: 'Jugendliche', decimals: 0, direction: 'DECREASE', frequency: 'YEARLY', aggregation: 'SUM' },
  { id: 'i-3', code: 'UEB-3', name: 'Zufriedenheit mit der Berufsorientierung', unit: 'Punkte (1–5)', decimals: 1, direction: 'INCREASE', frequency: 'YEARLY', aggregation: 'AVERAGE' },
];

export const series = [
  { indicatorId: 'i-1', periods: ['2026-09', '2026-10', '2026-11', '2026-12'], actual: [1160, 1190, 1234, null], target: [1260, 1260, 1260, 1260] },
  { indicatorId: 'i-2', periods: ['2024', '2025', '2026'], actual: [47, 46, null], target: [44, 40, 36] },
  { indicatorId: 'i-3', periods: ['2024', '2025', '2026'], actual: [null, null, null], target: [3.8, 4, 4.1] },
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
        trend: { periods: ['2026-10', '2026-11'], values: [1190, 1234.5] },
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
        trend: { periods: [], values: [] },
      },
    ],
  },
  { id: 'a-2', name: 'Klimaallianz Nordkreis', kind: 'ALLIANCE', lifecycle: 'ACTIVE', reportingCompleteness: null, indicators: [] },
];
