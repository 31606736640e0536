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

// ── measurements ──
// (own import here so that the blocks of parallel modules merge without touching each other)
import { AGGREGATIONS, FREQUENCIES, MEASUREMENT_STATUSES, REPORTING_PERIOD_STATES } from '@gemeinwerk/shared';

export const ReportingFrequency = asEnum(FREQUENCIES);
export const IndicatorAggregation = asEnum(AGGREGATIONS);
export const MeasurementStatus = asEnum(MEASUREMENT_STATUSES);
export const ReportingPeriodState = asEnum(REPORTING_PERIOD_STATES);
/** A measurement's status in a completeness report; MISSING when the member has not reported at all. */
export const CompletenessStatus = asEnum(['MISSING', ...MEASUREMENT_STATUSES] as const);
export type CompletenessStatusName = keyof typeof CompletenessStatus;
export const SeriesBreakdown = asEnum(['TOTAL', 'MEMBER', 'CATEGORY'] as const);
export type SeriesBreakdownName = keyof typeof SeriesBreakdown;

registerEnumType(ReportingFrequency, { name: 'ReportingFrequency' });
registerEnumType(IndicatorAggregation, {
  name: 'IndicatorAggregation',
  description: "How members' values of one period combine into the alliance's value.",
});
registerEnumType(MeasurementStatus, { name: 'MeasurementStatus', description: 'DRAFT → SUBMITTED → APPROVED | REJECTED (→ resubmitted).' });
registerEnumType(ReportingPeriodState, { name: 'ReportingPeriodState' });
registerEnumType(CompletenessStatus, { name: 'CompletenessStatus' });
registerEnumType(SeriesBreakdown, {
  name: 'SeriesBreakdown',
  description: 'TOTAL: the roll-up per indicator; MEMBER: one series per reporting member; CATEGORY: one per disaggregation category.',
});
