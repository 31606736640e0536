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
    "\n  mutation CreateAlliance($input: CreateAllianceInput!) {\n    createAlliance(input: $input) {\n      id\n      name\n      kind\n      lifecycle\n      myRole\n    }\n  }\n": typeof types.CreateAllianceDocument,
    "\n  query Alliance($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      name\n      kind\n      lifecycle\n      problemStatement\n      vision\n      periodStart\n      periodEnd\n      version\n      myRole\n      myIsAdmin\n      myMembershipId\n      myOrganisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.AllianceDocument,
    "\n  query MyAlliances {\n    myAlliances {\n      id\n      name\n      kind\n      lifecycle\n      periodStart\n      periodEnd\n      myRole\n      myIsAdmin\n      myMembershipId\n      myOrganisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyAlliancesDocument,
    "\n  mutation ArchiveIndicator($input: IndicatorVersionInput!) {\n    archiveIndicator(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ArchiveIndicatorDocument,
    "\n  mutation RestoreIndicator($input: IndicatorVersionInput!) {\n    restoreIndicator(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.RestoreIndicatorDocument,
    "\n  query IndicatorDimensionOptions($allianceId: ID!) {\n    dimensions(allianceId: $allianceId) {\n      id\n      name\n      categories {\n        id\n        name\n      }\n    }\n  }\n": typeof types.IndicatorDimensionOptionsDocument,
    "\n  mutation CreateDimension($input: CreateDimensionInput!) {\n    createDimension(input: $input) {\n      id\n      name\n      categories {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateDimensionDocument,
    "\n  query IndicatorContributions($allianceId: ID!, $indicatorId: ID!, $periodKey: String!) {\n    contributions(allianceId: $allianceId, indicatorId: $indicatorId, periodKey: $periodKey) {\n      measurementId\n      membershipId\n      organisationName\n      reported\n      overlapDeducted\n      net\n      shareOfTotal\n    }\n  }\n": typeof types.IndicatorContributionsDocument,
    "\n  query IndicatorGoalOptions($allianceId: ID!) {\n    goals(allianceId: $allianceId) {\n      id\n      title\n      depth\n      status\n    }\n  }\n": typeof types.IndicatorGoalOptionsDocument,
    "\n  query IndicatorSeries($allianceId: ID!, $indicatorIds: [ID!]!, $by: SeriesBreakdown!, $from: String!, $to: String!) {\n    indicatorSeries(allianceId: $allianceId, indicatorIds: $indicatorIds, by: $by, from: $from, to: $to) {\n      indicatorId\n      key\n      label\n      periods\n      actual\n      target\n    }\n  }\n": typeof types.IndicatorSeriesDocument,
    "\n  query IndicatorDetail($allianceId: ID!, $indicatorId: ID!) {\n    indicator(allianceId: $allianceId, indicatorId: $indicatorId) {\n      id\n      code\n      name\n      definition\n      unit\n      direction\n      aggregation\n      frequency\n      rbaKind\n      decimals\n      collectionMethod\n      baselineValue\n      baselinePeriod\n      numeratorLabel\n      denominatorLabel\n      status\n      version\n      goals {\n        id\n        title\n      }\n      dimensions {\n        id\n        name\n      }\n      targets {\n        id\n        periodKey\n        value\n        version\n      }\n    }\n  }\n": typeof types.IndicatorDetailDocument,
    "\n  query IndicatorList($allianceId: ID!, $filter: IndicatorFilter, $page: PageInput!) {\n    indicators(allianceId: $allianceId, filter: $filter, page: $page) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        unit\n        direction\n        aggregation\n        frequency\n        decimals\n        status\n        version\n        goals {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.IndicatorListDocument,
    "\n  query ReportingPeriodList($allianceId: ID!, $page: PageInput!) {\n    reportingPeriods(allianceId: $allianceId, page: $page) {\n      totalCount\n      nodes {\n        id\n        periodKey\n        frequency\n        state\n        dueOn\n        startsOn\n        endsOn\n        closedAt\n        version\n        counts {\n          expected\n          approved\n        }\n      }\n    }\n  }\n": typeof types.ReportingPeriodListDocument,
    "\n  mutation OpenReportingPeriod($input: OpenReportingPeriodInput!) {\n    openReportingPeriod(input: $input) {\n      id\n      periodKey\n      state\n      version\n    }\n  }\n": typeof types.OpenReportingPeriodDocument,
    "\n  mutation CloseReportingPeriod($input: CloseReportingPeriodInput!) {\n    closeReportingPeriod(input: $input) {\n      id\n      state\n      version\n    }\n  }\n": typeof types.CloseReportingPeriodDocument,
    "\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CreateIndicatorDocument,
    "\n  mutation UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateIndicatorDocument,
    "\n  mutation SetIndicatorDimensions($input: SetIndicatorDimensionsInput!) {\n    setIndicatorDimensions(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.SetIndicatorDimensionsDocument,
    "\n  mutation SetIndicatorGoals($input: SetIndicatorGoalsInput!) {\n    setIndicatorGoals(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.SetIndicatorGoalsDocument,
    "\n  mutation SetTarget($input: SetTargetInput!) {\n    setTarget(input: $input) {\n      id\n      periodKey\n      value\n      version\n    }\n  }\n": typeof types.SetTargetDocument,
    "\n  mutation DeleteTarget($input: DeleteTargetInput!) {\n    deleteTarget(input: $input)\n  }\n": typeof types.DeleteTargetDocument,
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
    "\n  mutation CreateAlliance($input: CreateAllianceInput!) {\n    createAlliance(input: $input) {\n      id\n      name\n      kind\n      lifecycle\n      myRole\n    }\n  }\n": types.CreateAllianceDocument,
    "\n  query Alliance($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      name\n      kind\n      lifecycle\n      problemStatement\n      vision\n      periodStart\n      periodEnd\n      version\n      myRole\n      myIsAdmin\n      myMembershipId\n      myOrganisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.AllianceDocument,
    "\n  query MyAlliances {\n    myAlliances {\n      id\n      name\n      kind\n      lifecycle\n      periodStart\n      periodEnd\n      myRole\n      myIsAdmin\n      myMembershipId\n      myOrganisation {\n        id\n        name\n      }\n    }\n  }\n": types.MyAlliancesDocument,
    "\n  mutation ArchiveIndicator($input: IndicatorVersionInput!) {\n    archiveIndicator(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.ArchiveIndicatorDocument,
    "\n  mutation RestoreIndicator($input: IndicatorVersionInput!) {\n    restoreIndicator(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.RestoreIndicatorDocument,
    "\n  query IndicatorDimensionOptions($allianceId: ID!) {\n    dimensions(allianceId: $allianceId) {\n      id\n      name\n      categories {\n        id\n        name\n      }\n    }\n  }\n": types.IndicatorDimensionOptionsDocument,
    "\n  mutation CreateDimension($input: CreateDimensionInput!) {\n    createDimension(input: $input) {\n      id\n      name\n      categories {\n        id\n        name\n      }\n    }\n  }\n": types.CreateDimensionDocument,
    "\n  query IndicatorContributions($allianceId: ID!, $indicatorId: ID!, $periodKey: String!) {\n    contributions(allianceId: $allianceId, indicatorId: $indicatorId, periodKey: $periodKey) {\n      measurementId\n      membershipId\n      organisationName\n      reported\n      overlapDeducted\n      net\n      shareOfTotal\n    }\n  }\n": types.IndicatorContributionsDocument,
    "\n  query IndicatorGoalOptions($allianceId: ID!) {\n    goals(allianceId: $allianceId) {\n      id\n      title\n      depth\n      status\n    }\n  }\n": types.IndicatorGoalOptionsDocument,
    "\n  query IndicatorSeries($allianceId: ID!, $indicatorIds: [ID!]!, $by: SeriesBreakdown!, $from: String!, $to: String!) {\n    indicatorSeries(allianceId: $allianceId, indicatorIds: $indicatorIds, by: $by, from: $from, to: $to) {\n      indicatorId\n      key\n      label\n      periods\n      actual\n      target\n    }\n  }\n": types.IndicatorSeriesDocument,
    "\n  query IndicatorDetail($allianceId: ID!, $indicatorId: ID!) {\n    indicator(allianceId: $allianceId, indicatorId: $indicatorId) {\n      id\n      code\n      name\n      definition\n      unit\n      direction\n      aggregation\n      frequency\n      rbaKind\n      decimals\n      collectionMethod\n      baselineValue\n      baselinePeriod\n      numeratorLabel\n      denominatorLabel\n      status\n      version\n      goals {\n        id\n        title\n      }\n      dimensions {\n        id\n        name\n      }\n      targets {\n        id\n        periodKey\n        value\n        version\n      }\n    }\n  }\n": types.IndicatorDetailDocument,
    "\n  query IndicatorList($allianceId: ID!, $filter: IndicatorFilter, $page: PageInput!) {\n    indicators(allianceId: $allianceId, filter: $filter, page: $page) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        unit\n        direction\n        aggregation\n        frequency\n        decimals\n        status\n        version\n        goals {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.IndicatorListDocument,
    "\n  query ReportingPeriodList($allianceId: ID!, $page: PageInput!) {\n    reportingPeriods(allianceId: $allianceId, page: $page) {\n      totalCount\n      nodes {\n        id\n        periodKey\n        frequency\n        state\n        dueOn\n        startsOn\n        endsOn\n        closedAt\n        version\n        counts {\n          expected\n          approved\n        }\n      }\n    }\n  }\n": types.ReportingPeriodListDocument,
    "\n  mutation OpenReportingPeriod($input: OpenReportingPeriodInput!) {\n    openReportingPeriod(input: $input) {\n      id\n      periodKey\n      state\n      version\n    }\n  }\n": types.OpenReportingPeriodDocument,
    "\n  mutation CloseReportingPeriod($input: CloseReportingPeriodInput!) {\n    closeReportingPeriod(input: $input) {\n      id\n      state\n      version\n    }\n  }\n": types.CloseReportingPeriodDocument,
    "\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      id\n      version\n    }\n  }\n": types.CreateIndicatorDocument,
    "\n  mutation UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateIndicatorDocument,
    "\n  mutation SetIndicatorDimensions($input: SetIndicatorDimensionsInput!) {\n    setIndicatorDimensions(input: $input) {\n      id\n      version\n    }\n  }\n": types.SetIndicatorDimensionsDocument,
    "\n  mutation SetIndicatorGoals($input: SetIndicatorGoalsInput!) {\n    setIndicatorGoals(input: $input) {\n      id\n      version\n    }\n  }\n": types.SetIndicatorGoalsDocument,
    "\n  mutation SetTarget($input: SetTargetInput!) {\n    setTarget(input: $input) {\n      id\n      periodKey\n      value\n      version\n    }\n  }\n": types.SetTargetDocument,
    "\n  mutation DeleteTarget($input: DeleteTargetInput!) {\n    deleteTarget(input: $input)\n  }\n": types.DeleteTargetDocument,
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
export function graphql(source: "\n  mutation ArchiveIndicator($input: IndicatorVersionInput!) {\n    archiveIndicator(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveIndicator($input: IndicatorVersionInput!) {\n    archiveIndicator(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreIndicator($input: IndicatorVersionInput!) {\n    restoreIndicator(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreIndicator($input: IndicatorVersionInput!) {\n    restoreIndicator(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorDimensionOptions($allianceId: ID!) {\n    dimensions(allianceId: $allianceId) {\n      id\n      name\n      categories {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndicatorDimensionOptions($allianceId: ID!) {\n    dimensions(allianceId: $allianceId) {\n      id\n      name\n      categories {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDimension($input: CreateDimensionInput!) {\n    createDimension(input: $input) {\n      id\n      name\n      categories {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDimension($input: CreateDimensionInput!) {\n    createDimension(input: $input) {\n      id\n      name\n      categories {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorContributions($allianceId: ID!, $indicatorId: ID!, $periodKey: String!) {\n    contributions(allianceId: $allianceId, indicatorId: $indicatorId, periodKey: $periodKey) {\n      measurementId\n      membershipId\n      organisationName\n      reported\n      overlapDeducted\n      net\n      shareOfTotal\n    }\n  }\n"): (typeof documents)["\n  query IndicatorContributions($allianceId: ID!, $indicatorId: ID!, $periodKey: String!) {\n    contributions(allianceId: $allianceId, indicatorId: $indicatorId, periodKey: $periodKey) {\n      measurementId\n      membershipId\n      organisationName\n      reported\n      overlapDeducted\n      net\n      shareOfTotal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorGoalOptions($allianceId: ID!) {\n    goals(allianceId: $allianceId) {\n      id\n      title\n      depth\n      status\n    }\n  }\n"): (typeof documents)["\n  query IndicatorGoalOptions($allianceId: ID!) {\n    goals(allianceId: $allianceId) {\n      id\n      title\n      depth\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorSeries($allianceId: ID!, $indicatorIds: [ID!]!, $by: SeriesBreakdown!, $from: String!, $to: String!) {\n    indicatorSeries(allianceId: $allianceId, indicatorIds: $indicatorIds, by: $by, from: $from, to: $to) {\n      indicatorId\n      key\n      label\n      periods\n      actual\n      target\n    }\n  }\n"): (typeof documents)["\n  query IndicatorSeries($allianceId: ID!, $indicatorIds: [ID!]!, $by: SeriesBreakdown!, $from: String!, $to: String!) {\n    indicatorSeries(allianceId: $allianceId, indicatorIds: $indicatorIds, by: $by, from: $from, to: $to) {\n      indicatorId\n      key\n      label\n      periods\n      actual\n      target\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorDetail($allianceId: ID!, $indicatorId: ID!) {\n    indicator(allianceId: $allianceId, indicatorId: $indicatorId) {\n      id\n      code\n      name\n      definition\n      unit\n      direction\n      aggregation\n      frequency\n      rbaKind\n      decimals\n      collectionMethod\n      baselineValue\n      baselinePeriod\n      numeratorLabel\n      denominatorLabel\n      status\n      version\n      goals {\n        id\n        title\n      }\n      dimensions {\n        id\n        name\n      }\n      targets {\n        id\n        periodKey\n        value\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndicatorDetail($allianceId: ID!, $indicatorId: ID!) {\n    indicator(allianceId: $allianceId, indicatorId: $indicatorId) {\n      id\n      code\n      name\n      definition\n      unit\n      direction\n      aggregation\n      frequency\n      rbaKind\n      decimals\n      collectionMethod\n      baselineValue\n      baselinePeriod\n      numeratorLabel\n      denominatorLabel\n      status\n      version\n      goals {\n        id\n        title\n      }\n      dimensions {\n        id\n        name\n      }\n      targets {\n        id\n        periodKey\n        value\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorList($allianceId: ID!, $filter: IndicatorFilter, $page: PageInput!) {\n    indicators(allianceId: $allianceId, filter: $filter, page: $page) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        unit\n        direction\n        aggregation\n        frequency\n        decimals\n        status\n        version\n        goals {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndicatorList($allianceId: ID!, $filter: IndicatorFilter, $page: PageInput!) {\n    indicators(allianceId: $allianceId, filter: $filter, page: $page) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        unit\n        direction\n        aggregation\n        frequency\n        decimals\n        status\n        version\n        goals {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportingPeriodList($allianceId: ID!, $page: PageInput!) {\n    reportingPeriods(allianceId: $allianceId, page: $page) {\n      totalCount\n      nodes {\n        id\n        periodKey\n        frequency\n        state\n        dueOn\n        startsOn\n        endsOn\n        closedAt\n        version\n        counts {\n          expected\n          approved\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportingPeriodList($allianceId: ID!, $page: PageInput!) {\n    reportingPeriods(allianceId: $allianceId, page: $page) {\n      totalCount\n      nodes {\n        id\n        periodKey\n        frequency\n        state\n        dueOn\n        startsOn\n        endsOn\n        closedAt\n        version\n        counts {\n          expected\n          approved\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenReportingPeriod($input: OpenReportingPeriodInput!) {\n    openReportingPeriod(input: $input) {\n      id\n      periodKey\n      state\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation OpenReportingPeriod($input: OpenReportingPeriodInput!) {\n    openReportingPeriod(input: $input) {\n      id\n      periodKey\n      state\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseReportingPeriod($input: CloseReportingPeriodInput!) {\n    closeReportingPeriod(input: $input) {\n      id\n      state\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CloseReportingPeriod($input: CloseReportingPeriodInput!) {\n    closeReportingPeriod(input: $input) {\n      id\n      state\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetIndicatorDimensions($input: SetIndicatorDimensionsInput!) {\n    setIndicatorDimensions(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SetIndicatorDimensions($input: SetIndicatorDimensionsInput!) {\n    setIndicatorDimensions(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetIndicatorGoals($input: SetIndicatorGoalsInput!) {\n    setIndicatorGoals(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SetIndicatorGoals($input: SetIndicatorGoalsInput!) {\n    setIndicatorGoals(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTarget($input: SetTargetInput!) {\n    setTarget(input: $input) {\n      id\n      periodKey\n      value\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SetTarget($input: SetTargetInput!) {\n    setTarget(input: $input) {\n      id\n      periodKey\n      value\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTarget($input: DeleteTargetInput!) {\n    deleteTarget(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteTarget($input: DeleteTargetInput!) {\n    deleteTarget(input: $input)\n  }\n"];
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