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
    "\n  mutation ChangeActivityStatus($input: ChangeActivityStatusInput!) {\n    changeActivityStatus(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ChangeActivityStatusDocument,
    "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n      title\n      status\n      version\n    }\n  }\n": typeof types.CreateActivityDocument,
    "\n  mutation DeleteActivity($input: DeleteActivityInput!) {\n    deleteActivity(input: $input)\n  }\n": typeof types.DeleteActivityDocument,
    "\n  query Activities($allianceId: ID!, $filter: ActivityFilter, $page: PageInput) {\n    activities(allianceId: $allianceId, filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        status\n        district\n        place\n        periodStart\n        periodEnd\n        targetGroups\n        membershipId\n        organisation {\n          id\n          name\n        }\n        goals {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.ActivitiesDocument,
    "\n  query ActivityMap($allianceId: ID!, $asOf: String) {\n    activityMap(allianceId: $allianceId, asOf: $asOf) {\n      asOf\n      goals {\n        id\n        parentId\n        title\n      }\n      members {\n        membershipId\n        organisation {\n          id\n          name\n        }\n      }\n      cells {\n        goalId\n        membershipId\n        activityCount\n        runningCount\n      }\n      gaps {\n        goalId\n        goalTitle\n      }\n      overlaps {\n        goalId\n        goalTitle\n        district\n        targetGroup\n        activities {\n          id\n          title\n          periodStart\n          periodEnd\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ActivityMapDocument,
    "\n  query ActivityOptions($allianceId: ID!) {\n    goals(allianceId: $allianceId) {\n      id\n      parentId\n      depth\n      title\n      status\n    }\n    members(allianceId: $allianceId) {\n      id\n      role\n      state\n      organisation {\n        id\n        name\n      }\n    }\n    indicators(allianceId: $allianceId, filter: { status: ACTIVE }, page: { first: 100 }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ActivityOptionsDocument,
    "\n  query Activity($allianceId: ID!, $activityId: ID!) {\n    activity(allianceId: $allianceId, activityId: $activityId) {\n      id\n      title\n      description\n      status\n      version\n      district\n      place\n      periodStart\n      periodEnd\n      targetGroups\n      resources\n      budgetEur\n      staffHoursPerMonth\n      membershipId\n      organisation {\n        id\n        name\n      }\n      goals {\n        id\n        title\n      }\n      indicators {\n        id\n        name\n      }\n      createdAt\n      updatedAt\n    }\n  }\n": typeof types.ActivityDocument,
    "\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n      title\n      status\n      version\n    }\n  }\n": typeof types.UpdateActivityDocument,
    "\n  mutation CreateAlliance($input: CreateAllianceInput!) {\n    createAlliance(input: $input) {\n      id\n      name\n      kind\n      lifecycle\n      myRole\n    }\n  }\n": typeof types.CreateAllianceDocument,
    "\n  query Alliance($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      name\n      kind\n      lifecycle\n      problemStatement\n      vision\n      periodStart\n      periodEnd\n      version\n      myRole\n      myIsAdmin\n      myMembershipId\n      myOrganisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.AllianceDocument,
    "\n  query MyAlliances {\n    myAlliances {\n      id\n      name\n      kind\n      lifecycle\n      periodStart\n      periodEnd\n      myRole\n      myIsAdmin\n      myMembershipId\n      myOrganisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyAlliancesDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      allianceId\n      membership {\n        id\n        role\n        state\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n      state\n      version\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  query Members($allianceId: ID!) {\n    members(allianceId: $allianceId) {\n      id\n      role\n      state\n      version\n      joinedAt\n      leftAt\n      seatCount\n      organisation {\n        id\n        name\n        kind\n        city\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query PendingInvitations($allianceId: ID!) {\n    pendingInvitations(allianceId: $allianceId) {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.PendingInvitationsDocument,
    "\n  mutation InviteOrganisation($input: InviteOrganisationInput!) {\n    inviteOrganisation(input: $input) {\n      token\n      acceptPath\n      invitation {\n        id\n        email\n        role\n        createdAt\n        expiresAt\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.InviteOrganisationDocument,
    "\n  mutation LeaveAlliance($input: LeaveAllianceInput!) {\n    leaveAlliance(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.LeaveAllianceDocument,
    "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input)\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      locale\n      organisations {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      user {\n        id\n        email\n        name\n        locale\n        organisations {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "\n  mutation ChangeActivityStatus($input: ChangeActivityStatusInput!) {\n    changeActivityStatus(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.ChangeActivityStatusDocument,
    "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n      title\n      status\n      version\n    }\n  }\n": types.CreateActivityDocument,
    "\n  mutation DeleteActivity($input: DeleteActivityInput!) {\n    deleteActivity(input: $input)\n  }\n": types.DeleteActivityDocument,
    "\n  query Activities($allianceId: ID!, $filter: ActivityFilter, $page: PageInput) {\n    activities(allianceId: $allianceId, filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        status\n        district\n        place\n        periodStart\n        periodEnd\n        targetGroups\n        membershipId\n        organisation {\n          id\n          name\n        }\n        goals {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.ActivitiesDocument,
    "\n  query ActivityMap($allianceId: ID!, $asOf: String) {\n    activityMap(allianceId: $allianceId, asOf: $asOf) {\n      asOf\n      goals {\n        id\n        parentId\n        title\n      }\n      members {\n        membershipId\n        organisation {\n          id\n          name\n        }\n      }\n      cells {\n        goalId\n        membershipId\n        activityCount\n        runningCount\n      }\n      gaps {\n        goalId\n        goalTitle\n      }\n      overlaps {\n        goalId\n        goalTitle\n        district\n        targetGroup\n        activities {\n          id\n          title\n          periodStart\n          periodEnd\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ActivityMapDocument,
    "\n  query ActivityOptions($allianceId: ID!) {\n    goals(allianceId: $allianceId) {\n      id\n      parentId\n      depth\n      title\n      status\n    }\n    members(allianceId: $allianceId) {\n      id\n      role\n      state\n      organisation {\n        id\n        name\n      }\n    }\n    indicators(allianceId: $allianceId, filter: { status: ACTIVE }, page: { first: 100 }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.ActivityOptionsDocument,
    "\n  query Activity($allianceId: ID!, $activityId: ID!) {\n    activity(allianceId: $allianceId, activityId: $activityId) {\n      id\n      title\n      description\n      status\n      version\n      district\n      place\n      periodStart\n      periodEnd\n      targetGroups\n      resources\n      budgetEur\n      staffHoursPerMonth\n      membershipId\n      organisation {\n        id\n        name\n      }\n      goals {\n        id\n        title\n      }\n      indicators {\n        id\n        name\n      }\n      createdAt\n      updatedAt\n    }\n  }\n": types.ActivityDocument,
    "\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n      title\n      status\n      version\n    }\n  }\n": types.UpdateActivityDocument,
    "\n  mutation CreateAlliance($input: CreateAllianceInput!) {\n    createAlliance(input: $input) {\n      id\n      name\n      kind\n      lifecycle\n      myRole\n    }\n  }\n": types.CreateAllianceDocument,
    "\n  query Alliance($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      name\n      kind\n      lifecycle\n      problemStatement\n      vision\n      periodStart\n      periodEnd\n      version\n      myRole\n      myIsAdmin\n      myMembershipId\n      myOrganisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.AllianceDocument,
    "\n  query MyAlliances {\n    myAlliances {\n      id\n      name\n      kind\n      lifecycle\n      periodStart\n      periodEnd\n      myRole\n      myIsAdmin\n      myMembershipId\n      myOrganisation {\n        id\n        name\n      }\n    }\n  }\n": types.MyAlliancesDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      allianceId\n      membership {\n        id\n        role\n        state\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n      state\n      version\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  query Members($allianceId: ID!) {\n    members(allianceId: $allianceId) {\n      id\n      role\n      state\n      version\n      joinedAt\n      leftAt\n      seatCount\n      organisation {\n        id\n        name\n        kind\n        city\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  query PendingInvitations($allianceId: ID!) {\n    pendingInvitations(allianceId: $allianceId) {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.PendingInvitationsDocument,
    "\n  mutation InviteOrganisation($input: InviteOrganisationInput!) {\n    inviteOrganisation(input: $input) {\n      token\n      acceptPath\n      invitation {\n        id\n        email\n        role\n        createdAt\n        expiresAt\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.InviteOrganisationDocument,
    "\n  mutation LeaveAlliance($input: LeaveAllianceInput!) {\n    leaveAlliance(input: $input) {\n      id\n      state\n    }\n  }\n": types.LeaveAllianceDocument,
    "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input)\n  }\n": types.RevokeInvitationDocument,
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
export function graphql(source: "\n  mutation ChangeActivityStatus($input: ChangeActivityStatusInput!) {\n    changeActivityStatus(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeActivityStatus($input: ChangeActivityStatusInput!) {\n    changeActivityStatus(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n      title\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n      title\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteActivity($input: DeleteActivityInput!) {\n    deleteActivity(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteActivity($input: DeleteActivityInput!) {\n    deleteActivity(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Activities($allianceId: ID!, $filter: ActivityFilter, $page: PageInput) {\n    activities(allianceId: $allianceId, filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        status\n        district\n        place\n        periodStart\n        periodEnd\n        targetGroups\n        membershipId\n        organisation {\n          id\n          name\n        }\n        goals {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Activities($allianceId: ID!, $filter: ActivityFilter, $page: PageInput) {\n    activities(allianceId: $allianceId, filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        status\n        district\n        place\n        periodStart\n        periodEnd\n        targetGroups\n        membershipId\n        organisation {\n          id\n          name\n        }\n        goals {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityMap($allianceId: ID!, $asOf: String) {\n    activityMap(allianceId: $allianceId, asOf: $asOf) {\n      asOf\n      goals {\n        id\n        parentId\n        title\n      }\n      members {\n        membershipId\n        organisation {\n          id\n          name\n        }\n      }\n      cells {\n        goalId\n        membershipId\n        activityCount\n        runningCount\n      }\n      gaps {\n        goalId\n        goalTitle\n      }\n      overlaps {\n        goalId\n        goalTitle\n        district\n        targetGroup\n        activities {\n          id\n          title\n          periodStart\n          periodEnd\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityMap($allianceId: ID!, $asOf: String) {\n    activityMap(allianceId: $allianceId, asOf: $asOf) {\n      asOf\n      goals {\n        id\n        parentId\n        title\n      }\n      members {\n        membershipId\n        organisation {\n          id\n          name\n        }\n      }\n      cells {\n        goalId\n        membershipId\n        activityCount\n        runningCount\n      }\n      gaps {\n        goalId\n        goalTitle\n      }\n      overlaps {\n        goalId\n        goalTitle\n        district\n        targetGroup\n        activities {\n          id\n          title\n          periodStart\n          periodEnd\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityOptions($allianceId: ID!) {\n    goals(allianceId: $allianceId) {\n      id\n      parentId\n      depth\n      title\n      status\n    }\n    members(allianceId: $allianceId) {\n      id\n      role\n      state\n      organisation {\n        id\n        name\n      }\n    }\n    indicators(allianceId: $allianceId, filter: { status: ACTIVE }, page: { first: 100 }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityOptions($allianceId: ID!) {\n    goals(allianceId: $allianceId) {\n      id\n      parentId\n      depth\n      title\n      status\n    }\n    members(allianceId: $allianceId) {\n      id\n      role\n      state\n      organisation {\n        id\n        name\n      }\n    }\n    indicators(allianceId: $allianceId, filter: { status: ACTIVE }, page: { first: 100 }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Activity($allianceId: ID!, $activityId: ID!) {\n    activity(allianceId: $allianceId, activityId: $activityId) {\n      id\n      title\n      description\n      status\n      version\n      district\n      place\n      periodStart\n      periodEnd\n      targetGroups\n      resources\n      budgetEur\n      staffHoursPerMonth\n      membershipId\n      organisation {\n        id\n        name\n      }\n      goals {\n        id\n        title\n      }\n      indicators {\n        id\n        name\n      }\n      createdAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query Activity($allianceId: ID!, $activityId: ID!) {\n    activity(allianceId: $allianceId, activityId: $activityId) {\n      id\n      title\n      description\n      status\n      version\n      district\n      place\n      periodStart\n      periodEnd\n      targetGroups\n      resources\n      budgetEur\n      staffHoursPerMonth\n      membershipId\n      organisation {\n        id\n        name\n      }\n      goals {\n        id\n        title\n      }\n      indicators {\n        id\n        name\n      }\n      createdAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n      title\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n      title\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAlliance($input: CreateAllianceInput!) {\n    createAlliance(input: $input) {\n      id\n      name\n      kind\n      lifecycle\n      myRole\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAlliance($input: CreateAllianceInput!) {\n    createAlliance(input: $input) {\n      id\n      name\n      kind\n      lifecycle\n      myRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Alliance($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      name\n      kind\n      lifecycle\n      problemStatement\n      vision\n      periodStart\n      periodEnd\n      version\n      myRole\n      myIsAdmin\n      myMembershipId\n      myOrganisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query Alliance($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      name\n      kind\n      lifecycle\n      problemStatement\n      vision\n      periodStart\n      periodEnd\n      version\n      myRole\n      myIsAdmin\n      myMembershipId\n      myOrganisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
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