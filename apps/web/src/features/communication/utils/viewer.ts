import type { MembershipRole } from '@/gql/graphql';

/** Who is looking at the log: enough to hide what their role may not do (the API checks again). */
export interface LogViewer {
  role: MembershipRole;
  membershipId: string;
}

/** Backbone and partners write entries and proposals and vote; funders and observers do not. */
export const canWrite = (viewer: LogViewer) => viewer.role === 'BACKBONE' || viewer.role === 'PARTNER';

export const canComment = (viewer: LogViewer, guestComments: boolean) => canWrite(viewer) || guestComments;

/** Observers never see proposals (they are member-level decisions). */
export const canReadProposals = (viewer: LogViewer) => viewer.role !== 'OBSERVER';

/** Owners tick off their own items, whatever their role; the backbone any. */
export const canToggleActionItem = (viewer: LogViewer, ownerMembershipId: string) => viewer.role === 'BACKBONE' || viewer.membershipId === ownerMembershipId;

/** Backbone for any active member; a partner for itself, or for anyone on an entry it wrote. */
export function actionItemOwners<T extends { id: string; state: string }>(viewer: LogViewer, members: T[], entryAuthorMembershipId?: string): T[] {
  const active = members.filter((m) => m.state === 'ACTIVE');
  if (viewer.role === 'BACKBONE') return active;
  if (viewer.role !== 'PARTNER') return [];
  if (entryAuthorMembershipId === viewer.membershipId) return active;
  return active.filter((m) => m.id === viewer.membershipId);
}

export const canCloseProposal = (viewer: LogViewer) => viewer.role === 'BACKBONE';

export const canWithdrawProposal = (viewer: LogViewer, authorMembershipId: string) =>
  viewer.role === 'BACKBONE' || (viewer.role === 'PARTNER' && viewer.membershipId === authorMembershipId);
