import {
  getNamedType,
  getNullableType,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import type { Fixture, Kind } from './isolation.fixture';

/**
 * Builds, from the schema alone, one well-typed call per operation: `allianceId` is the caller's
 * alliance (or the victim's), every other id the victim's id of the matching kind. The kind is
 * inferred from the argument name through ID_KINDS; an id name missing there throws, so a new
 * operation cannot slip past the isolation test without coverage.
 */
export const ID_KINDS: Record<string, Kind | 'GLOBAL'> = {
  activityId: 'Activity',
  actionItemId: 'ActionItem',
  commentId: 'Comment',
  dimensionId: 'Dimension',
  dimensionIds: 'Dimension',
  goalId: 'Goal',
  goalIds: 'Goal',
  parentId: 'Goal',
  indicatorId: 'Indicator',
  indicatorIds: 'Indicator',
  invitationId: 'Invitation',
  logEntryId: 'LogEntry',
  measurementId: 'Measurement',
  membershipId: 'Membership',
  otherMembershipId: 'Membership',
  ownerMembershipId: 'Membership',
  participantMembershipIds: 'Membership',
  ownerUserId: 'User',
  overlapId: 'Overlap',
  proposalId: 'Proposal',
  apiTokenId: 'ApiToken',
  reportingPeriodId: 'ReportingPeriod',
  targetId: 'Target',
  categoryId: 'Category',
  id: 'Category',
  districtId: 'District',
  moveActivitiesTo: 'District',
  // Any id of the alliance: the audit filter must not find a foreign alliance's events.
  entityId: 'Goal',
  // Filtering the audit trail by a person of another alliance finds nothing.
  actorUserId: 'User',
  // Organisations are not alliance-scoped (one organisation joins many alliances): inviting one by id is no cross-tenant read.
  organisationId: 'GLOBAL',
  joinRequestId: 'JoinRequest',
  relationshipId: 'Relationship',
  resourceId: 'MemberResource',
  fromMembershipId: 'Membership',
  toMembershipId: 'Membership',
  roundId: 'SurveyRound',
  beforeRoundId: 'SurveyRound',
  afterRoundId: 'SurveyRound',
  batchId: 'ImportBatch',
  // Chancenportal (issue 13).
  offerId: 'PortalOffer',
  revisionId: 'OfferRevision',
  providerId: 'PortalProvider',
  imageId: 'PortalImage',
  imageIds: 'PortalImage',
  activityIds: 'Activity',
  // Co-production (issue 16).
  itemId: 'ParticipationReport',
  reportId: 'ParticipationReport',
  keepId: 'ParticipationReport',
  duplicateId: 'ParticipationReport',
  feedbackId: 'ParticipationFeedback',
};

/** Operations without `allianceId`: covered by hand-written cases in the matrix spec. */
export const HAND_WRITTEN = [
  'me',
  'myAlliances',
  'fundingPortfolio',
  'myPersonalData',
  'eraseMyAccount',
  'login',
  'logout',
  'changePassword',
  'acceptInvitation',
  'createAlliance',
  'invitationPreview',
  'updateMyLocale',
  'organisationInvitations',
  'acceptOrganisationInvitation',
  'myOrganisations',
  'setOrganisationFindable',
  'myTwoFactor',
  'startTwoFactor',
  'confirmTwoFactor',
  'disableTwoFactor',
  'loginWithTwoFactor',
  'requestPasswordReset',
  'resetPassword',
  'completePlatformSetup',
  'mailDeadLetters',
  'requeueDeadLetter',
  // Notifications: the caller's own, across their alliances (isolation: modules/notifications/notifications.spec.ts).
  'myNotifications',
  'unreadNotificationCount',
  'markNotificationsRead',
  'markAllNotificationsRead',
  'myNotificationSettings',
  'setNotificationEmail',
  'setReportDueDays',
  'myCalendarFeed',
  'renewCalendarFeed',
  'unsubscribe',
  // Sign-up and joining (isolation: isolation.spec.ts and modules/onboarding/onboarding.spec.ts).
  'platformSettings',
  'setRegistrationOpen',
  'platformOrganisations',
  'createAllianceForBackbone',
  'registerOrganisation',
  'verifyEmail',
  'joinableAlliances',
  'joinLinkPreview',
  'requestToJoin',
  'myJoinRequests',
  // Colleagues (organisation-scoped) and the own account: isolation tests in modules/colleagues/colleagues.spec.ts and core/auth/account.spec.ts.
  'organisationColleagues',
  'inviteColleague',
  'revokeColleagueInvitation',
  'removeColleague',
  'setColleagueAdmin',
  'colleagueInvitationPreview',
  'acceptColleagueInvitation',
  'mySessions',
  'revokeMySession',
  'revokeMyOtherSessions',
  'updateMyProfile',
  // A provider's public sign-up to a portal (isolation: modules/portal/registration.spec.ts).
  'registerPortalProvider',
];

const DATE_ARGS = new Set(['occurredOn', 'dueOn', 'periodStart', 'periodEnd', 'asOf', 'baselinePeriod', 'expiresOn', 'since', 'until', 'fromDay', 'toDay']);
const PERIOD_ARGS = new Set(['periodKey', 'from', 'to']);
/** Inputs whose `from`/`to` are days (YYYY-MM-DD) rather than period keys. */
const DAY_RANGE_FILTERS = new Set(['AuditEventFilter', 'LogFeedFilter']);

export interface Call {
  op: string;
  kind: 'query' | 'mutation';
  query: string;
  variables: Record<string, unknown>;
  /** The victim's ids put into the arguments (empty: only allianceId). */
  foreignIds: string[];
}

export class Generator {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly versions: Map<string, number>,
  ) {}

  operations(): { name: string; kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] {
    const out: { name: string; kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] = [];
    for (const [kind, root] of [
      ['query', this.schema.getQueryType()!],
      ['mutation', this.schema.getMutationType()!],
    ] as const) {
      for (const field of Object.values(root.getFields())) out.push({ name: field.name, kind, field });
    }
    return out;
  }

  /** True when the operation names an alliance (as an argument or in its input). */
  static scoped(field: GraphQLField<unknown, unknown>): boolean {
    return field.args.some(
      (a) => a.name === 'allianceId' || (isInputObjectType(getNamedType(a.type)) && 'allianceId' in (getNamedType(a.type) as any).getFields()),
    );
  }

  /** `ids` supplies the object ids (victim's or, for the control run, the caller's own). */
  call(op: { name: string; kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }, allianceId: string, ids: Fixture['ids']): Call {
    const used: string[] = [];
    const pickId = (name: string, i: number): string => {
      const kind = ID_KINDS[name];
      if (!kind) throw new Error(`isolation matrix: no kind for ID argument "${name}" of ${op.name}; add it to ID_KINDS`);
      if (kind === 'GLOBAL') return '00000000-0000-4000-8000-000000000000';
      const list = ids[kind];
      const id = list[i % list.length];
      used.push(id);
      return id;
    };
    const value = (name: string, type: GraphQLInputType, depth: number, i = 0, parent = ''): unknown => {
      const t = getNullableType(type) as GraphQLInputType;
      if (isListType(t)) return [0, 1].map((j) => value(name, t.ofType as GraphQLInputType, depth + 1, j, parent)).filter((v, j, all) => all.indexOf(v) === j);
      const named = getNamedType(t);
      if (isEnumType(named))
        return pickEnum(
          name,
          named.getValues().map((v) => v.value as string),
        );
      if (isInputObjectType(named)) {
        const obj: Record<string, unknown> = {};
        for (const f of Object.values(named.getFields())) {
          if (name === 'page' || depth > 6) continue;
          obj[f.name] = f.name === 'allianceId' ? allianceId : value(f.name, f.type, depth + 1, i, named.name);
        }
        if (obj.version !== undefined) obj.version = this.versionFor(obj, used) ?? obj.version;
        return obj;
      }
      if (!isScalarType(named)) return null;
      if (name === 'allianceId') return allianceId;
      switch (named.name) {
        case 'ID':
          return pickId(name, i);
        case 'Int':
          return name === 'version' ? 1 : name === 'versionNumber' ? 1 : name === 'decimals' ? 0 : name === 'position' ? 0 : 1;
        case 'Float':
          return name === 'latitude' ? 52.5 : name === 'longitude' ? 13.4 : 5;
        case 'Boolean':
          return false;
        case 'DateTime':
          return new Date(Date.now() + 3 * 86_400_000).toISOString();
        default:
          if (name === 'expiresOn') return new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
          if (DATE_ARGS.has(name)) return name === 'baselinePeriod' ? '2025-Q4' : '2026-03-01';
          if (parent === 'OfferScheduleSlotInput') return name === 'date' ? '2026-03-02' : name === 'from' ? '09:00' : '10:00';
          if (parent === 'PortalOfferContentInput') {
            const offerFields: Record<string, string> = { startDate: '2026-03-01', endDate: '2026-03-31', postalCode: '20095', languages: 'de' };
            if (name in offerFields) return offerFields[name];
            if (name === 'contactEmail') return 'isolation-offer@example.org';
          }
          if (PERIOD_ARGS.has(name)) return DAY_RANGE_FILTERS.has(parent) ? (name === 'from' ? '2026-01-01' : '2026-12-31') : '2026-Q1';
          if (name === 'email') return `isolation-${Math.random().toString(36).slice(2, 8)}@example.org`;
          if (name === 'primaryColor') return '#1a2b3c';
          if (name === 'entityType') return 'Goal';
          if (name === 'action') return 'goal.updated';
          if (name === 'logoDataUrl') return null;
          if (name === 'categories') return `Kategorie ${i}`;
          return `Isolationstest ${name}`;
      }
    };
    const variables: Record<string, unknown> = {};
    for (const a of op.field.args) {
      if (a.name === 'page') continue;
      if (!isNonNullType(a.type) && !isInputObjectType(getNamedType(a.type)) && !a.name.endsWith('Id') && !a.name.endsWith('Ids')) continue;
      variables[a.name] = value(a.name, a.type, 0);
    }
    const args = op.field.args.filter((a) => a.name in variables);
    const defs = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
    const list = args.map((a) => `${a.name}: $${a.name}`).join(', ');
    const query = `${op.kind} Iso${defs ? `(${defs})` : ''} { ${op.name}${list ? `(${list})` : ''} ${selection(op.field.type)} }`;
    return { op: op.name, kind: op.kind, query, variables, foreignIds: [...new Set(used)] };
  }

  /** The current version of the object an update names, so the call would pass the version check. */
  private versionFor(obj: Record<string, unknown>, used: string[]): number | undefined {
    for (const [k, v] of Object.entries(obj)) if (k.endsWith('Id') && typeof v === 'string' && this.versions.has(v)) return this.versions.get(v);
    return used.length ? this.versions.get(used[used.length - 1]) : undefined;
  }
}

function pickEnum(name: string, values: string[]): string {
  const preferred: Record<string, string> = {
    by: 'MEMBER',
    status: 'ACTIVE',
    role: 'PARTNER',
    vote: 'AGREE',
    type: 'UPDATE',
    frequency: 'QUARTERLY',
    aggregation: 'SUM',
    to: 'ACTIVE',
  };
  const p = preferred[name];
  return p && values.includes(p) ? p : values[0];
}

/** All fields without arguments, nested objects to depth 3. */
export function selection(type: unknown, depth = 0): string {
  const named = getNamedType(type as any);
  if (!isObjectType(named)) return '';
  if (depth > 3) return '{ __typename }';
  const parts = Object.values((named as GraphQLObjectType).getFields())
    .filter((f) => !f.args.some((a) => isNonNullType(a.type)))
    .map((f) => `${f.name}${selection(f.type, depth + 1)}`);
  return `{ __typename ${parts.join(' ')} }`;
}
