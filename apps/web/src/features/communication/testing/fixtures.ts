/** Log data as the API returns it, for the component tests of this feature. */
const member = (membershipId: string, name: string, role = 'PARTNER') => ({ membershipId, role, organisation: { id: `o-${membershipId}`, name } });

export const BACKBONE = member('m-1', 'Bildungsbüro Musterstadt', 'BACKBONE');
export const JUGENDTREFF = member('m-2', 'Jugendtreff Oststadt e.V.');

export function entry(overrides: Record<string, unknown> = {}) {
  return {
    id: 'e-1',
    type: 'MEETING',
    title: 'Steuerungsgruppe November',
    body: 'Sitzung im Bildungsbüro.',
    occurredOn: '2026-11-10',
    createdAt: '2026-11-10T10:00:00.000Z',
    updatedAt: '2026-11-10T10:00:00.000Z',
    version: 3,
    canEdit: true,
    commentCount: 0,
    openActionItemCount: 0,
    conflictState: null,
    resolution: null,
    resolvedAt: null,
    proposalId: null,
    authorMember: BACKBONE,
    authorUser: { id: 'u-1', name: 'Petra Schneider' },
    participants: [],
    goals: [],
    indicators: [],
    ...overrides,
  };
}

export function actionItem(overrides: Record<string, unknown> = {}) {
  return {
    id: 'ai-1',
    title: 'Protokoll verschicken',
    dueOn: '2026-12-20',
    done: false,
    doneAt: null,
    overdue: false,
    version: 1,
    logEntryId: 'e-1',
    logEntryTitle: 'Steuerungsgruppe November',
    owner: BACKBONE,
    ownerUser: null,
    doneBy: null,
    ...overrides,
  };
}

export function feedPage(nodes: unknown[], { hasNextPage = false, totalCount = nodes.length } = {}) {
  return { data: { logFeed: { totalCount, pageInfo: { endCursor: hasNextPage ? 'cursor-1' : null, hasNextPage }, nodes } } };
}

export const logContext = {
  data: {
    alliance: { id: 'a-1', guestComments: false },
    members: [
      { id: 'm-1', role: 'BACKBONE', state: 'ACTIVE', organisation: { id: 'o-m-1', name: 'Bildungsbüro Musterstadt' } },
      { id: 'm-2', role: 'PARTNER', state: 'ACTIVE', organisation: { id: 'o-m-2', name: 'Jugendtreff Oststadt e.V.' } },
      { id: 'm-3', role: 'FUNDER', state: 'ACTIVE', organisation: { id: 'o-m-3', name: 'Heinrich-Vogel-Stiftung' } },
    ],
    goals: [{ id: 'g-1', title: 'Lesen in der Oststadt', depth: 0 }],
    indicators: { nodes: [{ id: 'i-1', name: 'Kinder in Leseförderung', unit: 'Kinder', status: 'ACTIVE' }] },
  },
};

export function proposal(overrides: Record<string, unknown> = {}) {
  return {
    id: 'p-1',
    title: 'Gemeinsamer Aktionstag',
    body: 'Ein Aktionstag statt zwei.',
    state: 'OPEN',
    outcome: null,
    closesAt: '2027-01-31T22:59:00.000Z',
    createdAt: '2026-11-10T10:00:00.000Z',
    decidedAt: null,
    votingOpen: true,
    version: 1,
    decisionLogEntryId: null,
    createdBy: { id: 'u-1', name: 'Petra Schneider' },
    createdByMember: BACKBONE,
    indicator: null,
    indicatorSnapshot: null,
    myVote: null,
    tally: { agree: 2, disagree: 0, abstain: 1, block: 0, total: 3 },
    votes: [
      { vote: 'AGREE', comment: '', votedAt: '2026-11-11T12:00:00.000Z', votedBy: { id: 'u-1', name: 'Petra Schneider' }, member: BACKBONE },
      { vote: 'AGREE', comment: 'Löst unseren Terminkonflikt.', votedAt: '2026-11-12T12:00:00.000Z', votedBy: null, member: JUGENDTREFF },
      { vote: 'ABSTAIN', comment: '', votedAt: '2026-11-13T12:00:00.000Z', votedBy: null, member: member('m-4', 'Jobcenter Musterstadt') },
    ],
    ...overrides,
  };
}
