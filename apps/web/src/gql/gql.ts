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
    "\n  query AllianceHealth($allianceId: ID!) {\n    allianceHealth(allianceId: $allianceId) {\n      reportingCompleteness {\n        reportingPeriodId\n        periodKey\n        frequency\n        dueOn\n        expected\n        submitted\n        approved\n        missing\n        shareComplete\n      }\n      goalCoverage {\n        goalCount\n        goalsWithRunningActivity\n        share\n      }\n      logEntriesPerMonth {\n        months\n        counts\n      }\n      lastContributions {\n        membershipId\n        daysSince\n        lastContributionOn\n        organisation {\n          id\n          name\n        }\n      }\n      overdueActionItems {\n        count\n        items {\n          id\n          title\n          dueOn\n          daysOverdue\n          owner {\n            id\n            name\n          }\n        }\n      }\n      unsignedAgreement {\n        currentVersionNumber\n        unsignedMembers {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      pendingReviews {\n        count\n        oldestSubmittedAt\n      }\n    }\n  }\n": typeof types.AllianceHealthDocument,
    "\n  query FundingPortfolio {\n    fundingPortfolio {\n      id\n      name\n      kind\n      lifecycle\n      reportingCompleteness {\n        periodKey\n        frequency\n        state\n        dueOn\n        expected\n        approved\n        shareComplete\n      }\n      indicators {\n        id\n        name\n        unit\n        direction\n        aggregation\n        latestPeriod\n        latestValue\n        target\n        progress\n        status\n        trend {\n          periods\n          values\n        }\n      }\n    }\n  }\n": typeof types.FundingPortfolioDocument,
    "\n  query DashboardGoals($allianceId: ID!) {\n    goals(allianceId: $allianceId) {\n      id\n      depth\n      status\n    }\n  }\n": typeof types.DashboardGoalsDocument,
    "\n  query DashboardIndicators($allianceId: ID!) {\n    indicators(allianceId: $allianceId, filter: { status: ACTIVE }, page: { first: 50 }) {\n      nodes {\n        id\n        code\n        name\n        unit\n        decimals\n        direction\n        frequency\n        aggregation\n      }\n    }\n  }\n": typeof types.DashboardIndicatorsDocument,
    "\n  query DashboardSeries($allianceId: ID!, $indicatorIds: [ID!]!, $from: String!, $to: String!) {\n    indicatorSeries(allianceId: $allianceId, indicatorIds: $indicatorIds, from: $from, to: $to, by: TOTAL) {\n      indicatorId\n      periods\n      actual\n      target\n    }\n  }\n": typeof types.DashboardSeriesDocument,
    "\n  query DashboardActionItems($allianceId: ID!) {\n    myActionItems(allianceId: $allianceId, page: { first: 5 }) {\n      totalCount\n      nodes {\n        id\n        title\n        dueOn\n        overdue\n      }\n    }\n  }\n": typeof types.DashboardActionItemsDocument,
    "\n  query MyOpenReports($allianceId: ID!, $membershipId: ID!, $reportingPeriodId: ID!) {\n    measurements(allianceId: $allianceId, filter: { membershipId: $membershipId, reportingPeriodId: $reportingPeriodId }, page: { first: 100 }) {\n      nodes {\n        id\n        indicatorId\n        status\n      }\n    }\n  }\n": typeof types.MyOpenReportsDocument,
    "\n  query ReportableIndicators($allianceId: ID!) {\n    indicators(allianceId: $allianceId, filter: { status: ACTIVE }, page: { first: 100 }) {\n      nodes {\n        id\n        frequency\n      }\n    }\n  }\n": typeof types.ReportableIndicatorsDocument,
    "\n  query OpenReportingPeriods($allianceId: ID!) {\n    reportingPeriods(allianceId: $allianceId, state: OPEN, page: { first: 20 }) {\n      nodes {\n        id\n        periodKey\n        frequency\n        dueOn\n        state\n        counts {\n          expected\n          approved\n        }\n      }\n    }\n  }\n": typeof types.OpenReportingPeriodsDocument,
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
    "\n  query AllianceHealth($allianceId: ID!) {\n    allianceHealth(allianceId: $allianceId) {\n      reportingCompleteness {\n        reportingPeriodId\n        periodKey\n        frequency\n        dueOn\n        expected\n        submitted\n        approved\n        missing\n        shareComplete\n      }\n      goalCoverage {\n        goalCount\n        goalsWithRunningActivity\n        share\n      }\n      logEntriesPerMonth {\n        months\n        counts\n      }\n      lastContributions {\n        membershipId\n        daysSince\n        lastContributionOn\n        organisation {\n          id\n          name\n        }\n      }\n      overdueActionItems {\n        count\n        items {\n          id\n          title\n          dueOn\n          daysOverdue\n          owner {\n            id\n            name\n          }\n        }\n      }\n      unsignedAgreement {\n        currentVersionNumber\n        unsignedMembers {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      pendingReviews {\n        count\n        oldestSubmittedAt\n      }\n    }\n  }\n": types.AllianceHealthDocument,
    "\n  query FundingPortfolio {\n    fundingPortfolio {\n      id\n      name\n      kind\n      lifecycle\n      reportingCompleteness {\n        periodKey\n        frequency\n        state\n        dueOn\n        expected\n        approved\n        shareComplete\n      }\n      indicators {\n        id\n        name\n        unit\n        direction\n        aggregation\n        latestPeriod\n        latestValue\n        target\n        progress\n        status\n        trend {\n          periods\n          values\n        }\n      }\n    }\n  }\n": types.FundingPortfolioDocument,
    "\n  query DashboardGoals($allianceId: ID!) {\n    goals(allianceId: $allianceId) {\n      id\n      depth\n      status\n    }\n  }\n": types.DashboardGoalsDocument,
    "\n  query DashboardIndicators($allianceId: ID!) {\n    indicators(allianceId: $allianceId, filter: { status: ACTIVE }, page: { first: 50 }) {\n      nodes {\n        id\n        code\n        name\n        unit\n        decimals\n        direction\n        frequency\n        aggregation\n      }\n    }\n  }\n": types.DashboardIndicatorsDocument,
    "\n  query DashboardSeries($allianceId: ID!, $indicatorIds: [ID!]!, $from: String!, $to: String!) {\n    indicatorSeries(allianceId: $allianceId, indicatorIds: $indicatorIds, from: $from, to: $to, by: TOTAL) {\n      indicatorId\n      periods\n      actual\n      target\n    }\n  }\n": types.DashboardSeriesDocument,
    "\n  query DashboardActionItems($allianceId: ID!) {\n    myActionItems(allianceId: $allianceId, page: { first: 5 }) {\n      totalCount\n      nodes {\n        id\n        title\n        dueOn\n        overdue\n      }\n    }\n  }\n": types.DashboardActionItemsDocument,
    "\n  query MyOpenReports($allianceId: ID!, $membershipId: ID!, $reportingPeriodId: ID!) {\n    measurements(allianceId: $allianceId, filter: { membershipId: $membershipId, reportingPeriodId: $reportingPeriodId }, page: { first: 100 }) {\n      nodes {\n        id\n        indicatorId\n        status\n      }\n    }\n  }\n": types.MyOpenReportsDocument,
    "\n  query ReportableIndicators($allianceId: ID!) {\n    indicators(allianceId: $allianceId, filter: { status: ACTIVE }, page: { first: 100 }) {\n      nodes {\n        id\n        frequency\n      }\n    }\n  }\n": types.ReportableIndicatorsDocument,
    "\n  query OpenReportingPeriods($allianceId: ID!) {\n    reportingPeriods(allianceId: $allianceId, state: OPEN, page: { first: 20 }) {\n      nodes {\n        id\n        periodKey\n        frequency\n        dueOn\n        state\n        counts {\n          expected\n          approved\n        }\n      }\n    }\n  }\n": types.OpenReportingPeriodsDocument,
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
export function graphql(source: "\n  query AllianceHealth($allianceId: ID!) {\n    allianceHealth(allianceId: $allianceId) {\n      reportingCompleteness {\n        reportingPeriodId\n        periodKey\n        frequency\n        dueOn\n        expected\n        submitted\n        approved\n        missing\n        shareComplete\n      }\n      goalCoverage {\n        goalCount\n        goalsWithRunningActivity\n        share\n      }\n      logEntriesPerMonth {\n        months\n        counts\n      }\n      lastContributions {\n        membershipId\n        daysSince\n        lastContributionOn\n        organisation {\n          id\n          name\n        }\n      }\n      overdueActionItems {\n        count\n        items {\n          id\n          title\n          dueOn\n          daysOverdue\n          owner {\n            id\n            name\n          }\n        }\n      }\n      unsignedAgreement {\n        currentVersionNumber\n        unsignedMembers {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      pendingReviews {\n        count\n        oldestSubmittedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AllianceHealth($allianceId: ID!) {\n    allianceHealth(allianceId: $allianceId) {\n      reportingCompleteness {\n        reportingPeriodId\n        periodKey\n        frequency\n        dueOn\n        expected\n        submitted\n        approved\n        missing\n        shareComplete\n      }\n      goalCoverage {\n        goalCount\n        goalsWithRunningActivity\n        share\n      }\n      logEntriesPerMonth {\n        months\n        counts\n      }\n      lastContributions {\n        membershipId\n        daysSince\n        lastContributionOn\n        organisation {\n          id\n          name\n        }\n      }\n      overdueActionItems {\n        count\n        items {\n          id\n          title\n          dueOn\n          daysOverdue\n          owner {\n            id\n            name\n          }\n        }\n      }\n      unsignedAgreement {\n        currentVersionNumber\n        unsignedMembers {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      pendingReviews {\n        count\n        oldestSubmittedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundingPortfolio {\n    fundingPortfolio {\n      id\n      name\n      kind\n      lifecycle\n      reportingCompleteness {\n        periodKey\n        frequency\n        state\n        dueOn\n        expected\n        approved\n        shareComplete\n      }\n      indicators {\n        id\n        name\n        unit\n        direction\n        aggregation\n        latestPeriod\n        latestValue\n        target\n        progress\n        status\n        trend {\n          periods\n          values\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FundingPortfolio {\n    fundingPortfolio {\n      id\n      name\n      kind\n      lifecycle\n      reportingCompleteness {\n        periodKey\n        frequency\n        state\n        dueOn\n        expected\n        approved\n        shareComplete\n      }\n      indicators {\n        id\n        name\n        unit\n        direction\n        aggregation\n        latestPeriod\n        latestValue\n        target\n        progress\n        status\n        trend {\n          periods\n          values\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardGoals($allianceId: ID!) {\n    goals(allianceId: $allianceId) {\n      id\n      depth\n      status\n    }\n  }\n"): (typeof documents)["\n  query DashboardGoals($allianceId: ID!) {\n    goals(allianceId: $allianceId) {\n      id\n      depth\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardIndicators($allianceId: ID!) {\n    indicators(allianceId: $allianceId, filter: { status: ACTIVE }, page: { first: 50 }) {\n      nodes {\n        id\n        code\n        name\n        unit\n        decimals\n        direction\n        frequency\n        aggregation\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardIndicators($allianceId: ID!) {\n    indicators(allianceId: $allianceId, filter: { status: ACTIVE }, page: { first: 50 }) {\n      nodes {\n        id\n        code\n        name\n        unit\n        decimals\n        direction\n        frequency\n        aggregation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardSeries($allianceId: ID!, $indicatorIds: [ID!]!, $from: String!, $to: String!) {\n    indicatorSeries(allianceId: $allianceId, indicatorIds: $indicatorIds, from: $from, to: $to, by: TOTAL) {\n      indicatorId\n      periods\n      actual\n      target\n    }\n  }\n"): (typeof documents)["\n  query DashboardSeries($allianceId: ID!, $indicatorIds: [ID!]!, $from: String!, $to: String!) {\n    indicatorSeries(allianceId: $allianceId, indicatorIds: $indicatorIds, from: $from, to: $to, by: TOTAL) {\n      indicatorId\n      periods\n      actual\n      target\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardActionItems($allianceId: ID!) {\n    myActionItems(allianceId: $allianceId, page: { first: 5 }) {\n      totalCount\n      nodes {\n        id\n        title\n        dueOn\n        overdue\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardActionItems($allianceId: ID!) {\n    myActionItems(allianceId: $allianceId, page: { first: 5 }) {\n      totalCount\n      nodes {\n        id\n        title\n        dueOn\n        overdue\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOpenReports($allianceId: ID!, $membershipId: ID!, $reportingPeriodId: ID!) {\n    measurements(allianceId: $allianceId, filter: { membershipId: $membershipId, reportingPeriodId: $reportingPeriodId }, page: { first: 100 }) {\n      nodes {\n        id\n        indicatorId\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyOpenReports($allianceId: ID!, $membershipId: ID!, $reportingPeriodId: ID!) {\n    measurements(allianceId: $allianceId, filter: { membershipId: $membershipId, reportingPeriodId: $reportingPeriodId }, page: { first: 100 }) {\n      nodes {\n        id\n        indicatorId\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportableIndicators($allianceId: ID!) {\n    indicators(allianceId: $allianceId, filter: { status: ACTIVE }, page: { first: 100 }) {\n      nodes {\n        id\n        frequency\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportableIndicators($allianceId: ID!) {\n    indicators(allianceId: $allianceId, filter: { status: ACTIVE }, page: { first: 100 }) {\n      nodes {\n        id\n        frequency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenReportingPeriods($allianceId: ID!) {\n    reportingPeriods(allianceId: $allianceId, state: OPEN, page: { first: 20 }) {\n      nodes {\n        id\n        periodKey\n        frequency\n        dueOn\n        state\n        counts {\n          expected\n          approved\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenReportingPeriods($allianceId: ID!) {\n    reportingPeriods(allianceId: $allianceId, state: OPEN, page: { first: 20 }) {\n      nodes {\n        id\n        periodKey\n        frequency\n        dueOn\n        state\n        counts {\n          expected\n          approved\n        }\n      }\n    }\n  }\n"];
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