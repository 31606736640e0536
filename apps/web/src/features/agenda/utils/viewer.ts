import type { AllianceKind, AllianceLifecycle, MembershipRole } from '@/gql/graphql';

/** What the agenda needs to know about the alliance and the person looking at it. */
export interface AgendaAlliance {
  id: string;
  name: string;
  kind: AllianceKind;
  lifecycle: AllianceLifecycle;
  problemStatement: string;
  vision: string;
  periodStart?: string | null;
  periodEnd?: string | null;
  myRole: MembershipRole;
  myOrganisation: { name: string };
}

/** Only the backbone shapes the agenda: goals and agreement versions. */
export const canEditAgenda = (alliance: Pick<AgendaAlliance, 'myRole'>) => alliance.myRole === 'BACKBONE';
