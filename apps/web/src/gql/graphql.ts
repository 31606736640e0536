/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
  /** Any JSON value. */
  JSON: { input: any; output: any; }
};

export type AcceptColleagueInvitationInput = {
  mode?: SessionMode;
  /** Name for a new account (when not logged in). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Password for a new account (at least 10 characters). */
  password?: InputMaybe<Scalars['String']['input']>;
  token: Scalars['String']['input'];
};

export type AcceptColleagueInvitationPayload = {
  /** The alliances where the colleague now holds a seat (the organisation's active memberships). */
  allianceIds: Array<Scalars['ID']['output']>;
  organisationId: Scalars['ID']['output'];
  /** Bearer token when a new account was created in TOKEN mode. */
  token?: Maybe<Scalars['String']['output']>;
};

export type AcceptInvitationInput = {
  mode?: SessionMode;
  /** Name for a new account (when not logged in). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Password for a new account (at least 10 characters). */
  password?: InputMaybe<Scalars['String']['input']>;
  token: Scalars['String']['input'];
};

export type AcceptInvitationPayload = {
  allianceId: Scalars['ID']['output'];
  membership: Membership;
  /** Bearer token when a new account was created in TOKEN mode. */
  token?: Maybe<Scalars['String']['output']>;
};

export type AcceptJoinRequestInput = {
  allianceId: Scalars['ID']['input'];
  joinRequestId: Scalars['ID']['input'];
  /** PARTNER, FUNDER or OBSERVER. */
  role: MembershipRole;
  version: Scalars['Int']['input'];
};

export type AcceptOrganisationInvitationInput = {
  allianceId: Scalars['ID']['input'];
  invitationId: Scalars['ID']['input'];
};

/** One of the caller's own live sessions (never a token or its hash). */
export type AccountSession = {
  createdAt: Scalars['DateTime']['output'];
  /** The session of this request. */
  current: Scalars['Boolean']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The client address as stored at login. */
  ip?: Maybe<Scalars['String']['output']>;
  lastSeenAt: Scalars['DateTime']['output'];
  /** The browser or client, as it named itself. */
  userAgent?: Maybe<Scalars['String']['output']>;
};

/** Something a member organisation (optionally one of its people) agreed to do. */
export type ActionItem = {
  createdAt: Scalars['DateTime']['output'];
  done: Scalars['Boolean']['output'];
  doneAt?: Maybe<Scalars['DateTime']['output']>;
  doneBy?: Maybe<LogPerson>;
  /** ISO date (YYYY-MM-DD). */
  dueOn?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  logEntryId?: Maybe<Scalars['ID']['output']>;
  /** Title of the log entry it came out of. */
  logEntryTitle?: Maybe<Scalars['String']['output']>;
  /** Open and due before today. */
  overdue: Scalars['Boolean']['output'];
  owner: LogMember;
  ownerUser?: Maybe<LogPerson>;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type ActionItemPage = {
  nodes: Array<ActionItem>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** What a member organisation does towards the agenda: for whom, where, when, with what. */
export type Activity = {
  allianceId: Scalars['ID']['output'];
  budgetEur?: Maybe<Scalars['Float']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  /** The district’s name. */
  district?: Maybe<Scalars['String']['output']>;
  /** A district of the alliance’s list (districts). */
  districtId?: Maybe<Scalars['ID']['output']>;
  goals: Array<ActivityGoal>;
  id: Scalars['ID']['output'];
  indicators: Array<ActivityIndicator>;
  latitude?: Maybe<Scalars['Float']['output']>;
  longitude?: Maybe<Scalars['Float']['output']>;
  /** The membership of the organisation that carries out the activity. */
  membershipId: Scalars['ID']['output'];
  organisation: Organisation;
  /** ISO date (YYYY-MM-DD); empty while open-ended. */
  periodEnd?: Maybe<Scalars['String']['output']>;
  /** ISO date (YYYY-MM-DD). */
  periodStart?: Maybe<Scalars['String']['output']>;
  /** Address or venue. */
  place?: Maybe<Scalars['String']['output']>;
  /** Resources the organisation commits (people, rooms, material), as text. */
  resources: Scalars['String']['output'];
  staffHoursPerMonth?: Maybe<Scalars['Float']['output']>;
  status: ActivityStatus;
  /** Trimmed, without case-insensitive duplicates. */
  targetGroups: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type ActivityFilter = {
  /** Activities in this district. */
  districtId?: InputMaybe<Scalars['ID']['input']>;
  goalId?: InputMaybe<Scalars['ID']['input']>;
  membershipId?: InputMaybe<Scalars['ID']['input']>;
  /** Text in the title or description (case-insensitive, taken literally; at most 200 characters; empty: no search). */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ActivityStatus>;
  /** Activities naming this target group (case-insensitive). */
  targetGroup?: InputMaybe<Scalars['String']['input']>;
};

/** A goal an activity works towards. */
export type ActivityGoal = {
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

/** An indicator an activity contributes to. */
export type ActivityIndicator = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** Who works towards which goal: the goals × members matrix, its gaps and overlaps. */
export type ActivityMap = {
  /** The date the running counts and gaps refer to (YYYY-MM-DD). */
  asOf: Scalars['String']['output'];
  cells: Array<ActivityMapCell>;
  gaps: Array<ActivityMapGap>;
  /** All goals of the alliance in tree order. */
  goals: Array<ActivityMapGoal>;
  /** Active backbone and partner members, and any member that has activities. */
  members: Array<ActivityMapMember>;
  overlaps: Array<Overlap>;
};

/** One goal × member cell of the map; cells without activities are left out (read them as 0). */
export type ActivityMapCell = {
  /** Activities of the member on the goal, except cancelled ones. */
  activityCount: Scalars['Int']['output'];
  goalId: Scalars['ID']['output'];
  membershipId: Scalars['ID']['output'];
  /** Of those, RUNNING on the asOf date. */
  runningCount: Scalars['Int']['output'];
};

/** An active or planned goal that no activity is running for on the asOf date. */
export type ActivityMapGap = {
  goalId: Scalars['ID']['output'];
  goalTitle: Scalars['String']['output'];
};

export type ActivityMapGoal = {
  id: Scalars['ID']['output'];
  parentId?: Maybe<Scalars['ID']['output']>;
  title: Scalars['String']['output'];
};

export type ActivityMapMember = {
  membershipId: Scalars['ID']['output'];
  organisation: Organisation;
};

export type ActivityPage = {
  nodes: Array<Activity>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** PLANNED → RUNNING ⇄ PAUSED → COMPLETED (final); PLANNED, RUNNING and PAUSED may be CANCELLED, and CANCELLED planned again. */
export type ActivityStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'PAUSED'
  | 'PLANNED'
  | 'RUNNING';

export type AddCommentInput = {
  allianceId: Scalars['ID']['input'];
  body: Scalars['String']['input'];
  logEntryId: Scalars['ID']['input'];
};

export type AddMemberResourceInput = {
  allianceId: Scalars['ID']['input'];
  category: ResourceCategory;
  direction: ResourceDirection;
  districtId?: InputMaybe<Scalars['ID']['input']>;
  field?: Scalars['String']['input'];
  /** Whose it is; only the backbone may name another member (default: your own). */
  membershipId?: InputMaybe<Scalars['ID']['input']>;
  note?: Scalars['String']['input'];
  targetGroup?: InputMaybe<Scalars['String']['input']>;
};

export type AgendaWarning = {
  code: AgendaWarningCode;
  goalId: Scalars['ID']['output'];
  goalTitle: Scalars['String']['output'];
};

/** GOAL_WITHOUT_TARGET: an ACTIVE or PLANNED goal of a goal-bound alliance has no linked indicator with a target. */
export type AgendaWarningCode =
  | 'GOAL_WITHOUT_TARGET';

export type Agreement = {
  /** The version in force; null until the backbone publishes one. */
  current?: Maybe<AgreementVersion>;
  /** Your organisation's signature under the current version. */
  mySignature?: Maybe<AgreementSignature>;
  /** Signatures under the current version. */
  signatures: Array<AgreementSignature>;
  /** Active members that have not signed the current version (filled for the backbone only). */
  unsignedMembers: Array<Membership>;
  /** All published versions, newest first. */
  versions: Array<AgreementVersion>;
};

export type AgreementSignature = {
  id: Scalars['ID']['output'];
  membershipId: Scalars['ID']['output'];
  /** The organisation that signed. */
  organisation: Organisation;
  signedAt: Scalars['DateTime']['output'];
  /** Name of the person who signed for it. */
  signedByName: Scalars['String']['output'];
};

export type AgreementVersion = {
  body: Scalars['String']['output'];
  /** How members resolve disagreements: the part of the agreement that matters most when they do. */
  conflictProcedure: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** 1 for the first published version, then counting up. */
  number: Scalars['Int']['output'];
  publishedAt: Scalars['DateTime']['output'];
  /** Name of the person who published this version. */
  publishedByName: Scalars['String']['output'];
  /** Member organisations that signed this version. */
  signatureCount: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type Alliance = {
  createdAt: Scalars['DateTime']['output'];
  /** Whether funders and observers may comment on log entries. */
  guestComments: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: AllianceKind;
  lifecycle: AllianceLifecycle;
  /** Logo as a data URL (PNG, JPEG or SVG, at most 200 kB). */
  logoDataUrl?: Maybe<Scalars['String']['output']>;
  /** Whether the caller administers their organisation's membership. */
  myIsAdmin: Scalars['Boolean']['output'];
  /** The caller's organisation's membership. */
  myMembershipId: Scalars['ID']['output'];
  /** The organisation the caller acts for here. */
  myOrganisation: Organisation;
  /** The caller's role in this alliance. */
  myRole: MembershipRole;
  name: Scalars['String']['output'];
  /** ISO date (YYYY-MM-DD). */
  periodEnd?: Maybe<Scalars['String']['output']>;
  /** ISO date (YYYY-MM-DD). */
  periodStart?: Maybe<Scalars['String']['output']>;
  /** Theme colour of the workspace, #rrggbb. */
  primaryColor?: Maybe<Scalars['String']['output']>;
  problemStatement: Scalars['String']['output'];
  /** People with an admin seat must have a second factor (TOTP) to work in this alliance. */
  requireTwoFactorForAdmins: Scalars['Boolean']['output'];
  version: Scalars['Int']['output'];
  vision: Scalars['String']['output'];
};

export type AllianceForBackboneCreated = {
  /** The invitation link, shown once (a fallback when the mail does not arrive). */
  acceptPath: Scalars['String']['output'];
  allianceId: Scalars['ID']['output'];
  allianceName: Scalars['String']['output'];
  /** Where the invitation went. */
  mailedTo: Array<Scalars['String']['output']>;
  organisationName: Scalars['String']['output'];
};

/** The backbone's view of how the alliance is doing (section 5, backbone support). */
export type AllianceHealth = {
  goalCoverage: GoalCoverageModel;
  /** ACTIVE members; never-contributed first, then the longest silent. */
  lastContributions: Array<LastContributionModel>;
  logEntriesPerMonth: MonthlyCountsModel;
  overdueActionItems: OverdueActionItemsModel;
  pendingReviews: PendingReviewsModel;
  reportingCompleteness: Array<PeriodCompletenessModel>;
  unsignedAgreement: UnsignedAgreementModel;
};

/** Network, goal-bound alliance, or formal coalition (Bündnis). */
export type AllianceKind =
  | 'ALLIANCE'
  | 'COALITION'
  | 'NETWORK';

export type AllianceLifecycle =
  | 'ACTIVE'
  | 'CONCLUDED'
  | 'FORMING'
  | 'RENEWED';

export type AllianceLifecyclePayload = {
  alliance: Alliance;
  /** Things to fix that do not block the change. */
  warnings: Array<AgendaWarning>;
};

export type AnswerFeedbackInput = {
  allianceId: Scalars['ID']['input'];
  feedbackId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

/** An integration's access to one alliance. The secret itself is shown only once, when it is created. */
export type ApiToken = {
  createdAt: Scalars['DateTime']['output'];
  /** Who created it; null when that person was erased. */
  createdByName?: Maybe<Scalars['String']['output']>;
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Last request with this token (recorded at most once a minute). */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** REPORTING: name of that member organisation. */
  memberName?: Maybe<Scalars['String']['output']>;
  /** REPORTING: the membership it reports for. */
  membershipId?: Maybe<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  role: ApiTokenRole;
  /** The first characters of the secret (gw_ and six more), to tell tokens apart. */
  tokenPrefix: Scalars['String']['output'];
};

export type ApiTokenPage = {
  nodes: Array<ApiToken>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** READ_ONLY reads the alliance like an observer; REPORTING reads and reports the values of one member organisation. */
export type ApiTokenRole =
  | 'READ_ONLY'
  | 'REPORTING';

export type ApproveMeasurementInput = {
  allianceId: Scalars['ID']['input'];
  measurementId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type ApproveMeasurementsInput = {
  allianceId: Scalars['ID']['input'];
  /** 1 to 100 submitted values, each with the version the reviewer saw. */
  items: Array<MeasurementVersionRef>;
};

export type AuditActor = {
  id: Scalars['ID']['output'];
  /** Null when the person was erased. */
  name?: Maybe<Scalars['String']['output']>;
};

export type AuditEvent = {
  /** What happened, e.g. goal.moved, agreement.signed. */
  action: Scalars['String']['output'];
  /** Name of that person; null for the system (show "System"). */
  actorName?: Maybe<Scalars['String']['output']>;
  /** Who made the change; null when the system did. */
  actorUserId?: Maybe<Scalars['ID']['output']>;
  /** The changed fields after the change. */
  after?: Maybe<Scalars['JSON']['output']>;
  /** The changed fields before the change. */
  before?: Maybe<Scalars['JSON']['output']>;
  entityId: Scalars['ID']['output'];
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
};

export type AuditEventFilter = {
  /** e.g. goal.updated, measurement.approved. */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Only changes by this person (or API token). */
  actorUserId?: InputMaybe<Scalars['ID']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  /** e.g. Goal, Alliance, AgreementVersion. */
  entityType?: InputMaybe<Scalars['String']['input']>;
  /** First day (YYYY-MM-DD, Europe/Berlin), inclusive. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Last day (YYYY-MM-DD, Europe/Berlin), inclusive. */
  to?: InputMaybe<Scalars['String']['input']>;
};

export type AuditEventPage = {
  nodes: Array<AuditEvent>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
  /** True when there are more than 10,000 matching events: totalCount then says 10,001 ("more than 10,000"). */
  totalCountCapped: Scalars['Boolean']['output'];
};

/** What the audit trail can be filtered by: the people, actions and object types that occur in it. */
export type AuditFacets = {
  actions: Array<Scalars['String']['output']>;
  actors: Array<AuditActor>;
  entityTypes: Array<Scalars['String']['output']>;
};

/** The caller’s personal calendar address (ICS): deadlines, meetings and their action items. */
export type CalendarFeed = {
  createdAt: Scalars['DateTime']['output'];
  /** Secret: whoever has it reads the feed. Renewing makes the old address stop working. */
  url: Scalars['String']['output'];
};

export type CastVoteInput = {
  allianceId: Scalars['ID']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  proposalId: Scalars['ID']['input'];
  vote: Vote;
};

export type ChangeActivityStatusInput = {
  activityId: Scalars['ID']['input'];
  allianceId: Scalars['ID']['input'];
  status: ActivityStatus;
  version: Scalars['Int']['input'];
};

export type ChangeAllianceLifecycleInput = {
  allianceId: Scalars['ID']['input'];
  /** The new goal; required for (and only for) to: RENEWED. */
  renewalGoal?: InputMaybe<RenewalGoalInput>;
  to: AllianceLifecycle;
  version: Scalars['Int']['input'];
};

export type ChangeMemberRoleInput = {
  allianceId: Scalars['ID']['input'];
  membershipId: Scalars['ID']['input'];
  role: MembershipRole;
  version: Scalars['Int']['input'];
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  /** At least 10 characters. */
  newPassword: Scalars['String']['input'];
};

export type CheckImportInput = {
  allianceId: Scalars['ID']['input'];
  batchId: Scalars['ID']['input'];
  columns: Array<ImportColumnInput>;
  numberFormat?: InputMaybe<ImportNumberFormat>;
  version: Scalars['Int']['input'];
};

export type CloseProposalInput = {
  allianceId: Scalars['ID']['input'];
  proposalId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type CloseReportingPeriodInput = {
  allianceId: Scalars['ID']['input'];
  reportingPeriodId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type CloseSurveyRoundInput = {
  allianceId: Scalars['ID']['input'];
  roundId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** A person who works for an organisation, as its admins see them. */
export type Colleague = {
  email: Scalars['String']['output'];
  /** Holds an admin seat in the organisation's active memberships: may invite, remove and appoint colleagues. */
  isAdmin: Scalars['Boolean']['output'];
  /** The caller. */
  isMe: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** Works for the organisation since. */
  since: Scalars['DateTime']['output'];
  userId: Scalars['ID']['output'];
};

export type ColleagueInvitation = {
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
};

/** What the holder of a colleague invitation link sees before accepting. */
export type ColleagueInvitationPreview = {
  /** An account with this address exists: accept logged in with it. */
  accountExists: Scalars['Boolean']['output'];
  /** The invited address, masked (k…@example.org). */
  emailHint: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  invitedByName: Scalars['String']['output'];
  organisationName: Scalars['String']['output'];
};

export type Comment = {
  authorMember: LogMember;
  authorUser?: Maybe<LogPerson>;
  body: Scalars['String']['output'];
  /** Its author may delete it within 15 minutes; the backbone always. */
  canDelete: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  logEntryId: Scalars['ID']['output'];
};

export type CompleteActionItemInput = {
  actionItemId: Scalars['ID']['input'];
  allianceId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type CompletePlatformSetupInput = {
  email: Scalars['String']['input'];
  locale?: Scalars['String']['input'];
  mode?: SessionMode;
  name: Scalars['String']['input'];
  /** At least 10 characters. */
  password: Scalars['String']['input'];
  /** The token from the setup link. */
  token: Scalars['String']['input'];
};

/** One expected report: an indicator × a member organisation, and where it stands. */
export type CompletenessRow = {
  indicatorId: Scalars['ID']['output'];
  indicatorName: Scalars['String']['output'];
  measurementId?: Maybe<Scalars['ID']['output']>;
  membershipId: Scalars['ID']['output'];
  organisationName: Scalars['String']['output'];
  status: CompletenessStatus;
};

export type CompletenessStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'MISSING'
  | 'REJECTED'
  | 'SUBMITTED';

/** State of a CONFLICT log entry. */
export type ConflictState =
  | 'OPEN'
  | 'RESOLVED';

export type ContactRequest = {
  id: Scalars['ID']['output'];
  logEntryId: Scalars['ID']['output'];
  offerId?: Maybe<Scalars['ID']['output']>;
  toMembershipId?: Maybe<Scalars['ID']['output']>;
};

/** One member's part of a roll-up; the nets of all members add up to the roll-up value. SUM: reported − half of each deduplicated pair it belongs to; AVERAGE: value / members; LATEST: the value for the member approved last, 0 for others; RATIO: numerator / Σ denominators. */
export type Contribution = {
  measurementId: Scalars['ID']['output'];
  membershipId: Scalars['ID']['output'];
  /** Null when suppressed. */
  net?: Maybe<Scalars['Float']['output']>;
  organisationName: Scalars['String']['output'];
  /** Half of every deduplicated overlap with another member (SUM only). Null when suppressed. */
  overlapDeducted?: Maybe<Scalars['Float']['output']>;
  /** Null when suppressed. */
  reported?: Maybe<Scalars['Float']['output']>;
  /** net / roll-up value; null when the roll-up is 0 or either is suppressed. */
  shareOfTotal?: Maybe<Scalars['Float']['output']>;
  /** Small-number protection hid this member's numbers from you (they are null). */
  suppressed: Scalars['Boolean']['output'];
};

export type CreateActionItemInput = {
  allianceId: Scalars['ID']['input'];
  /** ISO date (YYYY-MM-DD). */
  dueOn?: InputMaybe<Scalars['String']['input']>;
  /** The log entry (meeting, decision) it came out of. */
  logEntryId?: InputMaybe<Scalars['ID']['input']>;
  /** The owning organisation: an ACTIVE membership. */
  ownerMembershipId: Scalars['ID']['input'];
  /** A person with a seat in that membership. */
  ownerUserId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

export type CreateActivityInput = {
  allianceId: Scalars['ID']['input'];
  budgetEur?: InputMaybe<Scalars['Float']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** A district of the alliance’s list; null: none. */
  districtId?: InputMaybe<Scalars['ID']['input']>;
  goalIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  indicatorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** −90…90; together with longitude. */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** −180…180; together with latitude. */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** Whose activity it is: your own organisation's by default; the backbone may name any active member. */
  membershipId?: InputMaybe<Scalars['ID']['input']>;
  /** Not before periodStart; empty for open-ended. */
  periodEnd?: InputMaybe<Scalars['String']['input']>;
  periodStart?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  resources?: InputMaybe<Scalars['String']['input']>;
  staffHoursPerMonth?: InputMaybe<Scalars['Float']['input']>;
  /** PLANNED unless given. */
  status?: InputMaybe<ActivityStatus>;
  /** Up to 20; trimmed, duplicates removed. */
  targetGroups?: InputMaybe<Array<Scalars['String']['input']>>;
  title: Scalars['String']['input'];
};

export type CreateAllianceForBackboneInput = {
  /** The new organisation's contact person. */
  email?: InputMaybe<Scalars['String']['input']>;
  kind?: AllianceKind;
  name: Scalars['String']['input'];
  /** An organisation on the platform becomes backbone (its people get the invitation)… */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  organisationKind?: InputMaybe<OrganisationKind>;
  /** …or a new one of this name, whose contact person (email) gets it. */
  organisationName?: InputMaybe<Scalars['String']['input']>;
};

export type CreateAllianceInput = {
  kind?: AllianceKind;
  name: Scalars['String']['input'];
  /** The organisation that becomes backbone; needed when you work for several. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  periodEnd?: InputMaybe<Scalars['String']['input']>;
  periodStart?: InputMaybe<Scalars['String']['input']>;
  problemStatement?: InputMaybe<Scalars['String']['input']>;
  vision?: InputMaybe<Scalars['String']['input']>;
};

export type CreateApiTokenInput = {
  allianceId: Scalars['ID']['input'];
  /** Last day the token works (YYYY-MM-DD, Europe/Berlin); at most one year ahead. */
  expiresOn: Scalars['String']['input'];
  /** REPORTING only: the member organisation's membership. */
  membershipId?: InputMaybe<Scalars['ID']['input']>;
  /** What the integration is, e.g. "Statistik-Export Jugendamt". */
  name: Scalars['String']['input'];
  role: ApiTokenRole;
};

export type CreateDimensionInput = {
  allianceId: Scalars['ID']['input'];
  /** At least two, each name once, in this order. */
  categories: Array<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type CreateDistrictInput = {
  allianceId: Scalars['ID']['input'];
  /** GeoJSON text: a Polygon or MultiPolygon (or a Feature with one), WGS 84. */
  geojson?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type CreateGoalInput = {
  allianceId: Scalars['ID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  /** An ACTIVE membership of the alliance. */
  ownerMembershipId?: InputMaybe<Scalars['ID']['input']>;
  /** Parent goal; leave out for a top-level goal. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  periodEnd?: InputMaybe<Scalars['String']['input']>;
  periodStart?: InputMaybe<Scalars['String']['input']>;
  /** Place among the siblings (0-based); leave out to append. */
  position?: InputMaybe<Scalars['Int']['input']>;
  status?: GoalStatus;
  title: Scalars['String']['input'];
};

export type CreateIndicatorInput = {
  aggregation: IndicatorAggregation;
  allianceId: Scalars['ID']['input'];
  /** Default false. */
  allowNegative?: InputMaybe<Scalars['Boolean']['input']>;
  /** Default false. */
  allowRatioAboveOne?: InputMaybe<Scalars['Boolean']['input']>;
  baselinePeriod?: InputMaybe<Scalars['String']['input']>;
  baselineValue?: InputMaybe<Scalars['Float']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  collectionMethod?: InputMaybe<Scalars['String']['input']>;
  decimals?: InputMaybe<Scalars['Int']['input']>;
  definition?: InputMaybe<Scalars['String']['input']>;
  denominatorLabel?: InputMaybe<Scalars['String']['input']>;
  dimensionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  direction: IndicatorDirection;
  frequency: ReportingFrequency;
  goalIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Default false. */
  integerOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Greater than 0 (0.5 = 50 %). */
  jumpWarningShare?: InputMaybe<Scalars['Float']['input']>;
  maxValue?: InputMaybe<Scalars['Float']['input']>;
  minValue?: InputMaybe<Scalars['Float']['input']>;
  name: Scalars['String']['input'];
  numeratorLabel?: InputMaybe<Scalars['String']['input']>;
  rbaKind: RbaKind;
  unit?: InputMaybe<Scalars['String']['input']>;
};

export type CreateLogEntryInput = {
  allianceId: Scalars['ID']['input'];
  body?: InputMaybe<Scalars['String']['input']>;
  goalIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  indicatorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** ISO date (YYYY-MM-DD). */
  occurredOn: Scalars['String']['input'];
  /** Member organisations that took part. */
  participantMembershipIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  title: Scalars['String']['input'];
  type: LogEntryType;
};

export type CreatePortalOfferInput = {
  allianceId: Scalars['ID']['input'];
  content: PortalOfferContentInput;
  /** Editors may enter an offer for any provider; a provider’s own people leave it out. */
  providerId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateProposalInput = {
  allianceId: Scalars['ID']['input'];
  body?: InputMaybe<Scalars['String']['input']>;
  /** When voting ends; must lie in the future. */
  closesAt: Scalars['DateTime']['input'];
  /** Pin an indicator: its values are recorded when the proposal is decided. */
  indicatorId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

/** A new token with its secret: shown this once, never again. */
export type CreatedApiToken = {
  /** Send as `Authorization: Bearer <secret>`. */
  secret: Scalars['String']['output'];
  token: ApiToken;
};

/** A mail that could not be delivered after every attempt (platform admins only). */
export type DeadLetter = {
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  deadAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** What the mail is about, e.g. PASSWORD_RESET. */
  kind: Scalars['String']['output'];
  /** What the mail server answered the last time. */
  lastError?: Maybe<Scalars['String']['output']>;
  subject: Scalars['String']['output'];
  toAddress: Scalars['String']['output'];
};

export type DeadLettersFilter = {
  /** At most this many, newest first (1–200, default 50). */
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type DecideOfferRevisionInput = {
  allianceId: Scalars['ID']['input'];
  /** Required when returning: what the provider should change. */
  reason?: InputMaybe<Scalars['String']['input']>;
  revisionId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type DeclareOverlapInput = {
  allianceId: Scalars['ID']['input'];
  /** How many of this value; greater than 0, at most the value. */
  amount: Scalars['Float']['input'];
  measurementId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** The other member that served the same people. */
  otherMembershipId: Scalars['ID']['input'];
};

export type DeclineJoinRequestInput = {
  allianceId: Scalars['ID']['input'];
  joinRequestId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type DeleteActivityInput = {
  activityId: Scalars['ID']['input'];
  allianceId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type DeleteCommentInput = {
  allianceId: Scalars['ID']['input'];
  commentId: Scalars['ID']['input'];
};

export type DeleteDistrictInput = {
  allianceId: Scalars['ID']['input'];
  districtId: Scalars['ID']['input'];
  /** Moves the district’s activities there first (merging two spellings of one place); without it a district in use is refused. */
  moveActivitiesTo?: InputMaybe<Scalars['ID']['input']>;
};

export type DeleteGoalInput = {
  allianceId: Scalars['ID']['input'];
  goalId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type DeleteTargetInput = {
  allianceId: Scalars['ID']['input'];
  targetId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type Dimension = {
  /** Categories in their order. */
  categories: Array<DimensionCategory>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type DimensionCategory = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Order within the dimension, from 0. */
  position: Scalars['Int']['output'];
};

export type DimensionCategoryInput = {
  /** An existing category of this dimension; null adds a new one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
};

/** Small-number protection of an alliance (every member may read it; the backbone edits it). */
export type DisclosureSettings = {
  allianceId: Scalars['ID']['output'];
  /** Whether the caller's views hide small numbers (false for the backbone). */
  appliesToMe: Scalars['Boolean']['output'];
  /** k: counts 1 … k−1 (and shares of fewer than k people) are hidden from funders, observers and the public, with complementary cells. */
  smallNumberThreshold: Scalars['Int']['output'];
  /** The alliance's version (optimistic locking, shared with the profile). */
  version: Scalars['Int']['output'];
};

export type District = {
  /** Activities in this district (all members’, counted without showing them). */
  activityCount: Scalars['Int']['output'];
  /** The shape as a GeoJSON geometry; only with districts(withShapes: true). */
  geojson?: Maybe<Scalars['JSON']['output']>;
  /** Whether a shape (GeoJSON) is stored. */
  hasShape: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type DistrictDeleted = {
  id: Scalars['ID']['output'];
  /** Activities moved to the other district. */
  movedActivities: Scalars['Int']['output'];
};

export type EraseMyAccountInput = {
  /** Typed confirmation: "LÖSCHEN" or "DELETE". */
  confirm: Scalars['String']['input'];
  /** The current password: erasure re-authenticates. */
  password: Scalars['String']['input'];
};

export type ForwardReportInput = {
  allianceId: Scalars['ID']['input'];
  membershipId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  reportId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type Goal = {
  allianceId: Scalars['ID']['output'];
  /** Levels below the top (0 for a top-level goal). */
  depth: Scalars['Int']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Indicators linked to this goal. */
  indicatorCount: Scalars['Int']['output'];
  ownerMembershipId?: Maybe<Scalars['ID']['output']>;
  /** The member organisation that takes the lead on this goal. */
  ownerOrganisation?: Maybe<Organisation>;
  /** The goal this one is a sub-goal of; null for a top-level goal. */
  parentId?: Maybe<Scalars['ID']['output']>;
  /** ISO date (YYYY-MM-DD). */
  periodEnd?: Maybe<Scalars['String']['output']>;
  /** ISO date (YYYY-MM-DD). */
  periodStart?: Maybe<Scalars['String']['output']>;
  /** Place among its siblings, 0-based and dense. */
  position: Scalars['Int']['output'];
  /** Activities with status RUNNING linked to this goal. */
  runningActivityCount: Scalars['Int']['output'];
  status: GoalStatus;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** ACTIVE and PLANNED goals, and how many of them have at least one activity running today. */
export type GoalCoverageModel = {
  goalCount: Scalars['Int']['output'];
  goalsWithRunningActivity: Scalars['Int']['output'];
  /** goalsWithRunningActivity / goalCount (0 without goals). */
  share: Scalars['Float']['output'];
};

/** PLANNED, ACTIVE, ACHIEVED or DROPPED (a goal no longer pursued; kept for the record). */
export type GoalStatus =
  | 'ACHIEVED'
  | 'ACTIVE'
  | 'DROPPED'
  | 'PLANNED';

export type ImportBatchModel = {
  /** The mapping in use: saved for the alliance or recognised from the headers. */
  columns: Array<ImportColumnModel>;
  committedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  createdByName?: Maybe<Scalars['String']['output']>;
  createdCount?: Maybe<Scalars['Int']['output']>;
  encoding?: Maybe<Scalars['String']['output']>;
  errorRows: Scalars['Int']['output'];
  /** Why the last step failed, in the caller's language. */
  failure?: Maybe<Scalars['String']['output']>;
  fields: Array<ImportFieldModel>;
  fileName: Scalars['String']['output'];
  fileType: Scalars['String']['output'];
  headers: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  numberFormat: ImportNumberFormat;
  /** Rows done by the running step (progress of a job). */
  processedRows: Scalars['Int']['output'];
  rowCount: Scalars['Int']['output'];
  separator?: Maybe<Scalars['String']['output']>;
  status: ImportStatus;
  undoneAt?: Maybe<Scalars['DateTime']['output']>;
  updatedCount?: Maybe<Scalars['Int']['output']>;
  version: Scalars['Int']['output'];
};

export type ImportBatchPage = {
  nodes: Array<ImportBatchModel>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ImportBatchStepInput = {
  allianceId: Scalars['ID']['input'];
  batchId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type ImportColumnInput = {
  column: Scalars['Int']['input'];
  field: Scalars['String']['input'];
};

export type ImportColumnModel = {
  /** Index of the column in `headers`. */
  column: Scalars['Int']['output'];
  field: Scalars['String']['output'];
};

export type ImportFieldModel = {
  key: Scalars['String']['output'];
  /** The field's name in the caller's language. */
  label: Scalars['String']['output'];
  required: Scalars['Boolean']['output'];
  /** text, number, date, period or boolean */
  type: Scalars['String']['output'];
};

export type ImportKindModel = {
  fields: Array<ImportFieldModel>;
  name: Scalars['String']['output'];
};

/** DE: 1.234,5 — EN: 1,234.5 */
export type ImportNumberFormat =
  | 'DE'
  | 'EN';

export type ImportProblemModel = {
  code: Scalars['String']['output'];
  field?: Maybe<Scalars['String']['output']>;
  /** What is wrong, in the caller's language. */
  message: Scalars['String']['output'];
};

export type ImportRowModel = {
  /** The cells as read, one per header. */
  cells: Array<Scalars['String']['output']>;
  problems: Array<ImportProblemModel>;
  /** The row number in the file as a spreadsheet shows it (the header is row 1). */
  rowNo: Scalars['Int']['output'];
};

export type ImportRowPage = {
  nodes: Array<ImportRowModel>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Where an uploaded file is on its way: mapped and checked (PREVIEWED), written (COMMITTED), taken back (UNDONE). */
export type ImportStatus =
  | 'CHECKING'
  | 'COMMITTED'
  | 'COMMITTING'
  | 'FAILED'
  | 'PREVIEWED'
  | 'UNDONE'
  | 'UPLOADED';

export type Indicator = {
  aggregation: IndicatorAggregation;
  /** Plausibility: values (and their parts) may be below 0. Off by default: counts are never negative. */
  allowNegative: Scalars['Boolean']['output'];
  /** RATIO plausibility: the numerator may exceed the denominator. Off by default (code numeratorAboveDenominator). */
  allowRatioAboveOne: Scalars['Boolean']['output'];
  /** Period key of the baseline, in the indicator’s frequency. */
  baselinePeriod?: Maybe<Scalars['String']['output']>;
  baselineValue?: Maybe<Scalars['Float']['output']>;
  /** Short code, unique in the alliance (e.g. "B1"). */
  code?: Maybe<Scalars['String']['output']>;
  collectionMethod: Scalars['String']['output'];
  /** Decimal places to show (0–4). Display only: whether decimals may be reported is `integerOnly`. */
  decimals: Scalars['Int']['output'];
  /** What exactly is counted, and what is not. */
  definition: Scalars['String']['output'];
  /** RATIO only: what the denominator counts. */
  denominatorLabel?: Maybe<Scalars['String']['output']>;
  /** Disaggregation dimensions, with their categories. */
  dimensions: Array<Dimension>;
  direction: IndicatorDirection;
  frequency: ReportingFrequency;
  /** The values come from approved citizens' reports or feedback (participation, setParticipationIndicatorSource), computed per period; read-only, no member reports are expected. */
  fromParticipation: Scalars['Boolean']['output'];
  goals: Array<IndicatorGoal>;
  id: Scalars['ID']['output'];
  /** Plausibility: only whole numbers (values and parts; RATIO: numerator and denominator). A value with decimals is refused (code notInteger), never rounded. */
  integerOnly: Scalars['Boolean']['output'];
  /** Plausibility warning, not an error: when a value differs from the same member's value of the previous period by more than this share (0.5 = 50 %), saving succeeds and the response carries a `valueJump` warning. Null: no warning. */
  jumpWarningShare?: Maybe<Scalars['Float']['output']>;
  /** Plausibility: largest allowed value (RATIO: of the computed share). Refused above it (code aboveMax, param max). */
  maxValue?: Maybe<Scalars['Float']['output']>;
  /** Plausibility: smallest allowed value (RATIO: of the computed share). Refused below it (code belowMin, param min). */
  minValue?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  /** RATIO only: what the numerator counts. */
  numeratorLabel?: Maybe<Scalars['String']['output']>;
  rbaKind: RbaKind;
  status: IndicatorStatus;
  /** Targets, ordered by the end of their period (finer periods first). */
  targets: Array<Target>;
  unit: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** How members' values combine into the alliance's value; RATIO sums numerators and denominators separately. */
export type IndicatorAggregation =
  | 'AVERAGE'
  | 'LATEST'
  | 'RATIO'
  | 'SUM';

/** Which way is better: more, less, or holding steady. */
export type IndicatorDirection =
  | 'DECREASE'
  | 'INCREASE'
  | 'MAINTAIN';

export type IndicatorFilter = {
  /** Only indicators linked to this goal. */
  goalId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<IndicatorStatus>;
};

export type IndicatorGoal = {
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type IndicatorPage = {
  nodes: Array<Indicator>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An ACTIVE indicator with its TOTAL line and each period's completeness (the dashboard). */
export type IndicatorProgress = {
  /** Null where nothing is approved. */
  actual: Array<Maybe<Scalars['Float']['output']>>;
  aggregation: IndicatorAggregation;
  approvedReports: Array<Scalars['Int']['output']>;
  baseline?: Maybe<Scalars['Float']['output']>;
  code?: Maybe<Scalars['String']['output']>;
  decimals: Scalars['Int']['output'];
  direction: IndicatorDirection;
  expectedReports: Array<Scalars['Int']['output']>;
  frequency: ReportingFrequency;
  /** The values come from approved citizens' reports or feedback (participation), computed per period; read-only, no member reports are expected. */
  fromParticipation: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  periods: Array<Scalars['String']['output']>;
  provisional: Array<Scalars['Boolean']['output']>;
  /** Per period: small-number protection hid the actual value from you (it is null). */
  suppressed: Array<Scalars['Boolean']['output']>;
  target: Array<Maybe<Scalars['Float']['output']>>;
  unit: Scalars['String']['output'];
};

/** The pinned indicator as it stood when the proposal was decided: its latest approved values of up to four periods (oldest first), rolled up across organisations by the indicator’s aggregation. */
export type IndicatorSnapshot = {
  /** SUM, AVERAGE, RATIO (Σ numerator / Σ denominator) or LATEST (the most recently approved value). */
  aggregation: Scalars['String']['output'];
  indicatorId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  periods: Array<Scalars['String']['output']>;
  /** Approved reports behind each value. */
  reportCounts: Array<Scalars['Int']['output']>;
  /** Per period: small-number protection hid the value from you (it is null). */
  suppressed: Array<Scalars['Boolean']['output']>;
  takenAt: Scalars['DateTime']['output'];
  unit: Scalars['String']['output'];
  /** One value per period; null when a RATIO has no denominator. */
  values: Array<Maybe<Scalars['Float']['output']>>;
};

export type IndicatorStatus =
  | 'ACTIVE'
  | 'ARCHIVED';

export type IndicatorVersionInput = {
  allianceId: Scalars['ID']['input'];
  indicatorId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type Invitation = {
  allianceId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The contact person of a new organisation; null when the invitation goes to an existing organisation's admins. */
  email?: Maybe<Scalars['String']['output']>;
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  organisation: Organisation;
  role: MembershipRole;
};

export type InvitationCreated = {
  /** Path of the web page where the invitee accepts. */
  acceptPath: Scalars['String']['output'];
  invitation: Invitation;
  /** Addresses the invitation link was mailed to (the contact person, or the people of the invited organisation). */
  mailedTo: Array<Scalars['String']['output']>;
  /** Secret to send to the invitee; shown only once. */
  token: Scalars['String']['output'];
};

/** What the holder of an invitation link may see before accepting it, and nothing more. */
export type InvitationPreview = {
  allianceName: Scalars['String']['output'];
  /** The invited e-mail address, masked (k…@example.org); null when the invitation goes to the organisation's admins. */
  emailHint?: Maybe<Scalars['String']['output']>;
  expiresAt: Scalars['DateTime']['output'];
  /** True when only an admin of the invited (existing) organisation can accept, logged in. */
  forOrganisationAdmins: Scalars['Boolean']['output'];
  /** The organisation of the person who sent the invitation. */
  invitedByOrganisation?: Maybe<Scalars['String']['output']>;
  /** The organisation that is invited. */
  organisationName: Scalars['String']['output'];
  role: MembershipRole;
  state: InvitationState;
};

/** OPEN: can be accepted. ACCEPTED: already accepted. */
export type InvitationState =
  | 'ACCEPTED'
  | 'OPEN';

export type InviteColleagueInput = {
  email: Scalars['String']['input'];
  /** Language of the mail for a person without an account (de or en); default: the inviting person's UI language. An existing account gets its own language. */
  locale?: InputMaybe<Scalars['String']['input']>;
  organisationId: Scalars['ID']['input'];
};

export type InviteOrganisationInput = {
  allianceId: Scalars['ID']['input'];
  /** Contact person who will accept for a NEW organisation (required then). Not allowed for an existing organisation: that invitation goes to the organisation's own admins. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** An organisation already on the platform… */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  organisationKind?: InputMaybe<OrganisationKind>;
  /** …or the name of a new one. */
  organisationName?: InputMaybe<Scalars['String']['input']>;
  role: MembershipRole;
};

export type JoinLinkInput = {
  allianceId: Scalars['ID']['input'];
};

export type JoinRequest = {
  allianceId: Scalars['ID']['output'];
  allianceName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  declineReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  message: Scalars['String']['output'];
  organisation: Organisation;
  /** Who asked (null once that account is gone). */
  requestedByName?: Maybe<Scalars['String']['output']>;
  /** The role given on accepting. */
  role?: Maybe<MembershipRole>;
  state: JoinRequestState;
  version: Scalars['Int']['output'];
  /** Asked through the join link. */
  viaLink: Scalars['Boolean']['output'];
};

export type JoinRequestState =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PENDING';

export type JoinSettings = {
  /** Path of the join link (/join/<token>); null: no link. */
  joinLinkPath?: Maybe<Scalars['String']['output']>;
  /** The alliance appears in the directory of alliances that take join requests. */
  joinRequestsOpen: Scalars['Boolean']['output'];
};

export type JoinableAlliance = {
  /** The backbone organisation(s). */
  backboneName?: Maybe<Scalars['String']['output']>;
  /** The backbone's city, if known. */
  city?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** A member organisation's latest contribution: value submitted, activity created or changed, log entry, comment or vote. */
export type LastContributionModel = {
  daysSince?: Maybe<Scalars['Int']['output']>;
  /** YYYY-MM-DD (Europe/Berlin); null when it has never contributed. */
  lastContributionOn?: Maybe<Scalars['String']['output']>;
  membershipId: Scalars['ID']['output'];
  organisation: Organisation;
};

export type LeaveAllianceInput = {
  allianceId: Scalars['ID']['input'];
};

export type LogEntry = {
  allianceId: Scalars['ID']['output'];
  /** The organisation the author wrote for. */
  authorMember: LogMember;
  /** Who wrote it (null when the account was removed). */
  authorUser?: Maybe<LogPerson>;
  body: Scalars['String']['output'];
  /** Whether the caller may edit it (and resolve it, for conflicts). */
  canEdit: Scalars['Boolean']['output'];
  commentCount: Scalars['Int']['output'];
  /** Only CONFLICT entries have one. */
  conflictState?: Maybe<ConflictState>;
  createdAt: Scalars['DateTime']['output'];
  goals: Array<LogEntryGoal>;
  id: Scalars['ID']['output'];
  indicators: Array<LogEntryIndicator>;
  /** ISO date (YYYY-MM-DD). */
  occurredOn: Scalars['String']['output'];
  openActionItemCount: Scalars['Int']['output'];
  participants: Array<LogMember>;
  /** The proposal this DECISION entry records, if any. */
  proposalId?: Maybe<Scalars['ID']['output']>;
  resolution?: Maybe<Scalars['String']['output']>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  title: Scalars['String']['output'];
  type: LogEntryType;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

/** A log entry with its comments (oldest first) and action items (open first). */
export type LogEntryDetail = {
  actionItems: Array<ActionItem>;
  allianceId: Scalars['ID']['output'];
  /** The organisation the author wrote for. */
  authorMember: LogMember;
  /** Who wrote it (null when the account was removed). */
  authorUser?: Maybe<LogPerson>;
  body: Scalars['String']['output'];
  /** Whether the caller may edit it (and resolve it, for conflicts). */
  canEdit: Scalars['Boolean']['output'];
  commentCount: Scalars['Int']['output'];
  comments: Array<Comment>;
  /** Only CONFLICT entries have one. */
  conflictState?: Maybe<ConflictState>;
  createdAt: Scalars['DateTime']['output'];
  goals: Array<LogEntryGoal>;
  id: Scalars['ID']['output'];
  indicators: Array<LogEntryIndicator>;
  /** ISO date (YYYY-MM-DD). */
  occurredOn: Scalars['String']['output'];
  openActionItemCount: Scalars['Int']['output'];
  participants: Array<LogMember>;
  /** The proposal this DECISION entry records, if any. */
  proposalId?: Maybe<Scalars['ID']['output']>;
  resolution?: Maybe<Scalars['String']['output']>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  title: Scalars['String']['output'];
  type: LogEntryType;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type LogEntryGoal = {
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type LogEntryIndicator = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  unit: Scalars['String']['output'];
};

export type LogEntryPage = {
  nodes: Array<LogEntry>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Kind of communication log entry; ANNOUNCEMENT is written by the backbone only. */
export type LogEntryType =
  | 'ANNOUNCEMENT'
  | 'CONFLICT'
  | 'DECISION'
  | 'MEETING'
  | 'UPDATE';

export type LogFeedFilter = {
  conflictState?: InputMaybe<ConflictState>;
  /** First day of occurredOn (YYYY-MM-DD), inclusive. */
  from?: InputMaybe<Scalars['String']['input']>;
  goalId?: InputMaybe<Scalars['ID']['input']>;
  /** Entries this organisation wrote or took part in. */
  membershipId?: InputMaybe<Scalars['ID']['input']>;
  /** Text in the title or body (case-insensitive, taken literally; at most 200 characters; empty: no search). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Last day of occurredOn (YYYY-MM-DD), inclusive; not before `from`. */
  to?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<LogEntryType>>;
};

/** A member organisation as shown in the log. */
export type LogMember = {
  membershipId: Scalars['ID']['output'];
  organisation: Organisation;
  role: MembershipRole;
};

/** A person as shown in the log (name only). */
export type LogPerson = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type LoginInput = {
  email: Scalars['String']['input'];
  mode?: SessionMode;
  password: Scalars['String']['input'];
};

export type LoginPayload = {
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** Bearer token (mode TOKEN only). */
  token?: Maybe<Scalars['String']['output']>;
  /** Set when the password was right and a second factor is enrolled: pass it with the code to loginWithTwoFactor (valid 5 minutes). */
  twoFactorChallenge?: Maybe<Scalars['String']['output']>;
  /** Null while a second factor is still asked for. */
  user?: Maybe<User>;
};

export type LoginWithTwoFactorInput = {
  challenge: Scalars['String']['input'];
  /** The 6-digit code of the authenticator app, or a recovery code. */
  code: Scalars['String']['input'];
};

export type MarkFeedbackChangedInput = {
  allianceId: Scalars['ID']['input'];
  feedbackId: Scalars['ID']['input'];
  whatChanged: Scalars['String']['input'];
};

export type MarkNotificationsReadInput = {
  notificationIds: Array<Scalars['ID']['input']>;
};

/** A member of the alliance, or a published offer of its portal. */
export type MatchPartnerKind =
  | 'MEMBER'
  | 'OFFER';

/** One reason for a suggestion, e.g. “bietet Räume in Oststadt”. */
export type MatchReason = {
  category?: Maybe<ResourceCategory>;
  districtName?: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
  kind: MatchReasonKind;
  targetGroup?: Maybe<Scalars['String']['output']>;
};

/** Why a partner is suggested: it OFFERS what you need, REACHES a target group you name, or NEEDS what you offer. */
export type MatchReasonKind =
  | 'NEEDS'
  | 'OFFERS'
  | 'REACHES';

/** A suggested partner, ranked by score, with the reasons. */
export type MatchSuggestion = {
  /** The caller’s organisation already asked for contact. */
  contactRequested: Scalars['Boolean']['output'];
  kind: MatchPartnerKind;
  /** The member (kind MEMBER). */
  membershipId?: Maybe<Scalars['ID']['output']>;
  /** The organisation, or the offer’s title. */
  name: Scalars['String']['output'];
  /** The portal offer (kind OFFER). */
  offerId?: Maybe<Scalars['ID']['output']>;
  /** The provider of an offer. */
  providerName?: Maybe<Scalars['String']['output']>;
  reasons: Array<MatchReason>;
  score: Scalars['Float']['output'];
};

export type MatchSuggestions = {
  membershipId: Scalars['ID']['output'];
  /** How many needs of the member the suggestions are for (0: list needs first). */
  needCount: Scalars['Int']['output'];
  suggestions: Array<MatchSuggestion>;
};

export type MatchingDistrict = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** What the alliance already names: its districts, and the target groups and fields used in activities, offers and needs. */
export type MatchingVocabulary = {
  districts: Array<MatchingDistrict>;
  fields: Array<Scalars['String']['output']>;
  targetGroups: Array<Scalars['String']['output']>;
};

export type Measurement = {
  allianceId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  denominator?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  indicatorId: Scalars['ID']['output'];
  indicatorName: Scalars['String']['output'];
  membershipId: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  numerator?: Maybe<Scalars['Float']['output']>;
  /** The reporting organisation. */
  organisation: Organisation;
  overlaps: Array<MeasurementOverlap>;
  parts: Array<MeasurementPart>;
  periodKey: Scalars['String']['output'];
  /** In reviewQueue: the same member's latest earlier value of the indicator that was not rejected (null when there is none). Null in other queries. */
  previous?: Maybe<PreviousMeasurement>;
  /** Why the backbone rejected or returned it. */
  rejectionReason?: Maybe<Scalars['String']['output']>;
  reportingPeriodId: Scalars['ID']['output'];
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  reviewedByName?: Maybe<Scalars['String']['output']>;
  status: MeasurementStatus;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  submittedByName?: Maybe<Scalars['String']['output']>;
  /** Small-number protection hid value, numerator, denominator, parts and overlap amounts from you (they are null). */
  suppressed: Scalars['Boolean']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** For RATIO indicators numerator / denominator. */
  value?: Maybe<Scalars['Float']['output']>;
  version: Scalars['Int']['output'];
  /** Plausibility warnings found by the mutation that just saved or submitted this value (saveMeasurement, submitMeasurement, submitMeasurements), and in reviewQueue the jump warning against the previous period, so the reviewer sees what the reporter saw. Empty in other queries. */
  warnings: Array<MeasurementWarning>;
};

export type MeasurementFilter = {
  indicatorId?: InputMaybe<Scalars['ID']['input']>;
  membershipId?: InputMaybe<Scalars['ID']['input']>;
  reportingPeriodId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<MeasurementStatus>;
};

/** Part of this value that are the same people another member also reported. */
export type MeasurementOverlap = {
  /** Null when the measurement's numbers are suppressed. */
  amount?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  measurementId: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  otherMembershipId: Scalars['ID']['output'];
  otherOrganisationName: Scalars['String']['output'];
};

export type MeasurementPage = {
  nodes: Array<Measurement>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** The part of a value that falls into one disaggregation category. */
export type MeasurementPart = {
  categoryId: Scalars['ID']['output'];
  categoryName: Scalars['String']['output'];
  dimensionId: Scalars['ID']['output'];
  dimensionName: Scalars['String']['output'];
  /** Small-number protection hid this part from you. */
  suppressed: Scalars['Boolean']['output'];
  /** Null when suppressed. */
  value?: Maybe<Scalars['Float']['output']>;
};

export type MeasurementPartInput = {
  categoryId: Scalars['ID']['input'];
  value: Scalars['Float']['input'];
};

/** DRAFT → SUBMITTED → APPROVED | REJECTED (→ resubmitted). */
export type MeasurementStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'REJECTED'
  | 'SUBMITTED';

export type MeasurementVersionRef = {
  measurementId: Scalars['ID']['input'];
  /** The version the reviewer saw. */
  version: Scalars['Int']['input'];
};

/** A plausibility warning: the value was saved (or submitted) all the same, but the reporter should look at it again. code `valueJump`: the value differs from the same member's value of the previous period by more than the indicator's jumpWarningShare. */
export type MeasurementWarning = {
  /** |value − previous| / |previous|: 1.8 means 180 %. */
  change: Scalars['Float']['output'];
  /** Stable code: `valueJump`. */
  code: Scalars['String']['output'];
  /** Input field the warning is about (`value`, or `numerator` for RATIO). */
  field: Scalars['String']['output'];
  /** In the caller's language, e.g. „Der Wert weicht um 180 % vom Vorzeitraum ab (12 → 34). Bitte prüfen.“ */
  message: Scalars['String']['output'];
  previousPeriodKey: Scalars['String']['output'];
  /** The previous period’s value (RATIO: the share). */
  previousValue: Scalars['Float']['output'];
  /** The value now (RATIO: the share). */
  value: Scalars['Float']['output'];
};

/** A person with a seat in a membership: names only, never e-mail addresses. */
export type MemberPerson = {
  isAdmin: Scalars['Boolean']['output'];
  membershipId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Seat held since. */
  since: Scalars['DateTime']['output'];
  userId: Scalars['ID']['output'];
};

/** Something a member offers or needs. */
export type MemberResource = {
  category: ResourceCategory;
  direction: ResourceDirection;
  districtId?: Maybe<Scalars['ID']['output']>;
  districtName?: Maybe<Scalars['String']['output']>;
  /** The caller may change it (its own organisation’s, or any as backbone). */
  editable: Scalars['Boolean']['output'];
  /** The field of expertise, the language (ISO code), the kind of data …; empty when the category has none. */
  field: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  membershipId: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  organisation: Organisation;
  targetGroup?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type Membership = {
  allianceId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  joinedAt?: Maybe<Scalars['DateTime']['output']>;
  leftAt?: Maybe<Scalars['DateTime']['output']>;
  organisation: Organisation;
  role: MembershipRole;
  /** People of this organisation with a seat in the alliance. */
  seatCount: Scalars['Int']['output'];
  state: MembershipState;
  version: Scalars['Int']['output'];
};

/** What an organisation does in an alliance. */
export type MembershipRole =
  | 'BACKBONE'
  | 'FUNDER'
  | 'OBSERVER'
  | 'PARTNER'
  | 'PROVIDER';

export type MembershipState =
  | 'ACTIVE'
  | 'INVITED'
  | 'LEFT';

export type MergeReportsInput = {
  allianceId: Scalars['ID']['input'];
  duplicateId: Scalars['ID']['input'];
  keepId: Scalars['ID']['input'];
};

export type ModerateParticipationInput = {
  action: ModerationAction;
  allianceId: Scalars['ID']['input'];
  /** A report's address with personal data edited out (recorded like editedText). */
  editedAddress?: InputMaybe<Scalars['String']['input']>;
  /** The text with personal data edited out (the edit is recorded in the audit trail). */
  editedText?: InputMaybe<Scalars['String']['input']>;
  itemId: Scalars['ID']['input'];
  kind: ParticipationKind;
  /** Required for REJECT: shown to the sender on the follow page. */
  reason?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type ModerationAction =
  | 'APPROVE'
  | 'REJECT';

/** PENDING: in the queue (new, or sent back by an abuse report); APPROVED: public; REJECTED: never public; MERGED: a duplicate. */
export type ModerationStatus =
  | 'APPROVED'
  | 'MERGED'
  | 'PENDING'
  | 'REJECTED';

/** Log entries written per month (Europe/Berlin), the last 12 months up to this one; months without entries count 0. */
export type MonthlyCountsModel = {
  counts: Array<Scalars['Int']['output']>;
  /** 'YYYY-MM', oldest first. */
  months: Array<Scalars['String']['output']>;
};

export type MoveGoalInput = {
  allianceId: Scalars['ID']['input'];
  goalId: Scalars['ID']['input'];
  /** New parent; null moves the goal to the top level. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Place among the new siblings (0-based); larger values append. */
  position: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};

export type Mutation = {
  /** Accept by link: an existing account logged in as itself; a new address with name and password (starts a session). */
  acceptColleagueInvitation: AcceptColleagueInvitationPayload;
  /** Accept by link. A new organisation's invitation: with the invited account, or create it (name and password). An existing organisation's invitation: an admin of that organisation, logged in. */
  acceptInvitation: AcceptInvitationPayload;
  /** Accepts a request with a role: the organisation becomes an ACTIVE member, the person who asked its admin. */
  acceptJoinRequest: JoinRequest;
  /** An admin of the invited organisation accepts on its behalf. Anyone else: NOT_FOUND. */
  acceptOrganisationInvitation: AcceptInvitationPayload;
  /** Backbone and partners; funders and observers when the alliance allows guest comments. */
  addComment: Comment;
  /** A member lists something it offers or needs (the backbone for any member). */
  addMemberResource: MemberResource;
  /** The offer’s provider (or the backbone) answers approved feedback in public. */
  answerFeedback: ParticipationItem;
  approveMeasurement: Measurement;
  /** Approves several submitted values at once: all or nothing (a stale version or a value no longer submitted stops the batch). */
  approveMeasurements: Array<Measurement>;
  /** Approves a waiting revision: it becomes the published version (editors). */
  approvePortalOfferRevision: PortalOffer;
  /** No longer collected; stays readable with its history (backbone). */
  archiveIndicator: Indicator;
  /** Takes an offer off the portal, or puts it back. */
  archivePortalOffer: PortalOffer;
  /** Your organisation's vote (backbone and partners); a new vote replaces the earlier one until voting closes. */
  castVote: Proposal;
  changeActivityStatus: Activity;
  /** Backbone only. FORMING→ACTIVE, ACTIVE→CONCLUDED|RENEWED, CONCLUDED→RENEWED, RENEWED→ACTIVE|CONCLUDED; RENEWED needs renewalGoal, created as a new ACTIVE top-level goal. */
  changeAllianceLifecycle: AllianceLifecyclePayload;
  changeMemberRole: Membership;
  /** Changes the caller's password and ends all their other sessions. */
  changePassword: Scalars['Boolean']['output'];
  /** Saves the column mapping (remembered for the alliance) and checks every row without writing (dry-run). */
  checkImport: ImportBatchModel;
  /** The backbone decides: outcome from the votes, a DECISION log entry, the indicator snapshot. */
  closeProposal: ProposalDetail;
  closeReportingPeriod: ReportingPeriod;
  /** The backbone closes a round: answers stop, its network can be seen. */
  closeSurveyRound: SurveyRound;
  /** Writes a checked batch without problems: all rows or none (large files as a job; poll importBatch). */
  commitImport: ImportBatchModel;
  /** The owning organisation or the backbone. */
  completeActionItem: ActionItem;
  /** Creates a platform administrator with a one-time setup link and logs them in. */
  completePlatformSetup: LoginPayload;
  /** "Still up to date": renews the offer’s confirmation (one click from the reminder mail). */
  confirmPortalOffer: PortalOfferConfirmed;
  /** Confirms enrolment with a first code; returns 10 recovery codes, shown once. */
  confirmTwoFactor: TwoFactorRecoveryCodes;
  /** Backbone for any active member; a partner for its own organisation or on a log entry it wrote. */
  createActionItem: ActionItem;
  /** A partner creates its own organisation's activity; the backbone may create one for any active member. */
  createActivity: Activity;
  /** Creates an alliance with your organisation as backbone. */
  createAlliance: Alliance;
  /** Creates an alliance and invites its backbone by mail: a new organisation through its contact person, or an existing one through its people (platform admins only; they get no seat). */
  createAllianceForBackbone: AllianceForBackboneCreated;
  /** Creates a token for an integration (backbone admins); its secret is in this answer only. */
  createApiToken: CreatedApiToken;
  /** Defines a dimension with at least two categories (backbone). */
  createDimension: Dimension;
  /** Adds a district (backbone). */
  createDistrict: District;
  /** Backbone only. */
  createGoal: Goal;
  /** Defines an indicator (backbone). */
  createIndicator: Indicator;
  /** Backbone and partners; ANNOUNCEMENT by the backbone only. */
  createLogEntry: LogEntry;
  /** Enters a new offer; it waits in the editorial queue. */
  createPortalOffer: PortalOffer;
  /** Backbone and partners. */
  createProposal: Proposal;
  /** Declares how much of a SUM value are the same people another member reported. */
  declareOverlap: Measurement;
  /** Declines a request with a reason, which the requester reads in a mail. */
  declineJoinRequest: JoinRequest;
  /** Only planned or cancelled activities; cancel the others instead. */
  deleteActivity: Scalars['Boolean']['output'];
  /** Its author within 15 minutes, or the backbone. Returns the deleted id. */
  deleteComment: Scalars['ID']['output'];
  /** Removes a district (backbone); one in use only when its activities move to another. */
  deleteDistrict: DistrictDeleted;
  /** Backbone only. A goal with sub-goals or links is refused (GOAL_IN_USE): set it to DROPPED instead. */
  deleteGoal: Scalars['ID']['output'];
  /** Removes a target (backbone). */
  deleteTarget: Scalars['Boolean']['output'];
  /** Switches the second factor off; needs a code or a recovery code. */
  disableTwoFactor: Scalars['Boolean']['output'];
  /** Erases the caller: pseudonymises the account, ends all sessions and seats; the alliances keep their records under the pseudonym. */
  eraseMyAccount: Scalars['Boolean']['output'];
  /** Forwards an approved report to a member (partner or backbone), which then sees it in forwardedReports. */
  forwardReport: ParticipationItem;
  /** Mails a colleague a one-time link to join the organisation (valid 14 days). Its admins only. */
  inviteColleague: ColleagueInvitation;
  inviteOrganisation: InvitationCreated;
  /** Your organisation leaves the alliance. */
  leaveAlliance: Membership;
  login: LoginPayload;
  /** Second step of a login with a second factor: the challenge from login plus a code. */
  loginWithTwoFactor: LoginPayload;
  /** Ends the current session on the server. */
  logout: Scalars['Boolean']['output'];
  /** Marks all the caller’s notices read; returns how many changed. */
  markAllNotificationsRead: Scalars['Int']['output'];
  /** "Hat etwas verändert": the provider (or the backbone) says what changed because of the feedback. */
  markFeedbackChanged: ParticipationItem;
  /** Marks these notices of the caller read; returns how many changed. */
  markNotificationsRead: Scalars['Int']['output'];
  /** Closes the duplicate as MERGED; its supports count for the kept report (one per browser). Returns the kept report. */
  mergeReports: ParticipationItem;
  /** Approve (public from now on) or reject with a reason; editedText replaces the text, recorded in the audit trail. */
  moderateParticipation: ParticipationItem;
  /** Backbone only. Refuses moving a goal under itself or its sub-goals (GOAL_CYCLE). */
  moveGoal: Goal;
  /** Opens a period (or reopens a closed one) for the indicators of its frequency. */
  openReportingPeriod: ReportingPeriod;
  /** The backbone opens a survey round; every backbone and partner member is asked and notified. */
  openSurveyRound: SurveyRound;
  /** Backbone only. CONFLICT unless basedOnVersionNumber is the current version (null for the first). */
  publishAgreementVersion: Agreement;
  /** Registers an organisation and its contact person; a link to confirm the address goes by mail. Always true: the answer does not tell whether the address has an account. */
  registerOrganisation: Scalars['Boolean']['output'];
  /** A provider signs up to a portal that takes sign-ups: account, organisation and a PROVIDER membership; a link to confirm the address goes by mail. Always true when the portal is open (the answer does not tell whether the address has an account). */
  registerPortalProvider: Scalars['Boolean']['output'];
  rejectMeasurement: Measurement;
  /** Removes a person from the organisation: their seats end at once; with no organisation left, their sessions too. The last admin: LAST_ORGANISATION_ADMIN. */
  removeColleague: Scalars['Boolean']['output'];
  /** Removes an offer or need (its member or the backbone). */
  removeMemberResource: Scalars['ID']['output'];
  removeOverlap: Measurement;
  /** Removes a stated relationship (its member or the backbone). */
  removeRelationship: Scalars['ID']['output'];
  /** A new calendar address; the old one stops working at once. */
  renewCalendarFeed: CalendarFeed;
  /** Creates a new join link; the previous one stops working (backbone only). */
  renewJoinLink: JoinSettings;
  /** The owning organisation or the backbone. */
  reopenActionItem: ActionItem;
  /** A CONFLICT entry RESOLVED → OPEN; the author's organisation or the backbone. */
  reopenConflict: LogEntry;
  /** Returns an APPROVED value to the partner as a DRAFT, with the reason (backbone only). */
  reopenMeasurement: Measurement;
  /** “Kontakt anbahnen”: records the request in the alliance’s log and notifies the other side. */
  requestContact: ContactRequest;
  /** Sends a link to set a new password if an account has this address. Always true: the answer does not tell whether it has. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Asks, for one's organisation, to join an alliance that takes requests (or whose join link one holds). */
  requestToJoin: JoinRequest;
  /** Puts a dead letter back into the delivery queue (platform admins only). */
  requeueDeadLetter: Scalars['Boolean']['output'];
  /** Sets a new password with the token from the mail (once, within 30 minutes) and ends all sessions of the account. */
  resetPassword: Scalars['Boolean']['output'];
  /** A CONFLICT entry OPEN → RESOLVED; the author's organisation or the backbone. */
  resolveConflict: LogEntry;
  /** The member resolves or declines a forwarded report with a public answer. */
  resolveReport: ParticipationItem;
  /** Makes an archived indicator active again (backbone). */
  restoreIndicator: Indicator;
  /** Returns a waiting revision to the provider with a reason (editors). */
  returnPortalOfferRevision: PortalOffer;
  /** Revokes a token at once (backbone admins); revoking twice changes nothing. */
  revokeApiToken: ApiToken;
  /** Revokes an open colleague invitation. Its admins only. */
  revokeColleagueInvitation: Scalars['Boolean']['output'];
  revokeInvitation: Scalars['Boolean']['output'];
  /** Ends the join link (backbone only). */
  revokeJoinLink: JoinSettings;
  /** Signs out every other session of the caller; answers how many ended. */
  revokeMyOtherSessions: Scalars['Int']['output'];
  /** Signs one of the caller's own sessions out. Another person's session: NOT_FOUND. */
  revokeMySession: Scalars['Boolean']['output'];
  /** Saves a DRAFT (new, or replacing a DRAFT/REJECTED one: values, parts and note). */
  saveMeasurement: Measurement;
  /** Saves the caller's answers as a draft, or submits them. */
  saveSurveyResponse: MySurveyResponse;
  /** Appoints or steps down an admin of the organisation. Demoting the last admin: LAST_ORGANISATION_ADMIN. */
  setColleagueAdmin: Colleague;
  /** Sets (or with null removes) a district’s population for the planning view (backbone). */
  setDistrictPopulation: Scalars['Boolean']['output'];
  /** Replaces the disaggregation dimensions (backbone); one with reported parts stays. */
  setIndicatorDimensions: Indicator;
  /** Replaces the goals the indicator measures (backbone). */
  setIndicatorGoals: Indicator;
  /** Lists the alliance in the directory of alliances that take join requests, or takes it off (backbone only). */
  setJoinRequestsOpen: JoinSettings;
  /** Turns e-mail for one kind of notice on or off (in-app notices stay). */
  setNotificationEmail: NotificationSettings;
  /** Opt in or out of being findable by other alliances' backbones (the organisation's admins only). */
  setOrganisationFindable: OrganisationSettings;
  /** Makes an indicator draw its values from approved participation items (backbone). */
  setParticipationIndicatorSource: ParticipationIndicatorSource;
  /** Appoints a member as editors of the portal, or ends it (backbone). */
  setPortalEditor: Array<PortalEditor>;
  /** Sets or removes the portal’s logo (backbone): checked, re-encoded without metadata. */
  setPortalLogo: PortalSettings;
  /** Allows or stops the self-registration of organisations (platform admins only). */
  setRegistrationOpen: PlatformSettings;
  /** Days before a reporting deadline for the reminder (1–14). */
  setReportDueDays: NotificationSettings;
  /** Creates (version null) or changes the target of one period (backbone). */
  setTarget: Target;
  /** Signs the current version for your organisation (any active member, any role). */
  signAgreement: Agreement;
  /** Starts TOTP enrolment (needs the password); confirmTwoFactor switches it on. */
  startTwoFactor: TwoFactorEnrolment;
  /** A member states a relationship with another (the backbone for any two). */
  stateRelationship: Relationship;
  submitMeasurement: Measurement;
  /** Saves (and optionally submits) many values, all or nothing: on any bad row nothing is written and every bad row is listed. */
  submitMeasurements: SubmitMeasurementsPayload;
  /** Takes a committed batch back, while nothing was built on its records since. */
  undoImport: ImportBatchModel;
  /** Turns off one kind of notification mail with the signed link from such a mail (no login). */
  unsubscribe: UnsubscribeResult;
  updateActivity: Activity;
  /** Edits the alliance's profile (backbone only); fields left out stay as they are. */
  updateAllianceProfile: Alliance;
  /** Renames, adds, reorders and removes categories (backbone); used categories stay. */
  updateDimension: Dimension;
  /** Renames a district or sets its shape (backbone). */
  updateDistrict: District;
  /** Backbone only; fields left out stay as they are. */
  updateGoal: Goal;
  /** Changes the fields given (backbone). Aggregation and frequency are fixed once measurements exist. */
  updateIndicator: Indicator;
  /** The author's organisation or the backbone. */
  updateLogEntry: LogEntry;
  /** Changes an offer or need (its member or the backbone). */
  updateMemberResource: MemberResource;
  /** Saves the caller's preferred UI language; the web app starts in it. */
  updateMyLocale: User;
  /** Changes the caller's display name. */
  updateMyProfile: User;
  /** Changes an offer; the change waits in the queue while the published version stays public. */
  updatePortalOffer: PortalOffer;
  /** Changes a provider profile (its own people, or the editors). */
  updatePortalProvider: PortalProvider;
  /** Sets up the portal (backbone). Version 0 the first time. */
  updatePortalSettings: PortalSettings;
  /** Publishes or withdraws the public progress page and sets its address, goals and indicators (backbone). Version 0 the first time. */
  updatePublicProgress: PublicProgressSettings;
  /** Changes a stated relationship (its member or the backbone). */
  updateRelationship: Relationship;
  /** Sets the threshold k of small-number protection (backbone only, 2 … 20). */
  updateSmallNumberThreshold: DisclosureSettings;
  /** Uploads an offer image (JPEG, PNG, WebP; checked, re-encoded without metadata). */
  uploadPortalImage: PortalOfferImage;
  /** Confirms the address of a sign-up with the token from the mail (once); the account may log in afterwards. */
  verifyEmail: Scalars['Boolean']['output'];
  /** Its author's organisation or the backbone, while voting is open. */
  withdrawProposal: Proposal;
};


export type MutationAcceptColleagueInvitationArgs = {
  input: AcceptColleagueInvitationInput;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationAcceptJoinRequestArgs = {
  input: AcceptJoinRequestInput;
};


export type MutationAcceptOrganisationInvitationArgs = {
  input: AcceptOrganisationInvitationInput;
};


export type MutationAddCommentArgs = {
  input: AddCommentInput;
};


export type MutationAddMemberResourceArgs = {
  input: AddMemberResourceInput;
};


export type MutationAnswerFeedbackArgs = {
  input: AnswerFeedbackInput;
};


export type MutationApproveMeasurementArgs = {
  input: ApproveMeasurementInput;
};


export type MutationApproveMeasurementsArgs = {
  input: ApproveMeasurementsInput;
};


export type MutationApprovePortalOfferRevisionArgs = {
  input: DecideOfferRevisionInput;
};


export type MutationArchiveIndicatorArgs = {
  input: IndicatorVersionInput;
};


export type MutationArchivePortalOfferArgs = {
  allianceId: Scalars['ID']['input'];
  archived?: Scalars['Boolean']['input'];
  offerId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationCastVoteArgs = {
  input: CastVoteInput;
};


export type MutationChangeActivityStatusArgs = {
  input: ChangeActivityStatusInput;
};


export type MutationChangeAllianceLifecycleArgs = {
  input: ChangeAllianceLifecycleInput;
};


export type MutationChangeMemberRoleArgs = {
  input: ChangeMemberRoleInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCheckImportArgs = {
  input: CheckImportInput;
};


export type MutationCloseProposalArgs = {
  input: CloseProposalInput;
};


export type MutationCloseReportingPeriodArgs = {
  input: CloseReportingPeriodInput;
};


export type MutationCloseSurveyRoundArgs = {
  input: CloseSurveyRoundInput;
};


export type MutationCommitImportArgs = {
  input: ImportBatchStepInput;
};


export type MutationCompleteActionItemArgs = {
  input: CompleteActionItemInput;
};


export type MutationCompletePlatformSetupArgs = {
  input: CompletePlatformSetupInput;
};


export type MutationConfirmPortalOfferArgs = {
  allianceId: Scalars['ID']['input'];
  offerId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationConfirmTwoFactorArgs = {
  input: TwoFactorCodeInput;
};


export type MutationCreateActionItemArgs = {
  input: CreateActionItemInput;
};


export type MutationCreateActivityArgs = {
  input: CreateActivityInput;
};


export type MutationCreateAllianceArgs = {
  input: CreateAllianceInput;
};


export type MutationCreateAllianceForBackboneArgs = {
  input: CreateAllianceForBackboneInput;
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateDimensionArgs = {
  input: CreateDimensionInput;
};


export type MutationCreateDistrictArgs = {
  input: CreateDistrictInput;
};


export type MutationCreateGoalArgs = {
  input: CreateGoalInput;
};


export type MutationCreateIndicatorArgs = {
  input: CreateIndicatorInput;
};


export type MutationCreateLogEntryArgs = {
  input: CreateLogEntryInput;
};


export type MutationCreatePortalOfferArgs = {
  input: CreatePortalOfferInput;
};


export type MutationCreateProposalArgs = {
  input: CreateProposalInput;
};


export type MutationDeclareOverlapArgs = {
  input: DeclareOverlapInput;
};


export type MutationDeclineJoinRequestArgs = {
  input: DeclineJoinRequestInput;
};


export type MutationDeleteActivityArgs = {
  input: DeleteActivityInput;
};


export type MutationDeleteCommentArgs = {
  input: DeleteCommentInput;
};


export type MutationDeleteDistrictArgs = {
  input: DeleteDistrictInput;
};


export type MutationDeleteGoalArgs = {
  input: DeleteGoalInput;
};


export type MutationDeleteTargetArgs = {
  input: DeleteTargetInput;
};


export type MutationDisableTwoFactorArgs = {
  input: TwoFactorCodeInput;
};


export type MutationEraseMyAccountArgs = {
  input: EraseMyAccountInput;
};


export type MutationForwardReportArgs = {
  input: ForwardReportInput;
};


export type MutationInviteColleagueArgs = {
  input: InviteColleagueInput;
};


export type MutationInviteOrganisationArgs = {
  input: InviteOrganisationInput;
};


export type MutationLeaveAllianceArgs = {
  input: LeaveAllianceInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationLoginWithTwoFactorArgs = {
  input: LoginWithTwoFactorInput;
};


export type MutationMarkFeedbackChangedArgs = {
  input: MarkFeedbackChangedInput;
};


export type MutationMarkNotificationsReadArgs = {
  input: MarkNotificationsReadInput;
};


export type MutationMergeReportsArgs = {
  input: MergeReportsInput;
};


export type MutationModerateParticipationArgs = {
  input: ModerateParticipationInput;
};


export type MutationMoveGoalArgs = {
  input: MoveGoalInput;
};


export type MutationOpenReportingPeriodArgs = {
  input: OpenReportingPeriodInput;
};


export type MutationOpenSurveyRoundArgs = {
  input: OpenSurveyRoundInput;
};


export type MutationPublishAgreementVersionArgs = {
  input: PublishAgreementVersionInput;
};


export type MutationRegisterOrganisationArgs = {
  input: RegisterOrganisationInput;
};


export type MutationRegisterPortalProviderArgs = {
  input: RegisterPortalProviderInput;
};


export type MutationRejectMeasurementArgs = {
  input: RejectMeasurementInput;
};


export type MutationRemoveColleagueArgs = {
  input: RemoveColleagueInput;
};


export type MutationRemoveMemberResourceArgs = {
  allianceId: Scalars['ID']['input'];
  resourceId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRemoveOverlapArgs = {
  input: RemoveOverlapInput;
};


export type MutationRemoveRelationshipArgs = {
  allianceId: Scalars['ID']['input'];
  relationshipId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRenewJoinLinkArgs = {
  input: JoinLinkInput;
};


export type MutationReopenActionItemArgs = {
  input: ReopenActionItemInput;
};


export type MutationReopenConflictArgs = {
  input: ReopenConflictInput;
};


export type MutationReopenMeasurementArgs = {
  input: ReopenMeasurementInput;
};


export type MutationRequestContactArgs = {
  input: RequestContactInput;
};


export type MutationRequestPasswordResetArgs = {
  input: RequestPasswordResetInput;
};


export type MutationRequestToJoinArgs = {
  input: RequestToJoinInput;
};


export type MutationRequeueDeadLetterArgs = {
  input: RequeueDeadLetterInput;
};


export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


export type MutationResolveConflictArgs = {
  input: ResolveConflictInput;
};


export type MutationResolveReportArgs = {
  input: ResolveReportInput;
};


export type MutationRestoreIndicatorArgs = {
  input: IndicatorVersionInput;
};


export type MutationReturnPortalOfferRevisionArgs = {
  input: DecideOfferRevisionInput;
};


export type MutationRevokeApiTokenArgs = {
  input: RevokeApiTokenInput;
};


export type MutationRevokeColleagueInvitationArgs = {
  input: RevokeColleagueInvitationInput;
};


export type MutationRevokeInvitationArgs = {
  input: RevokeInvitationInput;
};


export type MutationRevokeJoinLinkArgs = {
  input: JoinLinkInput;
};


export type MutationRevokeMySessionArgs = {
  input: RevokeMySessionInput;
};


export type MutationSaveMeasurementArgs = {
  input: SaveMeasurementInput;
};


export type MutationSaveSurveyResponseArgs = {
  input: SaveSurveyResponseInput;
};


export type MutationSetColleagueAdminArgs = {
  input: SetColleagueAdminInput;
};


export type MutationSetDistrictPopulationArgs = {
  allianceId: Scalars['ID']['input'];
  districtId: Scalars['ID']['input'];
  population?: InputMaybe<Scalars['Int']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationSetIndicatorDimensionsArgs = {
  input: SetIndicatorDimensionsInput;
};


export type MutationSetIndicatorGoalsArgs = {
  input: SetIndicatorGoalsInput;
};


export type MutationSetJoinRequestsOpenArgs = {
  input: SetJoinRequestsOpenInput;
};


export type MutationSetNotificationEmailArgs = {
  input: SetNotificationEmailInput;
};


export type MutationSetOrganisationFindableArgs = {
  input: SetOrganisationFindableInput;
};


export type MutationSetParticipationIndicatorSourceArgs = {
  input: SetParticipationIndicatorSourceInput;
};


export type MutationSetPortalEditorArgs = {
  allianceId: Scalars['ID']['input'];
  appointed: Scalars['Boolean']['input'];
  membershipId: Scalars['ID']['input'];
};


export type MutationSetPortalLogoArgs = {
  input: SetPortalLogoInput;
};


export type MutationSetRegistrationOpenArgs = {
  input: SetRegistrationOpenInput;
};


export type MutationSetReportDueDaysArgs = {
  input: SetReportDueDaysInput;
};


export type MutationSetTargetArgs = {
  input: SetTargetInput;
};


export type MutationSignAgreementArgs = {
  input: SignAgreementInput;
};


export type MutationStartTwoFactorArgs = {
  input: StartTwoFactorInput;
};


export type MutationStateRelationshipArgs = {
  input: StateRelationshipInput;
};


export type MutationSubmitMeasurementArgs = {
  input: SubmitMeasurementInput;
};


export type MutationSubmitMeasurementsArgs = {
  input: SubmitMeasurementsInput;
};


export type MutationUndoImportArgs = {
  input: ImportBatchStepInput;
};


export type MutationUnsubscribeArgs = {
  input: UnsubscribeInput;
};


export type MutationUpdateActivityArgs = {
  input: UpdateActivityInput;
};


export type MutationUpdateAllianceProfileArgs = {
  input: UpdateAllianceProfileInput;
};


export type MutationUpdateDimensionArgs = {
  input: UpdateDimensionInput;
};


export type MutationUpdateDistrictArgs = {
  input: UpdateDistrictInput;
};


export type MutationUpdateGoalArgs = {
  input: UpdateGoalInput;
};


export type MutationUpdateIndicatorArgs = {
  input: UpdateIndicatorInput;
};


export type MutationUpdateLogEntryArgs = {
  input: UpdateLogEntryInput;
};


export type MutationUpdateMemberResourceArgs = {
  input: UpdateMemberResourceInput;
};


export type MutationUpdateMyLocaleArgs = {
  input: UpdateMyLocaleInput;
};


export type MutationUpdateMyProfileArgs = {
  input: UpdateMyProfileInput;
};


export type MutationUpdatePortalOfferArgs = {
  input: UpdatePortalOfferInput;
};


export type MutationUpdatePortalProviderArgs = {
  input: UpdatePortalProviderInput;
};


export type MutationUpdatePortalSettingsArgs = {
  input: UpdatePortalSettingsInput;
};


export type MutationUpdatePublicProgressArgs = {
  input: UpdatePublicProgressInput;
};


export type MutationUpdateRelationshipArgs = {
  input: UpdateRelationshipInput;
};


export type MutationUpdateSmallNumberThresholdArgs = {
  input: UpdateSmallNumberThresholdInput;
};


export type MutationUploadPortalImageArgs = {
  input: UploadPortalImageInput;
};


export type MutationVerifyEmailArgs = {
  input: VerifyEmailInput;
};


export type MutationWithdrawProposalArgs = {
  input: WithdrawProposalInput;
};

/** The caller's own response to a round: the members to rate and its answers so far. */
export type MySurveyResponse = {
  answers: Array<SurveyAnswer>;
  others: Array<SurveyMember>;
  round: SurveyRound;
  state: SurveyResponseState;
  version: Scalars['Int']['output'];
};

/** Who works with whom: organisations, their ties with sources, and the measures. */
export type Network = {
  /** ISO date the network stands on. */
  asOf: Scalars['String']['output'];
  componentCount: Scalars['Int']['output'];
  /** Ties present ÷ ties possible. */
  density: Scalars['Float']['output'];
  nodes: Array<NetworkNode>;
  /** The quarters (e.g. 2025-Q3) from the first recorded tie to today, for the time slider. */
  quarters: Array<Scalars['String']['output']>;
  /** Share of those pairs where each side named the other. */
  reciprocity: Scalars['Float']['output'];
  /** Pairs with at least one stated relationship. */
  statedDyads: Scalars['Int']['output'];
  ties: Array<NetworkTie>;
};

export type NetworkFilterInput = {
  /** The network as it stood on this day (ISO date; default: today) — the time slider. */
  asOf?: InputMaybe<Scalars['String']['input']>;
  /** Only stated relationships of these kinds (derived ties have no kind). */
  kinds?: InputMaybe<Array<RelationshipKind>>;
  /** Only ties from these sources (default: all). */
  sources?: InputMaybe<Array<NetworkSource>>;
};

/** An organisation of the alliance with its measures. */
export type NetworkNode = {
  /** Share of shortest paths between two others that pass here (0..1). */
  betweenness: Scalars['Float']['output'];
  /** Without it, its part of the network would fall apart. */
  broker: Scalars['Boolean']['output'];
  /** Closeness (Wasserman–Faust, 0..1). */
  closeness: Scalars['Float']['output'];
  /** Its part of the network; 0 is the largest. */
  component: Scalars['Int']['output'];
  degree: Scalars['Int']['output'];
  /** The membership id. */
  id: Scalars['ID']['output'];
  /** No tie at all. */
  isolated: Scalars['Boolean']['output'];
  organisation: Organisation;
  role: MembershipRole;
};

/** The shortest way from one organisation to another through others. */
export type NetworkPath = {
  /** Steps; null when no way leads there. */
  distance?: Maybe<Scalars['Int']['output']>;
  path: Array<NetworkNode>;
};

/** Where a tie comes from: STATED by a member, or derived from the work recorded in Gemeinwerk — ACTIVITY (activities towards the same goal, target group and district at the same time), INDICATOR (both report approved values of the same indicator), OVERLAP (a declared overlap of reported values), DECISION (both agreed to the same decided proposal), MEETING (both took part in the same meeting). */
export type NetworkSource =
  | 'ACTIVITY'
  | 'DECISION'
  | 'INDICATOR'
  | 'MEETING'
  | 'OVERLAP'
  | 'STATED';

/** A tie between two organisations: every source that makes it. */
export type NetworkTie = {
  a: Scalars['ID']['output'];
  b: Scalars['ID']['output'];
  /** Kinds of the stated relationships between the two. */
  kinds: Array<RelationshipKind>;
  sources: Array<NetworkTieSource>;
  /** The sum of the weights. */
  weight: Scalars['Int']['output'];
};

/** One source of a tie, with its weight (how many shared items) and since when it exists. */
export type NetworkTieSource = {
  /** ISO date of the first of them. */
  since?: Maybe<Scalars['String']['output']>;
  source: NetworkSource;
  /** How many activities, indicators, overlaps, decisions, meetings or statements make it. */
  weight: Scalars['Int']['output'];
};

/** A notice in the caller’s notification centre (the bell); only ever the caller’s own. */
export type Notification = {
  allianceId: Scalars['ID']['output'];
  allianceName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  /** Path in the web app. */
  link: Scalars['String']['output'];
  /** Values for the text (indicator, period, reason, title …). */
  params: Scalars['JSON']['output'];
  read: Scalars['Boolean']['output'];
  subjectId?: Maybe<Scalars['ID']['output']>;
  /** Measurement, ActionItem, Proposal, LogEntry, ReportingPeriod or Alliance. */
  subjectType: Scalars['String']['output'];
};

/** What a notice is about; e-mail can be turned on or off per kind. */
export type NotificationKind =
  | 'ACTION_ITEM_ASSIGNED'
  | 'ACTION_ITEM_DUE'
  | 'COMMENT_ON_MY_ENTRY'
  | 'CONTACT_REQUEST'
  | 'DIGEST_MONTHLY'
  | 'DIGEST_WEEKLY'
  | 'FEEDBACK_PUBLISHED'
  | 'JOIN_REQUEST'
  | 'OFFER_APPROVED'
  | 'OFFER_CONFIRM_DUE'
  | 'OFFER_RETURNED'
  | 'OFFER_STALE'
  | 'OFFER_SUBMITTED'
  | 'PROPOSAL_CLOSING'
  | 'PROPOSAL_OPENED'
  | 'REPORT_DUE'
  | 'REPORT_FORWARDED'
  | 'REPORT_OVERDUE'
  | 'SURVEY_OPENED'
  | 'VALUE_APPROVED'
  | 'VALUE_REJECTED';

export type NotificationPreference = {
  /** Whether notices of this kind also come by e-mail. */
  email: Scalars['Boolean']['output'];
  /** What applies without a choice. */
  emailByDefault: Scalars['Boolean']['output'];
  kind: NotificationKind;
};

export type NotificationSettings = {
  preferences: Array<NotificationPreference>;
  /** Days before a reporting deadline for the reminder (default 3). */
  reportDueDays: Scalars['Int']['output'];
};

export type OfferFieldChange = {
  after?: Maybe<Scalars['String']['output']>;
  before?: Maybe<Scalars['String']['output']>;
  field: Scalars['String']['output'];
};

/** By the last confirmation: FRESH, DUE (the provider is asked), FLAGGED (editors see it), HIDDEN (not public). */
export type OfferFreshness =
  | 'DUE'
  | 'FLAGGED'
  | 'FRESH'
  | 'HIDDEN';

/** A submitted version in the editorial queue. */
export type OfferRevisionState =
  | 'APPROVED'
  | 'PENDING'
  | 'RETURNED'
  | 'WITHDRAWN';

/** Single dates, weekly, a period, or always open. */
export type OfferScheduleKind =
  | 'DATES'
  | 'ONGOING'
  | 'PERIOD'
  | 'WEEKLY';

export type OfferScheduleSlot = {
  date?: Maybe<Scalars['String']['output']>;
  from?: Maybe<Scalars['String']['output']>;
  to?: Maybe<Scalars['String']['output']>;
  weekday?: Maybe<Scalars['Int']['output']>;
};

export type OfferScheduleSlotInput = {
  date?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  weekday?: InputMaybe<Scalars['Int']['input']>;
};

/** IN_REVIEW: new, waiting for the editors; RETURNED: new, sent back; PUBLISHED: public; ARCHIVED: taken down. */
export type OfferStatus =
  | 'ARCHIVED'
  | 'IN_REVIEW'
  | 'PUBLISHED'
  | 'RETURNED';

export type OpenReportingPeriodInput = {
  allianceId: Scalars['ID']['input'];
  /** ISO date (YYYY-MM-DD), not before the period starts. */
  dueOn?: InputMaybe<Scalars['String']['input']>;
  frequency: ReportingFrequency;
  /** Must name a period of the frequency: 2026, 2026-Q1 or 2026-03. */
  periodKey: Scalars['String']['input'];
};

export type OpenSurveyRoundInput = {
  allianceId: Scalars['ID']['input'];
  /** ISO date, not before opensOn. */
  closesOn: Scalars['String']['input'];
  /** ISO date. */
  opensOn: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type Organisation = {
  city?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: OrganisationKind;
  name: Scalars['String']['output'];
};

/** An open invitation of an organisation the caller administers: the caller may accept it on the organisation's behalf. */
export type OrganisationInvitation = {
  allianceId: Scalars['ID']['output'];
  allianceName: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  invitedByOrganisation?: Maybe<Scalars['String']['output']>;
  organisationId: Scalars['ID']['output'];
  organisationName: Scalars['String']['output'];
  role: MembershipRole;
};

export type OrganisationKind =
  | 'COMPANY'
  | 'FOUNDATION'
  | 'NGO'
  | 'OTHER'
  | 'PUBLIC_BODY';

/** A findable organisation on the platform that matches a search; only what avoiding a duplicate and inviting it need. */
export type OrganisationMatch = {
  city?: Maybe<Scalars['String']['output']>;
  /** The handle to invite it by. */
  id: Scalars['ID']['output'];
  /** Its membership in this alliance (INVITED, ACTIVE, LEFT), or null when it never was a member. */
  membershipState?: Maybe<MembershipState>;
  name: Scalars['String']['output'];
};

/** The people of an organisation and its open colleague invitations (its admins only). */
export type OrganisationPeople = {
  invitations: Array<ColleagueInvitation>;
  organisationId: Scalars['ID']['output'];
  organisationName: Scalars['String']['output'];
  people: Array<Colleague>;
};

/** An organisation the caller works for, with what its admins may set. */
export type OrganisationSettings = {
  /** The caller administers it (an admin seat in one of its active memberships). */
  canAdminister: Scalars['Boolean']['output'];
  city?: Maybe<Scalars['String']['output']>;
  /** Other alliances' backbones may find it by name to invite it. */
  findable: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type OverdueActionItemModel = {
  daysOverdue: Scalars['Int']['output'];
  dueOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  owner: Organisation;
  title: Scalars['String']['output'];
};

/** Open action items due before today. */
export type OverdueActionItemsModel = {
  count: Scalars['Int']['output'];
  /** The 50 most overdue (oldest due date first). */
  items: Array<OverdueActionItemModel>;
};

/** A coordination hint: different members run open (planned, running or paused) activities on the same goal, for the same target group (case-insensitive), in the same district, at overlapping times. Listed once per goal, target group and district. */
export type Overlap = {
  /** Each activity here overlaps in time with one of another member. */
  activities: Array<OverlapActivity>;
  /** The district’s name. */
  district: Scalars['String']['output'];
  districtId: Scalars['ID']['output'];
  goalId: Scalars['ID']['output'];
  goalTitle: Scalars['String']['output'];
  targetGroup: Scalars['String']['output'];
};

export type OverlapActivity = {
  id: Scalars['ID']['output'];
  organisation: Organisation;
  periodEnd?: Maybe<Scalars['String']['output']>;
  periodStart?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type PageInfo = {
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PageInput = {
  /** endCursor of the previous page. */
  after?: InputMaybe<Scalars['String']['input']>;
  /** Page size (1–100). */
  first?: Scalars['Int']['input'];
};

/** Values computed in SQL from approved participation items, per period and district. */
export type ParticipationIndicatorSeries = {
  source: ParticipationIndicatorSource;
  values: Array<ParticipationIndicatorValue>;
};

export type ParticipationIndicatorSource = {
  category?: Maybe<ReportCategory>;
  indicatorId: Scalars['ID']['output'];
  kind: ParticipationKind;
  withinDays?: Maybe<Scalars['Int']['output']>;
};

/** One period and district (null: all districts) of a participation-sourced indicator. */
export type ParticipationIndicatorValue = {
  districtId?: Maybe<Scalars['ID']['output']>;
  districtName?: Maybe<Scalars['String']['output']>;
  period: Scalars['String']['output'];
  /** The value is below the threshold and is not shown. */
  suppressed: Scalars['Boolean']['output'];
  /** Null when suppressed (fewer than the small-number threshold, modules/disclosure). */
  value?: Maybe<Scalars['Float']['output']>;
};

/** A citizen's report or feedback as the workspace sees it (the e-mail address never: only whether there is one). */
export type ParticipationItem = {
  /** Abuse reports received (each sent the item back to the queue). */
  abuseReports: Scalars['Int']['output'];
  address?: Maybe<Scalars['String']['output']>;
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  answeredByName?: Maybe<Scalars['String']['output']>;
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  authorLabel?: Maybe<Scalars['String']['output']>;
  category?: Maybe<ReportCategory>;
  changedAt?: Maybe<Scalars['DateTime']['output']>;
  /** "Hat etwas verändert": what changed. */
  changedText?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  districtId?: Maybe<Scalars['ID']['output']>;
  districtName?: Maybe<Scalars['String']['output']>;
  emailConfirmed: Scalars['Boolean']['output'];
  forwardNote?: Maybe<Scalars['String']['output']>;
  forwardedAt?: Maybe<Scalars['DateTime']['output']>;
  forwardedMembershipId?: Maybe<Scalars['ID']['output']>;
  forwardedOrganisationName?: Maybe<Scalars['String']['output']>;
  /** The sender gave an e-mail address (never shown). */
  hasEmail: Scalars['Boolean']['output'];
  hasPhoto: Scalars['Boolean']['output'];
  history: Array<ParticipationStatusEntry>;
  id: Scalars['ID']['output'];
  kind: ParticipationKind;
  lat?: Maybe<Scalars['Float']['output']>;
  lng?: Maybe<Scalars['Float']['output']>;
  locale: Scalars['String']['output'];
  mergedIntoId?: Maybe<Scalars['ID']['output']>;
  moderation: ModerationStatus;
  moderationReason?: Maybe<Scalars['String']['output']>;
  offerId?: Maybe<Scalars['ID']['output']>;
  offerTitle?: Maybe<Scalars['String']['output']>;
  /** The photo as a data URL (moderators check it before approval). */
  photoDataUrl?: Maybe<Scalars['String']['output']>;
  publicAnswer?: Maybe<Scalars['String']['output']>;
  rating?: Maybe<Scalars['Int']['output']>;
  status?: Maybe<ReportStatus>;
  statusReason?: Maybe<Scalars['String']['output']>;
  supportCount: Scalars['Int']['output'];
  targetGroup?: Maybe<Scalars['String']['output']>;
  /** The report's description or the feedback's story (after the moderators' edits). */
  text: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** REPORT: a need or barrier on the map; FEEDBACK: an experience with an offer. */
export type ParticipationKind =
  | 'FEEDBACK'
  | 'REPORT';

/** What the caller may do with citizens' contributions in this alliance, by the API's own access rules (for the navigation). */
export type ParticipationRights = {
  /** Answers approved feedback on its own offers in public (moderators: on every offer). */
  answersFeedback: Scalars['Boolean']['output'];
  /** Sees reports forwarded to its organisation (moderators: all forwarded reports). */
  forwardedReports: Scalars['Boolean']['output'];
  /** Moderates the queue: the backbone or a membership it appointed as the portal’s editor. */
  moderator: Scalars['Boolean']['output'];
};

/** One step of the public status history. */
export type ParticipationStatusEntry = {
  at: Scalars['DateTime']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  status: ReportStatus;
};

/** Partner search: look for this instead of the member’s own needs. */
export type PartnerSearchInput = {
  category?: InputMaybe<ResourceCategory>;
  districtId?: InputMaybe<Scalars['ID']['input']>;
  /** A field, a language or words of a note. */
  field?: InputMaybe<Scalars['String']['input']>;
  /** Also search the published offers of the alliance’s portal. */
  includeOffers?: Scalars['Boolean']['input'];
  targetGroup?: InputMaybe<Scalars['String']['input']>;
};

export type PendingReviewsModel = {
  /** SUBMITTED measurements waiting for review. */
  count: Scalars['Int']['output'];
  oldestSubmittedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Where the reporting of one OPEN period stands (counts over the expected reports, as in reportingCompleteness). */
export type PeriodCompletenessModel = {
  approved: Scalars['Int']['output'];
  dueOn?: Maybe<Scalars['String']['output']>;
  expected: Scalars['Int']['output'];
  frequency: ReportingFrequency;
  missing: Scalars['Int']['output'];
  periodKey: Scalars['String']['output'];
  reportingPeriodId: Scalars['ID']['output'];
  /** approved / expected (0 when nothing is expected). */
  shareComplete: Scalars['Float']['output'];
  /** Submitted or approved. */
  submitted: Scalars['Int']['output'];
};

export type PlatformSettings = {
  /** Organisations may register themselves (else: by invitation only). */
  registrationOpen: Scalars['Boolean']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** A district of the alliance’s list, as offers name it (for providers’ forms and the maps). */
export type PortalDistrict = {
  /** The shape (GeoJSON geometry); only with withShapes. */
  geojson?: Maybe<Scalars['JSON']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type PortalEditor = {
  membershipId: Scalars['ID']['output'];
  organisationName: Scalars['String']['output'];
};

export type PortalFreshnessEntry = {
  /** Reports: the values still outstanding. */
  count?: Maybe<Scalars['Int']['output']>;
  /** YYYY-MM-DD */
  dueOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** OFFER or REPORT */
  kind: Scalars['String']['output'];
  /** Provider or reporting organisation. */
  owner: Scalars['String']['output'];
  /** DUE (in the window ahead), OVERDUE, FLAGGED or HIDDEN (offers). */
  state: Scalars['String']['output'];
  /** The offer’s title, or the reporting period’s key. */
  title: Scalars['String']['output'];
};

export type PortalOffer = {
  /** "zuletzt bestätigt am" */
  confirmedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The published version once published; before, the submitted one. */
  content: PortalOfferContent;
  districtName?: Maybe<Scalars['String']['output']>;
  /** Only for published offers. */
  freshness?: Maybe<OfferFreshness>;
  id: Scalars['ID']['output'];
  /** The revision waiting for the editors or returned to the provider. */
  openRevision?: Maybe<PortalOfferRevision>;
  providerId: Scalars['ID']['output'];
  providerName: Scalars['String']['output'];
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  status: OfferStatus;
  version: Scalars['Int']['output'];
};

export type PortalOfferConfirmed = {
  confirmedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type PortalOfferContent = {
  activityIds: Array<Scalars['ID']['output']>;
  ageMax?: Maybe<Scalars['Int']['output']>;
  ageMin?: Maybe<Scalars['Int']['output']>;
  categories: Array<Scalars['String']['output']>;
  city?: Maybe<Scalars['String']['output']>;
  contactEmail?: Maybe<Scalars['String']['output']>;
  contactName?: Maybe<Scalars['String']['output']>;
  contactPhone?: Maybe<Scalars['String']['output']>;
  costNote: Scalars['String']['output'];
  description: Scalars['String']['output'];
  districtId?: Maybe<Scalars['ID']['output']>;
  easyLanguage: Scalars['Boolean']['output'];
  endDate?: Maybe<Scalars['String']['output']>;
  goalIds: Array<Scalars['ID']['output']>;
  imageIds: Array<Scalars['ID']['output']>;
  isFree: Scalars['Boolean']['output'];
  languages: Array<Scalars['String']['output']>;
  latitude?: Maybe<Scalars['Float']['output']>;
  longitude?: Maybe<Scalars['Float']['output']>;
  postalCode?: Maybe<Scalars['String']['output']>;
  registrationNote: Scalars['String']['output'];
  registrationRequired: Scalars['Boolean']['output'];
  schedule: Array<OfferScheduleSlot>;
  scheduleKind: OfferScheduleKind;
  scheduleNote: Scalars['String']['output'];
  signLanguage: Scalars['Boolean']['output'];
  startDate?: Maybe<Scalars['String']['output']>;
  stepFree: Scalars['Boolean']['output'];
  street?: Maybe<Scalars['String']['output']>;
  summary: Scalars['String']['output'];
  targetGroups: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type PortalOfferContentInput = {
  activityIds?: Array<Scalars['ID']['input']>;
  ageMax?: InputMaybe<Scalars['Int']['input']>;
  ageMin?: InputMaybe<Scalars['Int']['input']>;
  categories?: Array<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactName?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  costNote?: Scalars['String']['input'];
  description?: Scalars['String']['input'];
  districtId?: InputMaybe<Scalars['ID']['input']>;
  easyLanguage?: Scalars['Boolean']['input'];
  endDate?: InputMaybe<Scalars['String']['input']>;
  goalIds?: Array<Scalars['ID']['input']>;
  imageIds?: Array<Scalars['ID']['input']>;
  isFree?: Scalars['Boolean']['input'];
  languages?: Array<Scalars['String']['input']>;
  latitude?: InputMaybe<Scalars['Float']['input']>;
  longitude?: InputMaybe<Scalars['Float']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  registrationNote?: Scalars['String']['input'];
  registrationRequired?: Scalars['Boolean']['input'];
  schedule?: Array<OfferScheduleSlotInput>;
  scheduleKind?: OfferScheduleKind;
  scheduleNote?: Scalars['String']['input'];
  signLanguage?: Scalars['Boolean']['input'];
  startDate?: InputMaybe<Scalars['String']['input']>;
  stepFree?: Scalars['Boolean']['input'];
  street?: InputMaybe<Scalars['String']['input']>;
  summary?: Scalars['String']['input'];
  targetGroups?: Array<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type PortalOfferImage = {
  altText: Scalars['String']['output'];
  /** The stored (re-encoded, metadata-free) image as a data: URL. */
  dataUrl: Scalars['String']['output'];
  height: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  width: Scalars['Int']['output'];
};

export type PortalOfferPage = {
  nodes: Array<PortalOffer>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PortalOfferRevision = {
  /** The published version it was based on; null for a new offer. */
  baseContent?: Maybe<PortalOfferContent>;
  /** What changes against the published version (every filled field for a new offer). */
  changes: Array<OfferFieldChange>;
  content: PortalOfferContent;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  offerId: Scalars['ID']['output'];
  returnReason?: Maybe<Scalars['String']['output']>;
  state: OfferRevisionState;
  submittedAt: Scalars['DateTime']['output'];
  submittedByName?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type PortalOffersFilter = {
  providerId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only offers flagged or hidden for want of confirmation. */
  stale?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<OfferStatus>;
};

export type PortalPlanning = {
  cells: Array<PortalPlanningCell>;
  districts: Array<PortalPlanningDistrict>;
  /** Median offers per cell (gaps lie below a quarter of it, over-supply above twice). */
  medianOffers?: Maybe<Scalars['Float']['output']>;
  targetGroups: Array<Scalars['String']['output']>;
};

export type PortalPlanningCell = {
  /** Activities of the alliance for this target group in this district (the activity map’s count). */
  activities: Scalars['Int']['output'];
  /** null: offers without a district. */
  districtId?: Maybe<Scalars['ID']['output']>;
  offers: Scalars['Int']['output'];
  /** Offers per 1,000 inhabitants (of the target group where known, else of the district). */
  perThousand?: Maybe<Scalars['Float']['output']>;
  targetGroup: Scalars['String']['output'];
};

export type PortalPlanningDistrict = {
  /** Whether a shape (GeoJSON) is stored, for the map. */
  hasShape: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  offers: Scalars['Int']['output'];
  perThousand?: Maybe<Scalars['Float']['output']>;
  population?: Maybe<Scalars['Int']['output']>;
};

export type PortalProvider = {
  address?: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The provider is a member of the alliance (not only listing offers). */
  isAllianceMember: Scalars['Boolean']['output'];
  membershipId?: Maybe<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  offerCount: Scalars['Int']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
  website?: Maybe<Scalars['String']['output']>;
};

/** A revision waiting in the editorial queue, with its provider. */
export type PortalQueueItem = {
  /** The published version it was based on; null for a new offer. */
  baseContent?: Maybe<PortalOfferContent>;
  /** What changes against the published version (every filled field for a new offer). */
  changes: Array<OfferFieldChange>;
  content: PortalOfferContent;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  offerId: Scalars['ID']['output'];
  providerName: Scalars['String']['output'];
  returnReason?: Maybe<Scalars['String']['output']>;
  state: OfferRevisionState;
  submittedAt: Scalars['DateTime']['output'];
  submittedByName?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

/** What the caller may do with the portal in this alliance's workspace, by the API's own access rules (for the navigation). */
export type PortalRights = {
  /** Works the editorial queue, freshness and planning: the backbone or a membership it appointed as editor. */
  editor: Scalars['Boolean']['output'];
  /** Keeps the portal’s settings, editors and population figures: the backbone. */
  manager: Scalars['Boolean']['output'];
};

export type PortalSettings = {
  accentColor?: Maybe<Scalars['String']['output']>;
  enabled: Scalars['Boolean']['output'];
  flagMonths: Scalars['Int']['output'];
  hideMonths: Scalars['Int']['output'];
  intro: Scalars['String']['output'];
  logoDataUrl?: Maybe<Scalars['String']['output']>;
  /** A MapLibre style URL (https); null: the built-in map without a basemap. */
  mapStyleUrl?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  primaryColor?: Maybe<Scalars['String']['output']>;
  providerSignupOpen: Scalars['Boolean']['output'];
  reminderMonths: Scalars['Int']['output'];
  /** The public address: /portal/<slug>; null while the portal has none. */
  slug?: Maybe<Scalars['String']['output']>;
  /** A raster tile URL template (https, {z}/{x}/{y}) under the districts; null: none. */
  tileUrl?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

/** An alliance the caller’s organisation funds (ACTIVE FUNDER membership). */
export type PortfolioAlliance = {
  id: Scalars['ID']['output'];
  indicators: Array<PortfolioIndicator>;
  kind: AllianceKind;
  lifecycle: AllianceLifecycle;
  name: Scalars['String']['output'];
  primaryColor?: Maybe<Scalars['String']['output']>;
  /** The latest open period, else the most recently closed one. */
  reportingCompleteness?: Maybe<PortfolioCompletenessModel>;
};

/** Reporting of one period as funders may see it: approved reports only. */
export type PortfolioCompletenessModel = {
  approved: Scalars['Int']['output'];
  dueOn?: Maybe<Scalars['String']['output']>;
  expected: Scalars['Int']['output'];
  frequency: ReportingFrequency;
  periodKey: Scalars['String']['output'];
  shareComplete: Scalars['Float']['output'];
  state: ReportingPeriodState;
};

/** An ACTIVE indicator, from APPROVED values only. */
export type PortfolioIndicator = {
  aggregation: IndicatorAggregation;
  baseline?: Maybe<Scalars['Float']['output']>;
  /** Decimal places to show (0–4), as set on the indicator. */
  decimals: Scalars['Int']['output'];
  direction: IndicatorDirection;
  id: Scalars['ID']['output'];
  /** Latest COMPLETE period (closed, or every expected report approved) with an approved roll-up value. */
  latestPeriod?: Maybe<Scalars['String']['output']>;
  /** Small-number protection hid latestValue (and so progress and status). */
  latestSuppressed: Scalars['Boolean']['output'];
  latestValue?: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  /** Progress of latestValue toward target, by @gemeinwerk/shared targetProgress (direction-aware). Null without value or target. */
  progress?: Maybe<Scalars['Float']['output']>;
  /** The newest period when it is newer than latestPeriod and provisional. */
  provisional?: Maybe<ProvisionalValue>;
  status: TargetStatus;
  /** The period's target, else its quarter's, else its year's. */
  target?: Maybe<Scalars['Float']['output']>;
  trend: TrendModel;
  unit: Scalars['String']['output'];
};

/** The same member's latest earlier value of the indicator that was not rejected. */
export type PreviousMeasurement = {
  denominator?: Maybe<Scalars['Float']['output']>;
  numerator?: Maybe<Scalars['Float']['output']>;
  periodKey: Scalars['String']['output'];
  status: MeasurementStatus;
  /** For RATIO indicators numerator / denominator. */
  value?: Maybe<Scalars['Float']['output']>;
};

export type Proposal = {
  allianceId: Scalars['ID']['output'];
  body: Scalars['String']['output'];
  closesAt: Scalars['DateTime']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<LogPerson>;
  createdByMember: LogMember;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The DECISION log entry written when it was closed. */
  decisionLogEntryId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  indicator?: Maybe<LogEntryIndicator>;
  indicatorSnapshot?: Maybe<IndicatorSnapshot>;
  /** Your organisation's vote. */
  myVote?: Maybe<ProposalVote>;
  outcome?: Maybe<ProposalOutcome>;
  state: ProposalState;
  tally: VoteTally;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  /** OPEN and closesAt not yet passed: votes are accepted. */
  votingOpen: Scalars['Boolean']['output'];
};

export type ProposalDetail = {
  allianceId: Scalars['ID']['output'];
  body: Scalars['String']['output'];
  closesAt: Scalars['DateTime']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<LogPerson>;
  createdByMember: LogMember;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The DECISION log entry written when it was closed. */
  decisionLogEntryId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  indicator?: Maybe<LogEntryIndicator>;
  indicatorSnapshot?: Maybe<IndicatorSnapshot>;
  /** Your organisation's vote. */
  myVote?: Maybe<ProposalVote>;
  outcome?: Maybe<ProposalOutcome>;
  state: ProposalState;
  tally: VoteTally;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  /** Votes per organisation. */
  votes: Array<ProposalVote>;
  /** OPEN and closesAt not yet passed: votes are accepted. */
  votingOpen: Scalars['Boolean']['output'];
};

/** Any BLOCK → BLOCKED; no votes → NO_QUORUM; more AGREE than DISAGREE → ACCEPTED; else REJECTED. */
export type ProposalOutcome =
  | 'ACCEPTED'
  | 'BLOCKED'
  | 'NO_QUORUM'
  | 'REJECTED';

export type ProposalPage = {
  nodes: Array<Proposal>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** OPEN until the backbone closes it (DECIDED) or its author withdraws it. */
export type ProposalState =
  | 'DECIDED'
  | 'OPEN'
  | 'WITHDRAWN';

/** One member organisation's vote (the last one it cast). */
export type ProposalVote = {
  comment: Scalars['String']['output'];
  member: LogMember;
  vote: Vote;
  votedAt: Scalars['DateTime']['output'];
  votedBy?: Maybe<LogPerson>;
};

/** A newer period than the latest complete one, not yet complete. */
export type ProvisionalValue = {
  approvedReports: Scalars['Int']['output'];
  expectedReports: Scalars['Int']['output'];
  periodKey: Scalars['String']['output'];
  /** Small-number protection hid the value (it is null). */
  suppressed: Scalars['Boolean']['output'];
  value?: Maybe<Scalars['Float']['output']>;
};

/** The public progress page of an alliance: whether it is published, its address and what it shows (backbone). */
export type PublicProgressSettings = {
  allianceId: Scalars['ID']['output'];
  /** Goals of the common agenda shown, in the agenda’s order. */
  goalIds: Array<Scalars['ID']['output']>;
  /** Indicators shown (approved roll-ups only), in this order. */
  indicatorIds: Array<Scalars['ID']['output']>;
  /** Shown to everyone without login at /fortschritt/<slug> while true. */
  published: Scalars['Boolean']['output'];
  /** The page’s address (a–z, 0–9, hyphens), unique across the platform; null before the first save. */
  slug?: Maybe<Scalars['String']['output']>;
  /** Optimistic locking; 0 before the first save. */
  version: Scalars['Int']['output'];
};

export type PublishAgreementVersionInput = {
  allianceId: Scalars['ID']['input'];
  /** The current version number this text revises; null for the first version. */
  basedOnVersionNumber?: InputMaybe<Scalars['Int']['input']>;
  body: Scalars['String']['input'];
  /** How members resolve disagreements; required. */
  conflictProcedure: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type Query = {
  /** Members' activities, by title. Backbone, partners and funders; observers are refused (member-level detail). */
  activities: ActivityPage;
  /** Backbone, partners and funders; observers are refused (member-level detail). */
  activity: Activity;
  /** Who works towards which goal, with gaps and overlaps. Backbone, partners and funders; observers are refused (member-level detail). */
  activityMap: ActivityMap;
  /** The cooperation agreement: current version, history, signatures. Every member reads it. */
  agreement: Agreement;
  /** One alliance; NOT_FOUND unless you are an active member. */
  alliance: Alliance;
  /** Backbone only. The whole alliance as a JSON archive (format gemeinwerk.alliance-archive v1): every tenant table, the organisations and users it references (users as id, name, email only). Import it elsewhere with `pnpm --filter @gemeinwerk/api alliance:import <file>`. */
  allianceExport: Scalars['JSON']['output'];
  /** Reporting, goal coverage, log activity, silent members, overdue items, signatures, reviews (backbone only). */
  allianceHealth: AllianceHealth;
  /** API tokens of the alliance, newest first, revoked ones too (backbone admins). */
  apiTokens: ApiTokenPage;
  /** Audit trail of the alliance, newest first (backbone only). */
  auditEvents: AuditEventPage;
  /** The people, actions and object types that occur in the audit trail, for its filters (backbone only). */
  auditFacets: AuditFacets;
  /** What a colleague invitation link is for. Unknown, used, revoked and expired links: INVITATION_INVALID. */
  colleagueInvitationPreview: ColleagueInvitationPreview;
  /** How the network changed from one closed round to another. */
  compareSurveyRounds: SurveyComparison;
  /** Each member's part of the roll-up (not for observers). */
  contributions: Array<Contribution>;
  /** Disaggregation dimensions of the alliance, by name. */
  dimensions: Array<Dimension>;
  /** Small-number protection of the alliance: the threshold k and whether it applies to you. */
  disclosureSettings: DisclosureSettings;
  /** The districts of the alliance, by name. Every member reads them. */
  districts: Array<District>;
  /** Reports forwarded to the caller’s organisation (moderators and the backbone: all forwarded reports). */
  forwardedReports: Array<ParticipationItem>;
  /** Alliances your organisation funds (ACTIVE FUNDER membership), from approved data only; empty if none. */
  fundingPortfolio: Array<PortfolioAlliance>;
  /** All goals of the alliance, flat, in tree order (depth first, siblings by position). Every member reads them. */
  goals: Array<Goal>;
  importBatch: ImportBatchModel;
  /** Import batches, newest first: the backbone's all, everyone else's their own. */
  importBatches: ImportBatchPage;
  /** What the caller may import here, with the fields of each kind. */
  importKinds: Array<ImportKindModel>;
  /** The rows of a batch as read, with the problems of the last check (onlyProblems: the rows that have some). */
  importRows: ImportRowPage;
  indicator: Indicator;
  /** Every ACTIVE indicator with its TOTAL line and completeness per period, in one request (every role; TOTAL data only). */
  indicatorProgress: Array<IndicatorProgress>;
  /** Chart lines per indicator (TOTAL), member or category; MEMBER and CATEGORY not for observers. */
  indicatorSeries: Array<Series>;
  /** Indicators of the alliance with goals, dimensions and targets; every member may read them. */
  indicators: IndicatorPage;
  /** What an invitation link is for, before accepting it. Unknown, revoked and expired links: INVITATION_INVALID. */
  invitationPreview: InvitationPreview;
  /** The alliance a join link leads to. Unknown or revoked links: JOIN_NOT_AVAILABLE. */
  joinLinkPreview: JoinableAlliance;
  /** Join requests to this alliance (backbone only), pending by default. */
  joinRequests: Array<JoinRequest>;
  /** Whether the alliance takes join requests, and its join link (backbone only). */
  joinSettings: JoinSettings;
  /** Alliances that take join requests, whose name contains the query. */
  joinableAlliances: Array<JoinableAlliance>;
  /** One log entry with comments, action items, participants, goals and indicators. */
  logEntry: LogEntryDetail;
  /** The communication log, newest first (by occurredOn, then creation). Observers only when guest comments are enabled. */
  logFeed: LogEntryPage;
  /** Mails given up on after every delivery attempt, newest first (platform admins only). */
  mailDeadLetters: Array<DeadLetter>;
  /** Suggested partners (members and published portal offers), ranked, with reasons: for a member’s needs, or for a partner search. */
  matchSuggestions: MatchSuggestions;
  /** Districts, target groups and fields the alliance already names, for offers, needs and the partner search. */
  matchingVocabulary: MatchingVocabulary;
  /** The logged-in user. */
  me: User;
  /** Reported values the caller may read: backbone all; partners their own and others' approved; funders approved; observers none. */
  measurements: MeasurementPage;
  /** People with a seat in the alliance, by membership: the backbone sees every member's, others their own organisation's. Names only. */
  memberPeople: Array<MemberPerson>;
  /** What members offer and need (all members, or one). Backbone and partners. */
  memberResources: Array<MemberResource>;
  /** Member organisations of the alliance, with role and state. */
  members: Array<Membership>;
  /** Action items of your organisation or assigned to you: open ones, overdue first, then by due date (done ones last when included). */
  myActionItems: ActionItemPage;
  /** Alliances where your organisation is an active member. */
  myAlliances: Array<Alliance>;
  /** The caller’s secret calendar address (made on first request). */
  myCalendarFeed: CalendarFeed;
  /** Join requests of the organisations the caller works for, newest first. */
  myJoinRequests: Array<JoinRequest>;
  /** Which notices the caller also gets by e-mail, and the reminder lead time. */
  myNotificationSettings: NotificationSettings;
  /** The caller’s notices from all their alliances, newest first. */
  myNotifications: Array<Notification>;
  /** The organisations the caller works for, with their settings. */
  myOrganisations: Array<OrganisationSettings>;
  /** Everything stored about the caller, as JSON: account, organisations, seats, sessions and what they authored in their alliances. */
  myPersonalData: Scalars['JSON']['output'];
  /** The offers of the caller’s own provider ("Meine Angebote"). */
  myPortalOffers: Array<PortalOffer>;
  /** The caller’s own provider profile (null before its first offer). */
  myPortalProvider?: Maybe<PortalProvider>;
  /** The caller's live sessions, the current one marked. */
  mySessions: Array<AccountSession>;
  /** The caller's own response to a round: whom to rate and its answers so far. */
  mySurveyResponse: MySurveyResponse;
  /** The caller's second factor. */
  myTwoFactor: TwoFactorStatus;
  /** Who works with whom, from stated relationships and the recorded work, with measures. Backbone, partners and funders; observers are refused. */
  network: Network;
  /** The shortest way between two members through others, in the network as filtered. */
  networkPath: NetworkPath;
  /** Approved feedback on the caller’s own offers, unanswered first (moderators and the backbone: on every offer); optionally of one offer. */
  offerFeedback: Array<ParticipationItem>;
  /** An organisation's people and open colleague invitations. Its admins only; anyone else: NOT_FOUND. */
  organisationColleagues: OrganisationPeople;
  /** Open invitations of organisations the caller administers, from any alliance: the caller may accept them on the organisation's behalf. */
  organisationInvitations: Array<OrganisationInvitation>;
  /** Findable organisations on the platform (and this alliance's own members) whose name contains the query, to invite one (backbone only). */
  organisationSearch: Array<OrganisationMatch>;
  /** Values of a participation-sourced indicator per period and district, computed in SQL; null for other indicators. */
  participationIndicatorValues?: Maybe<ParticipationIndicatorSeries>;
  /** One item with its photo (moderators; the member a report was forwarded to). */
  participationItem: ParticipationItem;
  /** Citizens’ reports and feedback by moderation state, oldest first, abuse-reported first (moderators). */
  participationQueue: Array<ParticipationItem>;
  /** Whether the caller moderates, receives forwarded reports, answers feedback (workspace members). */
  participationRights: ParticipationRights;
  /** Open invitations (backbone only). */
  pendingInvitations: Array<Invitation>;
  /** Organisations on the platform whose name contains the query (platform admins only, to appoint a backbone). */
  platformOrganisations: Array<Organisation>;
  /** The platform-wide settings (readable by anyone: the sign-up page asks whether it is open). */
  platformSettings: PlatformSettings;
  /** The districts offers may name, by name (providers too). */
  portalDistricts: Array<PortalDistrict>;
  /** Memberships appointed as editors besides the backbone (backbone). */
  portalEditors: Array<PortalEditor>;
  /** One calendar of offers to be confirmed and indicator reports due, fromDay–toDay (YYYY-MM-DD), plus everything overdue (editors). */
  portalFreshness: Array<PortalFreshnessEntry>;
  /** Offer images by id (the own provider’s, or any for editors). */
  portalImages: Array<PortalOfferImage>;
  /** One offer with its open revision (its provider’s people, or the editors). */
  portalOffer: PortalOffer;
  /** All offers by title (editors). */
  portalOffers: PortalOfferPage;
  /** Offers per target group × district, per capita, next to the activities (editors). */
  portalPlanning: PortalPlanning;
  /** All providers of the portal (editors). */
  portalProviders: Array<PortalProvider>;
  /** The editorial queue: new entries and changes waiting, oldest first (editors). */
  portalReviewQueue: Array<PortalQueueItem>;
  /** Whether the caller edits (queue, freshness, planning) and manages (settings) the portal (workspace members). */
  portalRights: PortalRights;
  /** The portal’s name, look and freshness rules (every member, providers too). */
  portalSettings: PortalSettings;
  /** One proposal with its tally, your organisation's vote and the votes per organisation. */
  proposal: ProposalDetail;
  /** Proposals, newest first (backbone, partners, funders). */
  proposals: ProposalPage;
  /** The public progress page’s settings (backbone). */
  publicProgressSettings: PublicProgressSettings;
  /** Stated relationships: all for the backbone, its own for a partner. */
  relationships: Array<Relationship>;
  /** Which member organisations have not reported which indicator (backbone only). */
  reportingCompleteness: ReportingCompleteness;
  /** Reporting periods, newest first, with how far reporting has come. */
  reportingPeriods: ReportingPeriodPage;
  /** Submitted values waiting for review, longest waiting first (backbone only). */
  reviewQueue: MeasurementPage;
  /** The alliance's value of an indicator in a period, from approved values. */
  rollup: Rollup;
  /** One round; the backbone also sees who has answered. */
  surveyRound: SurveyRoundDetail;
  /** The network of a closed round with its measures; every answer for the backbone, the aggregate for partners. */
  surveyRoundNetwork: SurveyRoundNetwork;
  /** Network survey rounds with their response rates (backbone and partners). */
  surveyRounds: Array<SurveyRound>;
  /** How many of the caller’s notices are unread (the bell’s number). */
  unreadNotificationCount: Scalars['Int']['output'];
};


export type QueryActivitiesArgs = {
  allianceId: Scalars['ID']['input'];
  filter?: InputMaybe<ActivityFilter>;
  page?: InputMaybe<PageInput>;
};


export type QueryActivityArgs = {
  activityId: Scalars['ID']['input'];
  allianceId: Scalars['ID']['input'];
};


export type QueryActivityMapArgs = {
  allianceId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAgreementArgs = {
  allianceId: Scalars['ID']['input'];
};


export type QueryAllianceArgs = {
  allianceId: Scalars['ID']['input'];
};


export type QueryAllianceExportArgs = {
  allianceId: Scalars['ID']['input'];
};


export type QueryAllianceHealthArgs = {
  allianceId: Scalars['ID']['input'];
};


export type QueryApiTokensArgs = {
  allianceId: Scalars['ID']['input'];
  page?: InputMaybe<PageInput>;
};


export type QueryAuditEventsArgs = {
  allianceId: Scalars['ID']['input'];
  filter?: InputMaybe<AuditEventFilter>;
  page?: InputMaybe<PageInput>;
};


export type QueryAuditFacetsArgs = {
  allianceId: Scalars['ID']['input'];
};


export type QueryColleagueInvitationPreviewArgs = {
  token: Scalars['String']['input'];
};


export type QueryCompareSurveyRoundsArgs = {
  afterRoundId: Scalars['ID']['input'];
  allianceId: Scalars['ID']['input'];
  beforeRoundId: Scalars['ID']['input'];
};


export type QueryContributionsArgs = {
  allianceId: Scalars['ID']['input'];
  indicatorId: Scalars['ID']['input'];
  periodKey: Scalars['String']['input'];
};


export type QueryDimensionsArgs = {
  allianceId: Scalars['ID']['input'];
};


export type QueryDisclosureSettingsArgs = {
  allianceId: Scalars['ID']['input'];
};


export type QueryDistrictsArgs = {
  allianceId: Scalars['ID']['input'];
  withShapes?: Scalars['Boolean']['input'];
};


export type QueryForwardedReportsArgs = {
  allianceId: Scalars['ID']['input'];
};


export type QueryGoalsArgs = {
  allianceId: Scalars['ID']['input'];
};


export type QueryImportBatchArgs = {
  allianceId: Scalars['ID']['input'];
  batchId: Scalars['ID']['input'];
};


export type QueryImportBatchesArgs = {
  allianceId: Scalars['ID']['input'];
  page?: PageInput;
};


export type QueryImportKindsArgs = {
  allianceId: Scalars['ID']['input'];
};


export type QueryImportRowsArgs = {
  allianceId: Scalars['ID']['input'];
  batchId: Scalars['ID']['input'];
  onlyProblems?: Scalars['Boolean']['input'];
  page?: PageInput;
};


export type QueryIndicatorArgs = {
  allianceId: Scalars['ID']['input'];
  indicatorId: Scalars['ID']['input'];
};


export type QueryIndicatorProgressArgs = {
  allianceId: Scalars['ID']['input'];
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


export type QueryIndicatorSeriesArgs = {
  allianceId: Scalars['ID']['input'];
  by?: SeriesBreakdown;
  from: Scalars['String']['input'];
  indicatorIds: Array<Scalars['ID']['input']>;
  to: Scalars['String']['input'];
};


export type QueryIndicatorsArgs = {
  allianceId: Scalars['ID']['input'];
  filter?: InputMaybe<IndicatorFilter>;
  page?: PageInput;
};


export type QueryInvitationPreviewArgs = {
  token: Scalars['String']['input'];
};


export type QueryJoinLinkPreviewArgs = {
  token: Scalars['String']['input'];
};


export type QueryJoinRequestsArgs = {
  allianceId: Scalars['ID']['input'];
  state?: InputMaybe<JoinRequestState>;
};


export type QueryJoinSettingsArgs = {
  allianceId: Scalars['ID']['input'];
};


export type QueryJoinableAlliancesArgs = {
  first?: Scalars['Int']['input'];
  query?: Scalars['String']['input'];
};


export type QueryLogEntryArgs = {
  allianceId: Scalars['ID']['input'];
  logEntryId: Scalars['ID']['input'];
};


export type QueryLogFeedArgs = {
  allianceId: Scalars['ID']['input'];
  filter?: InputMaybe<LogFeedFilter>;
  page?: InputMaybe<PageInput>;
};


export type QueryMailDeadLettersArgs = {
  filter?: InputMaybe<DeadLettersFilter>;
};


export type QueryMatchSuggestionsArgs = {
  allianceId: Scalars['ID']['input'];
  membershipId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<PartnerSearchInput>;
};


export type QueryMatchingVocabularyArgs = {
  allianceId: Scalars['ID']['input'];
};


export type QueryMeasurementsArgs = {
  allianceId: Scalars['ID']['input'];
  filter?: InputMaybe<MeasurementFilter>;
  page?: PageInput;
};


export type QueryMemberPeopleArgs = {
  allianceId: Scalars['ID']['input'];
};


export type QueryMemberResourcesArgs = {
  allianceId: Scalars['ID']['input'];
  membershipId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryMembersArgs = {
  allianceId: Scalars['ID']['input'];
};


export type QueryMyActionItemsArgs = {
  allianceId: Scalars['ID']['input'];
  includeDone?: Scalars['Boolean']['input'];
  page?: InputMaybe<PageInput>;
};


export type QueryMyNotificationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryMyPortalOffersArgs = {
  allianceId: Scalars['ID']['input'];
};


export type QueryMyPortalProviderArgs = {
  allianceId: Scalars['ID']['input'];
};


export type QueryMySurveyResponseArgs = {
  allianceId: Scalars['ID']['input'];
  roundId: Scalars['ID']['input'];
};


export type QueryNetworkArgs = {
  allianceId: Scalars['ID']['input'];
  filter?: InputMaybe<NetworkFilterInput>;
};


export type QueryNetworkPathArgs = {
  allianceId: Scalars['ID']['input'];
  filter?: InputMaybe<NetworkFilterInput>;
  fromMembershipId: Scalars['ID']['input'];
  toMembershipId: Scalars['ID']['input'];
};


export type QueryOfferFeedbackArgs = {
  allianceId: Scalars['ID']['input'];
  offerId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryOrganisationColleaguesArgs = {
  organisationId: Scalars['ID']['input'];
};


export type QueryOrganisationSearchArgs = {
  allianceId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
  query: Scalars['String']['input'];
};


export type QueryParticipationIndicatorValuesArgs = {
  allianceId: Scalars['ID']['input'];
  indicatorId: Scalars['ID']['input'];
};


export type QueryParticipationItemArgs = {
  allianceId: Scalars['ID']['input'];
  itemId: Scalars['ID']['input'];
};


export type QueryParticipationQueueArgs = {
  allianceId: Scalars['ID']['input'];
  status?: ModerationStatus;
};


export type QueryParticipationRightsArgs = {
  allianceId: Scalars['ID']['input'];
};


export type QueryPendingInvitationsArgs = {
  allianceId: Scalars['ID']['input'];
};


export type QueryPlatformOrganisationsArgs = {
  query: Scalars['String']['input'];
};


export type QueryPortalDistrictsArgs = {
  allianceId: Scalars['ID']['input'];
  withShapes?: Scalars['Boolean']['input'];
};


export type QueryPortalEditorsArgs = {
  allianceId: Scalars['ID']['input'];
};


export type QueryPortalFreshnessArgs = {
  allianceId: Scalars['ID']['input'];
  fromDay: Scalars['String']['input'];
  toDay: Scalars['String']['input'];
};


export type QueryPortalImagesArgs = {
  allianceId: Scalars['ID']['input'];
  imageIds: Array<Scalars['ID']['input']>;
};


export type QueryPortalOfferArgs = {
  allianceId: Scalars['ID']['input'];
  offerId: Scalars['ID']['input'];
};


export type QueryPortalOffersArgs = {
  allianceId: Scalars['ID']['input'];
  filter?: InputMaybe<PortalOffersFilter>;
  page?: InputMaybe<PageInput>;
};


export type QueryPortalPlanningArgs = {
  allianceId: Scalars['ID']['input'];
};


export type QueryPortalProvidersArgs = {
  allianceId: Scalars['ID']['input'];
};


export type QueryPortalReviewQueueArgs = {
  allianceId: Scalars['ID']['input'];
};


export type QueryPortalRightsArgs = {
  allianceId: Scalars['ID']['input'];
};


export type QueryPortalSettingsArgs = {
  allianceId: Scalars['ID']['input'];
};


export type QueryProposalArgs = {
  allianceId: Scalars['ID']['input'];
  proposalId: Scalars['ID']['input'];
};


export type QueryProposalsArgs = {
  allianceId: Scalars['ID']['input'];
  page?: InputMaybe<PageInput>;
  state?: InputMaybe<ProposalState>;
};


export type QueryPublicProgressSettingsArgs = {
  allianceId: Scalars['ID']['input'];
};


export type QueryRelationshipsArgs = {
  allianceId: Scalars['ID']['input'];
};


export type QueryReportingCompletenessArgs = {
  allianceId: Scalars['ID']['input'];
  reportingPeriodId: Scalars['ID']['input'];
};


export type QueryReportingPeriodsArgs = {
  allianceId: Scalars['ID']['input'];
  page?: PageInput;
  state?: InputMaybe<ReportingPeriodState>;
};


export type QueryReviewQueueArgs = {
  allianceId: Scalars['ID']['input'];
  page?: PageInput;
};


export type QueryRollupArgs = {
  allianceId: Scalars['ID']['input'];
  indicatorId: Scalars['ID']['input'];
  periodKey: Scalars['String']['input'];
};


export type QuerySurveyRoundArgs = {
  allianceId: Scalars['ID']['input'];
  roundId: Scalars['ID']['input'];
};


export type QuerySurveyRoundNetworkArgs = {
  allianceId: Scalars['ID']['input'];
  filter?: InputMaybe<SurveyRoundNetworkFilterInput>;
  roundId: Scalars['ID']['input'];
};


export type QuerySurveyRoundsArgs = {
  allianceId: Scalars['ID']['input'];
};

/** Results-based accountability: how much did we do, how well, is anyone better off. */
export type RbaKind =
  | 'BETTER_OFF'
  | 'HOW_MUCH'
  | 'HOW_WELL';

export type RegisterOrganisationInput = {
  city?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  locale?: Scalars['String']['input'];
  /** The contact person. */
  name: Scalars['String']['input'];
  organisationKind: OrganisationKind;
  organisationName: Scalars['String']['input'];
  /** At least 10 characters. */
  password: Scalars['String']['input'];
};

export type RegisterPortalProviderInput = {
  email: Scalars['String']['input'];
  locale?: Scalars['String']['input'];
  name: Scalars['String']['input'];
  organisationName: Scalars['String']['input'];
  password: Scalars['String']['input'];
  /** The alliance whose portal the provider signs up to. */
  portalId: Scalars['ID']['input'];
};

export type RejectMeasurementInput = {
  allianceId: Scalars['ID']['input'];
  measurementId: Scalars['ID']['input'];
  /** What the partner should fix. */
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

/** A relationship one member states with another. */
export type Relationship = {
  /** true: it flows from `from` to `to` (e.g. funding, referrals); false: mutual. */
  directed: Scalars['Boolean']['output'];
  from: Organisation;
  fromMembershipId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  kind: RelationshipKind;
  note: Scalars['String']['output'];
  /** ISO date. */
  since?: Maybe<Scalars['String']['output']>;
  statedByMembershipId: Scalars['ID']['output'];
  /** 1 occasional, 2 regular, 3 close. */
  strength: Scalars['Int']['output'];
  to: Organisation;
  toMembershipId: Scalars['ID']['output'];
  /** ISO date; empty while it lasts. */
  until?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

/** What two organisations do together: information exchange, coordination, joint activity, funding, referral of clients, shared resources. */
export type RelationshipKind =
  | 'COORDINATION'
  | 'FUNDING'
  | 'INFORMATION'
  | 'JOINT_ACTIVITY'
  | 'REFERRAL'
  | 'SHARED_RESOURCES';

export type RemoveColleagueInput = {
  organisationId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};

export type RemoveOverlapInput = {
  allianceId: Scalars['ID']['input'];
  overlapId: Scalars['ID']['input'];
};

export type RenewalGoalInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type ReopenActionItemInput = {
  actionItemId: Scalars['ID']['input'];
  allianceId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type ReopenConflictInput = {
  allianceId: Scalars['ID']['input'];
  logEntryId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type ReopenMeasurementInput = {
  allianceId: Scalars['ID']['input'];
  measurementId: Scalars['ID']['input'];
  /** Why the approved value goes back to the partner. */
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

/** Missing offer, barrier to access, safety, information, other. */
export type ReportCategory =
  | 'BARRIER'
  | 'INFORMATION'
  | 'MISSING_OFFER'
  | 'OTHER'
  | 'SAFETY';

export type ReportOutcome =
  | 'DECLINED'
  | 'RESOLVED';

/** A report's public status: received → in review → forwarded → resolved or declined. */
export type ReportStatus =
  | 'DECLINED'
  | 'FORWARDED'
  | 'IN_REVIEW'
  | 'RECEIVED'
  | 'RESOLVED';

/** Who has reported what in a period. Expected reporters are the ACTIVE PARTNER memberships; expected indicators the ACTIVE indicators of the period's frequency. Values the backbone reports for itself are not expected and not listed. */
export type ReportingCompleteness = {
  approved: Scalars['Int']['output'];
  expected: Scalars['Int']['output'];
  missing: Scalars['Int']['output'];
  reportingPeriod: ReportingPeriod;
  /** Indicator by indicator, then member by member. */
  rows: Array<CompletenessRow>;
  /** approved / expected (0 when nothing is expected). */
  shareComplete: Scalars['Float']['output'];
  /** Handed in: SUBMITTED or APPROVED. */
  submitted: Scalars['Int']['output'];
};

/** How often values are reported (period keys 2026-03, 2026-Q1, 2026). */
export type ReportingFrequency =
  | 'MONTHLY'
  | 'QUARTERLY'
  | 'YEARLY';

export type ReportingPeriod = {
  allianceId: Scalars['ID']['output'];
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  counts: ReportingPeriodCounts;
  /** ISO date (YYYY-MM-DD) by which members should report. */
  dueOn?: Maybe<Scalars['String']['output']>;
  /** ISO date (YYYY-MM-DD). */
  endsOn: Scalars['String']['output'];
  frequency: ReportingFrequency;
  id: Scalars['ID']['output'];
  openedAt: Scalars['DateTime']['output'];
  /** YEARLY 2026, QUARTERLY 2026-Q1, MONTHLY 2026-03. */
  periodKey: Scalars['String']['output'];
  /** ISO date (YYYY-MM-DD). */
  startsOn: Scalars['String']['output'];
  state: ReportingPeriodState;
  version: Scalars['Int']['output'];
};

/** Where the reporting of a period stands, counted over the expected reports (see reportingCompleteness). */
export type ReportingPeriodCounts = {
  approved: Scalars['Int']['output'];
  /** SUBMITTED, waiting for review. Backbone and partners only. */
  awaitingReview?: Maybe<Scalars['Int']['output']>;
  /** Backbone and partners only. */
  draft?: Maybe<Scalars['Int']['output']>;
  /** Active indicators of the frequency × active partner memberships. */
  expected: Scalars['Int']['output'];
  /** Not reported at all. Backbone and partners only. */
  missing?: Maybe<Scalars['Int']['output']>;
  /** Backbone and partners only. */
  rejected?: Maybe<Scalars['Int']['output']>;
};

export type ReportingPeriodPage = {
  nodes: Array<ReportingPeriod>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ReportingPeriodState =
  | 'CLOSED'
  | 'OPEN';

export type RequestContactInput = {
  allianceId: Scalars['ID']['input'];
  message?: Scalars['String']['input'];
  /** A published offer of the alliance’s portal; or give toMembershipId. */
  offerId?: InputMaybe<Scalars['ID']['input']>;
  /** A member of the alliance; or give offerId. */
  toMembershipId?: InputMaybe<Scalars['ID']['input']>;
};

export type RequestPasswordResetInput = {
  email: Scalars['String']['input'];
};

export type RequestToJoinInput = {
  /** The join link token, when asking through a link. */
  joinToken?: InputMaybe<Scalars['String']['input']>;
  message?: Scalars['String']['input'];
  /** The organisation that asks; needed when you work for several. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** The alliance asked (found in the directory or through a join link). */
  targetAllianceId: Scalars['ID']['input'];
};

export type RequeueDeadLetterInput = {
  mailId: Scalars['ID']['input'];
};

export type ResetPasswordInput = {
  /** At least 10 characters. */
  newPassword: Scalars['String']['input'];
  /** The token from the link in the mail. */
  token: Scalars['String']['input'];
};

export type ResolveConflictInput = {
  allianceId: Scalars['ID']['input'];
  logEntryId: Scalars['ID']['input'];
  /** How the conflict was resolved. */
  resolution: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type ResolveReportInput = {
  allianceId: Scalars['ID']['input'];
  outcome: ReportOutcome;
  publicAnswer: Scalars['String']['input'];
  reportId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

/** The shared vocabulary of offers and needs: rooms, volunteers, expertise by field, funding, data, reach into a target group or district, languages, other. */
export type ResourceCategory =
  | 'DATA'
  | 'EXPERTISE'
  | 'FUNDING'
  | 'LANGUAGE'
  | 'OTHER'
  | 'REACH'
  | 'ROOMS'
  | 'VOLUNTEERS';

/** OFFER: the member offers it; NEED: the member looks for it. */
export type ResourceDirection =
  | 'NEED'
  | 'OFFER';

export type RevokeApiTokenInput = {
  allianceId: Scalars['ID']['input'];
  apiTokenId: Scalars['ID']['input'];
};

export type RevokeColleagueInvitationInput = {
  invitationId: Scalars['ID']['input'];
  organisationId: Scalars['ID']['input'];
};

export type RevokeInvitationInput = {
  allianceId: Scalars['ID']['input'];
  invitationId: Scalars['ID']['input'];
};

export type RevokeMySessionInput = {
  sessionId: Scalars['ID']['input'];
};

/** The alliance's value of an indicator in a period, from APPROVED measurements only. SUM: Σ values − deduplicated overlaps; AVERAGE: mean of the member values; LATEST: the value approved last; RATIO: Σ numerators / Σ denominators. */
export type Rollup = {
  aggregation: IndicatorAggregation;
  /** Memberships with an approved value (= memberCount). */
  approvedReports: Scalars['Int']['output'];
  baseline?: Maybe<Scalars['Float']['output']>;
  baselinePeriod?: Maybe<Scalars['String']['output']>;
  /** People counted by two members and subtracted once (SUM only, else 0). Null when the value is suppressed. */
  deduplicated?: Maybe<Scalars['Float']['output']>;
  /** Memberships expected to report: every ACTIVE PARTNER (indicator ACTIVE) plus any other with an approved value. */
  expectedReports: Scalars['Int']['output'];
  /** The value comes from approved citizens' reports or feedback (participation); read-only, no member reports are expected (expected and approved reports 0). */
  fromParticipation: Scalars['Boolean']['output'];
  indicatorId: Scalars['ID']['output'];
  /** Members with an approved value. */
  memberCount: Scalars['Int']['output'];
  /** The alliance's reporting period for this key exists and is CLOSED. */
  periodClosed: Scalars['Boolean']['output'];
  periodKey: Scalars['String']['output'];
  /** Not closed and fewer approved than expected reports: the value may still change. */
  provisional: Scalars['Boolean']['output'];
  /** Small-number protection hid the value from you (it is null); see disclosureSettings. */
  suppressed: Scalars['Boolean']['output'];
  /** Target of this period, else of the quarter or year containing it. */
  target?: Maybe<Scalars['Float']['output']>;
  /** Null when no value is approved yet. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** Why one row of a bulk submission was refused. */
export type RowError = {
  code: Scalars['String']['output'];
  /** Input field of the row, when one is to blame. */
  field?: Maybe<Scalars['String']['output']>;
  /** What is wrong with that field: mustNotBeNegative, notFinite, notInteger, belowMin, aboveMax, numeratorAboveDenominator, required, … (as extensions.fields[].code of single mutations). */
  fieldCode?: Maybe<Scalars['String']['output']>;
  /** In the caller's language. */
  message: Scalars['String']['output'];
  /** The bound the field broke, e.g. { "min": 0 }, { "max": 100 }, { "denominator": 20 }. */
  params?: Maybe<Scalars['JSON']['output']>;
  /** Index of the row in the input (from 0). */
  row: Scalars['Int']['output'];
};

/** A plausibility warning of one row of a bulk submission (the row was saved, or would have been). */
export type RowWarning = {
  /** |value − previous| / |previous|: 1.8 means 180 %. */
  change: Scalars['Float']['output'];
  /** Stable code: `valueJump`. */
  code: Scalars['String']['output'];
  /** Input field the warning is about (`value`, or `numerator` for RATIO). */
  field: Scalars['String']['output'];
  /** In the caller's language, e.g. „Der Wert weicht um 180 % vom Vorzeitraum ab (12 → 34). Bitte prüfen.“ */
  message: Scalars['String']['output'];
  previousPeriodKey: Scalars['String']['output'];
  /** The previous period’s value (RATIO: the share). */
  previousValue: Scalars['Float']['output'];
  /** Index of the row in the input (from 0). */
  row: Scalars['Int']['output'];
  /** The value now (RATIO: the share). */
  value: Scalars['Float']['output'];
};

export type SaveMeasurementInput = {
  allianceId: Scalars['ID']['input'];
  /** RATIO indicators only; greater than 0. */
  denominator?: InputMaybe<Scalars['Float']['input']>;
  indicatorId: Scalars['ID']['input'];
  /** The reporting member; partners may only give their own (the default). The backbone may report for any partner. */
  membershipId?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** RATIO indicators only. */
  numerator?: InputMaybe<Scalars['Float']['input']>;
  /** Breakdown by the indicator's dimensions; a dimension may be left out entirely. */
  parts?: InputMaybe<Array<MeasurementPartInput>>;
  reportingPeriodId: Scalars['ID']['input'];
  /** Required unless the indicator is a RATIO (then it is computed). */
  value?: InputMaybe<Scalars['Float']['input']>;
  /** Required when the value exists already (optimistic locking). */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type SaveMeasurementRow = {
  /** RATIO indicators only; greater than 0. */
  denominator?: InputMaybe<Scalars['Float']['input']>;
  indicatorId: Scalars['ID']['input'];
  /** The reporting member; partners may only give their own (the default). The backbone may report for any partner. */
  membershipId?: InputMaybe<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  /** RATIO indicators only. */
  numerator?: InputMaybe<Scalars['Float']['input']>;
  /** Breakdown by the indicator's dimensions; a dimension may be left out entirely. */
  parts?: InputMaybe<Array<MeasurementPartInput>>;
  reportingPeriodId: Scalars['ID']['input'];
  /** Also submit the value for review. */
  submit?: Scalars['Boolean']['input'];
  /** Required unless the indicator is a RATIO (then it is computed). */
  value?: InputMaybe<Scalars['Float']['input']>;
  /** Required when the value exists already (optimistic locking). */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type SaveSurveyResponseInput = {
  allianceId: Scalars['ID']['input'];
  /** Your answers; members not named stay unanswered. */
  answers: Array<SurveyAnswerInput>;
  roundId: Scalars['ID']['input'];
  /** true: send it (it counts); false: keep it as a draft. */
  submit?: Scalars['Boolean']['input'];
  /** The version of your response you read. */
  version: Scalars['Int']['input'];
};

/** One chart line as arrays over the same periods (not one object per point). Targets: a target set for the period itself wins; otherwise the target of the quarter or year containing it applies to every period inside (drawn as a step). Only TOTAL series carry targets. MEMBER lines: SUM indicators show nets (value − half of each deduplicated overlap), so they add up to the total; other aggregations the member's value. CATEGORY lines: for SUM a member's overlap deduction is spread over its parts in proportion, and members that did not break a dimension down form the line `none:<dimensionId>` (label: the dimension's name), so the lines of one dimension add up to the total; for AVERAGE and RATIO the parts are averaged and for LATEST the part of the value approved last is shown, per category (these do not add up to the total). Completeness arrays are per cell and repeat on every line of an indicator. */
export type Series = {
  /** Null where nothing is approved. */
  actual: Array<Maybe<Scalars['Float']['output']>>;
  /** Per period: memberships with an approved value. */
  approvedReports: Array<Scalars['Int']['output']>;
  /** Per period: memberships expected to report (see Rollup.expectedReports). */
  expectedReports: Array<Scalars['Int']['output']>;
  /** The values come from approved citizens' reports or feedback (participation), computed per period; read-only, no member reports are expected. */
  fromParticipation: Scalars['Boolean']['output'];
  indicatorId: Scalars['ID']['output'];
  /** 'total', a membership id or a category id. */
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** The indicator's period keys between from and to. */
  periods: Array<Scalars['String']['output']>;
  /** Per period: the value may still change (see Rollup.provisional). */
  provisional: Array<Scalars['Boolean']['output']>;
  /** Per period: small-number protection hid the actual value from you (it is null). */
  suppressed: Array<Scalars['Boolean']['output']>;
  target: Array<Maybe<Scalars['Float']['output']>>;
};

/** TOTAL: the roll-up per indicator; MEMBER: one series per reporting member; CATEGORY: one per disaggregation category. */
export type SeriesBreakdown =
  | 'CATEGORY'
  | 'MEMBER'
  | 'TOTAL';

/** TOKEN returns a bearer token (API clients); COOKIE sets an httpOnly session cookie (browser). */
export type SessionMode =
  | 'COOKIE'
  | 'TOKEN';

export type SetColleagueAdminInput = {
  isAdmin: Scalars['Boolean']['input'];
  organisationId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};

export type SetIndicatorDimensionsInput = {
  allianceId: Scalars['ID']['input'];
  dimensionIds: Array<Scalars['ID']['input']>;
  indicatorId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type SetIndicatorGoalsInput = {
  allianceId: Scalars['ID']['input'];
  goalIds: Array<Scalars['ID']['input']>;
  indicatorId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type SetJoinRequestsOpenInput = {
  allianceId: Scalars['ID']['input'];
  open: Scalars['Boolean']['input'];
};

export type SetNotificationEmailInput = {
  email: Scalars['Boolean']['input'];
  kind: NotificationKind;
};

export type SetOrganisationFindableInput = {
  findable: Scalars['Boolean']['input'];
  organisationId: Scalars['ID']['input'];
};

/** Makes an indicator draw its values from approved participation items (null category: all). */
export type SetParticipationIndicatorSourceInput = {
  allianceId: Scalars['ID']['input'];
  category?: InputMaybe<ReportCategory>;
  indicatorId: Scalars['ID']['input'];
  kind?: ParticipationKind;
  /** Count only reports resolved within this many days of being received. */
  withinDays?: InputMaybe<Scalars['Int']['input']>;
};

export type SetPortalLogoInput = {
  allianceId: Scalars['ID']['input'];
  /** The logo file, base64 (JPEG, PNG or WebP, at most 700 KB decoded); null removes the logo. */
  base64?: InputMaybe<Scalars['String']['input']>;
};

export type SetRegistrationOpenInput = {
  open: Scalars['Boolean']['input'];
};

export type SetReportDueDaysInput = {
  days: Scalars['Int']['input'];
};

export type SetTargetInput = {
  allianceId: Scalars['ID']['input'];
  indicatorId: Scalars['ID']['input'];
  periodKey: Scalars['String']['input'];
  value: Scalars['Float']['input'];
  /** null creates the target for this period; otherwise the version you edited. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type SignAgreementInput = {
  allianceId: Scalars['ID']['input'];
  /** Must be the current version: members sign what is in force. */
  versionNumber: Scalars['Int']['input'];
};

export type StartTwoFactorInput = {
  /** The current password: a stolen session cannot enrol its own factor. */
  password: Scalars['String']['input'];
};

export type StateRelationshipInput = {
  allianceId: Scalars['ID']['input'];
  directed?: Scalars['Boolean']['input'];
  /** The stating member; only the backbone may state for another member (default: your own). */
  fromMembershipId?: InputMaybe<Scalars['ID']['input']>;
  kind: RelationshipKind;
  note?: Scalars['String']['input'];
  since?: InputMaybe<Scalars['String']['input']>;
  strength?: Scalars['Int']['input'];
  toMembershipId: Scalars['ID']['input'];
  until?: InputMaybe<Scalars['String']['input']>;
};

export type SubmitMeasurementInput = {
  allianceId: Scalars['ID']['input'];
  measurementId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type SubmitMeasurementsInput = {
  allianceId: Scalars['ID']['input'];
  /** At most 500 rows. */
  rows: Array<SaveMeasurementRow>;
};

export type SubmitMeasurementsPayload = {
  errors: Array<RowError>;
  /** All rows were written; false: nothing was written. */
  ok: Scalars['Boolean']['output'];
  saved: Array<Measurement>;
  /** Plausibility warnings per row; they never stop the submission. Also listed when ok is false. */
  warnings: Array<RowWarning>;
};

/** One rating: a member about its relationship to another; kind null = no relationship. */
export type SurveyAnswer = {
  frequency?: Maybe<SurveyFrequency>;
  fromMembershipId: Scalars['ID']['output'];
  kind?: Maybe<RelationshipKind>;
  toMembershipId: Scalars['ID']['output'];
  /** 1 (little) … 4 (much). */
  trust?: Maybe<Scalars['Int']['output']>;
  /** 1 (little) … 4 (much). */
  value?: Maybe<Scalars['Int']['output']>;
};

export type SurveyAnswerInput = {
  frequency?: InputMaybe<SurveyFrequency>;
  /** null: no relationship (then leave the rest empty). */
  kind?: InputMaybe<RelationshipKind>;
  toMembershipId: Scalars['ID']['input'];
  trust?: InputMaybe<Scalars['Int']['input']>;
  value?: InputMaybe<Scalars['Int']['input']>;
};

/** How the network changed from one closed round to another. */
export type SurveyComparison = {
  after: SurveyRoundFigures;
  before: SurveyRoundFigures;
  densityChange: Scalars['Float']['output'];
  keptTies: Scalars['Int']['output'];
  lostTies: Scalars['Int']['output'];
  meanTrustChange?: Maybe<Scalars['Float']['output']>;
  meanValueChange?: Maybe<Scalars['Float']['output']>;
  newTies: Scalars['Int']['output'];
  pairs: Array<SurveyPairChangeRow>;
  reciprocityChange: Scalars['Float']['output'];
};

/** How often two organisations are in touch: about once a year, a quarter, a month, a week. */
export type SurveyFrequency =
  | 'MONTHLY'
  | 'QUARTERLY'
  | 'WEEKLY'
  | 'YEARLY';

/** A member to rate. */
export type SurveyMember = {
  /** The membership id. */
  id: Scalars['ID']['output'];
  organisation: Organisation;
};

/** A tie that is NEW in the later round, LOST since the earlier one, or KEPT. */
export type SurveyPairChange =
  | 'KEPT'
  | 'LOST'
  | 'NEW';

/** A tie that is new, lost or kept between two rounds; trust and value (pair means) for the backbone only. */
export type SurveyPairChangeRow = {
  a: SurveyMember;
  b: SurveyMember;
  change: SurveyPairChange;
  trustAfter?: Maybe<Scalars['Float']['output']>;
  trustBefore?: Maybe<Scalars['Float']['output']>;
  valueAfter?: Maybe<Scalars['Float']['output']>;
  valueBefore?: Maybe<Scalars['Float']['output']>;
};

/** A member asked in a round, and how far it got (the backbone sees these). */
export type SurveyRespondent = {
  /** The membership id. */
  id: Scalars['ID']['output'];
  organisation: Organisation;
  state: SurveyResponseState;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** PENDING: nothing saved yet; DRAFT: saved, not sent; SUBMITTED: counts. */
export type SurveyResponseState =
  | 'DRAFT'
  | 'PENDING'
  | 'SUBMITTED';

/** A network survey round: each member rates its relationship to each other member. */
export type SurveyRound = {
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** ISO date: when members are asked to have answered. */
  closesOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The caller's own response; null when it was not asked. */
  myResponseState?: Maybe<SurveyResponseState>;
  /** ISO date. */
  opensOn: Scalars['String']['output'];
  /** Members asked (backbone and partners when it opened). */
  respondentCount: Scalars['Int']['output'];
  /** submitted ÷ asked (0..1). */
  responseRate: Scalars['Float']['output'];
  state: SurveyRoundState;
  submittedCount: Scalars['Int']['output'];
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** A round with, for the backbone, who has answered. */
export type SurveyRoundDetail = {
  /** Backbone only; null for others. */
  respondents?: Maybe<Array<SurveyRespondent>>;
  round: SurveyRound;
};

/** The figures of one round, for comparison. */
export type SurveyRoundFigures = {
  density: Scalars['Float']['output'];
  meanTrust?: Maybe<Scalars['Float']['output']>;
  meanValue?: Maybe<Scalars['Float']['output']>;
  reciprocity: Scalars['Float']['output'];
  round: SurveyRound;
  ties: Scalars['Int']['output'];
};

/** The network of a closed round: ties where one side named a relationship, with measures. */
export type SurveyRoundNetwork = {
  /** Every submitted answer: backbone only; null for partners, who see the aggregate. */
  answers?: Maybe<Array<SurveyAnswer>>;
  meanTrust?: Maybe<Scalars['Float']['output']>;
  meanValue?: Maybe<Scalars['Float']['output']>;
  mutualDyads: Scalars['Int']['output'];
  /** Nodes are the members asked; every tie has the source STATED and the kinds named. */
  network: Network;
  round: SurveyRound;
};

export type SurveyRoundNetworkFilterInput = {
  /** Only answers of these kinds. */
  kinds?: InputMaybe<Array<RelationshipKind>>;
  /** Only answers with at least this trust (1–4). */
  minTrust?: InputMaybe<Scalars['Int']['input']>;
};

/** OPEN: members answer; CLOSED: its network can be seen. */
export type SurveyRoundState =
  | 'CLOSED'
  | 'OPEN';

export type Target = {
  id: Scalars['ID']['output'];
  /** Period key in the indicator’s frequency or a coarser one (2026-03, 2026-Q1, 2026). */
  periodKey: Scalars['String']['output'];
  value: Scalars['Float']['output'];
  version: Scalars['Int']['output'];
};

/** ON_TRACK: direction-aware progress of the latest approved roll-up ≥ 0.9 of its target (MAINTAIN: within ±10 %); NO_DATA: no approved value or no target. */
export type TargetStatus =
  | 'NO_DATA'
  | 'OFF_TRACK'
  | 'ON_TRACK';

/** Chart data: the last up to 6 periods with an approved roll-up, oldest first. */
export type TrendModel = {
  periods: Array<Scalars['String']['output']>;
  /** Per period: not closed and fewer approved than expected reports (the value may change). */
  provisional: Array<Scalars['Boolean']['output']>;
  /** Per period: small-number protection hid the value (it is null). */
  suppressed: Array<Scalars['Boolean']['output']>;
  values: Array<Maybe<Scalars['Float']['output']>>;
};

export type TwoFactorCodeInput = {
  /** A 6-digit code (or, to disable, a recovery code). */
  code: Scalars['String']['input'];
};

export type TwoFactorEnrolment = {
  otpauthUri: Scalars['String']['output'];
  /** The otpauth URI as a QR code (SVG markup). */
  qrSvg: Scalars['String']['output'];
  /** Base32 key for typing into an authenticator app. */
  secret: Scalars['String']['output'];
};

export type TwoFactorRecoveryCodes = {
  /** Shown once; each works once instead of a code. */
  recoveryCodes: Array<Scalars['String']['output']>;
};

export type TwoFactorStatus = {
  enabled: Scalars['Boolean']['output'];
  recoveryCodesLeft: Scalars['Int']['output'];
};

export type UnsignedAgreementModel = {
  /** Null when no agreement has been published. */
  currentVersionNumber?: Maybe<Scalars['Int']['output']>;
  /** ACTIVE members that have not signed the version in force. */
  unsignedMembers: Array<Membership>;
};

export type UnsubscribeInput = {
  token: Scalars['String']['input'];
};

export type UnsubscribeResult = {
  kind: NotificationKind;
};

/** Changes the given fields; an absent field stays, null clears an optional one. Status changes go through changeActivityStatus. */
export type UpdateActivityInput = {
  activityId: Scalars['ID']['input'];
  allianceId: Scalars['ID']['input'];
  budgetEur?: InputMaybe<Scalars['Float']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** A district of the alliance’s list; null: none. */
  districtId?: InputMaybe<Scalars['ID']['input']>;
  goalIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  indicatorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** −90…90; together with longitude. */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** −180…180; together with latitude. */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** Not before periodStart; empty for open-ended. */
  periodEnd?: InputMaybe<Scalars['String']['input']>;
  periodStart?: InputMaybe<Scalars['String']['input']>;
  place?: InputMaybe<Scalars['String']['input']>;
  resources?: InputMaybe<Scalars['String']['input']>;
  staffHoursPerMonth?: InputMaybe<Scalars['Float']['input']>;
  /** Up to 20; trimmed, duplicates removed. */
  targetGroups?: InputMaybe<Array<Scalars['String']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateAllianceProfileInput = {
  allianceId: Scalars['ID']['input'];
  guestComments?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<AllianceKind>;
  /** data:image/png|jpeg|svg+xml URL, at most 200 kB decoded; null removes the logo. */
  logoDataUrl?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** ISO date (YYYY-MM-DD), not before periodStart; null clears it. */
  periodEnd?: InputMaybe<Scalars['String']['input']>;
  /** ISO date (YYYY-MM-DD); null clears it. */
  periodStart?: InputMaybe<Scalars['String']['input']>;
  /** #rrggbb; null clears it. */
  primaryColor?: InputMaybe<Scalars['String']['input']>;
  problemStatement?: InputMaybe<Scalars['String']['input']>;
  /** Backbone admins only. */
  requireTwoFactorForAdmins?: InputMaybe<Scalars['Boolean']['input']>;
  version: Scalars['Int']['input'];
  vision?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateDimensionInput = {
  allianceId: Scalars['ID']['input'];
  /** The complete list in its new order; categories left out are removed. */
  categories: Array<DimensionCategoryInput>;
  dimensionId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type UpdateDistrictInput = {
  allianceId: Scalars['ID']['input'];
  districtId: Scalars['ID']['input'];
  /** New shape as GeoJSON text; left out keeps the shape, null removes it. */
  geojson?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

export type UpdateGoalInput = {
  allianceId: Scalars['ID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  goalId: Scalars['ID']['input'];
  ownerMembershipId?: InputMaybe<Scalars['ID']['input']>;
  periodEnd?: InputMaybe<Scalars['String']['input']>;
  periodStart?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<GoalStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateIndicatorInput = {
  aggregation?: InputMaybe<IndicatorAggregation>;
  allianceId: Scalars['ID']['input'];
  allowNegative?: InputMaybe<Scalars['Boolean']['input']>;
  allowRatioAboveOne?: InputMaybe<Scalars['Boolean']['input']>;
  baselinePeriod?: InputMaybe<Scalars['String']['input']>;
  baselineValue?: InputMaybe<Scalars['Float']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  collectionMethod?: InputMaybe<Scalars['String']['input']>;
  decimals?: InputMaybe<Scalars['Int']['input']>;
  definition?: InputMaybe<Scalars['String']['input']>;
  denominatorLabel?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<IndicatorDirection>;
  frequency?: InputMaybe<ReportingFrequency>;
  indicatorId: Scalars['ID']['input'];
  integerOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** null switches the warning off. */
  jumpWarningShare?: InputMaybe<Scalars['Float']['input']>;
  /** null clears the bound. */
  maxValue?: InputMaybe<Scalars['Float']['input']>;
  /** null clears the bound. */
  minValue?: InputMaybe<Scalars['Float']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  numeratorLabel?: InputMaybe<Scalars['String']['input']>;
  rbaKind?: InputMaybe<RbaKind>;
  unit?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

/** Fields left out stay as they are; a given list replaces the old one. The type cannot change. */
export type UpdateLogEntryInput = {
  allianceId: Scalars['ID']['input'];
  body?: InputMaybe<Scalars['String']['input']>;
  goalIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  indicatorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  logEntryId: Scalars['ID']['input'];
  occurredOn?: InputMaybe<Scalars['String']['input']>;
  participantMembershipIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateMemberResourceInput = {
  allianceId: Scalars['ID']['input'];
  category: ResourceCategory;
  direction: ResourceDirection;
  districtId?: InputMaybe<Scalars['ID']['input']>;
  field: Scalars['String']['input'];
  note: Scalars['String']['input'];
  resourceId: Scalars['ID']['input'];
  targetGroup?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateMyLocaleInput = {
  /** Preferred UI language: de or en. */
  locale: Scalars['String']['input'];
};

export type UpdateMyProfileInput = {
  name: Scalars['String']['input'];
};

export type UpdatePortalOfferInput = {
  allianceId: Scalars['ID']['input'];
  content: PortalOfferContentInput;
  offerId: Scalars['ID']['input'];
  /** The offer’s version the change was made on. */
  version: Scalars['Int']['input'];
};

export type UpdatePortalProviderInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  allianceId: Scalars['ID']['input'];
  description?: Scalars['String']['input'];
  email?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  providerId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  website?: InputMaybe<Scalars['String']['input']>;
};

export type UpdatePortalSettingsInput = {
  accentColor?: InputMaybe<Scalars['String']['input']>;
  allianceId: Scalars['ID']['input'];
  enabled: Scalars['Boolean']['input'];
  flagMonths: Scalars['Int']['input'];
  hideMonths: Scalars['Int']['input'];
  intro?: Scalars['String']['input'];
  /** MapLibre style URL (https). Empty or null: the built-in offline map. Left out: unchanged. */
  mapStyleUrl?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  primaryColor?: InputMaybe<Scalars['String']['input']>;
  providerSignupOpen: Scalars['Boolean']['input'];
  reminderMonths: Scalars['Int']['input'];
  /** The public address (a–z, 0–9, hyphens). Left out: unchanged. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** Raster tile URL template (https with {z}, {x}, {y}). Empty or null: none. Left out: unchanged. */
  tileUrl?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdatePublicProgressInput = {
  allianceId: Scalars['ID']['input'];
  goalIds: Array<Scalars['ID']['input']>;
  indicatorIds: Array<Scalars['ID']['input']>;
  published: Scalars['Boolean']['input'];
  /** a–z, 0–9 and hyphens, 2–63 characters. */
  slug: Scalars['String']['input'];
  /** 0 the first time. */
  version: Scalars['Int']['input'];
};

export type UpdateRelationshipInput = {
  allianceId: Scalars['ID']['input'];
  directed: Scalars['Boolean']['input'];
  kind: RelationshipKind;
  note: Scalars['String']['input'];
  relationshipId: Scalars['ID']['input'];
  since?: InputMaybe<Scalars['String']['input']>;
  strength: Scalars['Int']['input'];
  until?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateSmallNumberThresholdInput = {
  allianceId: Scalars['ID']['input'];
  /** 2 … 20. */
  smallNumberThreshold: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};

export type UploadPortalImageInput = {
  allianceId: Scalars['ID']['input'];
  altText?: Scalars['String']['input'];
  /** The file, base64 (at most 700 KB decoded: the request limit is 1 MB). */
  base64: Scalars['String']['input'];
};

export type User = {
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Runs the platform (dead letters, setup); no right in any alliance. */
  isPlatformAdmin: Scalars['Boolean']['output'];
  /** Preferred UI language: de or en. */
  locale: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Organisations this person works for. */
  organisations: Array<Organisation>;
};

export type VerifyEmailInput = {
  token: Scalars['String']['input'];
};

/** A member organisation's vote on a proposal. */
export type Vote =
  | 'ABSTAIN'
  | 'AGREE'
  | 'BLOCK'
  | 'DISAGREE';

export type VoteTally = {
  abstain: Scalars['Int']['output'];
  agree: Scalars['Int']['output'];
  block: Scalars['Int']['output'];
  disagree: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type WithdrawProposalInput = {
  allianceId: Scalars['ID']['input'];
  proposalId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { mySessions: Array<{ id: string, userAgent?: string | null, ip?: string | null, createdAt: string, lastSeenAt: string, current: boolean }> };

export type RevokeMySessionMutationVariables = Exact<{
  input: RevokeMySessionInput;
}>;


export type RevokeMySessionMutation = { revokeMySession: boolean };

export type RevokeMyOtherSessionsMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeMyOtherSessionsMutation = { revokeMyOtherSessions: number };

export type MyPersonalDataQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPersonalDataQuery = { myPersonalData: any };

export type EraseMyAccountMutationVariables = Exact<{
  input: EraseMyAccountInput;
}>;


export type EraseMyAccountMutation = { eraseMyAccount: boolean };

export type UpdateMyProfileMutationVariables = Exact<{
  input: UpdateMyProfileInput;
}>;


export type UpdateMyProfileMutation = { updateMyProfile: { id: string, name: string } };

export type MyNotificationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNotificationSettingsQuery = { myNotificationSettings: { reportDueDays: number, preferences: Array<{ kind: NotificationKind, email: boolean, emailByDefault: boolean }> }, myCalendarFeed: { url: string } };

export type SetNotificationEmailMutationVariables = Exact<{
  input: SetNotificationEmailInput;
}>;


export type SetNotificationEmailMutation = { setNotificationEmail: { reportDueDays: number } };

export type SetReportDueDaysMutationVariables = Exact<{
  input: SetReportDueDaysInput;
}>;


export type SetReportDueDaysMutation = { setReportDueDays: { reportDueDays: number } };

export type RenewCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type RenewCalendarFeedMutation = { renewCalendarFeed: { url: string } };

export type MyTwoFactorQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTwoFactorQuery = { myTwoFactor: { enabled: boolean, recoveryCodesLeft: number } };

export type StartTwoFactorMutationVariables = Exact<{
  input: StartTwoFactorInput;
}>;


export type StartTwoFactorMutation = { startTwoFactor: { secret: string, otpauthUri: string, qrSvg: string } };

export type ConfirmTwoFactorMutationVariables = Exact<{
  input: TwoFactorCodeInput;
}>;


export type ConfirmTwoFactorMutation = { confirmTwoFactor: { recoveryCodes: Array<string> } };

export type DisableTwoFactorMutationVariables = Exact<{
  input: TwoFactorCodeInput;
}>;


export type DisableTwoFactorMutation = { disableTwoFactor: boolean };

export type ChangeActivityStatusMutationVariables = Exact<{
  input: ChangeActivityStatusInput;
}>;


export type ChangeActivityStatusMutation = { changeActivityStatus: { id: string, status: ActivityStatus, version: number } };

export type CreateActivityMutationVariables = Exact<{
  input: CreateActivityInput;
}>;


export type CreateActivityMutation = { createActivity: { id: string, title: string, status: ActivityStatus, version: number } };

export type DeleteActivityMutationVariables = Exact<{
  input: DeleteActivityInput;
}>;


export type DeleteActivityMutation = { deleteActivity: boolean };

export type ActivitySavedFieldsFragment = { id: string, title: string, status: ActivityStatus, version: number };

export type ActivitiesQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  filter?: InputMaybe<ActivityFilter>;
  page?: InputMaybe<PageInput>;
}>;


export type ActivitiesQuery = { activities: { totalCount: number, pageInfo: { endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, title: string, status: ActivityStatus, district?: string | null, place?: string | null, periodStart?: string | null, periodEnd?: string | null, targetGroups: Array<string>, membershipId: string, organisation: { id: string, name: string }, goals: Array<{ id: string, title: string }> }> } };

export type ActivityMapQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['String']['input']>;
}>;


export type ActivityMapQuery = { activityMap: { asOf: string, goals: Array<{ id: string, parentId?: string | null, title: string }>, members: Array<{ membershipId: string, organisation: { id: string, name: string } }>, cells: Array<{ goalId: string, membershipId: string, activityCount: number, runningCount: number }>, gaps: Array<{ goalId: string, goalTitle: string }>, overlaps: Array<{ goalId: string, goalTitle: string, district: string, targetGroup: string, activities: Array<{ id: string, title: string, periodStart?: string | null, periodEnd?: string | null, organisation: { id: string, name: string } }> }> } };

export type ActivityOptionsQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type ActivityOptionsQuery = { goals: Array<{ id: string, parentId?: string | null, depth: number, title: string, status: GoalStatus }>, members: Array<{ id: string, role: MembershipRole, state: MembershipState, organisation: { id: string, name: string } }>, indicators: { nodes: Array<{ id: string, name: string }> }, districts: Array<{ id: string, name: string }> };

export type ActivityQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  activityId: Scalars['ID']['input'];
}>;


export type ActivityQuery = { activity: { id: string, title: string, description: string, status: ActivityStatus, version: number, districtId?: string | null, district?: string | null, place?: string | null, periodStart?: string | null, periodEnd?: string | null, targetGroups: Array<string>, resources: string, budgetEur?: number | null, staffHoursPerMonth?: number | null, membershipId: string, createdAt: string, updatedAt: string, organisation: { id: string, name: string }, goals: Array<{ id: string, title: string }>, indicators: Array<{ id: string, name: string }> } };

export type UpdateActivityMutationVariables = Exact<{
  input: UpdateActivityInput;
}>;


export type UpdateActivityMutation = { updateActivity: { id: string, title: string, status: ActivityStatus, version: number } };

export type CreateGoalMutationVariables = Exact<{
  input: CreateGoalInput;
}>;


export type CreateGoalMutation = { createGoal: { id: string, title: string, version: number } };

export type DeleteGoalMutationVariables = Exact<{
  input: DeleteGoalInput;
}>;


export type DeleteGoalMutation = { deleteGoal: string };

export type AgreementVersionFieldsFragment = { id: string, number: number, title: string, body: string, conflictProcedure: string, publishedAt: string, publishedByName: string, signatureCount: number };

export type AgreementQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type AgreementQuery = { agreement: { current?: { id: string, number: number, title: string, body: string, conflictProcedure: string, publishedAt: string, publishedByName: string, signatureCount: number } | null, mySignature?: { id: string, signedAt: string, signedByName: string } | null, signatures: Array<{ id: string, membershipId: string, signedAt: string, signedByName: string, organisation: { id: string, name: string } }>, unsignedMembers: Array<{ id: string, role: MembershipRole, organisation: { id: string, name: string } }>, versions: Array<{ id: string, number: number, title: string, body: string, conflictProcedure: string, publishedAt: string, publishedByName: string, signatureCount: number }> } };

export type AgendaGoalOwnersQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type AgendaGoalOwnersQuery = { members: Array<{ id: string, state: MembershipState, organisation: { id: string, name: string } }> };

export type AgendaGoalsQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type AgendaGoalsQuery = { goals: Array<{ id: string, parentId?: string | null, depth: number, position: number, title: string, description: string, status: GoalStatus, periodStart?: string | null, periodEnd?: string | null, ownerMembershipId?: string | null, indicatorCount: number, runningActivityCount: number, version: number, ownerOrganisation?: { id: string, name: string } | null }> };

export type MoveGoalMutationVariables = Exact<{
  input: MoveGoalInput;
}>;


export type MoveGoalMutation = { moveGoal: { id: string, title: string, parentId?: string | null, position: number, version: number } };

export type PublishAgreementVersionMutationVariables = Exact<{
  input: PublishAgreementVersionInput;
}>;


export type PublishAgreementVersionMutation = { publishAgreementVersion: { current?: { id: string, number: number } | null } };

export type SignAgreementMutationVariables = Exact<{
  input: SignAgreementInput;
}>;


export type SignAgreementMutation = { signAgreement: { mySignature?: { id: string, signedAt: string } | null } };

export type UpdateGoalMutationVariables = Exact<{
  input: UpdateGoalInput;
}>;


export type UpdateGoalMutation = { updateGoal: { id: string, title: string, version: number } };

export type CreateAllianceMutationVariables = Exact<{
  input: CreateAllianceInput;
}>;


export type CreateAllianceMutation = { createAlliance: { id: string, name: string, kind: AllianceKind, lifecycle: AllianceLifecycle, myRole: MembershipRole } };

export type AllianceQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type AllianceQuery = { alliance: { lifecycle: AllianceLifecycle, myRole: MembershipRole, myIsAdmin: boolean, myMembershipId: string, id: string, name: string, kind: AllianceKind, problemStatement: string, vision: string, periodStart?: string | null, periodEnd?: string | null, guestComments: boolean, requireTwoFactorForAdmins: boolean, logoDataUrl?: string | null, primaryColor?: string | null, version: number, myOrganisation: { id: string, name: string, kind: OrganisationKind } } };

export type MyAlliancesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAlliancesQuery = { myAlliances: Array<{ id: string, name: string, kind: AllianceKind, lifecycle: AllianceLifecycle, periodStart?: string | null, periodEnd?: string | null, myRole: MembershipRole, myIsAdmin: boolean, myMembershipId: string, myOrganisation: { id: string, name: string } }> };

export type AuditEventsQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  filter?: InputMaybe<AuditEventFilter>;
  page?: InputMaybe<PageInput>;
}>;


export type AuditEventsQuery = { auditEvents: { totalCount: number, totalCountCapped: boolean, pageInfo: { endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, actorUserId?: string | null, actorName?: string | null, action: string, entityType: string, entityId: string, before?: any | null, after?: any | null, occurredAt: string }> } };

export type AuditFacetsQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type AuditFacetsQuery = { auditFacets: { actions: Array<string>, entityTypes: Array<string>, actors: Array<{ id: string, name?: string | null }> } };

export type CompletePlatformSetupMutationVariables = Exact<{
  input: CompletePlatformSetupInput;
}>;


export type CompletePlatformSetupMutation = { completePlatformSetup: { expiresAt?: string | null, user?: { id: string, email: string, name: string, locale: string, isPlatformAdmin: boolean, organisations: Array<{ id: string, name: string, kind: OrganisationKind }> } | null } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type ColleagueInvitationPreviewQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type ColleagueInvitationPreviewQuery = { colleagueInvitationPreview: { organisationName: string, invitedByName: string, emailHint: string, accountExists: boolean, expiresAt: string } };

export type AcceptColleagueInvitationMutationVariables = Exact<{
  input: AcceptColleagueInvitationInput;
}>;


export type AcceptColleagueInvitationMutation = { acceptColleagueInvitation: { organisationId: string, allianceIds: Array<string> } };

export type AdministeredOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdministeredOrganisationsQuery = { myOrganisations: Array<{ id: string, name: string, canAdminister: boolean }> };

export type OrganisationColleaguesQueryVariables = Exact<{
  organisationId: Scalars['ID']['input'];
}>;


export type OrganisationColleaguesQuery = { organisationColleagues: { organisationId: string, organisationName: string, people: Array<{ userId: string, name: string, email: string, isAdmin: boolean, since: string, isMe: boolean }>, invitations: Array<{ id: string, email: string, createdAt: string, expiresAt: string }> } };

export type InviteColleagueMutationVariables = Exact<{
  input: InviteColleagueInput;
}>;


export type InviteColleagueMutation = { inviteColleague: { id: string, email: string } };

export type RevokeColleagueInvitationMutationVariables = Exact<{
  input: RevokeColleagueInvitationInput;
}>;


export type RevokeColleagueInvitationMutation = { revokeColleagueInvitation: boolean };

export type RemoveColleagueMutationVariables = Exact<{
  input: RemoveColleagueInput;
}>;


export type RemoveColleagueMutation = { removeColleague: boolean };

export type SetColleagueAdminMutationVariables = Exact<{
  input: SetColleagueAdminInput;
}>;


export type SetColleagueAdminMutation = { setColleagueAdmin: { userId: string, isAdmin: boolean } };

export type AddCommentMutationVariables = Exact<{
  input: AddCommentInput;
}>;


export type AddCommentMutation = { addComment: { id: string } };

export type CastVoteMutationVariables = Exact<{
  input: CastVoteInput;
}>;


export type CastVoteMutation = { castVote: { id: string, myVote?: { vote: Vote, comment: string } | null } };

export type CloseProposalMutationVariables = Exact<{
  input: CloseProposalInput;
}>;


export type CloseProposalMutation = { closeProposal: { id: string, state: ProposalState, outcome?: ProposalOutcome | null, decisionLogEntryId?: string | null } };

export type CompleteActionItemMutationVariables = Exact<{
  input: CompleteActionItemInput;
}>;


export type CompleteActionItemMutation = { completeActionItem: { id: string, title: string, dueOn?: string | null, done: boolean, doneAt?: string | null, overdue: boolean, version: number, logEntryId?: string | null, logEntryTitle?: string | null, owner: { membershipId: string, organisation: { id: string, name: string } }, ownerUser?: { id: string, name: string } | null, doneBy?: { id: string, name: string } | null } };

export type CreateActionItemMutationVariables = Exact<{
  input: CreateActionItemInput;
}>;


export type CreateActionItemMutation = { createActionItem: { id: string, title: string, dueOn?: string | null, done: boolean, doneAt?: string | null, overdue: boolean, version: number, logEntryId?: string | null, logEntryTitle?: string | null, owner: { membershipId: string, organisation: { id: string, name: string } }, ownerUser?: { id: string, name: string } | null, doneBy?: { id: string, name: string } | null } };

export type CreateLogEntryMutationVariables = Exact<{
  input: CreateLogEntryInput;
}>;


export type CreateLogEntryMutation = { createLogEntry: { id: string, version: number } };

export type CreateProposalMutationVariables = Exact<{
  input: CreateProposalInput;
}>;


export type CreateProposalMutation = { createProposal: { id: string } };

export type DeleteCommentMutationVariables = Exact<{
  input: DeleteCommentInput;
}>;


export type DeleteCommentMutation = { deleteComment: string };

export type LogEntryFieldsFragment = { id: string, type: LogEntryType, title: string, body: string, occurredOn: string, createdAt: string, updatedAt: string, version: number, canEdit: boolean, commentCount: number, openActionItemCount: number, conflictState?: ConflictState | null, resolution?: string | null, resolvedAt?: string | null, proposalId?: string | null, authorMember: { membershipId: string, role: MembershipRole, organisation: { id: string, name: string } }, authorUser?: { id: string, name: string } | null, participants: Array<{ membershipId: string, organisation: { id: string, name: string } }>, goals: Array<{ id: string, title: string }>, indicators: Array<{ id: string, name: string }> };

export type ActionItemFieldsFragment = { id: string, title: string, dueOn?: string | null, done: boolean, doneAt?: string | null, overdue: boolean, version: number, logEntryId?: string | null, logEntryTitle?: string | null, owner: { membershipId: string, organisation: { id: string, name: string } }, ownerUser?: { id: string, name: string } | null, doneBy?: { id: string, name: string } | null };

export type ProposalFieldsFragment = { id: string, title: string, body: string, state: ProposalState, outcome?: ProposalOutcome | null, closesAt: string, createdAt: string, decidedAt?: string | null, votingOpen: boolean, version: number, decisionLogEntryId?: string | null, createdBy?: { id: string, name: string } | null, createdByMember: { membershipId: string, organisation: { id: string, name: string } }, indicator?: { id: string, name: string, unit: string } | null, myVote?: { vote: Vote, comment: string } | null, tally: { agree: number, disagree: number, abstain: number, block: number, total: number } };

export type VoteTallyFieldsFragment = { agree: number, disagree: number, abstain: number, block: number, total: number };

export type LogContextQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type LogContextQuery = { alliance: { id: string, guestComments: boolean }, members: Array<{ id: string, role: MembershipRole, state: MembershipState, organisation: { id: string, name: string } }>, goals: Array<{ id: string, title: string, depth: number }>, indicators: { nodes: Array<{ id: string, name: string, unit: string, status: IndicatorStatus }> } };

export type LogEntryQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  logEntryId: Scalars['ID']['input'];
}>;


export type LogEntryQuery = { logEntry: { id: string, type: LogEntryType, title: string, body: string, occurredOn: string, createdAt: string, updatedAt: string, version: number, canEdit: boolean, commentCount: number, openActionItemCount: number, conflictState?: ConflictState | null, resolution?: string | null, resolvedAt?: string | null, proposalId?: string | null, authorMember: { membershipId: string, role: MembershipRole, organisation: { id: string, name: string } }, authorUser?: { id: string, name: string } | null, participants: Array<{ membershipId: string, organisation: { id: string, name: string } }>, goals: Array<{ id: string, title: string }>, indicators: Array<{ id: string, name: string }>, comments: Array<{ id: string, body: string, createdAt: string, canDelete: boolean, authorMember: { membershipId: string, organisation: { id: string, name: string } }, authorUser?: { id: string, name: string } | null }>, actionItems: Array<{ id: string, title: string, dueOn?: string | null, done: boolean, doneAt?: string | null, overdue: boolean, version: number, logEntryId?: string | null, logEntryTitle?: string | null, owner: { membershipId: string, organisation: { id: string, name: string } }, ownerUser?: { id: string, name: string } | null, doneBy?: { id: string, name: string } | null }> } };

export type LogFeedQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  filter?: InputMaybe<LogFeedFilter>;
  page?: InputMaybe<PageInput>;
}>;


export type LogFeedQuery = { logFeed: { totalCount: number, pageInfo: { endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, type: LogEntryType, title: string, body: string, occurredOn: string, createdAt: string, updatedAt: string, version: number, canEdit: boolean, commentCount: number, openActionItemCount: number, conflictState?: ConflictState | null, resolution?: string | null, resolvedAt?: string | null, proposalId?: string | null, authorMember: { membershipId: string, role: MembershipRole, organisation: { id: string, name: string } }, authorUser?: { id: string, name: string } | null, participants: Array<{ membershipId: string, organisation: { id: string, name: string } }>, goals: Array<{ id: string, title: string }>, indicators: Array<{ id: string, name: string }> }> } };

export type MyActionItemsQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  includeDone: Scalars['Boolean']['input'];
  page?: InputMaybe<PageInput>;
}>;


export type MyActionItemsQuery = { myActionItems: { totalCount: number, pageInfo: { endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, title: string, dueOn?: string | null, done: boolean, doneAt?: string | null, overdue: boolean, version: number, logEntryId?: string | null, logEntryTitle?: string | null, owner: { membershipId: string, organisation: { id: string, name: string } }, ownerUser?: { id: string, name: string } | null, doneBy?: { id: string, name: string } | null }> } };

export type ProposalQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  proposalId: Scalars['ID']['input'];
}>;


export type ProposalQuery = { proposal: { id: string, title: string, body: string, state: ProposalState, outcome?: ProposalOutcome | null, closesAt: string, createdAt: string, decidedAt?: string | null, votingOpen: boolean, version: number, decisionLogEntryId?: string | null, createdBy?: { id: string, name: string } | null, createdByMember: { membershipId: string, organisation: { id: string, name: string } }, indicator?: { id: string, name: string, unit: string } | null, indicatorSnapshot?: { name: string, unit: string, aggregation: string, periods: Array<string>, values: Array<number | null>, reportCounts: Array<number>, takenAt: string } | null, myVote?: { vote: Vote, comment: string } | null, tally: { agree: number, disagree: number, abstain: number, block: number, total: number }, votes: Array<{ vote: Vote, comment: string, votedAt: string, votedBy?: { id: string, name: string } | null, member: { membershipId: string, organisation: { id: string, name: string } } }> } };

export type ProposalsQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  state?: InputMaybe<ProposalState>;
  page?: InputMaybe<PageInput>;
}>;


export type ProposalsQuery = { proposals: { totalCount: number, pageInfo: { endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, title: string, body: string, state: ProposalState, outcome?: ProposalOutcome | null, closesAt: string, createdAt: string, decidedAt?: string | null, votingOpen: boolean, version: number, decisionLogEntryId?: string | null, createdBy?: { id: string, name: string } | null, createdByMember: { membershipId: string, organisation: { id: string, name: string } }, indicator?: { id: string, name: string, unit: string } | null, myVote?: { vote: Vote, comment: string } | null, tally: { agree: number, disagree: number, abstain: number, block: number, total: number } }> } };

export type ReopenActionItemMutationVariables = Exact<{
  input: ReopenActionItemInput;
}>;


export type ReopenActionItemMutation = { reopenActionItem: { id: string, title: string, dueOn?: string | null, done: boolean, doneAt?: string | null, overdue: boolean, version: number, logEntryId?: string | null, logEntryTitle?: string | null, owner: { membershipId: string, organisation: { id: string, name: string } }, ownerUser?: { id: string, name: string } | null, doneBy?: { id: string, name: string } | null } };

export type ReopenConflictMutationVariables = Exact<{
  input: ReopenConflictInput;
}>;


export type ReopenConflictMutation = { reopenConflict: { id: string, version: number, conflictState?: ConflictState | null } };

export type ResolveConflictMutationVariables = Exact<{
  input: ResolveConflictInput;
}>;


export type ResolveConflictMutation = { resolveConflict: { id: string, version: number, conflictState?: ConflictState | null } };

export type UpdateLogEntryMutationVariables = Exact<{
  input: UpdateLogEntryInput;
}>;


export type UpdateLogEntryMutation = { updateLogEntry: { id: string, version: number } };

export type WithdrawProposalMutationVariables = Exact<{
  input: WithdrawProposalInput;
}>;


export type WithdrawProposalMutation = { withdrawProposal: { id: string, state: ProposalState } };

export type AllianceHealthQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type AllianceHealthQuery = { allianceHealth: { reportingCompleteness: Array<{ reportingPeriodId: string, periodKey: string, frequency: ReportingFrequency, dueOn?: string | null, expected: number, submitted: number, approved: number, missing: number, shareComplete: number }>, goalCoverage: { goalCount: number, goalsWithRunningActivity: number, share: number }, logEntriesPerMonth: { months: Array<string>, counts: Array<number> }, lastContributions: Array<{ membershipId: string, daysSince?: number | null, lastContributionOn?: string | null, organisation: { id: string, name: string } }>, overdueActionItems: { count: number, items: Array<{ id: string, title: string, dueOn: string, daysOverdue: number, owner: { id: string, name: string } }> }, unsignedAgreement: { currentVersionNumber?: number | null, unsignedMembers: Array<{ id: string, organisation: { id: string, name: string } }> }, pendingReviews: { count: number, oldestSubmittedAt?: string | null } } };

export type FundingPortfolioQueryVariables = Exact<{ [key: string]: never; }>;


export type FundingPortfolioQuery = { fundingPortfolio: Array<{ id: string, name: string, kind: AllianceKind, lifecycle: AllianceLifecycle, reportingCompleteness?: { periodKey: string, frequency: ReportingFrequency, state: ReportingPeriodState, dueOn?: string | null, expected: number, approved: number, shareComplete: number } | null, indicators: Array<{ id: string, name: string, unit: string, decimals: number, direction: IndicatorDirection, aggregation: IndicatorAggregation, latestPeriod?: string | null, latestValue?: number | null, target?: number | null, progress?: number | null, status: TargetStatus, baseline?: number | null, provisional?: { periodKey: string, value?: number | null, approvedReports: number, expectedReports: number } | null, trend: { periods: Array<string>, values: Array<number | null>, provisional: Array<boolean> } }> }> };

export type DashboardGoalsQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type DashboardGoalsQuery = { goals: Array<{ id: string, depth: number, status: GoalStatus }> };

export type DashboardIndicatorProgressQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
}>;


export type DashboardIndicatorProgressQuery = { indicatorProgress: Array<{ id: string, code?: string | null, name: string, unit: string, decimals: number, direction: IndicatorDirection, frequency: ReportingFrequency, aggregation: IndicatorAggregation, baseline?: number | null, periods: Array<string>, actual: Array<number | null>, target: Array<number | null>, approvedReports: Array<number>, expectedReports: Array<number>, provisional: Array<boolean> }> };

export type DashboardActionItemsQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type DashboardActionItemsQuery = { myActionItems: { totalCount: number, nodes: Array<{ id: string, title: string, dueOn?: string | null, overdue: boolean }> } };

export type MyOpenReportsQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  membershipId: Scalars['ID']['input'];
  reportingPeriodId: Scalars['ID']['input'];
}>;


export type MyOpenReportsQuery = { measurements: { nodes: Array<{ id: string, indicatorId: string, status: MeasurementStatus }> } };

export type ReportableIndicatorsQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type ReportableIndicatorsQuery = { indicators: { nodes: Array<{ id: string, frequency: ReportingFrequency }> } };

export type OpenReportingPeriodsQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type OpenReportingPeriodsQuery = { reportingPeriods: { nodes: Array<{ id: string, periodKey: string, frequency: ReportingFrequency, dueOn?: string | null, state: ReportingPeriodState, counts: { expected: number, approved: number } }> } };

export type ImportBatchFieldsFragment = { id: string, kind: string, fileName: string, fileType: string, encoding?: string | null, separator?: string | null, headers: Array<string>, numberFormat: ImportNumberFormat, rowCount: number, errorRows: number, processedRows: number, status: ImportStatus, createdCount?: number | null, updatedCount?: number | null, failure?: string | null, createdByName?: string | null, createdAt: string, committedAt?: string | null, undoneAt?: string | null, version: number, columns: Array<{ field: string, column: number }>, fields: Array<{ key: string, label: string, required: boolean, type: string }> };

export type ImportBatchQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  batchId: Scalars['ID']['input'];
}>;


export type ImportBatchQuery = { importBatch: { id: string, kind: string, fileName: string, fileType: string, encoding?: string | null, separator?: string | null, headers: Array<string>, numberFormat: ImportNumberFormat, rowCount: number, errorRows: number, processedRows: number, status: ImportStatus, createdCount?: number | null, updatedCount?: number | null, failure?: string | null, createdByName?: string | null, createdAt: string, committedAt?: string | null, undoneAt?: string | null, version: number, columns: Array<{ field: string, column: number }>, fields: Array<{ key: string, label: string, required: boolean, type: string }> } };

export type ImportBatchesQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type ImportBatchesQuery = { importBatches: { totalCount: number, nodes: Array<{ id: string, kind: string, fileName: string, fileType: string, encoding?: string | null, separator?: string | null, headers: Array<string>, numberFormat: ImportNumberFormat, rowCount: number, errorRows: number, processedRows: number, status: ImportStatus, createdCount?: number | null, updatedCount?: number | null, failure?: string | null, createdByName?: string | null, createdAt: string, committedAt?: string | null, undoneAt?: string | null, version: number, columns: Array<{ field: string, column: number }>, fields: Array<{ key: string, label: string, required: boolean, type: string }> }> } };

export type ImportKindsQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type ImportKindsQuery = { importKinds: Array<{ name: string, fields: Array<{ key: string, label: string, required: boolean, type: string }> }> };

export type ImportRowsQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  batchId: Scalars['ID']['input'];
  onlyProblems: Scalars['Boolean']['input'];
  page?: InputMaybe<PageInput>;
}>;


export type ImportRowsQuery = { importRows: { totalCount: number, pageInfo: { endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ rowNo: number, cells: Array<string>, problems: Array<{ field?: string | null, code: string, message: string }> }> } };

export type CheckImportMutationVariables = Exact<{
  input: CheckImportInput;
}>;


export type CheckImportMutation = { checkImport: { id: string, kind: string, fileName: string, fileType: string, encoding?: string | null, separator?: string | null, headers: Array<string>, numberFormat: ImportNumberFormat, rowCount: number, errorRows: number, processedRows: number, status: ImportStatus, createdCount?: number | null, updatedCount?: number | null, failure?: string | null, createdByName?: string | null, createdAt: string, committedAt?: string | null, undoneAt?: string | null, version: number, columns: Array<{ field: string, column: number }>, fields: Array<{ key: string, label: string, required: boolean, type: string }> } };

export type CommitImportMutationVariables = Exact<{
  input: ImportBatchStepInput;
}>;


export type CommitImportMutation = { commitImport: { id: string, kind: string, fileName: string, fileType: string, encoding?: string | null, separator?: string | null, headers: Array<string>, numberFormat: ImportNumberFormat, rowCount: number, errorRows: number, processedRows: number, status: ImportStatus, createdCount?: number | null, updatedCount?: number | null, failure?: string | null, createdByName?: string | null, createdAt: string, committedAt?: string | null, undoneAt?: string | null, version: number, columns: Array<{ field: string, column: number }>, fields: Array<{ key: string, label: string, required: boolean, type: string }> } };

export type UndoImportMutationVariables = Exact<{
  input: ImportBatchStepInput;
}>;


export type UndoImportMutation = { undoImport: { id: string, kind: string, fileName: string, fileType: string, encoding?: string | null, separator?: string | null, headers: Array<string>, numberFormat: ImportNumberFormat, rowCount: number, errorRows: number, processedRows: number, status: ImportStatus, createdCount?: number | null, updatedCount?: number | null, failure?: string | null, createdByName?: string | null, createdAt: string, committedAt?: string | null, undoneAt?: string | null, version: number, columns: Array<{ field: string, column: number }>, fields: Array<{ key: string, label: string, required: boolean, type: string }> } };

export type ArchiveIndicatorMutationVariables = Exact<{
  input: IndicatorVersionInput;
}>;


export type ArchiveIndicatorMutation = { archiveIndicator: { id: string, status: IndicatorStatus, version: number } };

export type RestoreIndicatorMutationVariables = Exact<{
  input: IndicatorVersionInput;
}>;


export type RestoreIndicatorMutation = { restoreIndicator: { id: string, status: IndicatorStatus, version: number } };

export type DimensionOptionFieldsFragment = { id: string, name: string, version: number, categories: Array<{ id: string, name: string }> };

export type IndicatorDimensionOptionsQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type IndicatorDimensionOptionsQuery = { dimensions: Array<{ id: string, name: string, version: number, categories: Array<{ id: string, name: string }> }> };

export type CreateDimensionMutationVariables = Exact<{
  input: CreateDimensionInput;
}>;


export type CreateDimensionMutation = { createDimension: { id: string, name: string, version: number, categories: Array<{ id: string, name: string }> } };

export type UpdateDimensionMutationVariables = Exact<{
  input: UpdateDimensionInput;
}>;


export type UpdateDimensionMutation = { updateDimension: { id: string, name: string, version: number, categories: Array<{ id: string, name: string }> } };

export type IndicatorTargetFieldsFragment = { id: string, periodKey: string, value: number, version: number };

export type IndicatorContributionsQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  indicatorId: Scalars['ID']['input'];
  periodKey: Scalars['String']['input'];
}>;


export type IndicatorContributionsQuery = { contributions: Array<{ measurementId: string, membershipId: string, organisationName: string, reported?: number | null, overlapDeducted?: number | null, net?: number | null, shareOfTotal?: number | null, suppressed: boolean }> };

export type IndicatorGoalOptionsQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type IndicatorGoalOptionsQuery = { goals: Array<{ id: string, title: string, depth: number, status: GoalStatus }> };

export type IndicatorSeriesQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  indicatorIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  by: SeriesBreakdown;
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
}>;


export type IndicatorSeriesQuery = { indicatorSeries: Array<{ indicatorId: string, key: string, label: string, periods: Array<string>, actual: Array<number | null>, target: Array<number | null>, approvedReports: Array<number>, expectedReports: Array<number>, provisional: Array<boolean> }> };

export type IndicatorDetailQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  indicatorId: Scalars['ID']['input'];
}>;


export type IndicatorDetailQuery = { indicator: { id: string, code?: string | null, name: string, definition: string, direction: IndicatorDirection, frequency: ReportingFrequency, rbaKind: RbaKind, collectionMethod: string, fromParticipation: boolean, baselineValue?: number | null, baselinePeriod?: string | null, status: IndicatorStatus, version: number, unit: string, decimals: number, aggregation: IndicatorAggregation, numeratorLabel?: string | null, denominatorLabel?: string | null, allowNegative: boolean, integerOnly: boolean, minValue?: number | null, maxValue?: number | null, allowRatioAboveOne: boolean, jumpWarningShare?: number | null, goals: Array<{ id: string, title: string }>, dimensions: Array<{ id: string, name: string }>, targets: Array<{ id: string, periodKey: string, value: number, version: number }> } };

export type IndicatorListQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  filter?: InputMaybe<IndicatorFilter>;
  page: PageInput;
}>;


export type IndicatorListQuery = { indicators: { totalCount: number, nodes: Array<{ id: string, code?: string | null, name: string, unit: string, direction: IndicatorDirection, aggregation: IndicatorAggregation, frequency: ReportingFrequency, decimals: number, baselineValue?: number | null, status: IndicatorStatus, version: number, goals: Array<{ id: string, title: string }> }> } };

export type ParticipationValuesQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  indicatorId: Scalars['ID']['input'];
}>;


export type ParticipationValuesQuery = { participationIndicatorValues?: { values: Array<{ period: string, districtId?: string | null, districtName?: string | null, value?: number | null, suppressed: boolean }> } | null };

export type ReportingCompletenessQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  reportingPeriodId: Scalars['ID']['input'];
}>;


export type ReportingCompletenessQuery = { reportingCompleteness: { expected: number, submitted: number, approved: number, missing: number, reportingPeriod: { id: string, periodKey: string, frequency: ReportingFrequency, state: ReportingPeriodState, dueOn?: string | null }, rows: Array<{ indicatorId: string, indicatorName: string, membershipId: string, organisationName: string, status: CompletenessStatus }> } };

export type ReportingPeriodListQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  page: PageInput;
}>;


export type ReportingPeriodListQuery = { reportingPeriods: { totalCount: number, nodes: Array<{ closedAt?: string | null, id: string, periodKey: string, frequency: ReportingFrequency, state: ReportingPeriodState, dueOn?: string | null, startsOn: string, endsOn: string, version: number, counts: { expected: number, approved: number } }> } };

export type OpenReportingPeriodMutationVariables = Exact<{
  input: OpenReportingPeriodInput;
}>;


export type OpenReportingPeriodMutation = { openReportingPeriod: { id: string, periodKey: string, state: ReportingPeriodState, version: number } };

export type CloseReportingPeriodMutationVariables = Exact<{
  input: CloseReportingPeriodInput;
}>;


export type CloseReportingPeriodMutation = { closeReportingPeriod: { id: string, state: ReportingPeriodState, version: number } };

export type CreateIndicatorMutationVariables = Exact<{
  input: CreateIndicatorInput;
}>;


export type CreateIndicatorMutation = { createIndicator: { id: string, version: number } };

export type UpdateIndicatorMutationVariables = Exact<{
  input: UpdateIndicatorInput;
}>;


export type UpdateIndicatorMutation = { updateIndicator: { id: string, version: number } };

export type SetIndicatorDimensionsMutationVariables = Exact<{
  input: SetIndicatorDimensionsInput;
}>;


export type SetIndicatorDimensionsMutation = { setIndicatorDimensions: { id: string, version: number } };

export type SetIndicatorGoalsMutationVariables = Exact<{
  input: SetIndicatorGoalsInput;
}>;


export type SetIndicatorGoalsMutation = { setIndicatorGoals: { id: string, version: number } };

export type SetTargetMutationVariables = Exact<{
  input: SetTargetInput;
}>;


export type SetTargetMutation = { setTarget: { id: string, periodKey: string, value: number, version: number } };

export type DeleteTargetMutationVariables = Exact<{
  input: DeleteTargetInput;
}>;


export type DeleteTargetMutation = { deleteTarget: boolean };

export type MemberResourcesQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type MemberResourcesQuery = { memberResources: Array<{ id: string, membershipId: string, direction: ResourceDirection, category: ResourceCategory, field: string, districtId?: string | null, districtName?: string | null, targetGroup?: string | null, note: string, version: number, editable: boolean, organisation: { id: string, name: string } }> };

export type MatchingVocabularyQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type MatchingVocabularyQuery = { matchingVocabulary: { targetGroups: Array<string>, fields: Array<string>, districts: Array<{ id: string, name: string }> } };

export type MatchSuggestionsQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  membershipId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<PartnerSearchInput>;
}>;


export type MatchSuggestionsQuery = { matchSuggestions: { membershipId: string, needCount: number, suggestions: Array<{ kind: MatchPartnerKind, membershipId?: string | null, offerId?: string | null, name: string, providerName?: string | null, score: number, contactRequested: boolean, reasons: Array<{ kind: MatchReasonKind, category?: ResourceCategory | null, field: string, districtName?: string | null, targetGroup?: string | null }> }> } };

export type AddMemberResourceMutationVariables = Exact<{
  input: AddMemberResourceInput;
}>;


export type AddMemberResourceMutation = { addMemberResource: { id: string } };

export type UpdateMemberResourceMutationVariables = Exact<{
  input: UpdateMemberResourceInput;
}>;


export type UpdateMemberResourceMutation = { updateMemberResource: { id: string, version: number } };

export type RemoveMemberResourceMutationVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  resourceId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type RemoveMemberResourceMutation = { removeMemberResource: string };

export type RequestContactMutationVariables = Exact<{
  input: RequestContactInput;
}>;


export type RequestContactMutation = { requestContact: { id: string, logEntryId: string } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { allianceId: string, membership: { id: string, role: MembershipRole, state: MembershipState } } };

export type ChangeMemberRoleMutationVariables = Exact<{
  input: ChangeMemberRoleInput;
}>;


export type ChangeMemberRoleMutation = { changeMemberRole: { id: string, role: MembershipRole, state: MembershipState, version: number } };

export type InvitationPreviewQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type InvitationPreviewQuery = { invitationPreview: { allianceName: string, invitedByOrganisation?: string | null, organisationName: string, role: MembershipRole, emailHint?: string | null, forOrganisationAdmins: boolean, expiresAt: string, state: InvitationState } };

export type MembersQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type MembersQuery = { members: Array<{ id: string, role: MembershipRole, state: MembershipState, version: number, joinedAt?: string | null, leftAt?: string | null, seatCount: number, organisation: { id: string, name: string, kind: OrganisationKind, city?: string | null } }> };

export type PendingInvitationsQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type PendingInvitationsQuery = { pendingInvitations: Array<{ id: string, email?: string | null, role: MembershipRole, createdAt: string, expiresAt: string, organisation: { id: string, name: string, kind: OrganisationKind } }> };

export type InviteOrganisationMutationVariables = Exact<{
  input: InviteOrganisationInput;
}>;


export type InviteOrganisationMutation = { inviteOrganisation: { token: string, acceptPath: string, mailedTo: Array<string>, invitation: { id: string, email?: string | null, role: MembershipRole, createdAt: string, expiresAt: string, organisation: { id: string, name: string, kind: OrganisationKind } } } };

export type LeaveAllianceMutationVariables = Exact<{
  input: LeaveAllianceInput;
}>;


export type LeaveAllianceMutation = { leaveAlliance: { id: string, state: MembershipState } };

export type MemberPeopleQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type MemberPeopleQuery = { memberPeople: Array<{ membershipId: string, userId: string, name: string, isAdmin: boolean }> };

export type MyOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOrganisationsQuery = { myOrganisations: Array<{ id: string, name: string, city?: string | null, findable: boolean, canAdminister: boolean }> };

export type SetOrganisationFindableMutationVariables = Exact<{
  input: SetOrganisationFindableInput;
}>;


export type SetOrganisationFindableMutation = { setOrganisationFindable: { id: string, findable: boolean } };

export type OrganisationInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationInvitationsQuery = { organisationInvitations: Array<{ id: string, allianceId: string, allianceName: string, invitedByOrganisation?: string | null, organisationId: string, organisationName: string, role: MembershipRole, expiresAt: string }> };

export type AcceptOrganisationInvitationMutationVariables = Exact<{
  input: AcceptOrganisationInvitationInput;
}>;


export type AcceptOrganisationInvitationMutation = { acceptOrganisationInvitation: { allianceId: string } };

export type RevokeInvitationMutationVariables = Exact<{
  input: RevokeInvitationInput;
}>;


export type RevokeInvitationMutation = { revokeInvitation: boolean };

export type OrganisationSearchQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  query: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type OrganisationSearchQuery = { organisationSearch: Array<{ id: string, name: string, city?: string | null, membershipState?: MembershipState | null }> };

export type NetworkFieldsFragment = { asOf: string, density: number, componentCount: number, statedDyads: number, reciprocity: number, quarters: Array<string>, nodes: Array<{ id: string, role: MembershipRole, degree: number, betweenness: number, closeness: number, component: number, broker: boolean, isolated: boolean, organisation: { id: string, name: string, kind: OrganisationKind, city?: string | null } }>, ties: Array<{ a: string, b: string, weight: number, kinds: Array<RelationshipKind>, sources: Array<{ source: NetworkSource, weight: number, since?: string | null }> }> };

export type NetworkQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  filter?: InputMaybe<NetworkFilterInput>;
}>;


export type NetworkQuery = { network: { asOf: string, density: number, componentCount: number, statedDyads: number, reciprocity: number, quarters: Array<string>, nodes: Array<{ id: string, role: MembershipRole, degree: number, betweenness: number, closeness: number, component: number, broker: boolean, isolated: boolean, organisation: { id: string, name: string, kind: OrganisationKind, city?: string | null } }>, ties: Array<{ a: string, b: string, weight: number, kinds: Array<RelationshipKind>, sources: Array<{ source: NetworkSource, weight: number, since?: string | null }> }> } };

export type RelationshipsQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type RelationshipsQuery = { relationships: Array<{ id: string, fromMembershipId: string, toMembershipId: string, kind: RelationshipKind, directed: boolean, strength: number, since?: string | null, until?: string | null, note: string, version: number, from: { id: string, name: string }, to: { id: string, name: string } }> };

export type StateRelationshipMutationVariables = Exact<{
  input: StateRelationshipInput;
}>;


export type StateRelationshipMutation = { stateRelationship: { id: string } };

export type RemoveRelationshipMutationVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  relationshipId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type RemoveRelationshipMutation = { removeRelationship: string };

export type NetworkPathQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  filter?: InputMaybe<NetworkFilterInput>;
}>;


export type NetworkPathQuery = { networkPath: { distance?: number | null, path: Array<{ id: string, organisation: { id: string, name: string } }> } };

export type SurveyRoundFieldsFragment = { id: string, title: string, opensOn: string, closesOn: string, state: SurveyRoundState, closedAt?: string | null, version: number, respondentCount: number, submittedCount: number, responseRate: number, myResponseState?: SurveyResponseState | null };

export type SurveyRoundsQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type SurveyRoundsQuery = { surveyRounds: Array<{ id: string, title: string, opensOn: string, closesOn: string, state: SurveyRoundState, closedAt?: string | null, version: number, respondentCount: number, submittedCount: number, responseRate: number, myResponseState?: SurveyResponseState | null }> };

export type SurveyRoundQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  roundId: Scalars['ID']['input'];
}>;


export type SurveyRoundQuery = { surveyRound: { round: { id: string, title: string, opensOn: string, closesOn: string, state: SurveyRoundState, closedAt?: string | null, version: number, respondentCount: number, submittedCount: number, responseRate: number, myResponseState?: SurveyResponseState | null }, respondents?: Array<{ id: string, state: SurveyResponseState, submittedAt?: string | null, organisation: { id: string, name: string } }> | null } };

export type MySurveyResponseQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  roundId: Scalars['ID']['input'];
}>;


export type MySurveyResponseQuery = { mySurveyResponse: { state: SurveyResponseState, version: number, others: Array<{ id: string, organisation: { id: string, name: string } }>, answers: Array<{ toMembershipId: string, kind?: RelationshipKind | null, frequency?: SurveyFrequency | null, trust?: number | null, value?: number | null }> } };

export type SurveyRoundNetworkQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  roundId: Scalars['ID']['input'];
  filter?: InputMaybe<SurveyRoundNetworkFilterInput>;
}>;


export type SurveyRoundNetworkQuery = { surveyRoundNetwork: { meanTrust?: number | null, meanValue?: number | null, mutualDyads: number, answers?: Array<{ fromMembershipId: string, toMembershipId: string, kind?: RelationshipKind | null, frequency?: SurveyFrequency | null, trust?: number | null, value?: number | null }> | null, network: { asOf: string, density: number, componentCount: number, statedDyads: number, reciprocity: number, quarters: Array<string>, nodes: Array<{ id: string, role: MembershipRole, degree: number, betweenness: number, closeness: number, component: number, broker: boolean, isolated: boolean, organisation: { id: string, name: string, kind: OrganisationKind, city?: string | null } }>, ties: Array<{ a: string, b: string, weight: number, kinds: Array<RelationshipKind>, sources: Array<{ source: NetworkSource, weight: number, since?: string | null }> }> } } };

export type SurveyComparisonQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  before: Scalars['ID']['input'];
  after: Scalars['ID']['input'];
}>;


export type SurveyComparisonQuery = { compareSurveyRounds: { newTies: number, lostTies: number, keptTies: number, densityChange: number, meanTrustChange?: number | null, meanValueChange?: number | null, reciprocityChange: number, before: { density: number, ties: number, meanTrust?: number | null, meanValue?: number | null, reciprocity: number, round: { id: string, title: string } }, after: { density: number, ties: number, meanTrust?: number | null, meanValue?: number | null, reciprocity: number, round: { id: string, title: string } }, pairs: Array<{ change: SurveyPairChange, trustBefore?: number | null, trustAfter?: number | null, valueBefore?: number | null, valueAfter?: number | null, a: { id: string, organisation: { id: string, name: string } }, b: { id: string, organisation: { id: string, name: string } } }> } };

export type OpenSurveyRoundMutationVariables = Exact<{
  input: OpenSurveyRoundInput;
}>;


export type OpenSurveyRoundMutation = { openSurveyRound: { id: string } };

export type CloseSurveyRoundMutationVariables = Exact<{
  input: CloseSurveyRoundInput;
}>;


export type CloseSurveyRoundMutation = { closeSurveyRound: { id: string, state: SurveyRoundState } };

export type SaveSurveyResponseMutationVariables = Exact<{
  input: SaveSurveyResponseInput;
}>;


export type SaveSurveyResponseMutation = { saveSurveyResponse: { state: SurveyResponseState, version: number } };

export type MyNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNotificationsQuery = { unreadNotificationCount: number, myNotifications: Array<{ id: string, allianceId: string, allianceName: string, kind: NotificationKind, params: any, link: string, read: boolean, createdAt: string }> };

export type MarkNotificationsReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type UnsubscribeMutationVariables = Exact<{
  input: UnsubscribeInput;
}>;


export type UnsubscribeMutation = { unsubscribe: { kind: NotificationKind } };

export type CreateAllianceForBackboneMutationVariables = Exact<{
  input: CreateAllianceForBackboneInput;
}>;


export type CreateAllianceForBackboneMutation = { createAllianceForBackbone: { allianceId: string, allianceName: string, organisationName: string, mailedTo: Array<string>, acceptPath: string } };

export type JoinableAlliancesQueryVariables = Exact<{
  query: Scalars['String']['input'];
}>;


export type JoinableAlliancesQuery = { joinableAlliances: Array<{ id: string, name: string, backboneName?: string | null, city?: string | null }> };

export type JoinLinkPreviewQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type JoinLinkPreviewQuery = { joinLinkPreview: { id: string, name: string, backboneName?: string | null, city?: string | null } };

export type MyJoinRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyJoinRequestsQuery = { myJoinRequests: Array<{ id: string, allianceId: string, allianceName: string, state: JoinRequestState, role?: MembershipRole | null, declineReason?: string | null, createdAt: string, organisation: { id: string, name: string } }> };

export type RequestToJoinMutationVariables = Exact<{
  input: RequestToJoinInput;
}>;


export type RequestToJoinMutation = { requestToJoin: { id: string, allianceName: string, state: JoinRequestState } };

export type JoinRequestsQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type JoinRequestsQuery = { joinRequests: Array<{ id: string, message: string, requestedByName?: string | null, viaLink: boolean, version: number, createdAt: string, organisation: { id: string, name: string, kind: OrganisationKind, city?: string | null } }> };

export type AcceptJoinRequestMutationVariables = Exact<{
  input: AcceptJoinRequestInput;
}>;


export type AcceptJoinRequestMutation = { acceptJoinRequest: { id: string, state: JoinRequestState, role?: MembershipRole | null } };

export type DeclineJoinRequestMutationVariables = Exact<{
  input: DeclineJoinRequestInput;
}>;


export type DeclineJoinRequestMutation = { declineJoinRequest: { id: string, state: JoinRequestState } };

export type JoinSettingsQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type JoinSettingsQuery = { joinSettings: { joinRequestsOpen: boolean, joinLinkPath?: string | null } };

export type SetJoinRequestsOpenMutationVariables = Exact<{
  input: SetJoinRequestsOpenInput;
}>;


export type SetJoinRequestsOpenMutation = { setJoinRequestsOpen: { joinRequestsOpen: boolean, joinLinkPath?: string | null } };

export type RenewJoinLinkMutationVariables = Exact<{
  input: JoinLinkInput;
}>;


export type RenewJoinLinkMutation = { renewJoinLink: { joinRequestsOpen: boolean, joinLinkPath?: string | null } };

export type RevokeJoinLinkMutationVariables = Exact<{
  input: JoinLinkInput;
}>;


export type RevokeJoinLinkMutation = { revokeJoinLink: { joinRequestsOpen: boolean, joinLinkPath?: string | null } };

export type PlatformOrganisationsQueryVariables = Exact<{
  query: Scalars['String']['input'];
}>;


export type PlatformOrganisationsQuery = { platformOrganisations: Array<{ id: string, name: string, kind: OrganisationKind, city?: string | null }> };

export type PlatformSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformSettingsQuery = { platformSettings: { registrationOpen: boolean, updatedAt: string } };

export type SetRegistrationOpenMutationVariables = Exact<{
  input: SetRegistrationOpenInput;
}>;


export type SetRegistrationOpenMutation = { setRegistrationOpen: { registrationOpen: boolean, updatedAt: string } };

export type RegisterOrganisationMutationVariables = Exact<{
  input: RegisterOrganisationInput;
}>;


export type RegisterOrganisationMutation = { registerOrganisation: boolean };

export type VerifyEmailMutationVariables = Exact<{
  input: VerifyEmailInput;
}>;


export type VerifyEmailMutation = { verifyEmail: boolean };

export type ParticipationItemFieldsFragment = { id: string, kind: ParticipationKind, offerId?: string | null, offerTitle?: string | null, category?: ReportCategory | null, targetGroup?: string | null, districtName?: string | null, address?: string | null, lat?: number | null, lng?: number | null, text: string, rating?: number | null, authorLabel?: string | null, moderation: ModerationStatus, moderationReason?: string | null, status?: ReportStatus | null, statusReason?: string | null, publicAnswer?: string | null, answeredByName?: string | null, answeredAt?: string | null, changedText?: string | null, forwardedMembershipId?: string | null, forwardedOrganisationName?: string | null, forwardNote?: string | null, forwardedAt?: string | null, supportCount: number, abuseReports: number, hasEmail: boolean, hasPhoto: boolean, version: number, createdAt: string };

export type ParticipationQueueQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  status: ModerationStatus;
}>;


export type ParticipationQueueQuery = { participationQueue: Array<{ id: string, kind: ParticipationKind, offerId?: string | null, offerTitle?: string | null, category?: ReportCategory | null, targetGroup?: string | null, districtName?: string | null, address?: string | null, lat?: number | null, lng?: number | null, text: string, rating?: number | null, authorLabel?: string | null, moderation: ModerationStatus, moderationReason?: string | null, status?: ReportStatus | null, statusReason?: string | null, publicAnswer?: string | null, answeredByName?: string | null, answeredAt?: string | null, changedText?: string | null, forwardedMembershipId?: string | null, forwardedOrganisationName?: string | null, forwardNote?: string | null, forwardedAt?: string | null, supportCount: number, abuseReports: number, hasEmail: boolean, hasPhoto: boolean, version: number, createdAt: string }> };

export type ParticipationPhotoQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  itemId: Scalars['ID']['input'];
}>;


export type ParticipationPhotoQuery = { participationItem: { id: string, photoDataUrl?: string | null } };

export type ForwardedReportsQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type ForwardedReportsQuery = { forwardedReports: Array<{ id: string, kind: ParticipationKind, offerId?: string | null, offerTitle?: string | null, category?: ReportCategory | null, targetGroup?: string | null, districtName?: string | null, address?: string | null, lat?: number | null, lng?: number | null, text: string, rating?: number | null, authorLabel?: string | null, moderation: ModerationStatus, moderationReason?: string | null, status?: ReportStatus | null, statusReason?: string | null, publicAnswer?: string | null, answeredByName?: string | null, answeredAt?: string | null, changedText?: string | null, forwardedMembershipId?: string | null, forwardedOrganisationName?: string | null, forwardNote?: string | null, forwardedAt?: string | null, supportCount: number, abuseReports: number, hasEmail: boolean, hasPhoto: boolean, version: number, createdAt: string }> };

export type OfferFeedbackQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type OfferFeedbackQuery = { offerFeedback: Array<{ id: string, kind: ParticipationKind, offerId?: string | null, offerTitle?: string | null, category?: ReportCategory | null, targetGroup?: string | null, districtName?: string | null, address?: string | null, lat?: number | null, lng?: number | null, text: string, rating?: number | null, authorLabel?: string | null, moderation: ModerationStatus, moderationReason?: string | null, status?: ReportStatus | null, statusReason?: string | null, publicAnswer?: string | null, answeredByName?: string | null, answeredAt?: string | null, changedText?: string | null, forwardedMembershipId?: string | null, forwardedOrganisationName?: string | null, forwardNote?: string | null, forwardedAt?: string | null, supportCount: number, abuseReports: number, hasEmail: boolean, hasPhoto: boolean, version: number, createdAt: string }> };

export type ParticipationRightsQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type ParticipationRightsQuery = { participationRights: { moderator: boolean, forwardedReports: boolean, answersFeedback: boolean } };

export type ParticipationMembersQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type ParticipationMembersQuery = { members: Array<{ id: string, role: MembershipRole, state: MembershipState, organisation: { id: string, name: string } }> };

export type ModerateParticipationMutationVariables = Exact<{
  input: ModerateParticipationInput;
}>;


export type ModerateParticipationMutation = { moderateParticipation: { id: string, kind: ParticipationKind, offerId?: string | null, offerTitle?: string | null, category?: ReportCategory | null, targetGroup?: string | null, districtName?: string | null, address?: string | null, lat?: number | null, lng?: number | null, text: string, rating?: number | null, authorLabel?: string | null, moderation: ModerationStatus, moderationReason?: string | null, status?: ReportStatus | null, statusReason?: string | null, publicAnswer?: string | null, answeredByName?: string | null, answeredAt?: string | null, changedText?: string | null, forwardedMembershipId?: string | null, forwardedOrganisationName?: string | null, forwardNote?: string | null, forwardedAt?: string | null, supportCount: number, abuseReports: number, hasEmail: boolean, hasPhoto: boolean, version: number, createdAt: string } };

export type MergeReportsMutationVariables = Exact<{
  input: MergeReportsInput;
}>;


export type MergeReportsMutation = { mergeReports: { id: string, kind: ParticipationKind, offerId?: string | null, offerTitle?: string | null, category?: ReportCategory | null, targetGroup?: string | null, districtName?: string | null, address?: string | null, lat?: number | null, lng?: number | null, text: string, rating?: number | null, authorLabel?: string | null, moderation: ModerationStatus, moderationReason?: string | null, status?: ReportStatus | null, statusReason?: string | null, publicAnswer?: string | null, answeredByName?: string | null, answeredAt?: string | null, changedText?: string | null, forwardedMembershipId?: string | null, forwardedOrganisationName?: string | null, forwardNote?: string | null, forwardedAt?: string | null, supportCount: number, abuseReports: number, hasEmail: boolean, hasPhoto: boolean, version: number, createdAt: string } };

export type ForwardReportMutationVariables = Exact<{
  input: ForwardReportInput;
}>;


export type ForwardReportMutation = { forwardReport: { id: string, kind: ParticipationKind, offerId?: string | null, offerTitle?: string | null, category?: ReportCategory | null, targetGroup?: string | null, districtName?: string | null, address?: string | null, lat?: number | null, lng?: number | null, text: string, rating?: number | null, authorLabel?: string | null, moderation: ModerationStatus, moderationReason?: string | null, status?: ReportStatus | null, statusReason?: string | null, publicAnswer?: string | null, answeredByName?: string | null, answeredAt?: string | null, changedText?: string | null, forwardedMembershipId?: string | null, forwardedOrganisationName?: string | null, forwardNote?: string | null, forwardedAt?: string | null, supportCount: number, abuseReports: number, hasEmail: boolean, hasPhoto: boolean, version: number, createdAt: string } };

export type ResolveReportMutationVariables = Exact<{
  input: ResolveReportInput;
}>;


export type ResolveReportMutation = { resolveReport: { id: string, kind: ParticipationKind, offerId?: string | null, offerTitle?: string | null, category?: ReportCategory | null, targetGroup?: string | null, districtName?: string | null, address?: string | null, lat?: number | null, lng?: number | null, text: string, rating?: number | null, authorLabel?: string | null, moderation: ModerationStatus, moderationReason?: string | null, status?: ReportStatus | null, statusReason?: string | null, publicAnswer?: string | null, answeredByName?: string | null, answeredAt?: string | null, changedText?: string | null, forwardedMembershipId?: string | null, forwardedOrganisationName?: string | null, forwardNote?: string | null, forwardedAt?: string | null, supportCount: number, abuseReports: number, hasEmail: boolean, hasPhoto: boolean, version: number, createdAt: string } };

export type AnswerFeedbackMutationVariables = Exact<{
  input: AnswerFeedbackInput;
}>;


export type AnswerFeedbackMutation = { answerFeedback: { id: string, kind: ParticipationKind, offerId?: string | null, offerTitle?: string | null, category?: ReportCategory | null, targetGroup?: string | null, districtName?: string | null, address?: string | null, lat?: number | null, lng?: number | null, text: string, rating?: number | null, authorLabel?: string | null, moderation: ModerationStatus, moderationReason?: string | null, status?: ReportStatus | null, statusReason?: string | null, publicAnswer?: string | null, answeredByName?: string | null, answeredAt?: string | null, changedText?: string | null, forwardedMembershipId?: string | null, forwardedOrganisationName?: string | null, forwardNote?: string | null, forwardedAt?: string | null, supportCount: number, abuseReports: number, hasEmail: boolean, hasPhoto: boolean, version: number, createdAt: string } };

export type MarkFeedbackChangedMutationVariables = Exact<{
  input: MarkFeedbackChangedInput;
}>;


export type MarkFeedbackChangedMutation = { markFeedbackChanged: { id: string, kind: ParticipationKind, offerId?: string | null, offerTitle?: string | null, category?: ReportCategory | null, targetGroup?: string | null, districtName?: string | null, address?: string | null, lat?: number | null, lng?: number | null, text: string, rating?: number | null, authorLabel?: string | null, moderation: ModerationStatus, moderationReason?: string | null, status?: ReportStatus | null, statusReason?: string | null, publicAnswer?: string | null, answeredByName?: string | null, answeredAt?: string | null, changedText?: string | null, forwardedMembershipId?: string | null, forwardedOrganisationName?: string | null, forwardNote?: string | null, forwardedAt?: string | null, supportCount: number, abuseReports: number, hasEmail: boolean, hasPhoto: boolean, version: number, createdAt: string } };

export type DeadLettersQueryVariables = Exact<{ [key: string]: never; }>;


export type DeadLettersQuery = { mailDeadLetters: Array<{ id: string, kind: string, toAddress: string, subject: string, attempts: number, lastError?: string | null, createdAt: string, deadAt: string }> };

export type RequeueDeadLetterMutationVariables = Exact<{
  input: RequeueDeadLetterInput;
}>;


export type RequeueDeadLetterMutation = { requeueDeadLetter: boolean };

export type RegisterPortalProviderMutationVariables = Exact<{
  input: RegisterPortalProviderInput;
}>;


export type RegisterPortalProviderMutation = { registerPortalProvider: boolean };

export type PortalOfferFieldsFragment = { id: string, status: OfferStatus, providerName: string, version: number, publishedAt?: string | null, confirmedAt?: string | null, freshness?: OfferFreshness | null, districtName?: string | null, content: { title: string, summary: string, description: string, categories: Array<string>, targetGroups: Array<string>, ageMin?: number | null, ageMax?: number | null, districtId?: string | null, street?: string | null, postalCode?: string | null, city?: string | null, scheduleKind: OfferScheduleKind, scheduleNote: string, isFree: boolean, costNote: string, stepFree: boolean, signLanguage: boolean, easyLanguage: boolean, languages: Array<string>, registrationRequired: boolean, contactName?: string | null, contactEmail?: string | null, contactPhone?: string | null, imageIds: Array<string> }, openRevision?: { id: string, state: OfferRevisionState, version: number, returnReason?: string | null, content: { title: string } } | null };

export type MyPortalOffersQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type MyPortalOffersQuery = { portalSettings: { name: string, enabled: boolean }, myPortalOffers: Array<{ id: string, status: OfferStatus, providerName: string, version: number, publishedAt?: string | null, confirmedAt?: string | null, freshness?: OfferFreshness | null, districtName?: string | null, content: { title: string, summary: string, description: string, categories: Array<string>, targetGroups: Array<string>, ageMin?: number | null, ageMax?: number | null, districtId?: string | null, street?: string | null, postalCode?: string | null, city?: string | null, scheduleKind: OfferScheduleKind, scheduleNote: string, isFree: boolean, costNote: string, stepFree: boolean, signLanguage: boolean, easyLanguage: boolean, languages: Array<string>, registrationRequired: boolean, contactName?: string | null, contactEmail?: string | null, contactPhone?: string | null, imageIds: Array<string> }, openRevision?: { id: string, state: OfferRevisionState, version: number, returnReason?: string | null, content: { title: string } } | null }>, portalDistricts: Array<{ id: string, name: string }> };

export type CreatePortalOfferMutationVariables = Exact<{
  input: CreatePortalOfferInput;
}>;


export type CreatePortalOfferMutation = { createPortalOffer: { id: string, status: OfferStatus, providerName: string, version: number, publishedAt?: string | null, confirmedAt?: string | null, freshness?: OfferFreshness | null, districtName?: string | null, content: { title: string, summary: string, description: string, categories: Array<string>, targetGroups: Array<string>, ageMin?: number | null, ageMax?: number | null, districtId?: string | null, street?: string | null, postalCode?: string | null, city?: string | null, scheduleKind: OfferScheduleKind, scheduleNote: string, isFree: boolean, costNote: string, stepFree: boolean, signLanguage: boolean, easyLanguage: boolean, languages: Array<string>, registrationRequired: boolean, contactName?: string | null, contactEmail?: string | null, contactPhone?: string | null, imageIds: Array<string> }, openRevision?: { id: string, state: OfferRevisionState, version: number, returnReason?: string | null, content: { title: string } } | null } };

export type UpdatePortalOfferMutationVariables = Exact<{
  input: UpdatePortalOfferInput;
}>;


export type UpdatePortalOfferMutation = { updatePortalOffer: { id: string, status: OfferStatus, providerName: string, version: number, publishedAt?: string | null, confirmedAt?: string | null, freshness?: OfferFreshness | null, districtName?: string | null, content: { title: string, summary: string, description: string, categories: Array<string>, targetGroups: Array<string>, ageMin?: number | null, ageMax?: number | null, districtId?: string | null, street?: string | null, postalCode?: string | null, city?: string | null, scheduleKind: OfferScheduleKind, scheduleNote: string, isFree: boolean, costNote: string, stepFree: boolean, signLanguage: boolean, easyLanguage: boolean, languages: Array<string>, registrationRequired: boolean, contactName?: string | null, contactEmail?: string | null, contactPhone?: string | null, imageIds: Array<string> }, openRevision?: { id: string, state: OfferRevisionState, version: number, returnReason?: string | null, content: { title: string } } | null } };

export type ConfirmPortalOfferMutationVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  offerId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type ConfirmPortalOfferMutation = { confirmPortalOffer: { id: string, confirmedAt: string, version: number } };

export type UploadPortalImageMutationVariables = Exact<{
  input: UploadPortalImageInput;
}>;


export type UploadPortalImageMutation = { uploadPortalImage: { id: string, width: number, height: number } };

export type PortalPlanningQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type PortalPlanningQuery = { portalPlanning: { targetGroups: Array<string>, medianOffers?: number | null, districts: Array<{ id: string, name: string, population?: number | null, offers: number, perThousand?: number | null }>, cells: Array<{ districtId?: string | null, targetGroup: string, offers: number, perThousand?: number | null, activities: number }> }, portalDistricts: Array<{ id: string, name: string, geojson?: any | null }> };

export type PortalFreshnessQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  fromDay: Scalars['String']['input'];
  toDay: Scalars['String']['input'];
}>;


export type PortalFreshnessQuery = { portalFreshness: Array<{ kind: string, id: string, title: string, count?: number | null, owner: string, dueOn: string, state: string }> };

export type PortalReviewQueueQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type PortalReviewQueueQuery = { portalReviewQueue: Array<{ id: string, offerId: string, version: number, providerName: string, submittedAt: string, submittedByName?: string | null, baseContent?: { title: string } | null, content: { title: string }, changes: Array<{ field: string, before?: string | null, after?: string | null }> }>, portalDistricts: Array<{ id: string, name: string }> };

export type ApprovePortalOfferRevisionMutationVariables = Exact<{
  input: DecideOfferRevisionInput;
}>;


export type ApprovePortalOfferRevisionMutation = { approvePortalOfferRevision: { id: string, status: OfferStatus } };

export type ReturnPortalOfferRevisionMutationVariables = Exact<{
  input: DecideOfferRevisionInput;
}>;


export type ReturnPortalOfferRevisionMutation = { returnPortalOfferRevision: { id: string, status: OfferStatus } };

export type PortalRightsQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type PortalRightsQuery = { portalRights: { editor: boolean, manager: boolean } };

export type PortalSettingsPageQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type PortalSettingsPageQuery = { portalSettings: { enabled: boolean, name: string, intro: string, primaryColor?: string | null, accentColor?: string | null, providerSignupOpen: boolean, reminderMonths: number, flagMonths: number, hideMonths: number, version: number, slug?: string | null, mapStyleUrl?: string | null, tileUrl?: string | null, logoDataUrl?: string | null }, portalPlanning: { districts: Array<{ id: string, name: string, population?: number | null }> } };

export type UpdatePortalSettingsMutationVariables = Exact<{
  input: UpdatePortalSettingsInput;
}>;


export type UpdatePortalSettingsMutation = { updatePortalSettings: { version: number } };

export type SetPortalLogoMutationVariables = Exact<{
  input: SetPortalLogoInput;
}>;


export type SetPortalLogoMutation = { setPortalLogo: { logoDataUrl?: string | null } };

export type SetDistrictPopulationMutationVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  districtId: Scalars['ID']['input'];
  population?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SetDistrictPopulationMutation = { setDistrictPopulation: boolean };

export type ReportingMeasurementFieldsFragment = { id: string, indicatorId: string, indicatorName: string, membershipId: string, reportingPeriodId: string, periodKey: string, status: MeasurementStatus, value?: number | null, numerator?: number | null, denominator?: number | null, note: string, rejectionReason?: string | null, submittedAt?: string | null, submittedByName?: string | null, reviewedAt?: string | null, reviewedByName?: string | null, updatedAt: string, version: number, organisation: { id: string, name: string }, parts: Array<{ categoryId: string, categoryName: string, dimensionId: string, dimensionName: string, value?: number | null }>, overlaps: Array<{ id: string, otherMembershipId: string, otherOrganisationName: string, amount?: number | null, note: string }> };

export type ReportingMeasurementWarningFragment = { code: string, field: string, previousPeriodKey: string, previousValue: number, value: number, change: number };

export type ReportingIndicatorsQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type ReportingIndicatorsQuery = { indicators: { nodes: Array<{ id: string, code?: string | null, name: string, frequency: ReportingFrequency, unit: string, decimals: number, aggregation: IndicatorAggregation, numeratorLabel?: string | null, denominatorLabel?: string | null, allowNegative: boolean, integerOnly: boolean, minValue?: number | null, maxValue?: number | null, allowRatioAboveOne: boolean, jumpWarningShare?: number | null, dimensions: Array<{ id: string, name: string, categories: Array<{ id: string, name: string, position: number }> }> }> } };

export type ReportingMeasurementsQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  filter: MeasurementFilter;
  first: Scalars['Int']['input'];
}>;


export type ReportingMeasurementsQuery = { measurements: { totalCount: number, nodes: Array<{ id: string, indicatorId: string, indicatorName: string, membershipId: string, reportingPeriodId: string, periodKey: string, status: MeasurementStatus, value?: number | null, numerator?: number | null, denominator?: number | null, note: string, rejectionReason?: string | null, submittedAt?: string | null, submittedByName?: string | null, reviewedAt?: string | null, reviewedByName?: string | null, updatedAt: string, version: number, organisation: { id: string, name: string }, parts: Array<{ categoryId: string, categoryName: string, dimensionId: string, dimensionName: string, value?: number | null }>, overlaps: Array<{ id: string, otherMembershipId: string, otherOrganisationName: string, amount?: number | null, note: string }> }> } };

export type ReportingOpenPeriodsQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type ReportingOpenPeriodsQuery = { reportingPeriods: { nodes: Array<{ id: string, periodKey: string, frequency: ReportingFrequency, state: ReportingPeriodState, dueOn?: string | null, startsOn: string, endsOn: string, version: number }> } };

export type ReportingOverlapMembersQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type ReportingOverlapMembersQuery = { members: Array<{ id: string, role: MembershipRole, state: MembershipState, organisation: { id: string, name: string } }> };

export type ReviewQueueQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type ReviewQueueQuery = { reviewQueue: { totalCount: number, nodes: Array<{ id: string, indicatorId: string, indicatorName: string, membershipId: string, reportingPeriodId: string, periodKey: string, status: MeasurementStatus, value?: number | null, numerator?: number | null, denominator?: number | null, note: string, rejectionReason?: string | null, submittedAt?: string | null, submittedByName?: string | null, reviewedAt?: string | null, reviewedByName?: string | null, updatedAt: string, version: number, previous?: { periodKey: string, value?: number | null, numerator?: number | null, denominator?: number | null, status: MeasurementStatus } | null, warnings: Array<{ code: string, field: string, previousPeriodKey: string, previousValue: number, value: number, change: number }>, organisation: { id: string, name: string }, parts: Array<{ categoryId: string, categoryName: string, dimensionId: string, dimensionName: string, value?: number | null }>, overlaps: Array<{ id: string, otherMembershipId: string, otherOrganisationName: string, amount?: number | null, note: string }> }> } };

export type DeclareOverlapMutationVariables = Exact<{
  input: DeclareOverlapInput;
}>;


export type DeclareOverlapMutation = { declareOverlap: { id: string, indicatorId: string, indicatorName: string, membershipId: string, reportingPeriodId: string, periodKey: string, status: MeasurementStatus, value?: number | null, numerator?: number | null, denominator?: number | null, note: string, rejectionReason?: string | null, submittedAt?: string | null, submittedByName?: string | null, reviewedAt?: string | null, reviewedByName?: string | null, updatedAt: string, version: number, organisation: { id: string, name: string }, parts: Array<{ categoryId: string, categoryName: string, dimensionId: string, dimensionName: string, value?: number | null }>, overlaps: Array<{ id: string, otherMembershipId: string, otherOrganisationName: string, amount?: number | null, note: string }> } };

export type RemoveOverlapMutationVariables = Exact<{
  input: RemoveOverlapInput;
}>;


export type RemoveOverlapMutation = { removeOverlap: { id: string, indicatorId: string, indicatorName: string, membershipId: string, reportingPeriodId: string, periodKey: string, status: MeasurementStatus, value?: number | null, numerator?: number | null, denominator?: number | null, note: string, rejectionReason?: string | null, submittedAt?: string | null, submittedByName?: string | null, reviewedAt?: string | null, reviewedByName?: string | null, updatedAt: string, version: number, organisation: { id: string, name: string }, parts: Array<{ categoryId: string, categoryName: string, dimensionId: string, dimensionName: string, value?: number | null }>, overlaps: Array<{ id: string, otherMembershipId: string, otherOrganisationName: string, amount?: number | null, note: string }> } };

export type ApproveMeasurementMutationVariables = Exact<{
  input: ApproveMeasurementInput;
}>;


export type ApproveMeasurementMutation = { approveMeasurement: { id: string, indicatorId: string, indicatorName: string, membershipId: string, reportingPeriodId: string, periodKey: string, status: MeasurementStatus, value?: number | null, numerator?: number | null, denominator?: number | null, note: string, rejectionReason?: string | null, submittedAt?: string | null, submittedByName?: string | null, reviewedAt?: string | null, reviewedByName?: string | null, updatedAt: string, version: number, organisation: { id: string, name: string }, parts: Array<{ categoryId: string, categoryName: string, dimensionId: string, dimensionName: string, value?: number | null }>, overlaps: Array<{ id: string, otherMembershipId: string, otherOrganisationName: string, amount?: number | null, note: string }> } };

export type RejectMeasurementMutationVariables = Exact<{
  input: RejectMeasurementInput;
}>;


export type RejectMeasurementMutation = { rejectMeasurement: { id: string, indicatorId: string, indicatorName: string, membershipId: string, reportingPeriodId: string, periodKey: string, status: MeasurementStatus, value?: number | null, numerator?: number | null, denominator?: number | null, note: string, rejectionReason?: string | null, submittedAt?: string | null, submittedByName?: string | null, reviewedAt?: string | null, reviewedByName?: string | null, updatedAt: string, version: number, organisation: { id: string, name: string }, parts: Array<{ categoryId: string, categoryName: string, dimensionId: string, dimensionName: string, value?: number | null }>, overlaps: Array<{ id: string, otherMembershipId: string, otherOrganisationName: string, amount?: number | null, note: string }> } };

export type ReopenMeasurementMutationVariables = Exact<{
  input: ReopenMeasurementInput;
}>;


export type ReopenMeasurementMutation = { reopenMeasurement: { id: string, indicatorId: string, indicatorName: string, membershipId: string, reportingPeriodId: string, periodKey: string, status: MeasurementStatus, value?: number | null, numerator?: number | null, denominator?: number | null, note: string, rejectionReason?: string | null, submittedAt?: string | null, submittedByName?: string | null, reviewedAt?: string | null, reviewedByName?: string | null, updatedAt: string, version: number, organisation: { id: string, name: string }, parts: Array<{ categoryId: string, categoryName: string, dimensionId: string, dimensionName: string, value?: number | null }>, overlaps: Array<{ id: string, otherMembershipId: string, otherOrganisationName: string, amount?: number | null, note: string }> } };

export type ApproveMeasurementsMutationVariables = Exact<{
  input: ApproveMeasurementsInput;
}>;


export type ApproveMeasurementsMutation = { approveMeasurements: Array<{ id: string, indicatorId: string, indicatorName: string, membershipId: string, reportingPeriodId: string, periodKey: string, status: MeasurementStatus, value?: number | null, numerator?: number | null, denominator?: number | null, note: string, rejectionReason?: string | null, submittedAt?: string | null, submittedByName?: string | null, reviewedAt?: string | null, reviewedByName?: string | null, updatedAt: string, version: number, organisation: { id: string, name: string }, parts: Array<{ categoryId: string, categoryName: string, dimensionId: string, dimensionName: string, value?: number | null }>, overlaps: Array<{ id: string, otherMembershipId: string, otherOrganisationName: string, amount?: number | null, note: string }> }> };

export type SaveMeasurementMutationVariables = Exact<{
  input: SaveMeasurementInput;
}>;


export type SaveMeasurementMutation = { saveMeasurement: { id: string, indicatorId: string, indicatorName: string, membershipId: string, reportingPeriodId: string, periodKey: string, status: MeasurementStatus, value?: number | null, numerator?: number | null, denominator?: number | null, note: string, rejectionReason?: string | null, submittedAt?: string | null, submittedByName?: string | null, reviewedAt?: string | null, reviewedByName?: string | null, updatedAt: string, version: number, warnings: Array<{ code: string, field: string, previousPeriodKey: string, previousValue: number, value: number, change: number }>, organisation: { id: string, name: string }, parts: Array<{ categoryId: string, categoryName: string, dimensionId: string, dimensionName: string, value?: number | null }>, overlaps: Array<{ id: string, otherMembershipId: string, otherOrganisationName: string, amount?: number | null, note: string }> } };

export type SubmitMeasurementMutationVariables = Exact<{
  input: SubmitMeasurementInput;
}>;


export type SubmitMeasurementMutation = { submitMeasurement: { id: string, indicatorId: string, indicatorName: string, membershipId: string, reportingPeriodId: string, periodKey: string, status: MeasurementStatus, value?: number | null, numerator?: number | null, denominator?: number | null, note: string, rejectionReason?: string | null, submittedAt?: string | null, submittedByName?: string | null, reviewedAt?: string | null, reviewedByName?: string | null, updatedAt: string, version: number, warnings: Array<{ code: string, field: string, previousPeriodKey: string, previousValue: number, value: number, change: number }>, organisation: { id: string, name: string }, parts: Array<{ categoryId: string, categoryName: string, dimensionId: string, dimensionName: string, value?: number | null }>, overlaps: Array<{ id: string, otherMembershipId: string, otherOrganisationName: string, amount?: number | null, note: string }> } };

export type SubmitMeasurementsMutationVariables = Exact<{
  input: SubmitMeasurementsInput;
}>;


export type SubmitMeasurementsMutation = { submitMeasurements: { ok: boolean, errors: Array<{ row: number, code: string, field?: string | null, fieldCode?: string | null, params?: any | null, message: string }>, warnings: Array<{ row: number, code: string, field: string, previousPeriodKey: string, previousValue: number, value: number, change: number }>, saved: Array<{ id: string, indicatorId: string, indicatorName: string, membershipId: string, reportingPeriodId: string, periodKey: string, status: MeasurementStatus, value?: number | null, numerator?: number | null, denominator?: number | null, note: string, rejectionReason?: string | null, submittedAt?: string | null, submittedByName?: string | null, reviewedAt?: string | null, reviewedByName?: string | null, updatedAt: string, version: number, organisation: { id: string, name: string }, parts: Array<{ categoryId: string, categoryName: string, dimensionId: string, dimensionName: string, value?: number | null }>, overlaps: Array<{ id: string, otherMembershipId: string, otherOrganisationName: string, amount?: number | null, note: string }> }> } };

export type ChangeAllianceLifecycleMutationVariables = Exact<{
  input: ChangeAllianceLifecycleInput;
}>;


export type ChangeAllianceLifecycleMutation = { changeAllianceLifecycle: { alliance: { id: string, lifecycle: AllianceLifecycle, version: number }, warnings: Array<{ code: AgendaWarningCode, goalId: string, goalTitle: string }> } };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken: { secret: string, token: { id: string, name: string } } };

export type CreateDistrictMutationVariables = Exact<{
  input: CreateDistrictInput;
}>;


export type CreateDistrictMutation = { createDistrict: { id: string, name: string, version: number, hasShape: boolean, activityCount: number } };

export type UpdateDistrictMutationVariables = Exact<{
  input: UpdateDistrictInput;
}>;


export type UpdateDistrictMutation = { updateDistrict: { id: string, name: string, version: number, hasShape: boolean, activityCount: number } };

export type DeleteDistrictMutationVariables = Exact<{
  input: DeleteDistrictInput;
}>;


export type DeleteDistrictMutation = { deleteDistrict: { id: string, movedActivities: number } };

export type AllianceLifecycleQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type AllianceLifecycleQuery = { alliance: { id: string, lifecycle: AllianceLifecycle, version: number } };

export type ApiTokensQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
  page?: InputMaybe<PageInput>;
}>;


export type ApiTokensQuery = { apiTokens: { totalCount: number, pageInfo: { endCursor?: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, name: string, role: ApiTokenRole, membershipId?: string | null, memberName?: string | null, tokenPrefix: string, createdByName?: string | null, createdAt: string, expiresAt: string, lastUsedAt?: string | null, revokedAt?: string | null }> } };

export type TokenMembersQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type TokenMembersQuery = { members: Array<{ id: string, role: MembershipRole, state: MembershipState, organisation: { id: string, name: string } }> };

export type PublicProgressSettingsQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type PublicProgressSettingsQuery = { publicProgressSettings: { allianceId: string, published: boolean, slug?: string | null, goalIds: Array<string>, indicatorIds: Array<string>, version: number }, goals: Array<{ id: string, title: string, depth: number }>, indicators: { nodes: Array<{ id: string, code?: string | null, name: string }> } };

export type UpdatePublicProgressMutationVariables = Exact<{
  input: UpdatePublicProgressInput;
}>;


export type UpdatePublicProgressMutation = { updatePublicProgress: { allianceId: string, published: boolean, slug?: string | null, goalIds: Array<string>, indicatorIds: Array<string>, version: number } };

export type RevokeApiTokenMutationVariables = Exact<{
  input: RevokeApiTokenInput;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { id: string, revokedAt?: string | null } };

export type UpdateAllianceProfileMutationVariables = Exact<{
  input: UpdateAllianceProfileInput;
}>;


export type UpdateAllianceProfileMutation = { updateAllianceProfile: { id: string, name: string, kind: AllianceKind, problemStatement: string, vision: string, periodStart?: string | null, periodEnd?: string | null, guestComments: boolean, requireTwoFactorForAdmins: boolean, logoDataUrl?: string | null, primaryColor?: string | null, version: number } };

export type UpdateSmallNumberThresholdMutationVariables = Exact<{
  input: UpdateSmallNumberThresholdInput;
}>;


export type UpdateSmallNumberThresholdMutation = { updateSmallNumberThreshold: { allianceId: string, smallNumberThreshold: number, appliesToMe: boolean, version: number } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, name: string, locale: string, isPlatformAdmin: boolean, organisations: Array<{ id: string, name: string, kind: OrganisationKind }> } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { expiresAt?: string | null, twoFactorChallenge?: string | null, user?: { id: string, email: string, name: string, locale: string, isPlatformAdmin: boolean, organisations: Array<{ id: string, name: string, kind: OrganisationKind }> } | null } };

export type LoginWithTwoFactorMutationVariables = Exact<{
  input: LoginWithTwoFactorInput;
}>;


export type LoginWithTwoFactorMutation = { loginWithTwoFactor: { expiresAt?: string | null, user?: { id: string, email: string, name: string, locale: string, isPlatformAdmin: boolean, organisations: Array<{ id: string, name: string, kind: OrganisationKind }> } | null } };

export type UpdateMyLocaleMutationVariables = Exact<{
  input: UpdateMyLocaleInput;
}>;


export type UpdateMyLocaleMutation = { updateMyLocale: { id: string, locale: string } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type DisclosureSettingsQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type DisclosureSettingsQuery = { disclosureSettings: { allianceId: string, smallNumberThreshold: number, appliesToMe: boolean, version: number } };

export type DistrictFieldsFragment = { id: string, name: string, version: number, hasShape: boolean, activityCount: number };

export type AllianceDistrictsQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type AllianceDistrictsQuery = { districts: Array<{ id: string, name: string, version: number, hasShape: boolean, activityCount: number }> };

export type AllianceProfileFieldsFragment = { id: string, name: string, kind: AllianceKind, problemStatement: string, vision: string, periodStart?: string | null, periodEnd?: string | null, guestComments: boolean, requireTwoFactorForAdmins: boolean, logoDataUrl?: string | null, primaryColor?: string | null, version: number };

export type MemberOptionFieldsFragment = { id: string, role: MembershipRole, state: MembershipState, organisation: { id: string, name: string } };

export type IndicatorValueRulesFragment = { unit: string, decimals: number, aggregation: IndicatorAggregation, numeratorLabel?: string | null, denominatorLabel?: string | null, allowNegative: boolean, integerOnly: boolean, minValue?: number | null, maxValue?: number | null, allowRatioAboveOne: boolean, jumpWarningShare?: number | null };

export type ReportingPeriodFieldsFragment = { id: string, periodKey: string, frequency: ReportingFrequency, state: ReportingPeriodState, dueOn?: string | null, startsOn: string, endsOn: string, version: number };

export const ActivitySavedFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivitySavedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ActivitySavedFieldsFragment, unknown>;
export const AgreementVersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"conflictProcedure"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByName"}},{"kind":"Field","name":{"kind":"Name","value":"signatureCount"}}]}}]} as unknown as DocumentNode<AgreementVersionFieldsFragment, unknown>;
export const LogEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LogEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"openActionItemCount"}},{"kind":"Field","name":{"kind":"Name","value":"conflictState"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposalId"}},{"kind":"Field","name":{"kind":"Name","value":"authorMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LogEntryFieldsFragment, unknown>;
export const ActionItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"logEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"logEntryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"doneBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ActionItemFieldsFragment, unknown>;
export const VoteTallyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoteTallyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VoteTally"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agree"}},{"kind":"Field","name":{"kind":"Name","value":"disagree"}},{"kind":"Field","name":{"kind":"Name","value":"abstain"}},{"kind":"Field","name":{"kind":"Name","value":"block"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]} as unknown as DocumentNode<VoteTallyFieldsFragment, unknown>;
export const ProposalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"votingOpen"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"decisionLogEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdByMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vote"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VoteTallyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoteTallyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VoteTally"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agree"}},{"kind":"Field","name":{"kind":"Name","value":"disagree"}},{"kind":"Field","name":{"kind":"Name","value":"abstain"}},{"kind":"Field","name":{"kind":"Name","value":"block"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]} as unknown as DocumentNode<ProposalFieldsFragment, unknown>;
export const ImportBatchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportBatchModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"separator"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"column"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numberFormat"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}},{"kind":"Field","name":{"kind":"Name","value":"undoneAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ImportBatchFieldsFragment, unknown>;
export const DimensionOptionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DimensionOptionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DimensionOptionFieldsFragment, unknown>;
export const IndicatorTargetFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorTargetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Target"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<IndicatorTargetFieldsFragment, unknown>;
export const NetworkFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"density"}},{"kind":"Field","name":{"kind":"Name","value":"componentCount"}},{"kind":"Field","name":{"kind":"Name","value":"statedDyads"}},{"kind":"Field","name":{"kind":"Name","value":"reciprocity"}},{"kind":"Field","name":{"kind":"Name","value":"quarters"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"closeness"}},{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"broker"}},{"kind":"Field","name":{"kind":"Name","value":"isolated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"a"}},{"kind":"Field","name":{"kind":"Name","value":"b"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkFieldsFragment, unknown>;
export const SurveyRoundFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"respondentCount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"myResponseState"}}]}}]} as unknown as DocumentNode<SurveyRoundFieldsFragment, unknown>;
export const ParticipationItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipationItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipationItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"offerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"moderationReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"publicAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedText"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"forwardNote"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"abuseReports"}},{"kind":"Field","name":{"kind":"Name","value":"hasEmail"}},{"kind":"Field","name":{"kind":"Name","value":"hasPhoto"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ParticipationItemFieldsFragment, unknown>;
export const PortalOfferFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"freshness"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleKind"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleNote"}},{"kind":"Field","name":{"kind":"Name","value":"isFree"}},{"kind":"Field","name":{"kind":"Name","value":"costNote"}},{"kind":"Field","name":{"kind":"Name","value":"stepFree"}},{"kind":"Field","name":{"kind":"Name","value":"signLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"easyLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"registrationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"imageIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<PortalOfferFieldsFragment, unknown>;
export const ReportingMeasurementFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingMeasurementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measurement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"reportingPeriodId"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionId"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionName"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overlaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"otherMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"otherOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<ReportingMeasurementFieldsFragment, unknown>;
export const ReportingMeasurementWarningFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingMeasurementWarning"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeasurementWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"previousPeriodKey"}},{"kind":"Field","name":{"kind":"Name","value":"previousValue"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]} as unknown as DocumentNode<ReportingMeasurementWarningFragment, unknown>;
export const DistrictFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistrictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"District"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hasShape"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}}]}}]} as unknown as DocumentNode<DistrictFieldsFragment, unknown>;
export const AllianceProfileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllianceProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alliance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"problemStatement"}},{"kind":"Field","name":{"kind":"Name","value":"vision"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"guestComments"}},{"kind":"Field","name":{"kind":"Name","value":"requireTwoFactorForAdmins"}},{"kind":"Field","name":{"kind":"Name","value":"logoDataUrl"}},{"kind":"Field","name":{"kind":"Name","value":"primaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AllianceProfileFieldsFragment, unknown>;
export const MemberOptionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberOptionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MemberOptionFieldsFragment, unknown>;
export const IndicatorValueRulesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorValueRules"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"numeratorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"denominatorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"allowNegative"}},{"kind":"Field","name":{"kind":"Name","value":"integerOnly"}},{"kind":"Field","name":{"kind":"Name","value":"minValue"}},{"kind":"Field","name":{"kind":"Name","value":"maxValue"}},{"kind":"Field","name":{"kind":"Name","value":"allowRatioAboveOne"}},{"kind":"Field","name":{"kind":"Name","value":"jumpWarningShare"}}]}}]} as unknown as DocumentNode<IndicatorValueRulesFragment, unknown>;
export const ReportingPeriodFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingPeriodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ReportingPeriodFieldsFragment, unknown>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const MySessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<MySessionsQuery, MySessionsQueryVariables>;
export const RevokeMySessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeMySession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeMySessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeMySession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RevokeMySessionMutation, RevokeMySessionMutationVariables>;
export const RevokeMyOtherSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeMyOtherSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeMyOtherSessions"}}]}}]} as unknown as DocumentNode<RevokeMyOtherSessionsMutation, RevokeMyOtherSessionsMutationVariables>;
export const MyPersonalDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPersonalData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPersonalData"}}]}}]} as unknown as DocumentNode<MyPersonalDataQuery, MyPersonalDataQueryVariables>;
export const EraseMyAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EraseMyAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EraseMyAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eraseMyAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<EraseMyAccountMutation, EraseMyAccountMutationVariables>;
export const UpdateMyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const MyNotificationSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotificationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotificationSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportDueDays"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailByDefault"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<MyNotificationSettingsQuery, MyNotificationSettingsQueryVariables>;
export const SetNotificationEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetNotificationEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetNotificationEmailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNotificationEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportDueDays"}}]}}]}}]} as unknown as DocumentNode<SetNotificationEmailMutation, SetNotificationEmailMutationVariables>;
export const SetReportDueDaysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetReportDueDays"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetReportDueDaysInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setReportDueDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportDueDays"}}]}}]}}]} as unknown as DocumentNode<SetReportDueDaysMutation, SetReportDueDaysMutationVariables>;
export const RenewCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<RenewCalendarFeedMutation, RenewCalendarFeedMutationVariables>;
export const MyTwoFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTwoFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTwoFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}}]}}]}}]} as unknown as DocumentNode<MyTwoFactorQuery, MyTwoFactorQueryVariables>;
export const StartTwoFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartTwoFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartTwoFactorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTwoFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUri"}},{"kind":"Field","name":{"kind":"Name","value":"qrSvg"}}]}}]}}]} as unknown as DocumentNode<StartTwoFactorMutation, StartTwoFactorMutationVariables>;
export const ConfirmTwoFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmTwoFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TwoFactorCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmTwoFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recoveryCodes"}}]}}]}}]} as unknown as DocumentNode<ConfirmTwoFactorMutation, ConfirmTwoFactorMutationVariables>;
export const DisableTwoFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableTwoFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TwoFactorCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableTwoFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DisableTwoFactorMutation, DisableTwoFactorMutationVariables>;
export const ChangeActivityStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeActivityStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeActivityStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeActivityStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ChangeActivityStatusMutation, ChangeActivityStatusMutationVariables>;
export const CreateActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivitySavedFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivitySavedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateActivityMutation, CreateActivityMutationVariables>;
export const DeleteActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DeleteActivityMutation, DeleteActivityMutationVariables>;
export const ActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Activities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivitiesQuery, ActivitiesQueryVariables>;
export const ActivityMapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityMap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activityMap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}},{"kind":"Field","name":{"kind":"Name","value":"runningCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"goalTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overlaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"goalTitle"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivityMapQuery, ActivityMapQueryVariables>;
export const ActivityOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberOptionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberOptionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ActivityOptionsQuery, ActivityOptionsQueryVariables>;
export const ActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Activity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}},{"kind":"Field","name":{"kind":"Name","value":"budgetEur"}},{"kind":"Field","name":{"kind":"Name","value":"staffHoursPerMonth"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<ActivityQuery, ActivityQueryVariables>;
export const UpdateActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivitySavedFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivitySavedFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateActivityMutation, UpdateActivityMutationVariables>;
export const CreateGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateGoalMutation, CreateGoalMutationVariables>;
export const DeleteGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DeleteGoalMutation, DeleteGoalMutationVariables>;
export const AgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Agreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementVersionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mySignature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedByName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unsignedMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementVersionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"conflictProcedure"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByName"}},{"kind":"Field","name":{"kind":"Name","value":"signatureCount"}}]}}]} as unknown as DocumentNode<AgreementQuery, AgreementQueryVariables>;
export const AgendaGoalOwnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgendaGoalOwners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AgendaGoalOwnersQuery, AgendaGoalOwnersQueryVariables>;
export const AgendaGoalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgendaGoals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"ownerMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicatorCount"}},{"kind":"Field","name":{"kind":"Name","value":"runningActivityCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AgendaGoalsQuery, AgendaGoalsQueryVariables>;
export const MoveGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<MoveGoalMutation, MoveGoalMutationVariables>;
export const PublishAgreementVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishAgreementVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishAgreementVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishAgreementVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<PublishAgreementVersionMutation, PublishAgreementVersionMutationVariables>;
export const SignAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySignature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SignAgreementMutation, SignAgreementMutationVariables>;
export const UpdateGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateGoalMutation, UpdateGoalMutationVariables>;
export const CreateAllianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAlliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAllianceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAlliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}}]}}]}}]} as unknown as DocumentNode<CreateAllianceMutation, CreateAllianceMutationVariables>;
export const AllianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Alliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllianceProfileFields"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"myIsAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"myMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"myOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllianceProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alliance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"problemStatement"}},{"kind":"Field","name":{"kind":"Name","value":"vision"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"guestComments"}},{"kind":"Field","name":{"kind":"Name","value":"requireTwoFactorForAdmins"}},{"kind":"Field","name":{"kind":"Name","value":"logoDataUrl"}},{"kind":"Field","name":{"kind":"Name","value":"primaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AllianceQuery, AllianceQueryVariables>;
export const MyAlliancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAlliances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAlliances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"myIsAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"myMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"myOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MyAlliancesQuery, MyAlliancesQueryVariables>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountCapped"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const AuditFacetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditFacets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditFacets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"entityTypes"}}]}}]}}]} as unknown as DocumentNode<AuditFacetsQuery, AuditFacetsQueryVariables>;
export const CompletePlatformSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompletePlatformSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompletePlatformSetupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completePlatformSetup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompletePlatformSetupMutation, CompletePlatformSetupMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const ColleagueInvitationPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ColleagueInvitationPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"colleagueInvitationPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"emailHint"}},{"kind":"Field","name":{"kind":"Name","value":"accountExists"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<ColleagueInvitationPreviewQuery, ColleagueInvitationPreviewQueryVariables>;
export const AcceptColleagueInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptColleagueInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptColleagueInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptColleagueInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"allianceIds"}}]}}]}}]} as unknown as DocumentNode<AcceptColleagueInvitationMutation, AcceptColleagueInvitationMutationVariables>;
export const AdministeredOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdministeredOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"canAdminister"}}]}}]}}]} as unknown as DocumentNode<AdministeredOrganisationsQuery, AdministeredOrganisationsQueryVariables>;
export const OrganisationColleaguesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationColleagues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationColleagues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"isMe"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationColleaguesQuery, OrganisationColleaguesQueryVariables>;
export const InviteColleagueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteColleague"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteColleagueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteColleague"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<InviteColleagueMutation, InviteColleagueMutationVariables>;
export const RevokeColleagueInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeColleagueInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeColleagueInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeColleagueInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RevokeColleagueInvitationMutation, RevokeColleagueInvitationMutationVariables>;
export const RemoveColleagueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveColleague"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveColleagueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeColleague"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RemoveColleagueMutation, RemoveColleagueMutationVariables>;
export const SetColleagueAdminDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetColleagueAdmin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetColleagueAdminInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setColleagueAdmin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}}]}}]}}]} as unknown as DocumentNode<SetColleagueAdminMutation, SetColleagueAdminMutationVariables>;
export const AddCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddCommentMutation, AddCommentMutationVariables>;
export const CastVoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CastVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CastVoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"castVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"myVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vote"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]} as unknown as DocumentNode<CastVoteMutation, CastVoteMutationVariables>;
export const CloseProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decisionLogEntryId"}}]}}]}}]} as unknown as DocumentNode<CloseProposalMutation, CloseProposalMutationVariables>;
export const CompleteActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"logEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"logEntryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"doneBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CompleteActionItemMutation, CompleteActionItemMutationVariables>;
export const CreateActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"logEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"logEntryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"doneBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateActionItemMutation, CreateActionItemMutationVariables>;
export const CreateLogEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLogEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLogEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLogEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateLogEntryMutation, CreateLogEntryMutationVariables>;
export const CreateProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateProposalMutation, CreateProposalMutationVariables>;
export const DeleteCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DeleteCommentMutation, DeleteCommentMutationVariables>;
export const LogContextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LogContext"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"guestComments"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberOptionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberOptionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LogContextQuery, LogContextQueryVariables>;
export const LogEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LogEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"logEntryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"logEntryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"logEntryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"openActionItemCount"}},{"kind":"Field","name":{"kind":"Name","value":"conflictState"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposalId"}},{"kind":"Field","name":{"kind":"Name","value":"authorMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canDelete"}},{"kind":"Field","name":{"kind":"Name","value":"authorMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"logEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"logEntryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"doneBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LogEntryQuery, LogEntryQueryVariables>;
export const LogFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LogFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LogFeedFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LogEntryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LogEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LogEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"canEdit"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"openActionItemCount"}},{"kind":"Field","name":{"kind":"Name","value":"conflictState"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposalId"}},{"kind":"Field","name":{"kind":"Name","value":"authorMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LogFeedQuery, LogFeedQueryVariables>;
export const MyActionItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyActionItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeDone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myActionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeDone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeDone"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"logEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"logEntryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"doneBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyActionItemsQuery, MyActionItemsQueryVariables>;
export const ProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Proposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"proposalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proposalId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"votingOpen"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"decisionLogEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdByMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicatorSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"periods"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"reportCounts"}},{"kind":"Field","name":{"kind":"Name","value":"takenAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vote"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VoteTallyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"votes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vote"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"votedAt"}},{"kind":"Field","name":{"kind":"Name","value":"votedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoteTallyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VoteTally"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agree"}},{"kind":"Field","name":{"kind":"Name","value":"disagree"}},{"kind":"Field","name":{"kind":"Name","value":"abstain"}},{"kind":"Field","name":{"kind":"Name","value":"block"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]} as unknown as DocumentNode<ProposalQuery, ProposalQueryVariables>;
export const ProposalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Proposals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalState"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoteTallyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VoteTally"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agree"}},{"kind":"Field","name":{"kind":"Name","value":"disagree"}},{"kind":"Field","name":{"kind":"Name","value":"abstain"}},{"kind":"Field","name":{"kind":"Name","value":"block"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"votingOpen"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"decisionLogEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdByMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myVote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vote"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VoteTallyFields"}}]}}]}}]} as unknown as DocumentNode<ProposalsQuery, ProposalsQueryVariables>;
export const ReopenActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"logEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"logEntryTitle"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"doneBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReopenActionItemMutation, ReopenActionItemMutationVariables>;
export const ReopenConflictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenConflict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenConflictInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenConflict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"conflictState"}}]}}]}}]} as unknown as DocumentNode<ReopenConflictMutation, ReopenConflictMutationVariables>;
export const ResolveConflictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveConflict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveConflictInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveConflict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"conflictState"}}]}}]}}]} as unknown as DocumentNode<ResolveConflictMutation, ResolveConflictMutationVariables>;
export const UpdateLogEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLogEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLogEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLogEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateLogEntryMutation, UpdateLogEntryMutationVariables>;
export const WithdrawProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<WithdrawProposalMutation, WithdrawProposalMutationVariables>;
export const AllianceHealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllianceHealth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allianceHealth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingCompleteness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingPeriodId"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"shareComplete"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goalCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goalCount"}},{"kind":"Field","name":{"kind":"Name","value":"goalsWithRunningActivity"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"logEntriesPerMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastContributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"daysSince"}},{"kind":"Field","name":{"kind":"Name","value":"lastContributionOn"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueActionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unsignedAgreement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"unsignedMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"oldestSubmittedAt"}}]}}]}}]}}]} as unknown as DocumentNode<AllianceHealthQuery, AllianceHealthQueryVariables>;
export const FundingPortfolioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundingPortfolio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingPortfolio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"reportingCompleteness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"shareComplete"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"latestPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"latestValue"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"approvedReports"}},{"kind":"Field","name":{"kind":"Name","value":"expectedReports"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periods"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FundingPortfolioQuery, FundingPortfolioQueryVariables>;
export const DashboardGoalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardGoals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DashboardGoalsQuery, DashboardGoalsQueryVariables>;
export const DashboardIndicatorProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardIndicatorProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"periods"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"approvedReports"}},{"kind":"Field","name":{"kind":"Name","value":"expectedReports"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}}]}}]} as unknown as DocumentNode<DashboardIndicatorProgressQuery, DashboardIndicatorProgressQueryVariables>;
export const DashboardActionItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardActionItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myActionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardActionItemsQuery, DashboardActionItemsQueryVariables>;
export const MyOpenReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOpenReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportingPeriodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measurements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"membershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reportingPeriodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportingPeriodId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MyOpenReportsQuery, MyOpenReportsQueryVariables>;
export const ReportableIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportableIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}}]}}]}}]}}]} as unknown as DocumentNode<ReportableIndicatorsQuery, ReportableIndicatorsQueryVariables>;
export const OpenReportingPeriodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenReportingPeriods"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingPeriods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpenReportingPeriodsQuery, OpenReportingPeriodsQueryVariables>;
export const ImportBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"batchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportBatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportBatchModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"separator"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"column"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numberFormat"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}},{"kind":"Field","name":{"kind":"Name","value":"undoneAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ImportBatchQuery, ImportBatchQueryVariables>;
export const ImportBatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportBatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importBatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportBatchFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportBatchModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"separator"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"column"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numberFormat"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}},{"kind":"Field","name":{"kind":"Name","value":"undoneAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ImportBatchesQuery, ImportBatchesQueryVariables>;
export const ImportKindsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportKinds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importKinds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<ImportKindsQuery, ImportKindsQueryVariables>;
export const ImportRowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"onlyProblems"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"batchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}}},{"kind":"Argument","name":{"kind":"Name","value":"onlyProblems"},"value":{"kind":"Variable","name":{"kind":"Name","value":"onlyProblems"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowNo"}},{"kind":"Field","name":{"kind":"Name","value":"cells"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportRowsQuery, ImportRowsQueryVariables>;
export const CheckImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportBatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportBatchModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"separator"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"column"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numberFormat"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}},{"kind":"Field","name":{"kind":"Name","value":"undoneAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CheckImportMutation, CheckImportMutationVariables>;
export const CommitImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportBatchStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportBatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportBatchModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"separator"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"column"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numberFormat"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}},{"kind":"Field","name":{"kind":"Name","value":"undoneAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CommitImportMutation, CommitImportMutationVariables>;
export const UndoImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UndoImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportBatchStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undoImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportBatchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportBatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportBatchModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"fileType"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"separator"}},{"kind":"Field","name":{"kind":"Name","value":"headers"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"column"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numberFormat"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorRows"}},{"kind":"Field","name":{"kind":"Name","value":"processedRows"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedCount"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"committedAt"}},{"kind":"Field","name":{"kind":"Name","value":"undoneAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UndoImportMutation, UndoImportMutationVariables>;
export const ArchiveIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ArchiveIndicatorMutation, ArchiveIndicatorMutationVariables>;
export const RestoreIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RestoreIndicatorMutation, RestoreIndicatorMutationVariables>;
export const IndicatorDimensionOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorDimensionOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DimensionOptionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DimensionOptionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<IndicatorDimensionOptionsQuery, IndicatorDimensionOptionsQueryVariables>;
export const CreateDimensionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDimension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDimensionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDimension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DimensionOptionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DimensionOptionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateDimensionMutation, CreateDimensionMutationVariables>;
export const UpdateDimensionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDimension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDimensionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDimension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DimensionOptionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DimensionOptionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateDimensionMutation, UpdateDimensionMutationVariables>;
export const IndicatorContributionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorContributions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicatorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contributions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"indicatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicatorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measurementId"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"overlapDeducted"}},{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"shareOfTotal"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<IndicatorContributionsQuery, IndicatorContributionsQueryVariables>;
export const IndicatorGoalOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorGoalOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<IndicatorGoalOptionsQuery, IndicatorGoalOptionsQueryVariables>;
export const IndicatorSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicatorIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SeriesBreakdown"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"indicatorIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicatorIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"periods"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"approvedReports"}},{"kind":"Field","name":{"kind":"Name","value":"expectedReports"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}}]}}]} as unknown as DocumentNode<IndicatorSeriesQuery, IndicatorSeriesQueryVariables>;
export const IndicatorDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicatorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"indicatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicatorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueRules"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"rbaKind"}},{"kind":"Field","name":{"kind":"Name","value":"collectionMethod"}},{"kind":"Field","name":{"kind":"Name","value":"fromParticipation"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselinePeriod"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorTargetFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorValueRules"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"numeratorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"denominatorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"allowNegative"}},{"kind":"Field","name":{"kind":"Name","value":"integerOnly"}},{"kind":"Field","name":{"kind":"Name","value":"minValue"}},{"kind":"Field","name":{"kind":"Name","value":"maxValue"}},{"kind":"Field","name":{"kind":"Name","value":"allowRatioAboveOne"}},{"kind":"Field","name":{"kind":"Name","value":"jumpWarningShare"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorTargetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Target"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<IndicatorDetailQuery, IndicatorDetailQueryVariables>;
export const IndicatorListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorListQuery, IndicatorListQueryVariables>;
export const ParticipationValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipationValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicatorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participationIndicatorValues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"indicatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicatorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<ParticipationValuesQuery, ParticipationValuesQueryVariables>;
export const ReportingCompletenessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingCompleteness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportingPeriodId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingCompleteness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reportingPeriodId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportingPeriodId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ReportingCompletenessQuery, ReportingCompletenessQueryVariables>;
export const ReportingPeriodListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingPeriodList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingPeriods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingPeriodFields"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingPeriodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ReportingPeriodListQuery, ReportingPeriodListQueryVariables>;
export const OpenReportingPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenReportingPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenReportingPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openReportingPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<OpenReportingPeriodMutation, OpenReportingPeriodMutationVariables>;
export const CloseReportingPeriodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseReportingPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseReportingPeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeReportingPeriod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CloseReportingPeriodMutation, CloseReportingPeriodMutationVariables>;
export const CreateIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateIndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateIndicatorMutation, CreateIndicatorMutationVariables>;
export const UpdateIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateIndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateIndicatorMutation, UpdateIndicatorMutationVariables>;
export const SetIndicatorDimensionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetIndicatorDimensions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetIndicatorDimensionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setIndicatorDimensions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetIndicatorDimensionsMutation, SetIndicatorDimensionsMutationVariables>;
export const SetIndicatorGoalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetIndicatorGoals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetIndicatorGoalsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setIndicatorGoals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetIndicatorGoalsMutation, SetIndicatorGoalsMutationVariables>;
export const SetTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorTargetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorTargetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Target"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SetTargetMutation, SetTargetMutationVariables>;
export const DeleteTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteTargetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DeleteTargetMutation, DeleteTargetMutationVariables>;
export const MemberResourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberResources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}}]}}]}}]} as unknown as DocumentNode<MemberResourcesQuery, MemberResourcesQueryVariables>;
export const MatchingVocabularyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchingVocabulary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchingVocabulary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}}]}}]}}]} as unknown as DocumentNode<MatchingVocabularyQuery, MatchingVocabularyQueryVariables>;
export const MatchSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerSearchInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"membershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"needCount"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"contactRequested"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatchSuggestionsQuery, MatchSuggestionsQueryVariables>;
export const AddMemberResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMemberResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMemberResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMemberResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddMemberResourceMutation, AddMemberResourceMutationVariables>;
export const UpdateMemberResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMemberResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMemberResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMemberResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateMemberResourceMutation, UpdateMemberResourceMutationVariables>;
export const RemoveMemberResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMemberResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resourceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMemberResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"resourceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resourceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<RemoveMemberResourceMutation, RemoveMemberResourceMutationVariables>;
export const RequestContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"logEntryId"}}]}}]}}]} as unknown as DocumentNode<RequestContactMutation, RequestContactMutationVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allianceId"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const ChangeMemberRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMemberRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMemberRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ChangeMemberRoleMutation, ChangeMemberRoleMutationVariables>;
export const InvitationPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allianceName"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"emailHint"}},{"kind":"Field","name":{"kind":"Name","value":"forOrganisationAdmins"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const MembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Members"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}},{"kind":"Field","name":{"kind":"Name","value":"seatCount"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]} as unknown as DocumentNode<MembersQuery, MembersQueryVariables>;
export const PendingInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingInvitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingInvitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<PendingInvitationsQuery, PendingInvitationsQueryVariables>;
export const InviteOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"acceptPath"}},{"kind":"Field","name":{"kind":"Name","value":"mailedTo"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InviteOrganisationMutation, InviteOrganisationMutationVariables>;
export const LeaveAllianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveAlliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaveAllianceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveAlliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<LeaveAllianceMutation, LeaveAllianceMutationVariables>;
export const MemberPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberPeople"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}}]}}]}}]} as unknown as DocumentNode<MemberPeopleQuery, MemberPeopleQueryVariables>;
export const MyOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"findable"}},{"kind":"Field","name":{"kind":"Name","value":"canAdminister"}}]}}]}}]} as unknown as DocumentNode<MyOrganisationsQuery, MyOrganisationsQueryVariables>;
export const SetOrganisationFindableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOrganisationFindable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetOrganisationFindableInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrganisationFindable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"findable"}}]}}]}}]} as unknown as DocumentNode<SetOrganisationFindableMutation, SetOrganisationFindableMutationVariables>;
export const OrganisationInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allianceId"}},{"kind":"Field","name":{"kind":"Name","value":"allianceName"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<OrganisationInvitationsQuery, OrganisationInvitationsQueryVariables>;
export const AcceptOrganisationInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptOrganisationInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptOrganisationInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptOrganisationInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allianceId"}}]}}]}}]} as unknown as DocumentNode<AcceptOrganisationInvitationMutation, AcceptOrganisationInvitationMutationVariables>;
export const RevokeInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const OrganisationSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"membershipState"}}]}}]}}]} as unknown as DocumentNode<OrganisationSearchQuery, OrganisationSearchQueryVariables>;
export const NetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Network"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NetworkFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"density"}},{"kind":"Field","name":{"kind":"Name","value":"componentCount"}},{"kind":"Field","name":{"kind":"Name","value":"statedDyads"}},{"kind":"Field","name":{"kind":"Name","value":"reciprocity"}},{"kind":"Field","name":{"kind":"Name","value":"quarters"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"closeness"}},{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"broker"}},{"kind":"Field","name":{"kind":"Name","value":"isolated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"a"}},{"kind":"Field","name":{"kind":"Name","value":"b"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkQuery, NetworkQueryVariables>;
export const RelationshipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Relationships"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"toMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"directed"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RelationshipsQuery, RelationshipsQueryVariables>;
export const StateRelationshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StateRelationship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StateRelationshipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stateRelationship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StateRelationshipMutation, StateRelationshipMutationVariables>;
export const RemoveRelationshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveRelationship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relationshipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeRelationship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"relationshipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relationshipId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<RemoveRelationshipMutation, RemoveRelationshipMutationVariables>;
export const NetworkPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromMembershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"toMembershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distance"}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NetworkPathQuery, NetworkPathQueryVariables>;
export const SurveyRoundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyRounds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyRoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"respondentCount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"myResponseState"}}]}}]} as unknown as DocumentNode<SurveyRoundsQuery, SurveyRoundsQueryVariables>;
export const SurveyRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyRoundFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"respondents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"respondentCount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"}},{"kind":"Field","name":{"kind":"Name","value":"myResponseState"}}]}}]} as unknown as DocumentNode<SurveyRoundQuery, SurveyRoundQueryVariables>;
export const MySurveyResponseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySurveyResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySurveyResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"others"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"trust"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<MySurveyResponseQuery, MySurveyResponseQueryVariables>;
export const SurveyRoundNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyRoundNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyRoundNetworkFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyRoundNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meanTrust"}},{"kind":"Field","name":{"kind":"Name","value":"meanValue"}},{"kind":"Field","name":{"kind":"Name","value":"mutualDyads"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"toMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"trust"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NetworkFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Network"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"density"}},{"kind":"Field","name":{"kind":"Name","value":"componentCount"}},{"kind":"Field","name":{"kind":"Name","value":"statedDyads"}},{"kind":"Field","name":{"kind":"Name","value":"reciprocity"}},{"kind":"Field","name":{"kind":"Name","value":"quarters"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"closeness"}},{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"broker"}},{"kind":"Field","name":{"kind":"Name","value":"isolated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"a"}},{"kind":"Field","name":{"kind":"Name","value":"b"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]}}]} as unknown as DocumentNode<SurveyRoundNetworkQuery, SurveyRoundNetworkQueryVariables>;
export const SurveyComparisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareSurveyRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"beforeRoundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterRoundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newTies"}},{"kind":"Field","name":{"kind":"Name","value":"lostTies"}},{"kind":"Field","name":{"kind":"Name","value":"keptTies"}},{"kind":"Field","name":{"kind":"Name","value":"densityChange"}},{"kind":"Field","name":{"kind":"Name","value":"meanTrustChange"}},{"kind":"Field","name":{"kind":"Name","value":"meanValueChange"}},{"kind":"Field","name":{"kind":"Name","value":"reciprocityChange"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"density"}},{"kind":"Field","name":{"kind":"Name","value":"ties"}},{"kind":"Field","name":{"kind":"Name","value":"meanTrust"}},{"kind":"Field","name":{"kind":"Name","value":"meanValue"}},{"kind":"Field","name":{"kind":"Name","value":"reciprocity"}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"density"}},{"kind":"Field","name":{"kind":"Name","value":"ties"}},{"kind":"Field","name":{"kind":"Name","value":"meanTrust"}},{"kind":"Field","name":{"kind":"Name","value":"meanValue"}},{"kind":"Field","name":{"kind":"Name","value":"reciprocity"}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pairs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"trustBefore"}},{"kind":"Field","name":{"kind":"Name","value":"trustAfter"}},{"kind":"Field","name":{"kind":"Name","value":"valueBefore"}},{"kind":"Field","name":{"kind":"Name","value":"valueAfter"}},{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SurveyComparisonQuery, SurveyComparisonQueryVariables>;
export const OpenSurveyRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenSurveyRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenSurveyRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openSurveyRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OpenSurveyRoundMutation, OpenSurveyRoundMutationVariables>;
export const CloseSurveyRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseSurveyRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseSurveyRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSurveyRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<CloseSurveyRoundMutation, CloseSurveyRoundMutationVariables>;
export const SaveSurveyResponseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveSurveyResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSurveyResponseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSurveyResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SaveSurveyResponseMutation, SaveSurveyResponseMutationVariables>;
export const MyNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allianceId"}},{"kind":"Field","name":{"kind":"Name","value":"allianceName"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkNotificationsReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"}}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const UnsubscribeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Unsubscribe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnsubscribeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unsubscribe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<UnsubscribeMutation, UnsubscribeMutationVariables>;
export const CreateAllianceForBackboneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAllianceForBackbone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAllianceForBackboneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAllianceForBackbone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allianceId"}},{"kind":"Field","name":{"kind":"Name","value":"allianceName"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"mailedTo"}},{"kind":"Field","name":{"kind":"Name","value":"acceptPath"}}]}}]}}]} as unknown as DocumentNode<CreateAllianceForBackboneMutation, CreateAllianceForBackboneMutationVariables>;
export const JoinableAlliancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JoinableAlliances"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinableAlliances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"backboneName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]} as unknown as DocumentNode<JoinableAlliancesQuery, JoinableAlliancesQueryVariables>;
export const JoinLinkPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JoinLinkPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinLinkPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"backboneName"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]} as unknown as DocumentNode<JoinLinkPreviewQuery, JoinLinkPreviewQueryVariables>;
export const MyJoinRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyJoinRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myJoinRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allianceId"}},{"kind":"Field","name":{"kind":"Name","value":"allianceName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MyJoinRequestsQuery, MyJoinRequestsQueryVariables>;
export const RequestToJoinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestToJoin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestToJoinInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestToJoin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allianceName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<RequestToJoinMutation, RequestToJoinMutationVariables>;
export const JoinRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JoinRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByName"}},{"kind":"Field","name":{"kind":"Name","value":"viaLink"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]} as unknown as DocumentNode<JoinRequestsQuery, JoinRequestsQueryVariables>;
export const AcceptJoinRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptJoinRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptJoinRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptJoinRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<AcceptJoinRequestMutation, AcceptJoinRequestMutationVariables>;
export const DeclineJoinRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineJoinRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineJoinRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineJoinRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<DeclineJoinRequestMutation, DeclineJoinRequestMutationVariables>;
export const JoinSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JoinSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinRequestsOpen"}},{"kind":"Field","name":{"kind":"Name","value":"joinLinkPath"}}]}}]}}]} as unknown as DocumentNode<JoinSettingsQuery, JoinSettingsQueryVariables>;
export const SetJoinRequestsOpenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetJoinRequestsOpen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetJoinRequestsOpenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setJoinRequestsOpen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinRequestsOpen"}},{"kind":"Field","name":{"kind":"Name","value":"joinLinkPath"}}]}}]}}]} as unknown as DocumentNode<SetJoinRequestsOpenMutation, SetJoinRequestsOpenMutationVariables>;
export const RenewJoinLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewJoinLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JoinLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewJoinLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinRequestsOpen"}},{"kind":"Field","name":{"kind":"Name","value":"joinLinkPath"}}]}}]}}]} as unknown as DocumentNode<RenewJoinLinkMutation, RenewJoinLinkMutationVariables>;
export const RevokeJoinLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeJoinLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JoinLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeJoinLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinRequestsOpen"}},{"kind":"Field","name":{"kind":"Name","value":"joinLinkPath"}}]}}]}}]} as unknown as DocumentNode<RevokeJoinLinkMutation, RevokeJoinLinkMutationVariables>;
export const PlatformOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformOrganisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformOrganisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]} as unknown as DocumentNode<PlatformOrganisationsQuery, PlatformOrganisationsQueryVariables>;
export const PlatformSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationOpen"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<PlatformSettingsQuery, PlatformSettingsQueryVariables>;
export const SetRegistrationOpenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetRegistrationOpen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetRegistrationOpenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRegistrationOpen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationOpen"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<SetRegistrationOpenMutation, SetRegistrationOpenMutationVariables>;
export const RegisterOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RegisterOrganisationMutation, RegisterOrganisationMutationVariables>;
export const VerifyEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyEmailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const ParticipationQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipationQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ModerationStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participationQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipationItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipationItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipationItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"offerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"moderationReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"publicAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedText"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"forwardNote"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"abuseReports"}},{"kind":"Field","name":{"kind":"Name","value":"hasEmail"}},{"kind":"Field","name":{"kind":"Name","value":"hasPhoto"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ParticipationQueueQuery, ParticipationQueueQueryVariables>;
export const ParticipationPhotoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipationPhoto"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participationItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"photoDataUrl"}}]}}]}}]} as unknown as DocumentNode<ParticipationPhotoQuery, ParticipationPhotoQueryVariables>;
export const ForwardedReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ForwardedReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forwardedReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipationItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipationItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipationItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"offerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"moderationReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"publicAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedText"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"forwardNote"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"abuseReports"}},{"kind":"Field","name":{"kind":"Name","value":"hasEmail"}},{"kind":"Field","name":{"kind":"Name","value":"hasPhoto"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ForwardedReportsQuery, ForwardedReportsQueryVariables>;
export const OfferFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfferFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offerFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipationItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipationItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipationItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"offerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"moderationReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"publicAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedText"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"forwardNote"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"abuseReports"}},{"kind":"Field","name":{"kind":"Name","value":"hasEmail"}},{"kind":"Field","name":{"kind":"Name","value":"hasPhoto"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<OfferFeedbackQuery, OfferFeedbackQueryVariables>;
export const ParticipationRightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipationRights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participationRights"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moderator"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedReports"}},{"kind":"Field","name":{"kind":"Name","value":"answersFeedback"}}]}}]}}]} as unknown as DocumentNode<ParticipationRightsQuery, ParticipationRightsQueryVariables>;
export const ParticipationMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ParticipationMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberOptionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberOptionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ParticipationMembersQuery, ParticipationMembersQueryVariables>;
export const ModerateParticipationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModerateParticipation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ModerateParticipationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moderateParticipation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipationItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipationItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipationItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"offerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"moderationReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"publicAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedText"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"forwardNote"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"abuseReports"}},{"kind":"Field","name":{"kind":"Name","value":"hasEmail"}},{"kind":"Field","name":{"kind":"Name","value":"hasPhoto"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ModerateParticipationMutation, ModerateParticipationMutationVariables>;
export const MergeReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeReportsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipationItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipationItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipationItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"offerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"moderationReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"publicAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedText"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"forwardNote"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"abuseReports"}},{"kind":"Field","name":{"kind":"Name","value":"hasEmail"}},{"kind":"Field","name":{"kind":"Name","value":"hasPhoto"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<MergeReportsMutation, MergeReportsMutationVariables>;
export const ForwardReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForwardReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ForwardReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forwardReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipationItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipationItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipationItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"offerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"moderationReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"publicAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedText"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"forwardNote"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"abuseReports"}},{"kind":"Field","name":{"kind":"Name","value":"hasEmail"}},{"kind":"Field","name":{"kind":"Name","value":"hasPhoto"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ForwardReportMutation, ForwardReportMutationVariables>;
export const ResolveReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipationItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipationItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipationItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"offerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"moderationReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"publicAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedText"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"forwardNote"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"abuseReports"}},{"kind":"Field","name":{"kind":"Name","value":"hasEmail"}},{"kind":"Field","name":{"kind":"Name","value":"hasPhoto"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ResolveReportMutation, ResolveReportMutationVariables>;
export const AnswerFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipationItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipationItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipationItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"offerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"moderationReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"publicAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedText"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"forwardNote"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"abuseReports"}},{"kind":"Field","name":{"kind":"Name","value":"hasEmail"}},{"kind":"Field","name":{"kind":"Name","value":"hasPhoto"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AnswerFeedbackMutation, AnswerFeedbackMutationVariables>;
export const MarkFeedbackChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkFeedbackChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkFeedbackChangedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markFeedbackChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipationItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipationItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipationItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"offerTitle"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lng"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"authorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"moderation"}},{"kind":"Field","name":{"kind":"Name","value":"moderationReason"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"publicAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredByName"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"changedText"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"forwardNote"}},{"kind":"Field","name":{"kind":"Name","value":"forwardedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"abuseReports"}},{"kind":"Field","name":{"kind":"Name","value":"hasEmail"}},{"kind":"Field","name":{"kind":"Name","value":"hasPhoto"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<MarkFeedbackChangedMutation, MarkFeedbackChangedMutationVariables>;
export const DeadLettersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeadLetters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailDeadLetters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"toAddress"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadAt"}}]}}]}}]} as unknown as DocumentNode<DeadLettersQuery, DeadLettersQueryVariables>;
export const RequeueDeadLetterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequeueDeadLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequeueDeadLetterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requeueDeadLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RequeueDeadLetterMutation, RequeueDeadLetterMutationVariables>;
export const RegisterPortalProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterPortalProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPortalProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPortalProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RegisterPortalProviderMutation, RegisterPortalProviderMutationVariables>;
export const MyPortalOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPortalOffers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myPortalOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalOfferFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalDistricts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"freshness"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleKind"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleNote"}},{"kind":"Field","name":{"kind":"Name","value":"isFree"}},{"kind":"Field","name":{"kind":"Name","value":"costNote"}},{"kind":"Field","name":{"kind":"Name","value":"stepFree"}},{"kind":"Field","name":{"kind":"Name","value":"signLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"easyLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"registrationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"imageIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<MyPortalOffersQuery, MyPortalOffersQueryVariables>;
export const CreatePortalOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePortalOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePortalOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPortalOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalOfferFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"freshness"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleKind"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleNote"}},{"kind":"Field","name":{"kind":"Name","value":"isFree"}},{"kind":"Field","name":{"kind":"Name","value":"costNote"}},{"kind":"Field","name":{"kind":"Name","value":"stepFree"}},{"kind":"Field","name":{"kind":"Name","value":"signLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"easyLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"registrationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"imageIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePortalOfferMutation, CreatePortalOfferMutationVariables>;
export const UpdatePortalOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePortalOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePortalOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePortalOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalOfferFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOfferFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortalOffer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"freshness"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"ageMin"}},{"kind":"Field","name":{"kind":"Name","value":"ageMax"}},{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleKind"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleNote"}},{"kind":"Field","name":{"kind":"Name","value":"isFree"}},{"kind":"Field","name":{"kind":"Name","value":"costNote"}},{"kind":"Field","name":{"kind":"Name","value":"stepFree"}},{"kind":"Field","name":{"kind":"Name","value":"signLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"easyLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"registrationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"imageIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openRevision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePortalOfferMutation, UpdatePortalOfferMutationVariables>;
export const ConfirmPortalOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmPortalOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmPortalOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"offerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConfirmPortalOfferMutation, ConfirmPortalOfferMutationVariables>;
export const UploadPortalImageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadPortalImage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadPortalImageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadPortalImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}}]}}]} as unknown as DocumentNode<UploadPortalImageMutation, UploadPortalImageMutationVariables>;
export const PortalPlanningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalPlanning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalPlanning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"medianOffers"}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"offers"}},{"kind":"Field","name":{"kind":"Name","value":"perThousand"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtId"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"offers"}},{"kind":"Field","name":{"kind":"Name","value":"perThousand"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalDistricts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"withShapes"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"geojson"}}]}}]}}]} as unknown as DocumentNode<PortalPlanningQuery, PortalPlanningQueryVariables>;
export const PortalFreshnessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalFreshness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromDay"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toDay"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalFreshness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromDay"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromDay"}}},{"kind":"Argument","name":{"kind":"Name","value":"toDay"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toDay"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<PortalFreshnessQuery, PortalFreshnessQueryVariables>;
export const PortalReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalReviewQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalReviewQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"providerName"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"baseContent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalDistricts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PortalReviewQueueQuery, PortalReviewQueueQueryVariables>;
export const ApprovePortalOfferRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovePortalOfferRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideOfferRevisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvePortalOfferRevision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApprovePortalOfferRevisionMutation, ApprovePortalOfferRevisionMutationVariables>;
export const ReturnPortalOfferRevisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnPortalOfferRevision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideOfferRevisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnPortalOfferRevision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReturnPortalOfferRevisionMutation, ReturnPortalOfferRevisionMutationVariables>;
export const PortalRightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalRights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalRights"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editor"}},{"kind":"Field","name":{"kind":"Name","value":"manager"}}]}}]}}]} as unknown as DocumentNode<PortalRightsQuery, PortalRightsQueryVariables>;
export const PortalSettingsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalSettingsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portalSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"intro"}},{"kind":"Field","name":{"kind":"Name","value":"primaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"accentColor"}},{"kind":"Field","name":{"kind":"Name","value":"providerSignupOpen"}},{"kind":"Field","name":{"kind":"Name","value":"reminderMonths"}},{"kind":"Field","name":{"kind":"Name","value":"flagMonths"}},{"kind":"Field","name":{"kind":"Name","value":"hideMonths"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"mapStyleUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"logoDataUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"portalPlanning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}}]}}]}}]} as unknown as DocumentNode<PortalSettingsPageQuery, PortalSettingsPageQueryVariables>;
export const UpdatePortalSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePortalSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePortalSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePortalSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdatePortalSettingsMutation, UpdatePortalSettingsMutationVariables>;
export const SetPortalLogoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPortalLogo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPortalLogoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPortalLogo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logoDataUrl"}}]}}]}}]} as unknown as DocumentNode<SetPortalLogoMutation, SetPortalLogoMutationVariables>;
export const SetDistrictPopulationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDistrictPopulation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"population"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDistrictPopulation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"districtId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}}},{"kind":"Argument","name":{"kind":"Name","value":"population"},"value":{"kind":"Variable","name":{"kind":"Name","value":"population"}}}]}]}}]} as unknown as DocumentNode<SetDistrictPopulationMutation, SetDistrictPopulationMutationVariables>;
export const ReportingIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorValueRules"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorValueRules"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"}},{"kind":"Field","name":{"kind":"Name","value":"numeratorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"denominatorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"allowNegative"}},{"kind":"Field","name":{"kind":"Name","value":"integerOnly"}},{"kind":"Field","name":{"kind":"Name","value":"minValue"}},{"kind":"Field","name":{"kind":"Name","value":"maxValue"}},{"kind":"Field","name":{"kind":"Name","value":"allowRatioAboveOne"}},{"kind":"Field","name":{"kind":"Name","value":"jumpWarningShare"}}]}}]} as unknown as DocumentNode<ReportingIndicatorsQuery, ReportingIndicatorsQueryVariables>;
export const ReportingMeasurementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingMeasurements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeasurementFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measurements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingMeasurementFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingMeasurementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measurement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"reportingPeriodId"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionId"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionName"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overlaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"otherMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"otherOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<ReportingMeasurementsQuery, ReportingMeasurementsQueryVariables>;
export const ReportingOpenPeriodsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingOpenPeriods"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingPeriods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingPeriodFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingPeriodFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ReportingOpenPeriodsQuery, ReportingOpenPeriodsQueryVariables>;
export const ReportingOverlapMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingOverlapMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberOptionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberOptionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReportingOverlapMembersQuery, ReportingOverlapMembersQueryVariables>;
export const ReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingMeasurementFields"}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingMeasurementWarning"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingMeasurementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measurement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"reportingPeriodId"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionId"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionName"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overlaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"otherMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"otherOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingMeasurementWarning"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeasurementWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"previousPeriodKey"}},{"kind":"Field","name":{"kind":"Name","value":"previousValue"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]} as unknown as DocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const DeclareOverlapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclareOverlap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclareOverlapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareOverlap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingMeasurementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingMeasurementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measurement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"reportingPeriodId"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionId"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionName"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overlaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"otherMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"otherOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<DeclareOverlapMutation, DeclareOverlapMutationVariables>;
export const RemoveOverlapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveOverlap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveOverlapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeOverlap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingMeasurementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingMeasurementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measurement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"reportingPeriodId"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionId"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionName"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overlaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"otherMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"otherOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<RemoveOverlapMutation, RemoveOverlapMutationVariables>;
export const ApproveMeasurementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveMeasurement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveMeasurementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveMeasurement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingMeasurementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingMeasurementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measurement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"reportingPeriodId"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionId"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionName"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overlaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"otherMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"otherOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<ApproveMeasurementMutation, ApproveMeasurementMutationVariables>;
export const RejectMeasurementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectMeasurement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectMeasurementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectMeasurement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingMeasurementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingMeasurementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measurement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"reportingPeriodId"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionId"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionName"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overlaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"otherMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"otherOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<RejectMeasurementMutation, RejectMeasurementMutationVariables>;
export const ReopenMeasurementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenMeasurement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenMeasurementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenMeasurement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingMeasurementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingMeasurementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measurement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"reportingPeriodId"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionId"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionName"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overlaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"otherMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"otherOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<ReopenMeasurementMutation, ReopenMeasurementMutationVariables>;
export const ApproveMeasurementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveMeasurements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveMeasurementsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveMeasurements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingMeasurementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingMeasurementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measurement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"reportingPeriodId"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionId"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionName"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overlaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"otherMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"otherOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<ApproveMeasurementsMutation, ApproveMeasurementsMutationVariables>;
export const SaveMeasurementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveMeasurement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveMeasurementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveMeasurement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingMeasurementFields"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingMeasurementWarning"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingMeasurementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measurement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"reportingPeriodId"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionId"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionName"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overlaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"otherMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"otherOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingMeasurementWarning"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeasurementWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"previousPeriodKey"}},{"kind":"Field","name":{"kind":"Name","value":"previousValue"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]} as unknown as DocumentNode<SaveMeasurementMutation, SaveMeasurementMutationVariables>;
export const SubmitMeasurementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitMeasurement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitMeasurementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitMeasurement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingMeasurementFields"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingMeasurementWarning"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingMeasurementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measurement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"reportingPeriodId"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionId"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionName"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overlaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"otherMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"otherOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingMeasurementWarning"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeasurementWarning"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"previousPeriodKey"}},{"kind":"Field","name":{"kind":"Name","value":"previousValue"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]} as unknown as DocumentNode<SubmitMeasurementMutation, SubmitMeasurementMutationVariables>;
export const SubmitMeasurementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitMeasurements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitMeasurementsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitMeasurements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"fieldCode"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"previousPeriodKey"}},{"kind":"Field","name":{"kind":"Name","value":"previousValue"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}},{"kind":"Field","name":{"kind":"Name","value":"saved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportingMeasurementFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportingMeasurementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Measurement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"reportingPeriodId"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedByName"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryId"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionId"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionName"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overlaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"otherMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"otherOrganisationName"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<SubmitMeasurementsMutation, SubmitMeasurementsMutationVariables>;
export const ChangeAllianceLifecycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeAllianceLifecycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeAllianceLifecycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeAllianceLifecycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"goalId"}},{"kind":"Field","name":{"kind":"Name","value":"goalTitle"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeAllianceLifecycleMutation, ChangeAllianceLifecycleMutationVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const CreateDistrictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDistrict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDistrictInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDistrict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistrictFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistrictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"District"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hasShape"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}}]}}]} as unknown as DocumentNode<CreateDistrictMutation, CreateDistrictMutationVariables>;
export const UpdateDistrictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDistrict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDistrictInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDistrict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistrictFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistrictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"District"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hasShape"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}}]}}]} as unknown as DocumentNode<UpdateDistrictMutation, UpdateDistrictMutationVariables>;
export const DeleteDistrictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDistrict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteDistrictInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDistrict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"movedActivities"}}]}}]}}]} as unknown as DocumentNode<DeleteDistrictMutation, DeleteDistrictMutationVariables>;
export const AllianceLifecycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllianceLifecycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AllianceLifecycleQuery, AllianceLifecycleQueryVariables>;
export const ApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"tokenPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ApiTokensQuery, ApiTokensQueryVariables>;
export const TokenMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TokenMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TokenMembersQuery, TokenMembersQueryVariables>;
export const PublicProgressSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicProgressSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicProgressSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allianceId"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"goalIds"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorIds"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PublicProgressSettingsQuery, PublicProgressSettingsQueryVariables>;
export const UpdatePublicProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePublicProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePublicProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePublicProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allianceId"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"goalIds"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorIds"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdatePublicProgressMutation, UpdatePublicProgressMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const UpdateAllianceProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAllianceProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAllianceProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAllianceProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllianceProfileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllianceProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alliance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"problemStatement"}},{"kind":"Field","name":{"kind":"Name","value":"vision"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"guestComments"}},{"kind":"Field","name":{"kind":"Name","value":"requireTwoFactorForAdmins"}},{"kind":"Field","name":{"kind":"Name","value":"logoDataUrl"}},{"kind":"Field","name":{"kind":"Name","value":"primaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateAllianceProfileMutation, UpdateAllianceProfileMutationVariables>;
export const UpdateSmallNumberThresholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSmallNumberThreshold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSmallNumberThresholdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSmallNumberThreshold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allianceId"}},{"kind":"Field","name":{"kind":"Name","value":"smallNumberThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"appliesToMe"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateSmallNumberThresholdMutation, UpdateSmallNumberThresholdMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorChallenge"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LoginWithTwoFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginWithTwoFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginWithTwoFactorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginWithTwoFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoginWithTwoFactorMutation, LoginWithTwoFactorMutationVariables>;
export const UpdateMyLocaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyLocale"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMyLocaleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMyLocale"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]} as unknown as DocumentNode<UpdateMyLocaleMutation, UpdateMyLocaleMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const DisclosureSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisclosureSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disclosureSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allianceId"}},{"kind":"Field","name":{"kind":"Name","value":"smallNumberThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"appliesToMe"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DisclosureSettingsQuery, DisclosureSettingsQueryVariables>;
export const AllianceDistrictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllianceDistricts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistrictFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistrictFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"District"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hasShape"}},{"kind":"Field","name":{"kind":"Name","value":"activityCount"}}]}}]} as unknown as DocumentNode<AllianceDistrictsQuery, AllianceDistrictsQueryVariables>;