import {
  ACTIVITY_STATUSES,
  ALLIANCE_KINDS,
  ALLIANCE_LIFECYCLES,
  MEMBERSHIP_ROLES,
  MEMBERSHIP_STATES,
  ORGANISATION_KINDS,
} from '@gemeinwerk/shared';
import { registerEnumType } from '@nestjs/graphql';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const MembershipRole = asEnum(MEMBERSHIP_ROLES);
export const MembershipState = asEnum(MEMBERSHIP_STATES);
export const AllianceKind = asEnum(ALLIANCE_KINDS);
export const AllianceLifecycle = asEnum(ALLIANCE_LIFECYCLES);
export const OrganisationKind = asEnum(ORGANISATION_KINDS);
export const SessionMode = asEnum(['TOKEN', 'COOKIE'] as const);
export type SessionModeName = keyof typeof SessionMode;

registerEnumType(MembershipRole, { name: 'MembershipRole', description: 'What an organisation does in an alliance.' });
registerEnumType(MembershipState, { name: 'MembershipState' });
registerEnumType(AllianceKind, { name: 'AllianceKind', description: 'Network, goal-bound alliance, or formal coalition (Bündnis).' });
registerEnumType(AllianceLifecycle, { name: 'AllianceLifecycle' });
registerEnumType(OrganisationKind, { name: 'OrganisationKind' });
registerEnumType(SessionMode, {
  name: 'SessionMode',
  description: 'TOKEN returns a bearer token (API clients); COOKIE sets an httpOnly session cookie (browser).',
});

// ── activities ──
export const ActivityStatus = asEnum(ACTIVITY_STATUSES);
registerEnumType(ActivityStatus, {
  name: 'ActivityStatus',
  description: 'PLANNED → RUNNING ⇄ PAUSED → COMPLETED (final); PLANNED, RUNNING and PAUSED may be CANCELLED, and CANCELLED planned again.',
});
