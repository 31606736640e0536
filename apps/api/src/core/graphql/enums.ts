import {
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

// ── communication ──
// Own import here so that blocks of parallel modules merge without touching each other's lines.
import { CONFLICT_STATES, LOG_ENTRY_TYPES, PROPOSAL_OUTCOMES, PROPOSAL_STATES, VOTES } from '@gemeinwerk/shared';
export const LogEntryType = asEnum(LOG_ENTRY_TYPES);
export const ConflictState = asEnum(CONFLICT_STATES);
export const ProposalState = asEnum(PROPOSAL_STATES);
export const ProposalOutcome = asEnum(PROPOSAL_OUTCOMES);
export const Vote = asEnum(VOTES);
registerEnumType(LogEntryType, { name: 'LogEntryType', description: 'Kind of communication log entry; ANNOUNCEMENT is written by the backbone only.' });
registerEnumType(ConflictState, { name: 'ConflictState', description: 'State of a CONFLICT log entry.' });
registerEnumType(ProposalState, { name: 'ProposalState', description: 'OPEN until the backbone closes it (DECIDED) or its author withdraws it.' });
registerEnumType(ProposalOutcome, { name: 'ProposalOutcome', description: 'Any BLOCK → BLOCKED; no votes → NO_QUORUM; more AGREE than DISAGREE → ACCEPTED; else REJECTED.' });
registerEnumType(Vote, { name: 'Vote', description: "A member organisation's vote on a proposal." });
