/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n      title\n      version\n    }\n  }\n": typeof types.CreateGoalDocument,
    "\n  mutation DeleteGoal($input: DeleteGoalInput!) {\n    deleteGoal(input: $input)\n  }\n": typeof types.DeleteGoalDocument,
    "\n  query Agreement($allianceId: ID!) {\n    agreement(allianceId: $allianceId) {\n      current {\n        id\n        number\n        title\n        body\n        conflictProcedure\n        publishedAt\n        publishedByName\n        signatureCount\n      }\n      mySignature {\n        id\n        signedAt\n        signedByName\n      }\n      signatures {\n        id\n        membershipId\n        signedAt\n        signedByName\n        organisation {\n          id\n          name\n        }\n      }\n      unsignedMembers {\n        id\n        role\n        organisation {\n          id\n          name\n        }\n      }\n      versions {\n        id\n        number\n        title\n        body\n        conflictProcedure\n        publishedAt\n        publishedByName\n        signatureCount\n      }\n    }\n  }\n": typeof types.AgreementDocument,
    "\n  query AgendaGoalOwners($allianceId: ID!) {\n    members(allianceId: $allianceId) {\n      id\n      state\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AgendaGoalOwnersDocument,
    "\n  query AgendaGoals($allianceId: ID!) {\n    goals(allianceId: $allianceId) {\n      id\n      parentId\n      depth\n      position\n      title\n      description\n      status\n      periodStart\n      periodEnd\n      ownerMembershipId\n      ownerOrganisation {\n        id\n        name\n      }\n      indicatorCount\n      runningActivityCount\n      version\n    }\n  }\n": typeof types.AgendaGoalsDocument,
    "\n  mutation MoveGoal($input: MoveGoalInput!) {\n    moveGoal(input: $input) {\n      id\n      title\n      parentId\n      position\n      version\n    }\n  }\n": typeof types.MoveGoalDocument,
    "\n  mutation PublishAgreementVersion($input: PublishAgreementVersionInput!) {\n    publishAgreementVersion(input: $input) {\n      current {\n        id\n        number\n      }\n    }\n  }\n": typeof types.PublishAgreementVersionDocument,
    "\n  mutation SignAgreement($input: SignAgreementInput!) {\n    signAgreement(input: $input) {\n      mySignature {\n        id\n        signedAt\n      }\n    }\n  }\n": typeof types.SignAgreementDocument,
    "\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n      title\n      version\n    }\n  }\n": typeof types.UpdateGoalDocument,
    "\n  mutation CreateAlliance($input: CreateAllianceInput!) {\n    createAlliance(input: $input) {\n      id\n      name\n      kind\n      lifecycle\n      myRole\n    }\n  }\n": typeof types.CreateAllianceDocument,
    "\n  query Alliance($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      name\n      kind\n      lifecycle\n      problemStatement\n      vision\n      logoDataUrl\n      primaryColor\n      guestComments\n      periodStart\n      periodEnd\n      version\n      myRole\n      myIsAdmin\n      myMembershipId\n      myOrganisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.AllianceDocument,
    "\n  query MyAlliances {\n    myAlliances {\n      id\n      name\n      kind\n      lifecycle\n      periodStart\n      periodEnd\n      myRole\n      myIsAdmin\n      myMembershipId\n      myOrganisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyAlliancesDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      allianceId\n      membership {\n        id\n        role\n        state\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n      state\n      version\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  query Members($allianceId: ID!) {\n    members(allianceId: $allianceId) {\n      id\n      role\n      state\n      version\n      joinedAt\n      leftAt\n      seatCount\n      organisation {\n        id\n        name\n        kind\n        city\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query PendingInvitations($allianceId: ID!) {\n    pendingInvitations(allianceId: $allianceId) {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.PendingInvitationsDocument,
    "\n  mutation InviteOrganisation($input: InviteOrganisationInput!) {\n    inviteOrganisation(input: $input) {\n      token\n      acceptPath\n      invitation {\n        id\n        email\n        role\n        createdAt\n        expiresAt\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.InviteOrganisationDocument,
    "\n  mutation LeaveAlliance($input: LeaveAllianceInput!) {\n    leaveAlliance(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.LeaveAllianceDocument,
    "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input)\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation ChangeAllianceLifecycle($input: ChangeAllianceLifecycleInput!) {\n    changeAllianceLifecycle(input: $input) {\n      alliance {\n        id\n        lifecycle\n        version\n      }\n      warnings {\n        code\n        goalId\n        goalTitle\n      }\n    }\n  }\n": typeof types.ChangeAllianceLifecycleDocument,
    "\n  mutation UpdateAllianceProfile($input: UpdateAllianceProfileInput!) {\n    updateAllianceProfile(input: $input) {\n      id\n      name\n      kind\n      problemStatement\n      vision\n      periodStart\n      periodEnd\n      guestComments\n      logoDataUrl\n      primaryColor\n      version\n    }\n  }\n": typeof types.UpdateAllianceProfileDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      locale\n      organisations {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n        email\n        name\n        locale\n        organisations {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n      title\n      version\n    }\n  }\n": types.CreateGoalDocument,
    "\n  mutation DeleteGoal($input: DeleteGoalInput!) {\n    deleteGoal(input: $input)\n  }\n": types.DeleteGoalDocument,
    "\n  query Agreement($allianceId: ID!) {\n    agreement(allianceId: $allianceId) {\n      current {\n        id\n        number\n        title\n        body\n        conflictProcedure\n        publishedAt\n        publishedByName\n        signatureCount\n      }\n      mySignature {\n        id\n        signedAt\n        signedByName\n      }\n      signatures {\n        id\n        membershipId\n        signedAt\n        signedByName\n        organisation {\n          id\n          name\n        }\n      }\n      unsignedMembers {\n        id\n        role\n        organisation {\n          id\n          name\n        }\n      }\n      versions {\n        id\n        number\n        title\n        body\n        conflictProcedure\n        publishedAt\n        publishedByName\n        signatureCount\n      }\n    }\n  }\n": types.AgreementDocument,
    "\n  query AgendaGoalOwners($allianceId: ID!) {\n    members(allianceId: $allianceId) {\n      id\n      state\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.AgendaGoalOwnersDocument,
    "\n  query AgendaGoals($allianceId: ID!) {\n    goals(allianceId: $allianceId) {\n      id\n      parentId\n      depth\n      position\n      title\n      description\n      status\n      periodStart\n      periodEnd\n      ownerMembershipId\n      ownerOrganisation {\n        id\n        name\n      }\n      indicatorCount\n      runningActivityCount\n      version\n    }\n  }\n": types.AgendaGoalsDocument,
    "\n  mutation MoveGoal($input: MoveGoalInput!) {\n    moveGoal(input: $input) {\n      id\n      title\n      parentId\n      position\n      version\n    }\n  }\n": types.MoveGoalDocument,
    "\n  mutation PublishAgreementVersion($input: PublishAgreementVersionInput!) {\n    publishAgreementVersion(input: $input) {\n      current {\n        id\n        number\n      }\n    }\n  }\n": types.PublishAgreementVersionDocument,
    "\n  mutation SignAgreement($input: SignAgreementInput!) {\n    signAgreement(input: $input) {\n      mySignature {\n        id\n        signedAt\n      }\n    }\n  }\n": types.SignAgreementDocument,
    "\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n      title\n      version\n    }\n  }\n": types.UpdateGoalDocument,
    "\n  mutation CreateAlliance($input: CreateAllianceInput!) {\n    createAlliance(input: $input) {\n      id\n      name\n      kind\n      lifecycle\n      myRole\n    }\n  }\n": types.CreateAllianceDocument,
    "\n  query Alliance($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      name\n      kind\n      lifecycle\n      problemStatement\n      vision\n      logoDataUrl\n      primaryColor\n      guestComments\n      periodStart\n      periodEnd\n      version\n      myRole\n      myIsAdmin\n      myMembershipId\n      myOrganisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.AllianceDocument,
    "\n  query MyAlliances {\n    myAlliances {\n      id\n      name\n      kind\n      lifecycle\n      periodStart\n      periodEnd\n      myRole\n      myIsAdmin\n      myMembershipId\n      myOrganisation {\n        id\n        name\n      }\n    }\n  }\n": types.MyAlliancesDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      allianceId\n      membership {\n        id\n        role\n        state\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n      state\n      version\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  query Members($allianceId: ID!) {\n    members(allianceId: $allianceId) {\n      id\n      role\n      state\n      version\n      joinedAt\n      leftAt\n      seatCount\n      organisation {\n        id\n        name\n        kind\n        city\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  query PendingInvitations($allianceId: ID!) {\n    pendingInvitations(allianceId: $allianceId) {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.PendingInvitationsDocument,
    "\n  mutation InviteOrganisation($input: InviteOrganisationInput!) {\n    inviteOrganisation(input: $input) {\n      token\n      acceptPath\n      invitation {\n        id\n        email\n        role\n        createdAt\n        expiresAt\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.InviteOrganisationDocument,
    "\n  mutation LeaveAlliance($input: LeaveAllianceInput!) {\n    leaveAlliance(input: $input) {\n      id\n      state\n    }\n  }\n": types.LeaveAllianceDocument,
    "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input)\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation ChangeAllianceLifecycle($input: ChangeAllianceLifecycleInput!) {\n    changeAllianceLifecycle(input: $input) {\n      alliance {\n        id\n        lifecycle\n        version\n      }\n      warnings {\n        code\n        goalId\n        goalTitle\n      }\n    }\n  }\n": types.ChangeAllianceLifecycleDocument,
    "\n  mutation UpdateAllianceProfile($input: UpdateAllianceProfileInput!) {\n    updateAllianceProfile(input: $input) {\n      id\n      name\n      kind\n      problemStatement\n      vision\n      periodStart\n      periodEnd\n      guestComments\n      logoDataUrl\n      primaryColor\n      version\n    }\n  }\n": types.UpdateAllianceProfileDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      locale\n      organisations {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n        email\n        name\n        locale\n        organisations {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n      title\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n      title\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteGoal($input: DeleteGoalInput!) {\n    deleteGoal(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteGoal($input: DeleteGoalInput!) {\n    deleteGoal(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agreement($allianceId: ID!) {\n    agreement(allianceId: $allianceId) {\n      current {\n        id\n        number\n        title\n        body\n        conflictProcedure\n        publishedAt\n        publishedByName\n        signatureCount\n      }\n      mySignature {\n        id\n        signedAt\n        signedByName\n      }\n      signatures {\n        id\n        membershipId\n        signedAt\n        signedByName\n        organisation {\n          id\n          name\n        }\n      }\n      unsignedMembers {\n        id\n        role\n        organisation {\n          id\n          name\n        }\n      }\n      versions {\n        id\n        number\n        title\n        body\n        conflictProcedure\n        publishedAt\n        publishedByName\n        signatureCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query Agreement($allianceId: ID!) {\n    agreement(allianceId: $allianceId) {\n      current {\n        id\n        number\n        title\n        body\n        conflictProcedure\n        publishedAt\n        publishedByName\n        signatureCount\n      }\n      mySignature {\n        id\n        signedAt\n        signedByName\n      }\n      signatures {\n        id\n        membershipId\n        signedAt\n        signedByName\n        organisation {\n          id\n          name\n        }\n      }\n      unsignedMembers {\n        id\n        role\n        organisation {\n          id\n          name\n        }\n      }\n      versions {\n        id\n        number\n        title\n        body\n        conflictProcedure\n        publishedAt\n        publishedByName\n        signatureCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgendaGoalOwners($allianceId: ID!) {\n    members(allianceId: $allianceId) {\n      id\n      state\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgendaGoalOwners($allianceId: ID!) {\n    members(allianceId: $allianceId) {\n      id\n      state\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgendaGoals($allianceId: ID!) {\n    goals(allianceId: $allianceId) {\n      id\n      parentId\n      depth\n      position\n      title\n      description\n      status\n      periodStart\n      periodEnd\n      ownerMembershipId\n      ownerOrganisation {\n        id\n        name\n      }\n      indicatorCount\n      runningActivityCount\n      version\n    }\n  }\n"): (typeof documents)["\n  query AgendaGoals($allianceId: ID!) {\n    goals(allianceId: $allianceId) {\n      id\n      parentId\n      depth\n      position\n      title\n      description\n      status\n      periodStart\n      periodEnd\n      ownerMembershipId\n      ownerOrganisation {\n        id\n        name\n      }\n      indicatorCount\n      runningActivityCount\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveGoal($input: MoveGoalInput!) {\n    moveGoal(input: $input) {\n      id\n      title\n      parentId\n      position\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation MoveGoal($input: MoveGoalInput!) {\n    moveGoal(input: $input) {\n      id\n      title\n      parentId\n      position\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishAgreementVersion($input: PublishAgreementVersionInput!) {\n    publishAgreementVersion(input: $input) {\n      current {\n        id\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishAgreementVersion($input: PublishAgreementVersionInput!) {\n    publishAgreementVersion(input: $input) {\n      current {\n        id\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignAgreement($input: SignAgreementInput!) {\n    signAgreement(input: $input) {\n      mySignature {\n        id\n        signedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignAgreement($input: SignAgreementInput!) {\n    signAgreement(input: $input) {\n      mySignature {\n        id\n        signedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n      title\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n      title\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAlliance($input: CreateAllianceInput!) {\n    createAlliance(input: $input) {\n      id\n      name\n      kind\n      lifecycle\n      myRole\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAlliance($input: CreateAllianceInput!) {\n    createAlliance(input: $input) {\n      id\n      name\n      kind\n      lifecycle\n      myRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Alliance($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      name\n      kind\n      lifecycle\n      problemStatement\n      vision\n      logoDataUrl\n      primaryColor\n      guestComments\n      periodStart\n      periodEnd\n      version\n      myRole\n      myIsAdmin\n      myMembershipId\n      myOrganisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query Alliance($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      name\n      kind\n      lifecycle\n      problemStatement\n      vision\n      logoDataUrl\n      primaryColor\n      guestComments\n      periodStart\n      periodEnd\n      version\n      myRole\n      myIsAdmin\n      myMembershipId\n      myOrganisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAlliances {\n    myAlliances {\n      id\n      name\n      kind\n      lifecycle\n      periodStart\n      periodEnd\n      myRole\n      myIsAdmin\n      myMembershipId\n      myOrganisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyAlliances {\n    myAlliances {\n      id\n      name\n      kind\n      lifecycle\n      periodStart\n      periodEnd\n      myRole\n      myIsAdmin\n      myMembershipId\n      myOrganisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      allianceId\n      membership {\n        id\n        role\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      allianceId\n      membership {\n        id\n        role\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n      state\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n      state\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($allianceId: ID!) {\n    members(allianceId: $allianceId) {\n      id\n      role\n      state\n      version\n      joinedAt\n      leftAt\n      seatCount\n      organisation {\n        id\n        name\n        kind\n        city\n      }\n    }\n  }\n"): (typeof documents)["\n  query Members($allianceId: ID!) {\n    members(allianceId: $allianceId) {\n      id\n      role\n      state\n      version\n      joinedAt\n      leftAt\n      seatCount\n      organisation {\n        id\n        name\n        kind\n        city\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingInvitations($allianceId: ID!) {\n    pendingInvitations(allianceId: $allianceId) {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingInvitations($allianceId: ID!) {\n    pendingInvitations(allianceId: $allianceId) {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteOrganisation($input: InviteOrganisationInput!) {\n    inviteOrganisation(input: $input) {\n      token\n      acceptPath\n      invitation {\n        id\n        email\n        role\n        createdAt\n        expiresAt\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteOrganisation($input: InviteOrganisationInput!) {\n    inviteOrganisation(input: $input) {\n      token\n      acceptPath\n      invitation {\n        id\n        email\n        role\n        createdAt\n        expiresAt\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveAlliance($input: LeaveAllianceInput!) {\n    leaveAlliance(input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveAlliance($input: LeaveAllianceInput!) {\n    leaveAlliance(input: $input) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input)\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeAllianceLifecycle($input: ChangeAllianceLifecycleInput!) {\n    changeAllianceLifecycle(input: $input) {\n      alliance {\n        id\n        lifecycle\n        version\n      }\n      warnings {\n        code\n        goalId\n        goalTitle\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeAllianceLifecycle($input: ChangeAllianceLifecycleInput!) {\n    changeAllianceLifecycle(input: $input) {\n      alliance {\n        id\n        lifecycle\n        version\n      }\n      warnings {\n        code\n        goalId\n        goalTitle\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAllianceProfile($input: UpdateAllianceProfileInput!) {\n    updateAllianceProfile(input: $input) {\n      id\n      name\n      kind\n      problemStatement\n      vision\n      periodStart\n      periodEnd\n      guestComments\n      logoDataUrl\n      primaryColor\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAllianceProfile($input: UpdateAllianceProfileInput!) {\n    updateAllianceProfile(input: $input) {\n      id\n      name\n      kind\n      problemStatement\n      vision\n      periodStart\n      periodEnd\n      guestComments\n      logoDataUrl\n      primaryColor\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      name\n      locale\n      organisations {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      name\n      locale\n      organisations {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n        email\n        name\n        locale\n        organisations {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n        email\n        name\n        locale\n        organisations {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;