import { AuditEventEntity } from '../core/audit/audit-event.entity';
import { SessionEntity } from '../core/auth/session.entity';
import { OrganisationEntity } from '../modules/accounts/organisation.entity';
import { UserOrganisationEntity } from '../modules/accounts/user-organisation.entity';
import { UserEntity } from '../modules/accounts/user.entity';
import { AllianceEntity } from '../modules/alliances/alliance.entity';
import { AllianceSeatEntity } from '../modules/members/alliance-seat.entity';
import { InvitationEntity } from '../modules/members/invitation.entity';
import { MembershipEntity } from '../modules/members/membership.entity';

export const ENTITIES = [
  UserEntity,
  OrganisationEntity,
  UserOrganisationEntity,
  SessionEntity,
  AllianceEntity,
  MembershipEntity,
  AllianceSeatEntity,
  InvitationEntity,
  AuditEventEntity,
];

/** Tables that belong to one alliance: each has alliance_id, row-level security and a policy. */
export const TENANT_TABLES = ['memberships', 'alliance_seats', 'invitations', 'audit_events'] as const;
