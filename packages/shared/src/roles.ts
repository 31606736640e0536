/** Domain constants shared by API and web: the names are the contract (see DESIGN.md). */
export const MEMBERSHIP_ROLES = ['BACKBONE', 'PARTNER', 'FUNDER', 'OBSERVER'] as const;
export type MembershipRoleName = (typeof MEMBERSHIP_ROLES)[number];

export const MEMBERSHIP_STATES = ['INVITED', 'ACTIVE', 'LEFT'] as const;
export type MembershipStateName = (typeof MEMBERSHIP_STATES)[number];

export const ALLIANCE_KINDS = ['NETWORK', 'ALLIANCE', 'COALITION'] as const;
export type AllianceKindName = (typeof ALLIANCE_KINDS)[number];

export const ALLIANCE_LIFECYCLES = ['FORMING', 'ACTIVE', 'CONCLUDED', 'RENEWED'] as const;
export type AllianceLifecycleName = (typeof ALLIANCE_LIFECYCLES)[number];

export const ORGANISATION_KINDS = ['NGO', 'PUBLIC_BODY', 'COMPANY', 'FOUNDATION', 'OTHER'] as const;
export type OrganisationKindName = (typeof ORGANISATION_KINDS)[number];
