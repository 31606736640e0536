import type { MembershipRole } from '@/gql/graphql';

/** Who is looking at the member pages: decides which controls appear (the API decides what is allowed). */
export interface Viewer {
  role: MembershipRole;
  isAdmin: boolean;
  membershipId: string;
  organisationName: string;
}

export const canManageMembers = (viewer: Viewer) => viewer.role === 'BACKBONE';
