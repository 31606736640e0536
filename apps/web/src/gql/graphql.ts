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

export type Alliance = {
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: AllianceKind;
  lifecycle: AllianceLifecycle;
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
  problemStatement: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  vision: Scalars['String']['output'];
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

export type Invitation = {
  allianceId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  organisation: Organisation;
  role: MembershipRole;
};

export type InvitationCreated = {
  /** Path of the web page where the invitee accepts. */
  acceptPath: Scalars['String']['output'];
  invitation: Invitation;
  /** Secret to send to the invitee; shown only once. */
  token: Scalars['String']['output'];
};

export type InviteOrganisationInput = {
  allianceId: Scalars['ID']['input'];
  /** Contact person who will accept for the organisation. */
  email: Scalars['String']['input'];
  /** An organisation already on the platform… */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  organisationKind?: InputMaybe<OrganisationKind>;
  /** …or the name of a new one. */
  organisationName?: InputMaybe<Scalars['String']['input']>;
  role: MembershipRole;
};

export type LeaveAllianceInput = {
  allianceId: Scalars['ID']['input'];
};

export type LoginInput = {
  email: Scalars['String']['input'];
  mode?: SessionMode;
  password: Scalars['String']['input'];
};

export type LoginPayload = {
  expiresAt: Scalars['DateTime']['output'];
  /** Bearer token (mode TOKEN only). */
  token?: Maybe<Scalars['String']['output']>;
  user: User;
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
  | 'PARTNER';

export type MembershipState =
  | 'ACTIVE'
  | 'INVITED'
  | 'LEFT';

export type Mutation = {
  /** Accept with the invited account, or create it (name and password). */
  acceptInvitation: AcceptInvitationPayload;
  changeMemberRole: Membership;
  /** Changes the caller's password and ends all their other sessions. */
  changePassword: Scalars['Boolean']['output'];
  /** Creates an alliance with your organisation as backbone. */
  createAlliance: Alliance;
  inviteOrganisation: InvitationCreated;
  /** Your organisation leaves the alliance. */
  leaveAlliance: Membership;
  login: LoginPayload;
  /** Ends the current session on the server. */
  logout: Scalars['Boolean']['output'];
  revokeInvitation: Scalars['Boolean']['output'];
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationChangeMemberRoleArgs = {
  input: ChangeMemberRoleInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCreateAllianceArgs = {
  input: CreateAllianceInput;
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


export type MutationRevokeInvitationArgs = {
  input: RevokeInvitationInput;
};

export type Organisation = {
  city?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: OrganisationKind;
  name: Scalars['String']['output'];
};

export type OrganisationKind =
  | 'COMPANY'
  | 'FOUNDATION'
  | 'NGO'
  | 'OTHER'
  | 'PUBLIC_BODY';

export type Query = {
  /** One alliance; NOT_FOUND unless you are an active member. */
  alliance: Alliance;
  /** The logged-in user. */
  me: User;
  /** Member organisations of the alliance, with role and state. */
  members: Array<Membership>;
  /** Alliances where your organisation is an active member. */
  myAlliances: Array<Alliance>;
  /** Open invitations (backbone only). */
  pendingInvitations: Array<Invitation>;
};


export type QueryAllianceArgs = {
  allianceId: Scalars['ID']['input'];
};


export type QueryMembersArgs = {
  allianceId: Scalars['ID']['input'];
};


export type QueryPendingInvitationsArgs = {
  allianceId: Scalars['ID']['input'];
};

export type RevokeInvitationInput = {
  allianceId: Scalars['ID']['input'];
  invitationId: Scalars['ID']['input'];
};

/** TOKEN returns a bearer token (API clients); COOKIE sets an httpOnly session cookie (browser). */
export type SessionMode =
  | 'COOKIE'
  | 'TOKEN';

export type User = {
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Preferred UI language: de or en. */
  locale: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Organisations this person works for. */
  organisations: Array<Organisation>;
};

export type CreateAllianceMutationVariables = Exact<{
  input: CreateAllianceInput;
}>;


export type CreateAllianceMutation = { createAlliance: { id: string, name: string, kind: AllianceKind, lifecycle: AllianceLifecycle, myRole: MembershipRole } };

export type AllianceQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type AllianceQuery = { alliance: { id: string, name: string, kind: AllianceKind, lifecycle: AllianceLifecycle, problemStatement: string, vision: string, periodStart?: string | null, periodEnd?: string | null, version: number, myRole: MembershipRole, myIsAdmin: boolean, myMembershipId: string, myOrganisation: { id: string, name: string, kind: OrganisationKind } } };

export type MyAlliancesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAlliancesQuery = { myAlliances: Array<{ id: string, name: string, kind: AllianceKind, lifecycle: AllianceLifecycle, periodStart?: string | null, periodEnd?: string | null, myRole: MembershipRole, myIsAdmin: boolean, myMembershipId: string, myOrganisation: { id: string, name: string } }> };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { allianceId: string, membership: { id: string, role: MembershipRole, state: MembershipState } } };

export type ChangeMemberRoleMutationVariables = Exact<{
  input: ChangeMemberRoleInput;
}>;


export type ChangeMemberRoleMutation = { changeMemberRole: { id: string, role: MembershipRole, state: MembershipState, version: number } };

export type MembersQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type MembersQuery = { members: Array<{ id: string, role: MembershipRole, state: MembershipState, version: number, joinedAt?: string | null, leftAt?: string | null, seatCount: number, organisation: { id: string, name: string, kind: OrganisationKind, city?: string | null } }> };

export type PendingInvitationsQueryVariables = Exact<{
  allianceId: Scalars['ID']['input'];
}>;


export type PendingInvitationsQuery = { pendingInvitations: Array<{ id: string, email: string, role: MembershipRole, createdAt: string, expiresAt: string, organisation: { id: string, name: string, kind: OrganisationKind } }> };

export type InviteOrganisationMutationVariables = Exact<{
  input: InviteOrganisationInput;
}>;


export type InviteOrganisationMutation = { inviteOrganisation: { token: string, acceptPath: string, invitation: { id: string, email: string, role: MembershipRole, createdAt: string, expiresAt: string, organisation: { id: string, name: string, kind: OrganisationKind } } } };

export type LeaveAllianceMutationVariables = Exact<{
  input: LeaveAllianceInput;
}>;


export type LeaveAllianceMutation = { leaveAlliance: { id: string, state: MembershipState } };

export type RevokeInvitationMutationVariables = Exact<{
  input: RevokeInvitationInput;
}>;


export type RevokeInvitationMutation = { revokeInvitation: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, name: string, locale: string, organisations: Array<{ id: string, name: string, kind: OrganisationKind }> } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { expiresAt: string, user: { id: string, email: string, name: string, locale: string, organisations: Array<{ id: string, name: string, kind: OrganisationKind }> } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };


export const CreateAllianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAlliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAllianceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAlliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}}]}}]}}]} as unknown as DocumentNode<CreateAllianceMutation, CreateAllianceMutationVariables>;
export const AllianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Alliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"problemStatement"}},{"kind":"Field","name":{"kind":"Name","value":"vision"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"myIsAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"myMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"myOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<AllianceQuery, AllianceQueryVariables>;
export const MyAlliancesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAlliances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAlliances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"myIsAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"myMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"myOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MyAlliancesQuery, MyAlliancesQueryVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allianceId"}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const ChangeMemberRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMemberRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMemberRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ChangeMemberRoleMutation, ChangeMemberRoleMutationVariables>;
export const MembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Members"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"joinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}},{"kind":"Field","name":{"kind":"Name","value":"seatCount"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]} as unknown as DocumentNode<MembersQuery, MembersQueryVariables>;
export const PendingInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingInvitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingInvitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allianceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allianceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<PendingInvitationsQuery, PendingInvitationsQueryVariables>;
export const InviteOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"acceptPath"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InviteOrganisationMutation, InviteOrganisationMutationVariables>;
export const LeaveAllianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveAlliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaveAllianceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveAlliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<LeaveAllianceMutation, LeaveAllianceMutationVariables>;
export const RevokeInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;