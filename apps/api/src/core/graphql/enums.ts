import {
  ACTIVITY_STATUSES,
  AGGREGATIONS,
  ALLIANCE_KINDS,
  ALLIANCE_LIFECYCLES,
  CONFLICT_STATES,
  FREQUENCIES,
  GOAL_STATUSES,
  INDICATOR_DIRECTIONS,
  INDICATOR_STATUSES,
  LOG_ENTRY_TYPES,
  MEASUREMENT_STATUSES,
  MEMBERSHIP_ROLES,
  MEMBERSHIP_STATES,
  ORGANISATION_KINDS,
  PROPOSAL_OUTCOMES,
  PROPOSAL_STATES,
  RBA_KINDS,
  REPORTING_PERIOD_STATES,
  VOTES,
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

// ── agenda ──
export const GoalStatus = asEnum(GOAL_STATUSES);
registerEnumType(GoalStatus, { name: 'GoalStatus', description: 'PLANNED, ACTIVE, ACHIEVED or DROPPED (a goal no longer pursued; kept for the record).' });
export const AgendaWarningCode = asEnum(['GOAL_WITHOUT_TARGET'] as const);
export type AgendaWarningCodeName = keyof typeof AgendaWarningCode;
registerEnumType(AgendaWarningCode, {
  name: 'AgendaWarningCode',
  description: 'GOAL_WITHOUT_TARGET: an ACTIVE or PLANNED goal of a goal-bound alliance has no linked indicator with a target.',
});
// ── indicators ──
export const IndicatorDirection = asEnum(INDICATOR_DIRECTIONS);
export const IndicatorAggregation = asEnum(AGGREGATIONS);
export const ReportingFrequency = asEnum(FREQUENCIES);
export const RbaKind = asEnum(RBA_KINDS);
export const IndicatorStatus = asEnum(INDICATOR_STATUSES);
registerEnumType(IndicatorDirection, { name: 'IndicatorDirection', description: 'Which way is better: more, less, or holding steady.' });
registerEnumType(IndicatorAggregation, {
  name: 'IndicatorAggregation',
  description: "How members' values combine into the alliance's value; RATIO sums numerators and denominators separately.",
});
registerEnumType(ReportingFrequency, { name: 'ReportingFrequency', description: 'How often values are reported (period keys 2026-03, 2026-Q1, 2026).' });
registerEnumType(RbaKind, { name: 'RbaKind', description: 'Results-based accountability: how much did we do, how well, is anyone better off.' });
registerEnumType(IndicatorStatus, { name: 'IndicatorStatus' });
// ── measurements ──

// ReportingFrequency and IndicatorAggregation are registered in the indicators block.
export const MeasurementStatus = asEnum(MEASUREMENT_STATUSES);
export const ReportingPeriodState = asEnum(REPORTING_PERIOD_STATES);
/** A measurement's status in a completeness report; MISSING when the member has not reported at all. */
export const CompletenessStatus = asEnum(['MISSING', ...MEASUREMENT_STATUSES] as const);
export type CompletenessStatusName = keyof typeof CompletenessStatus;
export const SeriesBreakdown = asEnum(['TOTAL', 'MEMBER', 'CATEGORY'] as const);
export type SeriesBreakdownName = keyof typeof SeriesBreakdown;

registerEnumType(MeasurementStatus, { name: 'MeasurementStatus', description: 'DRAFT → SUBMITTED → APPROVED | REJECTED (→ resubmitted).' });
registerEnumType(ReportingPeriodState, { name: 'ReportingPeriodState' });
registerEnumType(CompletenessStatus, { name: 'CompletenessStatus' });
registerEnumType(SeriesBreakdown, {
  name: 'SeriesBreakdown',
  description: 'TOTAL: the roll-up per indicator; MEMBER: one series per reporting member; CATEGORY: one per disaggregation category.',
});
// ── activities ──
export const ActivityStatus = asEnum(ACTIVITY_STATUSES);
registerEnumType(ActivityStatus, {
  name: 'ActivityStatus',
  description: 'PLANNED → RUNNING ⇄ PAUSED → COMPLETED (final); PLANNED, RUNNING and PAUSED may be CANCELLED, and CANCELLED planned again.',
});
// ── communication ──
export const LogEntryType = asEnum(LOG_ENTRY_TYPES);
export const ConflictState = asEnum(CONFLICT_STATES);
export const ProposalState = asEnum(PROPOSAL_STATES);
export const ProposalOutcome = asEnum(PROPOSAL_OUTCOMES);
export const Vote = asEnum(VOTES);
registerEnumType(LogEntryType, { name: 'LogEntryType', description: 'Kind of communication log entry; ANNOUNCEMENT is written by the backbone only.' });
registerEnumType(ConflictState, { name: 'ConflictState', description: 'State of a CONFLICT log entry.' });
registerEnumType(ProposalState, { name: 'ProposalState', description: 'OPEN until the backbone closes it (DECIDED) or its author withdraws it.' });
registerEnumType(ProposalOutcome, {
  name: 'ProposalOutcome',
  description: 'Any BLOCK → BLOCKED; no votes → NO_QUORUM; more AGREE than DISAGREE → ACCEPTED; else REJECTED.',
});
registerEnumType(Vote, { name: 'Vote', description: "A member organisation's vote on a proposal." });
// ── reports ──
export const IndicatorStatusReport = asEnum(['ON_TRACK', 'OFF_TRACK', 'NO_DATA'] as const);
export type IndicatorStatusReportName = keyof typeof IndicatorStatusReport;
registerEnumType(IndicatorStatusReport, {
  name: 'TargetStatus',
  description:
    'ON_TRACK: direction-aware progress of the latest approved roll-up ≥ 0.9 of its target (MAINTAIN: within ±10 %); NO_DATA: no approved value or no target.',
});
