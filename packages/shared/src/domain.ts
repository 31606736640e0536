/** Enumerations of the five conditions' domain (names are the API contract, see DESIGN.md). */
export const GOAL_STATUSES = ['PLANNED', 'ACTIVE', 'ACHIEVED', 'DROPPED'] as const;
export type GoalStatusName = (typeof GOAL_STATUSES)[number];

export const INDICATOR_DIRECTIONS = ['INCREASE', 'DECREASE', 'MAINTAIN'] as const;
export type IndicatorDirectionName = (typeof INDICATOR_DIRECTIONS)[number];

export const AGGREGATIONS = ['SUM', 'AVERAGE', 'LATEST', 'RATIO'] as const;
export type AggregationName = (typeof AGGREGATIONS)[number];

export const FREQUENCIES = ['MONTHLY', 'QUARTERLY', 'YEARLY'] as const;
export type FrequencyName = (typeof FREQUENCIES)[number];

export const RBA_KINDS = ['HOW_MUCH', 'HOW_WELL', 'BETTER_OFF'] as const;
export type RbaKindName = (typeof RBA_KINDS)[number];

export const INDICATOR_STATUSES = ['ACTIVE', 'ARCHIVED'] as const;
export type IndicatorStatusName = (typeof INDICATOR_STATUSES)[number];

export const REPORTING_PERIOD_STATES = ['OPEN', 'CLOSED'] as const;
export type ReportingPeriodStateName = (typeof REPORTING_PERIOD_STATES)[number];

export const MEASUREMENT_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED'] as const;
export type MeasurementStatusName = (typeof MEASUREMENT_STATUSES)[number];

export const ACTIVITY_STATUSES = ['PLANNED', 'RUNNING', 'PAUSED', 'COMPLETED', 'CANCELLED'] as const;
export type ActivityStatusName = (typeof ACTIVITY_STATUSES)[number];

export const LOG_ENTRY_TYPES = ['MEETING', 'DECISION', 'UPDATE', 'CONFLICT', 'ANNOUNCEMENT'] as const;
export type LogEntryTypeName = (typeof LOG_ENTRY_TYPES)[number];

export const CONFLICT_STATES = ['OPEN', 'RESOLVED'] as const;
export type ConflictStateName = (typeof CONFLICT_STATES)[number];

export const PROPOSAL_STATES = ['OPEN', 'DECIDED', 'WITHDRAWN'] as const;
export type ProposalStateName = (typeof PROPOSAL_STATES)[number];

export const PROPOSAL_OUTCOMES = ['ACCEPTED', 'REJECTED', 'BLOCKED', 'NO_QUORUM'] as const;
export type ProposalOutcomeName = (typeof PROPOSAL_OUTCOMES)[number];

export const VOTES = ['AGREE', 'ABSTAIN', 'DISAGREE', 'BLOCK'] as const;
export type VoteName = (typeof VOTES)[number];

/** What two organisations of an alliance do together (a stated relationship). */
export const RELATIONSHIP_KINDS = ['INFORMATION', 'COORDINATION', 'JOINT_ACTIVITY', 'FUNDING', 'REFERRAL', 'SHARED_RESOURCES'] as const;
export type RelationshipKindName = (typeof RELATIONSHIP_KINDS)[number];

/** Where a tie of the network comes from: stated by a member, or derived from recorded work. */
export const NETWORK_SOURCES = ['STATED', 'ACTIVITY', 'INDICATOR', 'OVERLAP', 'DECISION', 'MEETING'] as const;
export type NetworkSourceName = (typeof NETWORK_SOURCES)[number];

/**
 * The shared vocabulary of what members offer and need (issue 14, matching): rooms, volunteers,
 * expertise by field, funding, data, reach into a target group or district, languages, or
 * something else described in free text.
 */
export const RESOURCE_CATEGORIES = ['ROOMS', 'VOLUNTEERS', 'EXPERTISE', 'FUNDING', 'DATA', 'REACH', 'LANGUAGE', 'OTHER'] as const;
export type ResourceCategoryName = (typeof RESOURCE_CATEGORIES)[number];

/** Whether a member offers a resource or needs it. */
export const RESOURCE_DIRECTIONS = ['OFFER', 'NEED'] as const;
export type ResourceDirectionName = (typeof RESOURCE_DIRECTIONS)[number];
