import type { MembershipRoleName } from '@gemeinwerk/shared';

/**
 * What a role may do, one row per permission: the only place that names roles for an access
 * decision (scripts/code-shape.mjs fails on role checks elsewhere). A grant says how far:
 *
 * - `all`: on every row of the alliance;
 * - `own`: on rows its own organisation (membership) owns — the caller passes the owner;
 * - `guest`: only while the backbone allows guest comments (`alliances.guest_comments`);
 * - `admin`: only a user who administers the membership (`ctx.isAdmin`).
 *
 * A role without a grant is refused with `forbidden(missing)`; a refused `own` with
 * `forbidden(notOwn)`, a refused `admin` with `forbidden(notAdmin)` (the texts are `role.<code>`
 * in core/i18n/messages.ts). API tokens act as the role their seat maps to (READ_ONLY →
 * OBSERVER, REPORTING → PARTNER, tenancy.service.ts); which operations a token may call at all
 * is api-token-surface.ts.
 */
export type Grant = 'all' | 'own' | 'guest' | 'admin';

export interface PermissionRule {
  grants: Partial<Record<MembershipRoleName, Grant>>;
  missing: string;
  notOwn?: string;
  notAdmin?: string;
}

const backbone = { grants: { BACKBONE: 'all' }, missing: 'BACKBONE' } as const satisfies PermissionRule;
const writers = { BACKBONE: 'all', PARTNER: 'all' } as const;
const readers = { BACKBONE: 'all', PARTNER: 'all', FUNDER: 'all' } as const;
const ownOrBackbone = { BACKBONE: 'all', PARTNER: 'own' } as const;

export const PERMISSIONS = {
  // alliance and its set-up
  'alliance.update': backbone,
  'alliance.twoFactorPolicy': { grants: { BACKBONE: 'admin' }, missing: 'BACKBONE', notAdmin: 'BACKBONE_ADMIN' },
  'district.manage': backbone,
  /** The public progress page: whether it is published, its address, which goals and indicators it shows. */
  'progress.publish': backbone,
  'apiToken.manage': { grants: { BACKBONE: 'admin' }, missing: 'BACKBONE', notAdmin: 'BACKBONE_ADMIN' },
  'audit.read': backbone,
  'portability.export': backbone,
  'report.read': backbone,
  /** The funder report (PDF): the backbone's account to its funders, and what funders and observers take home. */
  'report.funderPdf': { grants: { BACKBONE: 'all', FUNDER: 'all', OBSERVER: 'all' }, missing: 'BACKBONE' },
  /** Counts below the alliance's threshold k as they are (modules/disclosure): the backbone all, a partner its own organisation's; everyone else gets them suppressed. */
  /** Imports (modules/imports): who uploads and commits, and whose batches one sees — the backbone every batch, others those they uploaded. */
  'import.run': { grants: writers, missing: 'BACKBONE' },
  'import.seeAllBatches': backbone,
  /** The network (modules/network): member-level like the activity map, so observers do not read it. */
  'network.read': { grants: readers, missing: 'ACTIVITY_READER' },
  /** Stated relationships: the backbone all, a partner those its organisation stated or that name it; funders none. */
  'relationship.read': { grants: ownOrBackbone, missing: 'PARTNER' },
  /** A member states its own relationships; the backbone for any two members. */
  'relationship.write': { grants: ownOrBackbone, missing: 'PARTNER', notOwn: 'BACKBONE' },
  /** Network survey rounds (modules/network/survey.*): rounds, response rates and the aggregate network of closed rounds; funders and observers take no part. */
  'survey.read': { grants: writers, missing: 'PARTNER' },
  /** Open and close rounds, see who has answered and every answer of a closed round. */
  'survey.manage': backbone,
  /** Answer a round: only for the caller's own organisation. */
  'survey.answer': { grants: { BACKBONE: 'own', PARTNER: 'own' }, missing: 'PARTNER', notOwn: 'OWN_ORGANISATION' },
  'smallCounts.see': { grants: ownOrBackbone, missing: 'BACKBONE' },
  /** What members offer and need (modules/matching): the members that work together read all of it. */
  'resource.read': { grants: writers, missing: 'PARTNER' },
  /** A member lists its own offers and needs; the backbone edits everyone's. */
  'resource.write': { grants: ownOrBackbone, missing: 'PARTNER', notOwn: 'BACKBONE' },
  /** Suggested partners for a member: its own, or any member's for the backbone. */
  'matching.suggest': { grants: ownOrBackbone, missing: 'PARTNER', notOwn: 'BACKBONE' },
  /** "Kontakt anbahnen": a member asks another member or a portal provider to get in touch. */
  'contact.request': { grants: writers, missing: 'PARTNER' },
  // members
  'member.manage': backbone,
  'joinRequest.decide': backbone,
  'membership.leave': {
    grants: { BACKBONE: 'admin', PARTNER: 'admin', FUNDER: 'admin', OBSERVER: 'admin' },
    missing: 'MEMBERSHIP_ADMIN',
    notAdmin: 'MEMBERSHIP_ADMIN',
  },
  /** Whose people (seats) a member sees: the backbone every member's, the others their own organisation's. */
  'memberPeople.read': { grants: { BACKBONE: 'all', PARTNER: 'own', FUNDER: 'own', OBSERVER: 'own' }, missing: 'BACKBONE' },
  // agenda
  'agenda.manage': backbone,
  'goal.manage': backbone,
  'agreement.manage': backbone,
  // indicators
  'indicator.manage': backbone,
  // measurements
  'reportingPeriod.manage': backbone,
  /** Funders and observers see how many reports are expected and approved, not the internal workflow. */
  'reportingPeriod.readWorkflow': { grants: writers, missing: 'PARTNER' },
  /** A value is reported by its own organisation (partner) or by the backbone for any member. */
  'measurement.write': { grants: ownOrBackbone, missing: 'PARTNER', notOwn: 'OWN_ORGANISATION' },
  /** Values that are not APPROVED yet: the backbone all, a partner its own organisation's. */
  'measurement.readUnapproved': { grants: ownOrBackbone, missing: 'BACKBONE' },
  /** Member-level values and breakdowns; observers read roll-up totals only. */
  'measurement.readMemberLevel': { grants: readers, missing: 'MEMBER_LEVEL_DATA' },
  'measurement.review': backbone,
  /** Overlaps of a SUBMITTED or APPROVED value (corrections during review). */
  'measurement.editLocked': backbone,
  // activities
  'activity.read': { grants: readers, missing: 'ACTIVITY_READER' },
  'activity.write': { grants: ownOrBackbone, missing: 'ACTIVITY_WRITER', notOwn: 'ACTIVITY_OWNER' },
  // communication (modules/communication/README.md)
  'log.read': { grants: { ...readers, OBSERVER: 'guest' }, missing: 'LOG_READER' },
  'log.write': { grants: writers, missing: 'LOG_WRITER' },
  'log.announce': backbone,
  'logEntry.edit': { grants: ownOrBackbone, missing: 'LOG_WRITER', notOwn: 'LOG_ENTRY_AUTHOR' },
  'comment.create': { grants: { ...writers, FUNDER: 'guest', OBSERVER: 'guest' }, missing: 'GUEST_COMMENTS' },
  'comment.moderate': backbone,
  /** An action item may be created by the backbone, or for/out of the caller's own organisation. */
  'actionItem.create': { grants: ownOrBackbone, missing: 'LOG_WRITER', notOwn: 'ACTION_ITEM_CREATOR' },
  'actionItem.complete': {
    grants: { BACKBONE: 'all', PARTNER: 'own', FUNDER: 'own', OBSERVER: 'own' },
    missing: 'ACTION_ITEM_OWNER',
    notOwn: 'ACTION_ITEM_OWNER',
  },
  'proposal.read': { grants: readers, missing: 'PROPOSAL_READER' },
  'proposal.edit': { grants: ownOrBackbone, missing: 'LOG_WRITER', notOwn: 'PROPOSAL_AUTHOR' },
  'proposal.close': backbone,
  // co-production (modules/participation): citizens' reports and feedback from the public portal
  /** The moderation queue; besides the backbone, the memberships it appointed as portal editors (participation.access.ts). */
  'participation.moderate': { grants: { BACKBONE: 'all' }, missing: 'PARTICIPATION_MODERATOR' },
  /** Reports forwarded to a member: the backbone all, a partner those forwarded to its own organisation. */
  'participation.forwarded': { grants: ownOrBackbone, missing: 'PARTNER', notOwn: 'FORWARDED_MEMBER' },
  /** A public answer to feedback on an offer: the backbone, or the offer's own provider. */
  'participation.answer': { grants: { BACKBONE: 'all', PARTNER: 'own', FUNDER: 'own', PROVIDER: 'own' }, missing: 'OFFER_PROVIDER', notOwn: 'OFFER_PROVIDER' },
} as const satisfies Record<string, PermissionRule>;

export type Permission = keyof typeof PERMISSIONS;
export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];
