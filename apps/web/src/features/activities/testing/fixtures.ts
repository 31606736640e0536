/** Test data shaped like the API's answers (German demo-like content). */
export const goals = [
  { id: 'g-1', parentId: null, depth: 0, title: 'Alle Kinder lesen sicher', status: 'ACTIVE' },
  { id: 'g-2', parentId: 'g-1', depth: 1, title: 'Leseförderung Oststadt', status: 'ACTIVE' },
  { id: 'g-3', parentId: null, depth: 0, title: 'Eltern als Bildungspartner stärken', status: 'ACTIVE' },
];

export const members = [
  { id: 'm-1', role: 'BACKBONE', state: 'ACTIVE', organisation: { id: 'o-1', name: 'Bildungsbüro' } },
  { id: 'm-2', role: 'PARTNER', state: 'ACTIVE', organisation: { id: 'o-2', name: 'Jugendtreff Oststadt e.V.' } },
  { id: 'm-3', role: 'PARTNER', state: 'ACTIVE', organisation: { id: 'o-3', name: 'Lesestart e.V.' } },
  { id: 'm-4', role: 'OBSERVER', state: 'ACTIVE', organisation: { id: 'o-4', name: 'Schulamt' } },
];

export const districts = [
  { id: 'd-1', name: 'Oststadt' },
  { id: 'd-2', name: 'Weststadt' },
];

export const options = {
  data: { goals, members, indicators: { nodes: [{ id: 'i-1', name: 'Kinder in Leseförderung' }] }, districts },
};

export const listItem = (over: Record<string, unknown> = {}) => ({
  id: 'act-1',
  title: 'Lesezeit im Jugendtreff',
  status: 'RUNNING',
  districtId: 'd-1',
  district: 'Oststadt',
  place: 'Lindenstraße 12',
  periodStart: '2025-09-01',
  periodEnd: '2026-12-20',
  targetGroups: ['Grundschulkinder'],
  membershipId: 'm-2',
  organisation: { id: 'o-2', name: 'Jugendtreff Oststadt e.V.' },
  goals: [{ id: 'g-2', title: 'Leseförderung Oststadt' }],
  ...over,
});

export const page = (nodes: unknown[], over: Record<string, unknown> = {}) => ({
  data: { activities: { totalCount: nodes.length, pageInfo: { endCursor: null, hasNextPage: false }, nodes, ...over } },
});

export const activity = (over: Record<string, unknown> = {}) => ({
  ...listItem(),
  description: 'Offene Lesezeit am Nachmittag.',
  version: 3,
  resources: 'Zwei Fachkräfte',
  budgetEur: 6000,
  staffHoursPerMonth: 20,
  indicators: [{ id: 'i-1', name: 'Kinder in Leseförderung' }],
  createdAt: '2025-08-01T10:00:00.000Z',
  updatedAt: '2026-11-02T09:30:00.000Z',
  ...over,
});
