import type { ActivityStatus, MembershipRole } from '@/gql/graphql';

/** Who is looking: decides which controls appear (the API decides what is allowed). */
export interface ActivityViewer {
  role: MembershipRole;
  membershipId: string;
}

/** Activities are member-level detail: observers do not read them. */
export const canReadActivities = (viewer: ActivityViewer) => viewer.role !== 'OBSERVER';

/** The backbone writes for every member, a partner for its own organisation; funders only read. */
export const canCreateActivities = (viewer: ActivityViewer) => viewer.role === 'BACKBONE' || viewer.role === 'PARTNER';

export const canEditActivity = (viewer: ActivityViewer, activity: { membershipId: string }) =>
  viewer.role === 'BACKBONE' || (viewer.role === 'PARTNER' && activity.membershipId === viewer.membershipId);

/** The API's state machine (PLANNED → RUNNING ⇄ PAUSED → COMPLETED; CANCELLED and back to PLANNED). */
export const STATUS_TRANSITIONS: Record<ActivityStatus, ActivityStatus[]> = {
  PLANNED: ['RUNNING', 'CANCELLED'],
  RUNNING: ['PAUSED', 'COMPLETED', 'CANCELLED'],
  PAUSED: ['RUNNING', 'COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: ['PLANNED'],
};

/** Anything that ran is cancelled instead of deleted, so the record stays. */
export const isDeletable = (status: ActivityStatus) => status === 'PLANNED' || status === 'CANCELLED';

export const ACTIVITY_STATUSES: ActivityStatus[] = ['PLANNED', 'RUNNING', 'PAUSED', 'COMPLETED', 'CANCELLED'];
