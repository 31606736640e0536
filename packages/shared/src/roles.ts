/** Domain constants shared by API and web: the names are the contract (see DESIGN.md). */
/**
 * PROVIDER: an organisation that only lists offers in the alliance's Chancenportal. It reaches the
 * portal's provider screens and nothing of the workspace (TenancyInterceptor refuses every other
 * alliance-scoped operation for it; the isolation matrix proves it).
 */
export const MEMBERSHIP_ROLES = ['BACKBONE', 'PARTNER', 'FUNDER', 'OBSERVER', 'PROVIDER'] as const;
export type MembershipRoleName = (typeof MEMBERSHIP_ROLES)[number];

export const MEMBERSHIP_STATES = ['INVITED', 'ACTIVE', 'LEFT'] as const;
export type MembershipStateName = (typeof MEMBERSHIP_STATES)[number];

export const ALLIANCE_KINDS = ['NETWORK', 'ALLIANCE', 'COALITION'] as const;
export type AllianceKindName = (typeof ALLIANCE_KINDS)[number];

export const ALLIANCE_LIFECYCLES = ['FORMING', 'ACTIVE', 'CONCLUDED', 'RENEWED'] as const;
export type AllianceLifecycleName = (typeof ALLIANCE_LIFECYCLES)[number];

export const ORGANISATION_KINDS = ['NGO', 'PUBLIC_BODY', 'COMPANY', 'FOUNDATION', 'OTHER'] as const;
export type OrganisationKindName = (typeof ORGANISATION_KINDS)[number];

/** An offer of the Chancenportal: never published and waiting, returned before its first publication, public, or taken down. */
export const OFFER_STATUSES = ['IN_REVIEW', 'RETURNED', 'PUBLISHED', 'ARCHIVED'] as const;
export type OfferStatusName = (typeof OFFER_STATUSES)[number];

/** A submitted version of an offer (a new entry or a change) in the editorial queue. */
export const OFFER_REVISION_STATES = ['PENDING', 'RETURNED', 'APPROVED', 'WITHDRAWN'] as const;
export type OfferRevisionStateName = (typeof OFFER_REVISION_STATES)[number];

/** How an offer's time is described: single dates, a weekly schedule, a period, or always open. */
export const OFFER_SCHEDULE_KINDS = ['DATES', 'WEEKLY', 'PERIOD', 'ONGOING'] as const;
export type OfferScheduleKindName = (typeof OFFER_SCHEDULE_KINDS)[number];

/** Freshness of a published offer by its last confirmation: fine, reminder due (6 months), flagged to the editors (9), hidden (12). */
export const OFFER_FRESHNESS = ['FRESH', 'DUE', 'FLAGGED', 'HIDDEN'] as const;
export type OfferFreshnessName = (typeof OFFER_FRESHNESS)[number];
