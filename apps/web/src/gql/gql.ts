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
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      userAgent\n      ip\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation RevokeMySession($input: RevokeMySessionInput!) {\n    revokeMySession(input: $input)\n  }\n": typeof types.RevokeMySessionDocument,
    "\n  mutation RevokeMyOtherSessions {\n    revokeMyOtherSessions\n  }\n": typeof types.RevokeMyOtherSessionsDocument,
    "\n  query MyPersonalData {\n    myPersonalData\n  }\n": typeof types.MyPersonalDataDocument,
    "\n  mutation EraseMyAccount($input: EraseMyAccountInput!) {\n    eraseMyAccount(input: $input)\n  }\n": typeof types.EraseMyAccountDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  query MyNotificationSettings {\n    myNotificationSettings {\n      reportDueDays\n      preferences {\n        kind\n        email\n        emailByDefault\n      }\n    }\n    myCalendarFeed {\n      url\n    }\n  }\n": typeof types.MyNotificationSettingsDocument,
    "\n  mutation SetNotificationEmail($input: SetNotificationEmailInput!) {\n    setNotificationEmail(input: $input) {\n      reportDueDays\n    }\n  }\n": typeof types.SetNotificationEmailDocument,
    "\n  mutation SetReportDueDays($input: SetReportDueDaysInput!) {\n    setReportDueDays(input: $input) {\n      reportDueDays\n    }\n  }\n": typeof types.SetReportDueDaysDocument,
    "\n  mutation RenewCalendarFeed {\n    renewCalendarFeed {\n      url\n    }\n  }\n": typeof types.RenewCalendarFeedDocument,
    "\n  query MyTwoFactor {\n    myTwoFactor {\n      enabled\n      recoveryCodesLeft\n    }\n  }\n": typeof types.MyTwoFactorDocument,
    "\n  mutation StartTwoFactor($input: StartTwoFactorInput!) {\n    startTwoFactor(input: $input) {\n      secret\n      otpauthUri\n      qrSvg\n    }\n  }\n": typeof types.StartTwoFactorDocument,
    "\n  mutation ConfirmTwoFactor($input: TwoFactorCodeInput!) {\n    confirmTwoFactor(input: $input) {\n      recoveryCodes\n    }\n  }\n": typeof types.ConfirmTwoFactorDocument,
    "\n  mutation DisableTwoFactor($input: TwoFactorCodeInput!) {\n    disableTwoFactor(input: $input)\n  }\n": typeof types.DisableTwoFactorDocument,
    "\n  mutation ChangeActivityStatus($input: ChangeActivityStatusInput!) {\n    changeActivityStatus(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ChangeActivityStatusDocument,
    "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      ...ActivitySavedFields\n    }\n  }\n": typeof types.CreateActivityDocument,
    "\n  mutation DeleteActivity($input: DeleteActivityInput!) {\n    deleteActivity(input: $input)\n  }\n": typeof types.DeleteActivityDocument,
    "\n  fragment ActivitySavedFields on Activity {\n    id\n    title\n    status\n    version\n  }\n": typeof types.ActivitySavedFieldsFragmentDoc,
    "\n  query Activities($allianceId: ID!, $filter: ActivityFilter, $page: PageInput) {\n    activities(allianceId: $allianceId, filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        status\n        district\n        place\n        periodStart\n        periodEnd\n        targetGroups\n        membershipId\n        organisation {\n          id\n          name\n        }\n        goals {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.ActivitiesDocument,
    "\n  query ActivityMap($allianceId: ID!, $asOf: String) {\n    activityMap(allianceId: $allianceId, asOf: $asOf) {\n      asOf\n      goals {\n        id\n        parentId\n        title\n      }\n      members {\n        membershipId\n        organisation {\n          id\n          name\n        }\n      }\n      cells {\n        goalId\n        membershipId\n        activityCount\n        runningCount\n      }\n      gaps {\n        goalId\n        goalTitle\n      }\n      overlaps {\n        goalId\n        goalTitle\n        district\n        targetGroup\n        activities {\n          id\n          title\n          periodStart\n          periodEnd\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ActivityMapDocument,
    "\n  query ActivityOptions($allianceId: ID!) {\n    goals(allianceId: $allianceId) {\n      id\n      parentId\n      depth\n      title\n      status\n    }\n    members(allianceId: $allianceId) {\n      ...MemberOptionFields\n    }\n    indicators(allianceId: $allianceId, filter: { status: ACTIVE }, page: { first: 100 }) {\n      nodes {\n        id\n        name\n      }\n    }\n    districts(allianceId: $allianceId) {\n      id\n      name\n    }\n  }\n": typeof types.ActivityOptionsDocument,
    "\n  query Activity($allianceId: ID!, $activityId: ID!) {\n    activity(allianceId: $allianceId, activityId: $activityId) {\n      id\n      title\n      description\n      status\n      version\n      districtId\n      district\n      place\n      periodStart\n      periodEnd\n      targetGroups\n      resources\n      budgetEur\n      staffHoursPerMonth\n      membershipId\n      organisation {\n        id\n        name\n      }\n      goals {\n        id\n        title\n      }\n      indicators {\n        id\n        name\n      }\n      createdAt\n      updatedAt\n    }\n  }\n": typeof types.ActivityDocument,
    "\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      ...ActivitySavedFields\n    }\n  }\n": typeof types.UpdateActivityDocument,
    "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n      title\n      version\n    }\n  }\n": typeof types.CreateGoalDocument,
    "\n  mutation DeleteGoal($input: DeleteGoalInput!) {\n    deleteGoal(input: $input)\n  }\n": typeof types.DeleteGoalDocument,
    "\n  fragment AgreementVersionFields on AgreementVersion {\n    id\n    number\n    title\n    body\n    conflictProcedure\n    publishedAt\n    publishedByName\n    signatureCount\n  }\n": typeof types.AgreementVersionFieldsFragmentDoc,
    "\n  query Agreement($allianceId: ID!) {\n    agreement(allianceId: $allianceId) {\n      current {\n        ...AgreementVersionFields\n      }\n      mySignature {\n        id\n        signedAt\n        signedByName\n      }\n      signatures {\n        id\n        membershipId\n        signedAt\n        signedByName\n        organisation {\n          id\n          name\n        }\n      }\n      unsignedMembers {\n        id\n        role\n        organisation {\n          id\n          name\n        }\n      }\n      versions {\n        ...AgreementVersionFields\n      }\n    }\n  }\n": typeof types.AgreementDocument,
    "\n  query AgendaGoalOwners($allianceId: ID!) {\n    members(allianceId: $allianceId) {\n      id\n      state\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AgendaGoalOwnersDocument,
    "\n  query AgendaGoals($allianceId: ID!) {\n    goals(allianceId: $allianceId) {\n      id\n      parentId\n      depth\n      position\n      title\n      description\n      status\n      periodStart\n      periodEnd\n      ownerMembershipId\n      ownerOrganisation {\n        id\n        name\n      }\n      indicatorCount\n      runningActivityCount\n      version\n    }\n  }\n": typeof types.AgendaGoalsDocument,
    "\n  mutation MoveGoal($input: MoveGoalInput!) {\n    moveGoal(input: $input) {\n      id\n      title\n      parentId\n      position\n      version\n    }\n  }\n": typeof types.MoveGoalDocument,
    "\n  mutation PublishAgreementVersion($input: PublishAgreementVersionInput!) {\n    publishAgreementVersion(input: $input) {\n      current {\n        id\n        number\n      }\n    }\n  }\n": typeof types.PublishAgreementVersionDocument,
    "\n  mutation SignAgreement($input: SignAgreementInput!) {\n    signAgreement(input: $input) {\n      mySignature {\n        id\n        signedAt\n      }\n    }\n  }\n": typeof types.SignAgreementDocument,
    "\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n      title\n      version\n    }\n  }\n": typeof types.UpdateGoalDocument,
    "\n  mutation CreateAlliance($input: CreateAllianceInput!) {\n    createAlliance(input: $input) {\n      id\n      name\n      kind\n      lifecycle\n      myRole\n    }\n  }\n": typeof types.CreateAllianceDocument,
    "\n  query Alliance($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      ...AllianceProfileFields\n      lifecycle\n      myRole\n      myIsAdmin\n      myMembershipId\n      myOrganisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.AllianceDocument,
    "\n  query MyAlliances {\n    myAlliances {\n      id\n      name\n      kind\n      lifecycle\n      periodStart\n      periodEnd\n      myRole\n      myIsAdmin\n      myMembershipId\n      myOrganisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyAlliancesDocument,
    "\n  query AuditEvents($allianceId: ID!, $filter: AuditEventFilter, $page: PageInput) {\n    auditEvents(allianceId: $allianceId, filter: $filter, page: $page) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        actorUserId\n        actorName\n        action\n        entityType\n        entityId\n        before\n        after\n        occurredAt\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query AuditFacets($allianceId: ID!) {\n    auditFacets(allianceId: $allianceId) {\n      actors {\n        id\n        name\n      }\n      actions\n      entityTypes\n    }\n  }\n": typeof types.AuditFacetsDocument,
    "\n  mutation CompletePlatformSetup($input: CompletePlatformSetupInput!) {\n    completePlatformSetup(input: $input) {\n      expiresAt\n      user {\n        id\n        email\n        name\n        locale\n        isPlatformAdmin\n        organisations {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.CompletePlatformSetupDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query ColleagueInvitationPreview($token: String!) {\n    colleagueInvitationPreview(token: $token) {\n      organisationName\n      invitedByName\n      emailHint\n      accountExists\n      expiresAt\n    }\n  }\n": typeof types.ColleagueInvitationPreviewDocument,
    "\n  mutation AcceptColleagueInvitation($input: AcceptColleagueInvitationInput!) {\n    acceptColleagueInvitation(input: $input) {\n      organisationId\n      allianceIds\n    }\n  }\n": typeof types.AcceptColleagueInvitationDocument,
    "\n  query AdministeredOrganisations {\n    myOrganisations {\n      id\n      name\n      canAdminister\n    }\n  }\n": typeof types.AdministeredOrganisationsDocument,
    "\n  query OrganisationColleagues($organisationId: ID!) {\n    organisationColleagues(organisationId: $organisationId) {\n      organisationId\n      organisationName\n      people {\n        userId\n        name\n        email\n        isAdmin\n        since\n        isMe\n      }\n      invitations {\n        id\n        email\n        createdAt\n        expiresAt\n      }\n    }\n  }\n": typeof types.OrganisationColleaguesDocument,
    "\n  mutation InviteColleague($input: InviteColleagueInput!) {\n    inviteColleague(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.InviteColleagueDocument,
    "\n  mutation RevokeColleagueInvitation($input: RevokeColleagueInvitationInput!) {\n    revokeColleagueInvitation(input: $input)\n  }\n": typeof types.RevokeColleagueInvitationDocument,
    "\n  mutation RemoveColleague($input: RemoveColleagueInput!) {\n    removeColleague(input: $input)\n  }\n": typeof types.RemoveColleagueDocument,
    "\n  mutation SetColleagueAdmin($input: SetColleagueAdminInput!) {\n    setColleagueAdmin(input: $input) {\n      userId\n      isAdmin\n    }\n  }\n": typeof types.SetColleagueAdminDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation CastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      id\n      myVote {\n        vote\n        comment\n      }\n    }\n  }\n": typeof types.CastVoteDocument,
    "\n  mutation CloseProposal($input: CloseProposalInput!) {\n    closeProposal(input: $input) {\n      id\n      state\n      outcome\n      decisionLogEntryId\n    }\n  }\n": typeof types.CloseProposalDocument,
    "\n  mutation CompleteActionItem($input: CompleteActionItemInput!) {\n    completeActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n": typeof types.CompleteActionItemDocument,
    "\n  mutation CreateActionItem($input: CreateActionItemInput!) {\n    createActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n": typeof types.CreateActionItemDocument,
    "\n  mutation CreateLogEntry($input: CreateLogEntryInput!) {\n    createLogEntry(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CreateLogEntryDocument,
    "\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateProposalDocument,
    "\n  mutation DeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input)\n  }\n": typeof types.DeleteCommentDocument,
    "\n  fragment LogEntryFields on LogEntry {\n    id\n    type\n    title\n    body\n    occurredOn\n    createdAt\n    updatedAt\n    version\n    canEdit\n    commentCount\n    openActionItemCount\n    conflictState\n    resolution\n    resolvedAt\n    proposalId\n    authorMember {\n      membershipId\n      role\n      organisation {\n        id\n        name\n      }\n    }\n    authorUser {\n      id\n      name\n    }\n    participants {\n      membershipId\n      organisation {\n        id\n        name\n      }\n    }\n    goals {\n      id\n      title\n    }\n    indicators {\n      id\n      name\n    }\n  }\n": typeof types.LogEntryFieldsFragmentDoc,
    "\n  fragment ActionItemFields on ActionItem {\n    id\n    title\n    dueOn\n    done\n    doneAt\n    overdue\n    version\n    logEntryId\n    logEntryTitle\n    owner {\n      membershipId\n      organisation {\n        id\n        name\n      }\n    }\n    ownerUser {\n      id\n      name\n    }\n    doneBy {\n      id\n      name\n    }\n  }\n": typeof types.ActionItemFieldsFragmentDoc,
    "\n  fragment ProposalFields on Proposal {\n    id\n    title\n    body\n    state\n    outcome\n    closesAt\n    createdAt\n    decidedAt\n    votingOpen\n    version\n    decisionLogEntryId\n    createdBy {\n      id\n      name\n    }\n    createdByMember {\n      membershipId\n      organisation {\n        id\n        name\n      }\n    }\n    indicator {\n      id\n      name\n      unit\n    }\n    myVote {\n      vote\n      comment\n    }\n    tally {\n      ...VoteTallyFields\n    }\n  }\n": typeof types.ProposalFieldsFragmentDoc,
    "\n  fragment VoteTallyFields on VoteTally {\n    agree\n    disagree\n    abstain\n    block\n    total\n  }\n": typeof types.VoteTallyFieldsFragmentDoc,
    "\n  query LogContext($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      guestComments\n    }\n    members(allianceId: $allianceId) {\n      ...MemberOptionFields\n    }\n    goals(allianceId: $allianceId) {\n      id\n      title\n      depth\n    }\n    indicators(allianceId: $allianceId, page: { first: 100 }) {\n      nodes {\n        id\n        name\n        unit\n        status\n      }\n    }\n  }\n": typeof types.LogContextDocument,
    "\n  query LogEntry($allianceId: ID!, $logEntryId: ID!) {\n    logEntry(allianceId: $allianceId, logEntryId: $logEntryId) {\n      id\n      type\n      title\n      body\n      occurredOn\n      createdAt\n      updatedAt\n      version\n      canEdit\n      commentCount\n      openActionItemCount\n      conflictState\n      resolution\n      resolvedAt\n      proposalId\n      authorMember {\n        membershipId\n        role\n        organisation {\n          id\n          name\n        }\n      }\n      authorUser {\n        id\n        name\n      }\n      participants {\n        membershipId\n        organisation {\n          id\n          name\n        }\n      }\n      goals {\n        id\n        title\n      }\n      indicators {\n        id\n        name\n      }\n      comments {\n        id\n        body\n        createdAt\n        canDelete\n        authorMember {\n          membershipId\n          organisation {\n            id\n            name\n          }\n        }\n        authorUser {\n          id\n          name\n        }\n      }\n      actionItems {\n        ...ActionItemFields\n      }\n    }\n  }\n": typeof types.LogEntryDocument,
    "\n  query LogFeed($allianceId: ID!, $filter: LogFeedFilter, $page: PageInput) {\n    logFeed(allianceId: $allianceId, filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...LogEntryFields\n      }\n    }\n  }\n": typeof types.LogFeedDocument,
    "\n  query MyActionItems($allianceId: ID!, $includeDone: Boolean!, $page: PageInput) {\n    myActionItems(allianceId: $allianceId, includeDone: $includeDone, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ActionItemFields\n      }\n    }\n  }\n": typeof types.MyActionItemsDocument,
    "\n  query Proposal($allianceId: ID!, $proposalId: ID!) {\n    proposal(allianceId: $allianceId, proposalId: $proposalId) {\n      id\n      title\n      body\n      state\n      outcome\n      closesAt\n      createdAt\n      decidedAt\n      votingOpen\n      version\n      decisionLogEntryId\n      createdBy {\n        id\n        name\n      }\n      createdByMember {\n        membershipId\n        organisation {\n          id\n          name\n        }\n      }\n      indicator {\n        id\n        name\n        unit\n      }\n      indicatorSnapshot {\n        name\n        unit\n        aggregation\n        periods\n        values\n        reportCounts\n        takenAt\n      }\n      myVote {\n        vote\n        comment\n      }\n      tally {\n        ...VoteTallyFields\n      }\n      votes {\n        vote\n        comment\n        votedAt\n        votedBy {\n          id\n          name\n        }\n        member {\n          membershipId\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProposalDocument,
    "\n  query Proposals($allianceId: ID!, $state: ProposalState, $page: PageInput) {\n    proposals(allianceId: $allianceId, state: $state, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ProposalFields\n      }\n    }\n  }\n": typeof types.ProposalsDocument,
    "\n  mutation ReopenActionItem($input: ReopenActionItemInput!) {\n    reopenActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n": typeof types.ReopenActionItemDocument,
    "\n  mutation ReopenConflict($input: ReopenConflictInput!) {\n    reopenConflict(input: $input) {\n      id\n      version\n      conflictState\n    }\n  }\n": typeof types.ReopenConflictDocument,
    "\n  mutation ResolveConflict($input: ResolveConflictInput!) {\n    resolveConflict(input: $input) {\n      id\n      version\n      conflictState\n    }\n  }\n": typeof types.ResolveConflictDocument,
    "\n  mutation UpdateLogEntry($input: UpdateLogEntryInput!) {\n    updateLogEntry(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateLogEntryDocument,
    "\n  mutation WithdrawProposal($input: WithdrawProposalInput!) {\n    withdrawProposal(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.WithdrawProposalDocument,
    "\n  query AllianceHealth($allianceId: ID!) {\n    allianceHealth(allianceId: $allianceId) {\n      reportingCompleteness {\n        reportingPeriodId\n        periodKey\n        frequency\n        dueOn\n        expected\n        submitted\n        approved\n        missing\n        shareComplete\n      }\n      goalCoverage {\n        goalCount\n        goalsWithRunningActivity\n        share\n      }\n      logEntriesPerMonth {\n        months\n        counts\n      }\n      lastContributions {\n        membershipId\n        daysSince\n        lastContributionOn\n        organisation {\n          id\n          name\n        }\n      }\n      overdueActionItems {\n        count\n        items {\n          id\n          title\n          dueOn\n          daysOverdue\n          owner {\n            id\n            name\n          }\n        }\n      }\n      unsignedAgreement {\n        currentVersionNumber\n        unsignedMembers {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      pendingReviews {\n        count\n        oldestSubmittedAt\n      }\n    }\n  }\n": typeof types.AllianceHealthDocument,
    "\n  query FundingPortfolio {\n    fundingPortfolio {\n      id\n      name\n      kind\n      lifecycle\n      reportingCompleteness {\n        periodKey\n        frequency\n        state\n        dueOn\n        expected\n        approved\n        shareComplete\n      }\n      indicators {\n        id\n        name\n        unit\n        decimals\n        direction\n        aggregation\n        latestPeriod\n        latestValue\n        target\n        progress\n        status\n        baseline\n        provisional {\n          periodKey\n          value\n          approvedReports\n          expectedReports\n        }\n        trend {\n          periods\n          values\n          provisional\n        }\n      }\n    }\n  }\n": typeof types.FundingPortfolioDocument,
    "\n  query DashboardGoals($allianceId: ID!) {\n    goals(allianceId: $allianceId) {\n      id\n      depth\n      status\n    }\n  }\n": typeof types.DashboardGoalsDocument,
    "\n  query DashboardIndicatorProgress($allianceId: ID!, $from: String!, $to: String!) {\n    indicatorProgress(allianceId: $allianceId, from: $from, to: $to) {\n      id\n      code\n      name\n      unit\n      decimals\n      direction\n      frequency\n      aggregation\n      baseline\n      periods\n      actual\n      target\n      approvedReports\n      expectedReports\n      provisional\n    }\n  }\n": typeof types.DashboardIndicatorProgressDocument,
    "\n  query DashboardActionItems($allianceId: ID!) {\n    myActionItems(allianceId: $allianceId, page: { first: 5 }) {\n      totalCount\n      nodes {\n        id\n        title\n        dueOn\n        overdue\n      }\n    }\n  }\n": typeof types.DashboardActionItemsDocument,
    "\n  query MyOpenReports($allianceId: ID!, $membershipId: ID!, $reportingPeriodId: ID!) {\n    measurements(allianceId: $allianceId, filter: { membershipId: $membershipId, reportingPeriodId: $reportingPeriodId }, page: { first: 100 }) {\n      nodes {\n        id\n        indicatorId\n        status\n      }\n    }\n  }\n": typeof types.MyOpenReportsDocument,
    "\n  query ReportableIndicators($allianceId: ID!) {\n    indicators(allianceId: $allianceId, filter: { status: ACTIVE }, page: { first: 100 }) {\n      nodes {\n        id\n        frequency\n      }\n    }\n  }\n": typeof types.ReportableIndicatorsDocument,
    "\n  query OpenReportingPeriods($allianceId: ID!) {\n    reportingPeriods(allianceId: $allianceId, state: OPEN, page: { first: 20 }) {\n      nodes {\n        id\n        periodKey\n        frequency\n        dueOn\n        state\n        counts {\n          expected\n          approved\n        }\n      }\n    }\n  }\n": typeof types.OpenReportingPeriodsDocument,
    "\n  fragment ImportBatchFields on ImportBatchModel {\n    id\n    kind\n    fileName\n    fileType\n    encoding\n    separator\n    headers\n    columns {\n      field\n      column\n    }\n    fields {\n      key\n      label\n      required\n      type\n    }\n    numberFormat\n    rowCount\n    errorRows\n    processedRows\n    status\n    createdCount\n    updatedCount\n    failure\n    createdByName\n    createdAt\n    committedAt\n    undoneAt\n    version\n  }\n": typeof types.ImportBatchFieldsFragmentDoc,
    "\n  query ImportBatch($allianceId: ID!, $batchId: ID!) {\n    importBatch(allianceId: $allianceId, batchId: $batchId) {\n      ...ImportBatchFields\n    }\n  }\n": typeof types.ImportBatchDocument,
    "\n  query ImportBatches($allianceId: ID!) {\n    importBatches(allianceId: $allianceId, page: { first: 50 }) {\n      totalCount\n      nodes {\n        ...ImportBatchFields\n      }\n    }\n  }\n": typeof types.ImportBatchesDocument,
    "\n  query ImportKinds($allianceId: ID!) {\n    importKinds(allianceId: $allianceId) {\n      name\n      fields {\n        key\n        label\n        required\n        type\n      }\n    }\n  }\n": typeof types.ImportKindsDocument,
    "\n  query ImportRows($allianceId: ID!, $batchId: ID!, $onlyProblems: Boolean!, $page: PageInput) {\n    importRows(allianceId: $allianceId, batchId: $batchId, onlyProblems: $onlyProblems, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        rowNo\n        cells\n        problems {\n          field\n          code\n          message\n        }\n      }\n    }\n  }\n": typeof types.ImportRowsDocument,
    "\n  mutation CheckImport($input: CheckImportInput!) {\n    checkImport(input: $input) {\n      ...ImportBatchFields\n    }\n  }\n": typeof types.CheckImportDocument,
    "\n  mutation CommitImport($input: ImportBatchStepInput!) {\n    commitImport(input: $input) {\n      ...ImportBatchFields\n    }\n  }\n": typeof types.CommitImportDocument,
    "\n  mutation UndoImport($input: ImportBatchStepInput!) {\n    undoImport(input: $input) {\n      ...ImportBatchFields\n    }\n  }\n": typeof types.UndoImportDocument,
    "\n  mutation ArchiveIndicator($input: IndicatorVersionInput!) {\n    archiveIndicator(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ArchiveIndicatorDocument,
    "\n  mutation RestoreIndicator($input: IndicatorVersionInput!) {\n    restoreIndicator(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.RestoreIndicatorDocument,
    "\n  fragment DimensionOptionFields on Dimension {\n    id\n    name\n    version\n    categories {\n      id\n      name\n    }\n  }\n": typeof types.DimensionOptionFieldsFragmentDoc,
    "\n  query IndicatorDimensionOptions($allianceId: ID!) {\n    dimensions(allianceId: $allianceId) {\n      ...DimensionOptionFields\n    }\n  }\n": typeof types.IndicatorDimensionOptionsDocument,
    "\n  mutation CreateDimension($input: CreateDimensionInput!) {\n    createDimension(input: $input) {\n      ...DimensionOptionFields\n    }\n  }\n": typeof types.CreateDimensionDocument,
    "\n  mutation UpdateDimension($input: UpdateDimensionInput!) {\n    updateDimension(input: $input) {\n      ...DimensionOptionFields\n    }\n  }\n": typeof types.UpdateDimensionDocument,
    "\n  fragment IndicatorTargetFields on Target {\n    id\n    periodKey\n    value\n    version\n  }\n": typeof types.IndicatorTargetFieldsFragmentDoc,
    "\n  query IndicatorContributions($allianceId: ID!, $indicatorId: ID!, $periodKey: String!) {\n    contributions(allianceId: $allianceId, indicatorId: $indicatorId, periodKey: $periodKey) {\n      measurementId\n      membershipId\n      organisationName\n      reported\n      overlapDeducted\n      net\n      shareOfTotal\n      suppressed\n    }\n  }\n": typeof types.IndicatorContributionsDocument,
    "\n  query IndicatorGoalOptions($allianceId: ID!) {\n    goals(allianceId: $allianceId) {\n      id\n      title\n      depth\n      status\n    }\n  }\n": typeof types.IndicatorGoalOptionsDocument,
    "\n  query IndicatorSeries($allianceId: ID!, $indicatorIds: [ID!]!, $by: SeriesBreakdown!, $from: String!, $to: String!) {\n    indicatorSeries(allianceId: $allianceId, indicatorIds: $indicatorIds, by: $by, from: $from, to: $to) {\n      indicatorId\n      key\n      label\n      periods\n      actual\n      target\n      approvedReports\n      expectedReports\n      provisional\n    }\n  }\n": typeof types.IndicatorSeriesDocument,
    "\n  query IndicatorDetail($allianceId: ID!, $indicatorId: ID!) {\n    indicator(allianceId: $allianceId, indicatorId: $indicatorId) {\n      id\n      code\n      name\n      definition\n      ...IndicatorValueRules\n      direction\n      frequency\n      rbaKind\n      collectionMethod\n      fromParticipation\n      baselineValue\n      baselinePeriod\n      status\n      version\n      goals {\n        id\n        title\n      }\n      dimensions {\n        id\n        name\n      }\n      targets {\n        ...IndicatorTargetFields\n      }\n    }\n  }\n": typeof types.IndicatorDetailDocument,
    "\n  query IndicatorList($allianceId: ID!, $filter: IndicatorFilter, $page: PageInput!) {\n    indicators(allianceId: $allianceId, filter: $filter, page: $page) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        unit\n        direction\n        aggregation\n        frequency\n        decimals\n        baselineValue\n        status\n        version\n        goals {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.IndicatorListDocument,
    "\n  query ParticipationValues($allianceId: ID!, $indicatorId: ID!) {\n    participationIndicatorValues(allianceId: $allianceId, indicatorId: $indicatorId) {\n      values {\n        period\n        districtId\n        districtName\n        value\n        suppressed\n      }\n    }\n  }\n": typeof types.ParticipationValuesDocument,
    "\n  query ReportingCompleteness($allianceId: ID!, $reportingPeriodId: ID!) {\n    reportingCompleteness(allianceId: $allianceId, reportingPeriodId: $reportingPeriodId) {\n      reportingPeriod {\n        id\n        periodKey\n        frequency\n        state\n        dueOn\n      }\n      expected\n      submitted\n      approved\n      missing\n      rows {\n        indicatorId\n        indicatorName\n        membershipId\n        organisationName\n        status\n      }\n    }\n  }\n": typeof types.ReportingCompletenessDocument,
    "\n  query ReportingPeriodList($allianceId: ID!, $page: PageInput!) {\n    reportingPeriods(allianceId: $allianceId, page: $page) {\n      totalCount\n      nodes {\n        ...ReportingPeriodFields\n        closedAt\n        counts {\n          expected\n          approved\n        }\n      }\n    }\n  }\n": typeof types.ReportingPeriodListDocument,
    "\n  mutation OpenReportingPeriod($input: OpenReportingPeriodInput!) {\n    openReportingPeriod(input: $input) {\n      id\n      periodKey\n      state\n      version\n    }\n  }\n": typeof types.OpenReportingPeriodDocument,
    "\n  mutation CloseReportingPeriod($input: CloseReportingPeriodInput!) {\n    closeReportingPeriod(input: $input) {\n      id\n      state\n      version\n    }\n  }\n": typeof types.CloseReportingPeriodDocument,
    "\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CreateIndicatorDocument,
    "\n  mutation UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateIndicatorDocument,
    "\n  mutation SetIndicatorDimensions($input: SetIndicatorDimensionsInput!) {\n    setIndicatorDimensions(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.SetIndicatorDimensionsDocument,
    "\n  mutation SetIndicatorGoals($input: SetIndicatorGoalsInput!) {\n    setIndicatorGoals(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.SetIndicatorGoalsDocument,
    "\n  mutation SetTarget($input: SetTargetInput!) {\n    setTarget(input: $input) {\n      ...IndicatorTargetFields\n    }\n  }\n": typeof types.SetTargetDocument,
    "\n  mutation DeleteTarget($input: DeleteTargetInput!) {\n    deleteTarget(input: $input)\n  }\n": typeof types.DeleteTargetDocument,
    "\n  query MemberResources($allianceId: ID!) {\n    memberResources(allianceId: $allianceId) {\n      id\n      membershipId\n      organisation {\n        id\n        name\n      }\n      direction\n      category\n      field\n      districtId\n      districtName\n      targetGroup\n      note\n      version\n      editable\n    }\n  }\n": typeof types.MemberResourcesDocument,
    "\n  query MatchingVocabulary($allianceId: ID!) {\n    matchingVocabulary(allianceId: $allianceId) {\n      districts {\n        id\n        name\n      }\n      targetGroups\n      fields\n    }\n  }\n": typeof types.MatchingVocabularyDocument,
    "\n  query MatchSuggestions($allianceId: ID!, $membershipId: ID, $search: PartnerSearchInput) {\n    matchSuggestions(allianceId: $allianceId, membershipId: $membershipId, search: $search) {\n      membershipId\n      needCount\n      suggestions {\n        kind\n        membershipId\n        offerId\n        name\n        providerName\n        score\n        contactRequested\n        reasons {\n          kind\n          category\n          field\n          districtName\n          targetGroup\n        }\n      }\n    }\n  }\n": typeof types.MatchSuggestionsDocument,
    "\n  mutation AddMemberResource($input: AddMemberResourceInput!) {\n    addMemberResource(input: $input) {\n      id\n    }\n  }\n": typeof types.AddMemberResourceDocument,
    "\n  mutation UpdateMemberResource($input: UpdateMemberResourceInput!) {\n    updateMemberResource(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateMemberResourceDocument,
    "\n  mutation RemoveMemberResource($allianceId: ID!, $resourceId: ID!, $version: Int!) {\n    removeMemberResource(allianceId: $allianceId, resourceId: $resourceId, version: $version)\n  }\n": typeof types.RemoveMemberResourceDocument,
    "\n  mutation RequestContact($input: RequestContactInput!) {\n    requestContact(input: $input) {\n      id\n      logEntryId\n    }\n  }\n": typeof types.RequestContactDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      allianceId\n      membership {\n        id\n        role\n        state\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n      state\n      version\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      allianceName\n      invitedByOrganisation\n      organisationName\n      role\n      emailHint\n      forOrganisationAdmins\n      expiresAt\n      state\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  query Members($allianceId: ID!) {\n    members(allianceId: $allianceId) {\n      id\n      role\n      state\n      version\n      joinedAt\n      leftAt\n      seatCount\n      organisation {\n        id\n        name\n        kind\n        city\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query PendingInvitations($allianceId: ID!) {\n    pendingInvitations(allianceId: $allianceId) {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.PendingInvitationsDocument,
    "\n  mutation InviteOrganisation($input: InviteOrganisationInput!) {\n    inviteOrganisation(input: $input) {\n      token\n      acceptPath\n      mailedTo\n      invitation {\n        id\n        email\n        role\n        createdAt\n        expiresAt\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.InviteOrganisationDocument,
    "\n  mutation LeaveAlliance($input: LeaveAllianceInput!) {\n    leaveAlliance(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.LeaveAllianceDocument,
    "\n  query MemberPeople($allianceId: ID!) {\n    memberPeople(allianceId: $allianceId) {\n      membershipId\n      userId\n      name\n      isAdmin\n    }\n  }\n": typeof types.MemberPeopleDocument,
    "\n  query MyOrganisations {\n    myOrganisations {\n      id\n      name\n      city\n      findable\n      canAdminister\n    }\n  }\n": typeof types.MyOrganisationsDocument,
    "\n  mutation SetOrganisationFindable($input: SetOrganisationFindableInput!) {\n    setOrganisationFindable(input: $input) {\n      id\n      findable\n    }\n  }\n": typeof types.SetOrganisationFindableDocument,
    "\n  query OrganisationInvitations {\n    organisationInvitations {\n      id\n      allianceId\n      allianceName\n      invitedByOrganisation\n      organisationId\n      organisationName\n      role\n      expiresAt\n    }\n  }\n": typeof types.OrganisationInvitationsDocument,
    "\n  mutation AcceptOrganisationInvitation($input: AcceptOrganisationInvitationInput!) {\n    acceptOrganisationInvitation(input: $input) {\n      allianceId\n    }\n  }\n": typeof types.AcceptOrganisationInvitationDocument,
    "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input)\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  query OrganisationSearch($allianceId: ID!, $query: String!, $first: Int) {\n    organisationSearch(allianceId: $allianceId, query: $query, first: $first) {\n      id\n      name\n      city\n      membershipState\n    }\n  }\n": typeof types.OrganisationSearchDocument,
    "\n  fragment NetworkFields on Network {\n    asOf\n    density\n    componentCount\n    statedDyads\n    reciprocity\n    quarters\n    nodes {\n      id\n      role\n      organisation {\n        id\n        name\n        kind\n        city\n      }\n      degree\n      betweenness\n      closeness\n      component\n      broker\n      isolated\n    }\n    ties {\n      a\n      b\n      weight\n      kinds\n      sources {\n        source\n        weight\n        since\n      }\n    }\n  }\n": typeof types.NetworkFieldsFragmentDoc,
    "\n  query Network($allianceId: ID!, $filter: NetworkFilterInput) {\n    network(allianceId: $allianceId, filter: $filter) {\n      ...NetworkFields\n    }\n  }\n": typeof types.NetworkDocument,
    "\n  query Relationships($allianceId: ID!) {\n    relationships(allianceId: $allianceId) {\n      id\n      fromMembershipId\n      toMembershipId\n      from {\n        id\n        name\n      }\n      to {\n        id\n        name\n      }\n      kind\n      directed\n      strength\n      since\n      until\n      note\n      version\n    }\n  }\n": typeof types.RelationshipsDocument,
    "\n  mutation StateRelationship($input: StateRelationshipInput!) {\n    stateRelationship(input: $input) {\n      id\n    }\n  }\n": typeof types.StateRelationshipDocument,
    "\n  mutation RemoveRelationship($allianceId: ID!, $relationshipId: ID!, $version: Int!) {\n    removeRelationship(allianceId: $allianceId, relationshipId: $relationshipId, version: $version)\n  }\n": typeof types.RemoveRelationshipDocument,
    "\n  query NetworkPath($allianceId: ID!, $from: ID!, $to: ID!, $filter: NetworkFilterInput) {\n    networkPath(allianceId: $allianceId, fromMembershipId: $from, toMembershipId: $to, filter: $filter) {\n      distance\n      path {\n        id\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.NetworkPathDocument,
    "\n  fragment SurveyRoundFields on SurveyRound {\n    id\n    title\n    opensOn\n    closesOn\n    state\n    closedAt\n    version\n    respondentCount\n    submittedCount\n    responseRate\n    myResponseState\n  }\n": typeof types.SurveyRoundFieldsFragmentDoc,
    "\n  query SurveyRounds($allianceId: ID!) {\n    surveyRounds(allianceId: $allianceId) {\n      ...SurveyRoundFields\n    }\n  }\n": typeof types.SurveyRoundsDocument,
    "\n  query SurveyRound($allianceId: ID!, $roundId: ID!) {\n    surveyRound(allianceId: $allianceId, roundId: $roundId) {\n      round {\n        ...SurveyRoundFields\n      }\n      respondents {\n        id\n        state\n        submittedAt\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SurveyRoundDocument,
    "\n  query MySurveyResponse($allianceId: ID!, $roundId: ID!) {\n    mySurveyResponse(allianceId: $allianceId, roundId: $roundId) {\n      state\n      version\n      others {\n        id\n        organisation {\n          id\n          name\n        }\n      }\n      answers {\n        toMembershipId\n        kind\n        frequency\n        trust\n        value\n      }\n    }\n  }\n": typeof types.MySurveyResponseDocument,
    "\n  query SurveyRoundNetwork($allianceId: ID!, $roundId: ID!, $filter: SurveyRoundNetworkFilterInput) {\n    surveyRoundNetwork(allianceId: $allianceId, roundId: $roundId, filter: $filter) {\n      meanTrust\n      meanValue\n      mutualDyads\n      answers {\n        fromMembershipId\n        toMembershipId\n        kind\n        frequency\n        trust\n        value\n      }\n      network {\n        ...NetworkFields\n      }\n    }\n  }\n": typeof types.SurveyRoundNetworkDocument,
    "\n  query SurveyComparison($allianceId: ID!, $before: ID!, $after: ID!) {\n    compareSurveyRounds(allianceId: $allianceId, beforeRoundId: $before, afterRoundId: $after) {\n      newTies\n      lostTies\n      keptTies\n      densityChange\n      meanTrustChange\n      meanValueChange\n      reciprocityChange\n      before {\n        density\n        ties\n        meanTrust\n        meanValue\n        reciprocity\n        round {\n          id\n          title\n        }\n      }\n      after {\n        density\n        ties\n        meanTrust\n        meanValue\n        reciprocity\n        round {\n          id\n          title\n        }\n      }\n      pairs {\n        change\n        trustBefore\n        trustAfter\n        valueBefore\n        valueAfter\n        a {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n        b {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.SurveyComparisonDocument,
    "\n  mutation OpenSurveyRound($input: OpenSurveyRoundInput!) {\n    openSurveyRound(input: $input) {\n      id\n    }\n  }\n": typeof types.OpenSurveyRoundDocument,
    "\n  mutation CloseSurveyRound($input: CloseSurveyRoundInput!) {\n    closeSurveyRound(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.CloseSurveyRoundDocument,
    "\n  mutation SaveSurveyResponse($input: SaveSurveyResponseInput!) {\n    saveSurveyResponse(input: $input) {\n      state\n      version\n    }\n  }\n": typeof types.SaveSurveyResponseDocument,
    "\n  query MyNotifications {\n    myNotifications(first: 30) {\n      id\n      allianceId\n      allianceName\n      kind\n      params\n      link\n      read\n      createdAt\n    }\n    unreadNotificationCount\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  mutation Unsubscribe($input: UnsubscribeInput!) {\n    unsubscribe(input: $input) {\n      kind\n    }\n  }\n": typeof types.UnsubscribeDocument,
    "\n  mutation CreateAllianceForBackbone($input: CreateAllianceForBackboneInput!) {\n    createAllianceForBackbone(input: $input) {\n      allianceId\n      allianceName\n      organisationName\n      mailedTo\n      acceptPath\n    }\n  }\n": typeof types.CreateAllianceForBackboneDocument,
    "\n  query JoinableAlliances($query: String!) {\n    joinableAlliances(query: $query) {\n      id\n      name\n      backboneName\n      city\n    }\n  }\n": typeof types.JoinableAlliancesDocument,
    "\n  query JoinLinkPreview($token: String!) {\n    joinLinkPreview(token: $token) {\n      id\n      name\n      backboneName\n      city\n    }\n  }\n": typeof types.JoinLinkPreviewDocument,
    "\n  query MyJoinRequests {\n    myJoinRequests {\n      id\n      allianceId\n      allianceName\n      state\n      role\n      declineReason\n      createdAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MyJoinRequestsDocument,
    "\n  mutation RequestToJoin($input: RequestToJoinInput!) {\n    requestToJoin(input: $input) {\n      id\n      allianceName\n      state\n    }\n  }\n": typeof types.RequestToJoinDocument,
    "\n  query JoinRequests($allianceId: ID!) {\n    joinRequests(allianceId: $allianceId) {\n      id\n      message\n      requestedByName\n      viaLink\n      version\n      createdAt\n      organisation {\n        id\n        name\n        kind\n        city\n      }\n    }\n  }\n": typeof types.JoinRequestsDocument,
    "\n  mutation AcceptJoinRequest($input: AcceptJoinRequestInput!) {\n    acceptJoinRequest(input: $input) {\n      id\n      state\n      role\n    }\n  }\n": typeof types.AcceptJoinRequestDocument,
    "\n  mutation DeclineJoinRequest($input: DeclineJoinRequestInput!) {\n    declineJoinRequest(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.DeclineJoinRequestDocument,
    "\n  query JoinSettings($allianceId: ID!) {\n    joinSettings(allianceId: $allianceId) {\n      joinRequestsOpen\n      joinLinkPath\n    }\n  }\n": typeof types.JoinSettingsDocument,
    "\n  mutation SetJoinRequestsOpen($input: SetJoinRequestsOpenInput!) {\n    setJoinRequestsOpen(input: $input) {\n      joinRequestsOpen\n      joinLinkPath\n    }\n  }\n": typeof types.SetJoinRequestsOpenDocument,
    "\n  mutation RenewJoinLink($input: JoinLinkInput!) {\n    renewJoinLink(input: $input) {\n      joinRequestsOpen\n      joinLinkPath\n    }\n  }\n": typeof types.RenewJoinLinkDocument,
    "\n  mutation RevokeJoinLink($input: JoinLinkInput!) {\n    revokeJoinLink(input: $input) {\n      joinRequestsOpen\n      joinLinkPath\n    }\n  }\n": typeof types.RevokeJoinLinkDocument,
    "\n  query PlatformOrganisations($query: String!) {\n    platformOrganisations(query: $query) {\n      id\n      name\n      kind\n      city\n    }\n  }\n": typeof types.PlatformOrganisationsDocument,
    "\n  query PlatformSettings {\n    platformSettings {\n      registrationOpen\n      updatedAt\n    }\n  }\n": typeof types.PlatformSettingsDocument,
    "\n  mutation SetRegistrationOpen($input: SetRegistrationOpenInput!) {\n    setRegistrationOpen(input: $input) {\n      registrationOpen\n      updatedAt\n    }\n  }\n": typeof types.SetRegistrationOpenDocument,
    "\n  mutation RegisterOrganisation($input: RegisterOrganisationInput!) {\n    registerOrganisation(input: $input)\n  }\n": typeof types.RegisterOrganisationDocument,
    "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input)\n  }\n": typeof types.VerifyEmailDocument,
    "\n  fragment ParticipationItemFields on ParticipationItem {\n    id\n    kind\n    offerId\n    offerTitle\n    category\n    targetGroup\n    districtName\n    address\n    lat\n    lng\n    text\n    rating\n    authorLabel\n    moderation\n    moderationReason\n    status\n    statusReason\n    publicAnswer\n    answeredByName\n    answeredAt\n    changedText\n    forwardedMembershipId\n    forwardedOrganisationName\n    forwardNote\n    forwardedAt\n    supportCount\n    abuseReports\n    hasEmail\n    hasPhoto\n    version\n    createdAt\n  }\n": typeof types.ParticipationItemFieldsFragmentDoc,
    "\n  query ParticipationQueue($allianceId: ID!, $status: ModerationStatus!) {\n    participationQueue(allianceId: $allianceId, status: $status) {\n      ...ParticipationItemFields\n    }\n  }\n": typeof types.ParticipationQueueDocument,
    "\n  query ParticipationPhoto($allianceId: ID!, $itemId: ID!) {\n    participationItem(allianceId: $allianceId, itemId: $itemId) {\n      id\n      photoDataUrl\n    }\n  }\n": typeof types.ParticipationPhotoDocument,
    "\n  query ForwardedReports($allianceId: ID!) {\n    forwardedReports(allianceId: $allianceId) {\n      ...ParticipationItemFields\n    }\n  }\n": typeof types.ForwardedReportsDocument,
    "\n  query OfferFeedback($allianceId: ID!) {\n    offerFeedback(allianceId: $allianceId) {\n      ...ParticipationItemFields\n    }\n  }\n": typeof types.OfferFeedbackDocument,
    "\n  query ParticipationRights($allianceId: ID!) {\n    participationRights(allianceId: $allianceId) {\n      moderator\n      forwardedReports\n      answersFeedback\n    }\n  }\n": typeof types.ParticipationRightsDocument,
    "\n  query ParticipationMembers($allianceId: ID!) {\n    members(allianceId: $allianceId) {\n      ...MemberOptionFields\n    }\n  }\n": typeof types.ParticipationMembersDocument,
    "\n  mutation ModerateParticipation($input: ModerateParticipationInput!) {\n    moderateParticipation(input: $input) {\n      ...ParticipationItemFields\n    }\n  }\n": typeof types.ModerateParticipationDocument,
    "\n  mutation MergeReports($input: MergeReportsInput!) {\n    mergeReports(input: $input) {\n      ...ParticipationItemFields\n    }\n  }\n": typeof types.MergeReportsDocument,
    "\n  mutation ForwardReport($input: ForwardReportInput!) {\n    forwardReport(input: $input) {\n      ...ParticipationItemFields\n    }\n  }\n": typeof types.ForwardReportDocument,
    "\n  mutation ResolveReport($input: ResolveReportInput!) {\n    resolveReport(input: $input) {\n      ...ParticipationItemFields\n    }\n  }\n": typeof types.ResolveReportDocument,
    "\n  mutation AnswerFeedback($input: AnswerFeedbackInput!) {\n    answerFeedback(input: $input) {\n      ...ParticipationItemFields\n    }\n  }\n": typeof types.AnswerFeedbackDocument,
    "\n  mutation MarkFeedbackChanged($input: MarkFeedbackChangedInput!) {\n    markFeedbackChanged(input: $input) {\n      ...ParticipationItemFields\n    }\n  }\n": typeof types.MarkFeedbackChangedDocument,
    "\n  query DeadLetters {\n    mailDeadLetters {\n      id\n      kind\n      toAddress\n      subject\n      attempts\n      lastError\n      createdAt\n      deadAt\n    }\n  }\n": typeof types.DeadLettersDocument,
    "\n  mutation RequeueDeadLetter($input: RequeueDeadLetterInput!) {\n    requeueDeadLetter(input: $input)\n  }\n": typeof types.RequeueDeadLetterDocument,
    "\n  mutation RegisterPortalProvider($input: RegisterPortalProviderInput!) {\n    registerPortalProvider(input: $input)\n  }\n": typeof types.RegisterPortalProviderDocument,
    "\n  fragment PortalOfferFields on PortalOffer {\n    id\n    status\n    providerName\n    version\n    publishedAt\n    confirmedAt\n    freshness\n    districtName\n    content {\n      title\n      summary\n      description\n      categories\n      targetGroups\n      ageMin\n      ageMax\n      districtId\n      street\n      postalCode\n      city\n      scheduleKind\n      scheduleNote\n      isFree\n      costNote\n      stepFree\n      signLanguage\n      easyLanguage\n      languages\n      registrationRequired\n      contactName\n      contactEmail\n      contactPhone\n      imageIds\n    }\n    openRevision {\n      id\n      state\n      version\n      returnReason\n      content {\n        title\n      }\n    }\n  }\n": typeof types.PortalOfferFieldsFragmentDoc,
    "\n  query MyPortalOffers($allianceId: ID!) {\n    portalSettings(allianceId: $allianceId) {\n      name\n      enabled\n    }\n    myPortalOffers(allianceId: $allianceId) {\n      ...PortalOfferFields\n    }\n    portalDistricts(allianceId: $allianceId) {\n      id\n      name\n    }\n  }\n": typeof types.MyPortalOffersDocument,
    "\n  mutation CreatePortalOffer($input: CreatePortalOfferInput!) {\n    createPortalOffer(input: $input) {\n      ...PortalOfferFields\n    }\n  }\n": typeof types.CreatePortalOfferDocument,
    "\n  mutation UpdatePortalOffer($input: UpdatePortalOfferInput!) {\n    updatePortalOffer(input: $input) {\n      ...PortalOfferFields\n    }\n  }\n": typeof types.UpdatePortalOfferDocument,
    "\n  mutation ConfirmPortalOffer($allianceId: ID!, $offerId: ID!, $version: Int!) {\n    confirmPortalOffer(allianceId: $allianceId, offerId: $offerId, version: $version) {\n      id\n      confirmedAt\n      version\n    }\n  }\n": typeof types.ConfirmPortalOfferDocument,
    "\n  mutation UploadPortalImage($input: UploadPortalImageInput!) {\n    uploadPortalImage(input: $input) {\n      id\n      width\n      height\n    }\n  }\n": typeof types.UploadPortalImageDocument,
    "\n  query PortalPlanning($allianceId: ID!) {\n    portalPlanning(allianceId: $allianceId) {\n      targetGroups\n      medianOffers\n      districts {\n        id\n        name\n        population\n        offers\n        perThousand\n      }\n      cells {\n        districtId\n        targetGroup\n        offers\n        perThousand\n        activities\n      }\n    }\n    portalDistricts(allianceId: $allianceId, withShapes: true) {\n      id\n      name\n      geojson\n    }\n  }\n": typeof types.PortalPlanningDocument,
    "\n  query PortalFreshness($allianceId: ID!, $fromDay: String!, $toDay: String!) {\n    portalFreshness(allianceId: $allianceId, fromDay: $fromDay, toDay: $toDay) {\n      kind\n      id\n      title\n      count\n      owner\n      dueOn\n      state\n    }\n  }\n": typeof types.PortalFreshnessDocument,
    "\n  query PortalReviewQueue($allianceId: ID!) {\n    portalReviewQueue(allianceId: $allianceId) {\n      id\n      offerId\n      version\n      providerName\n      submittedAt\n      submittedByName\n      baseContent {\n        title\n      }\n      content {\n        title\n      }\n      changes {\n        field\n        before\n        after\n      }\n    }\n    portalDistricts(allianceId: $allianceId) {\n      id\n      name\n    }\n  }\n": typeof types.PortalReviewQueueDocument,
    "\n  mutation ApprovePortalOfferRevision($input: DecideOfferRevisionInput!) {\n    approvePortalOfferRevision(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ApprovePortalOfferRevisionDocument,
    "\n  mutation ReturnPortalOfferRevision($input: DecideOfferRevisionInput!) {\n    returnPortalOfferRevision(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ReturnPortalOfferRevisionDocument,
    "\n  query PortalRights($allianceId: ID!) {\n    portalRights(allianceId: $allianceId) {\n      editor\n      manager\n    }\n  }\n": typeof types.PortalRightsDocument,
    "\n  query PortalSettingsPage($allianceId: ID!) {\n    portalSettings(allianceId: $allianceId) {\n      enabled\n      name\n      intro\n      primaryColor\n      accentColor\n      providerSignupOpen\n      reminderMonths\n      flagMonths\n      hideMonths\n      version\n      slug\n      mapStyleUrl\n      tileUrl\n      logoDataUrl\n    }\n    portalPlanning(allianceId: $allianceId) {\n      districts {\n        id\n        name\n        population\n      }\n    }\n  }\n": typeof types.PortalSettingsPageDocument,
    "\n  mutation UpdatePortalSettings($input: UpdatePortalSettingsInput!) {\n    updatePortalSettings(input: $input) {\n      version\n    }\n  }\n": typeof types.UpdatePortalSettingsDocument,
    "\n  mutation SetPortalLogo($input: SetPortalLogoInput!) {\n    setPortalLogo(input: $input) {\n      logoDataUrl\n    }\n  }\n": typeof types.SetPortalLogoDocument,
    "\n  mutation SetDistrictPopulation($allianceId: ID!, $districtId: ID!, $population: Int) {\n    setDistrictPopulation(allianceId: $allianceId, districtId: $districtId, population: $population)\n  }\n": typeof types.SetDistrictPopulationDocument,
    "\n  fragment ReportingMeasurementFields on Measurement {\n    id\n    indicatorId\n    indicatorName\n    membershipId\n    reportingPeriodId\n    periodKey\n    status\n    value\n    numerator\n    denominator\n    note\n    rejectionReason\n    submittedAt\n    submittedByName\n    reviewedAt\n    reviewedByName\n    updatedAt\n    version\n    organisation {\n      id\n      name\n    }\n    parts {\n      categoryId\n      categoryName\n      dimensionId\n      dimensionName\n      value\n    }\n    overlaps {\n      id\n      otherMembershipId\n      otherOrganisationName\n      amount\n      note\n    }\n  }\n": typeof types.ReportingMeasurementFieldsFragmentDoc,
    "\n  fragment ReportingMeasurementWarning on MeasurementWarning {\n    code\n    field\n    previousPeriodKey\n    previousValue\n    value\n    change\n  }\n": typeof types.ReportingMeasurementWarningFragmentDoc,
    "\n  query ReportingIndicators($allianceId: ID!) {\n    indicators(allianceId: $allianceId, filter: { status: ACTIVE }, page: { first: 100 }) {\n      nodes {\n        id\n        code\n        name\n        ...IndicatorValueRules\n        frequency\n        dimensions {\n          id\n          name\n          categories {\n            id\n            name\n            position\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReportingIndicatorsDocument,
    "\n  query ReportingMeasurements($allianceId: ID!, $filter: MeasurementFilter!, $first: Int!) {\n    measurements(allianceId: $allianceId, filter: $filter, page: { first: $first }) {\n      totalCount\n      nodes {\n        ...ReportingMeasurementFields\n      }\n    }\n  }\n": typeof types.ReportingMeasurementsDocument,
    "\n  query ReportingOpenPeriods($allianceId: ID!) {\n    reportingPeriods(allianceId: $allianceId, state: OPEN, page: { first: 100 }) {\n      nodes {\n        ...ReportingPeriodFields\n      }\n    }\n  }\n": typeof types.ReportingOpenPeriodsDocument,
    "\n  query ReportingOverlapMembers($allianceId: ID!) {\n    members(allianceId: $allianceId) {\n      ...MemberOptionFields\n    }\n  }\n": typeof types.ReportingOverlapMembersDocument,
    "\n  query ReviewQueue($allianceId: ID!) {\n    reviewQueue(allianceId: $allianceId, page: { first: 100 }) {\n      totalCount\n      nodes {\n        ...ReportingMeasurementFields\n        previous {\n          periodKey\n          value\n          numerator\n          denominator\n          status\n        }\n        warnings {\n          ...ReportingMeasurementWarning\n        }\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  mutation DeclareOverlap($input: DeclareOverlapInput!) {\n    declareOverlap(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n": typeof types.DeclareOverlapDocument,
    "\n  mutation RemoveOverlap($input: RemoveOverlapInput!) {\n    removeOverlap(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n": typeof types.RemoveOverlapDocument,
    "\n  mutation ApproveMeasurement($input: ApproveMeasurementInput!) {\n    approveMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n": typeof types.ApproveMeasurementDocument,
    "\n  mutation RejectMeasurement($input: RejectMeasurementInput!) {\n    rejectMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n": typeof types.RejectMeasurementDocument,
    "\n  mutation ReopenMeasurement($input: ReopenMeasurementInput!) {\n    reopenMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n": typeof types.ReopenMeasurementDocument,
    "\n  mutation ApproveMeasurements($input: ApproveMeasurementsInput!) {\n    approveMeasurements(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n": typeof types.ApproveMeasurementsDocument,
    "\n  mutation SaveMeasurement($input: SaveMeasurementInput!) {\n    saveMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n      warnings {\n        ...ReportingMeasurementWarning\n      }\n    }\n  }\n": typeof types.SaveMeasurementDocument,
    "\n  mutation SubmitMeasurement($input: SubmitMeasurementInput!) {\n    submitMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n      warnings {\n        ...ReportingMeasurementWarning\n      }\n    }\n  }\n": typeof types.SubmitMeasurementDocument,
    "\n  mutation SubmitMeasurements($input: SubmitMeasurementsInput!) {\n    submitMeasurements(input: $input) {\n      ok\n      errors {\n        row\n        code\n        field\n        fieldCode\n        params\n        message\n      }\n      warnings {\n        row\n        code\n        field\n        previousPeriodKey\n        previousValue\n        value\n        change\n      }\n      saved {\n        ...ReportingMeasurementFields\n      }\n    }\n  }\n": typeof types.SubmitMeasurementsDocument,
    "\n  mutation ChangeAllianceLifecycle($input: ChangeAllianceLifecycleInput!) {\n    changeAllianceLifecycle(input: $input) {\n      alliance {\n        id\n        lifecycle\n        version\n      }\n      warnings {\n        code\n        goalId\n        goalTitle\n      }\n    }\n  }\n": typeof types.ChangeAllianceLifecycleDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation CreateDistrict($input: CreateDistrictInput!) {\n    createDistrict(input: $input) {\n      ...DistrictFields\n    }\n  }\n": typeof types.CreateDistrictDocument,
    "\n  mutation UpdateDistrict($input: UpdateDistrictInput!) {\n    updateDistrict(input: $input) {\n      ...DistrictFields\n    }\n  }\n": typeof types.UpdateDistrictDocument,
    "\n  mutation DeleteDistrict($input: DeleteDistrictInput!) {\n    deleteDistrict(input: $input) {\n      id\n      movedActivities\n    }\n  }\n": typeof types.DeleteDistrictDocument,
    "\n  query AllianceLifecycle($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      lifecycle\n      version\n    }\n  }\n": typeof types.AllianceLifecycleDocument,
    "\n  query ApiTokens($allianceId: ID!, $page: PageInput) {\n    apiTokens(allianceId: $allianceId, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        role\n        membershipId\n        memberName\n        tokenPrefix\n        createdByName\n        createdAt\n        expiresAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  query TokenMembers($allianceId: ID!) {\n    members(allianceId: $allianceId) {\n      id\n      role\n      state\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TokenMembersDocument,
    "\n  query PublicProgressSettings($allianceId: ID!) {\n    publicProgressSettings(allianceId: $allianceId) {\n      allianceId\n      published\n      slug\n      goalIds\n      indicatorIds\n      version\n    }\n    goals(allianceId: $allianceId) {\n      id\n      title\n      depth\n    }\n    indicators(allianceId: $allianceId, page: { first: 100 }) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.PublicProgressSettingsDocument,
    "\n  mutation UpdatePublicProgress($input: UpdatePublicProgressInput!) {\n    updatePublicProgress(input: $input) {\n      allianceId\n      published\n      slug\n      goalIds\n      indicatorIds\n      version\n    }\n  }\n": typeof types.UpdatePublicProgressDocument,
    "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  mutation UpdateAllianceProfile($input: UpdateAllianceProfileInput!) {\n    updateAllianceProfile(input: $input) {\n      ...AllianceProfileFields\n    }\n  }\n": typeof types.UpdateAllianceProfileDocument,
    "\n  mutation UpdateSmallNumberThreshold($input: UpdateSmallNumberThresholdInput!) {\n    updateSmallNumberThreshold(input: $input) {\n      allianceId\n      smallNumberThreshold\n      appliesToMe\n      version\n    }\n  }\n": typeof types.UpdateSmallNumberThresholdDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      locale\n      isPlatformAdmin\n      organisations {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      twoFactorChallenge\n      user {\n        id\n        email\n        name\n        locale\n        isPlatformAdmin\n        organisations {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation LoginWithTwoFactor($input: LoginWithTwoFactorInput!) {\n    loginWithTwoFactor(input: $input) {\n      expiresAt\n      user {\n        id\n        email\n        name\n        locale\n        isPlatformAdmin\n        organisations {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.LoginWithTwoFactorDocument,
    "\n  mutation UpdateMyLocale($input: UpdateMyLocaleInput!) {\n    updateMyLocale(input: $input) {\n      id\n      locale\n    }\n  }\n": typeof types.UpdateMyLocaleDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query DisclosureSettings($allianceId: ID!) {\n    disclosureSettings(allianceId: $allianceId) {\n      allianceId\n      smallNumberThreshold\n      appliesToMe\n      version\n    }\n  }\n": typeof types.DisclosureSettingsDocument,
    "\n  fragment DistrictFields on District {\n    id\n    name\n    version\n    hasShape\n    activityCount\n  }\n": typeof types.DistrictFieldsFragmentDoc,
    "\n  query AllianceDistricts($allianceId: ID!) {\n    districts(allianceId: $allianceId) {\n      ...DistrictFields\n    }\n  }\n": typeof types.AllianceDistrictsDocument,
    "\n  fragment AllianceProfileFields on Alliance {\n    id\n    name\n    kind\n    problemStatement\n    vision\n    periodStart\n    periodEnd\n    guestComments\n    requireTwoFactorForAdmins\n    logoDataUrl\n    primaryColor\n    version\n  }\n": typeof types.AllianceProfileFieldsFragmentDoc,
    "\n  fragment MemberOptionFields on Membership {\n    id\n    role\n    state\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.MemberOptionFieldsFragmentDoc,
    "\n  fragment IndicatorValueRules on Indicator {\n    unit\n    decimals\n    aggregation\n    numeratorLabel\n    denominatorLabel\n    allowNegative\n    integerOnly\n    minValue\n    maxValue\n    allowRatioAboveOne\n    jumpWarningShare\n  }\n": typeof types.IndicatorValueRulesFragmentDoc,
    "\n  fragment ReportingPeriodFields on ReportingPeriod {\n    id\n    periodKey\n    frequency\n    state\n    dueOn\n    startsOn\n    endsOn\n    version\n  }\n": typeof types.ReportingPeriodFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      userAgent\n      ip\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation RevokeMySession($input: RevokeMySessionInput!) {\n    revokeMySession(input: $input)\n  }\n": types.RevokeMySessionDocument,
    "\n  mutation RevokeMyOtherSessions {\n    revokeMyOtherSessions\n  }\n": types.RevokeMyOtherSessionsDocument,
    "\n  query MyPersonalData {\n    myPersonalData\n  }\n": types.MyPersonalDataDocument,
    "\n  mutation EraseMyAccount($input: EraseMyAccountInput!) {\n    eraseMyAccount(input: $input)\n  }\n": types.EraseMyAccountDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  query MyNotificationSettings {\n    myNotificationSettings {\n      reportDueDays\n      preferences {\n        kind\n        email\n        emailByDefault\n      }\n    }\n    myCalendarFeed {\n      url\n    }\n  }\n": types.MyNotificationSettingsDocument,
    "\n  mutation SetNotificationEmail($input: SetNotificationEmailInput!) {\n    setNotificationEmail(input: $input) {\n      reportDueDays\n    }\n  }\n": types.SetNotificationEmailDocument,
    "\n  mutation SetReportDueDays($input: SetReportDueDaysInput!) {\n    setReportDueDays(input: $input) {\n      reportDueDays\n    }\n  }\n": types.SetReportDueDaysDocument,
    "\n  mutation RenewCalendarFeed {\n    renewCalendarFeed {\n      url\n    }\n  }\n": types.RenewCalendarFeedDocument,
    "\n  query MyTwoFactor {\n    myTwoFactor {\n      enabled\n      recoveryCodesLeft\n    }\n  }\n": types.MyTwoFactorDocument,
    "\n  mutation StartTwoFactor($input: StartTwoFactorInput!) {\n    startTwoFactor(input: $input) {\n      secret\n      otpauthUri\n      qrSvg\n    }\n  }\n": types.StartTwoFactorDocument,
    "\n  mutation ConfirmTwoFactor($input: TwoFactorCodeInput!) {\n    confirmTwoFactor(input: $input) {\n      recoveryCodes\n    }\n  }\n": types.ConfirmTwoFactorDocument,
    "\n  mutation DisableTwoFactor($input: TwoFactorCodeInput!) {\n    disableTwoFactor(input: $input)\n  }\n": types.DisableTwoFactorDocument,
    "\n  mutation ChangeActivityStatus($input: ChangeActivityStatusInput!) {\n    changeActivityStatus(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.ChangeActivityStatusDocument,
    "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      ...ActivitySavedFields\n    }\n  }\n": types.CreateActivityDocument,
    "\n  mutation DeleteActivity($input: DeleteActivityInput!) {\n    deleteActivity(input: $input)\n  }\n": types.DeleteActivityDocument,
    "\n  fragment ActivitySavedFields on Activity {\n    id\n    title\n    status\n    version\n  }\n": types.ActivitySavedFieldsFragmentDoc,
    "\n  query Activities($allianceId: ID!, $filter: ActivityFilter, $page: PageInput) {\n    activities(allianceId: $allianceId, filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        status\n        district\n        place\n        periodStart\n        periodEnd\n        targetGroups\n        membershipId\n        organisation {\n          id\n          name\n        }\n        goals {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.ActivitiesDocument,
    "\n  query ActivityMap($allianceId: ID!, $asOf: String) {\n    activityMap(allianceId: $allianceId, asOf: $asOf) {\n      asOf\n      goals {\n        id\n        parentId\n        title\n      }\n      members {\n        membershipId\n        organisation {\n          id\n          name\n        }\n      }\n      cells {\n        goalId\n        membershipId\n        activityCount\n        runningCount\n      }\n      gaps {\n        goalId\n        goalTitle\n      }\n      overlaps {\n        goalId\n        goalTitle\n        district\n        targetGroup\n        activities {\n          id\n          title\n          periodStart\n          periodEnd\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ActivityMapDocument,
    "\n  query ActivityOptions($allianceId: ID!) {\n    goals(allianceId: $allianceId) {\n      id\n      parentId\n      depth\n      title\n      status\n    }\n    members(allianceId: $allianceId) {\n      ...MemberOptionFields\n    }\n    indicators(allianceId: $allianceId, filter: { status: ACTIVE }, page: { first: 100 }) {\n      nodes {\n        id\n        name\n      }\n    }\n    districts(allianceId: $allianceId) {\n      id\n      name\n    }\n  }\n": types.ActivityOptionsDocument,
    "\n  query Activity($allianceId: ID!, $activityId: ID!) {\n    activity(allianceId: $allianceId, activityId: $activityId) {\n      id\n      title\n      description\n      status\n      version\n      districtId\n      district\n      place\n      periodStart\n      periodEnd\n      targetGroups\n      resources\n      budgetEur\n      staffHoursPerMonth\n      membershipId\n      organisation {\n        id\n        name\n      }\n      goals {\n        id\n        title\n      }\n      indicators {\n        id\n        name\n      }\n      createdAt\n      updatedAt\n    }\n  }\n": types.ActivityDocument,
    "\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      ...ActivitySavedFields\n    }\n  }\n": types.UpdateActivityDocument,
    "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n      title\n      version\n    }\n  }\n": types.CreateGoalDocument,
    "\n  mutation DeleteGoal($input: DeleteGoalInput!) {\n    deleteGoal(input: $input)\n  }\n": types.DeleteGoalDocument,
    "\n  fragment AgreementVersionFields on AgreementVersion {\n    id\n    number\n    title\n    body\n    conflictProcedure\n    publishedAt\n    publishedByName\n    signatureCount\n  }\n": types.AgreementVersionFieldsFragmentDoc,
    "\n  query Agreement($allianceId: ID!) {\n    agreement(allianceId: $allianceId) {\n      current {\n        ...AgreementVersionFields\n      }\n      mySignature {\n        id\n        signedAt\n        signedByName\n      }\n      signatures {\n        id\n        membershipId\n        signedAt\n        signedByName\n        organisation {\n          id\n          name\n        }\n      }\n      unsignedMembers {\n        id\n        role\n        organisation {\n          id\n          name\n        }\n      }\n      versions {\n        ...AgreementVersionFields\n      }\n    }\n  }\n": types.AgreementDocument,
    "\n  query AgendaGoalOwners($allianceId: ID!) {\n    members(allianceId: $allianceId) {\n      id\n      state\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.AgendaGoalOwnersDocument,
    "\n  query AgendaGoals($allianceId: ID!) {\n    goals(allianceId: $allianceId) {\n      id\n      parentId\n      depth\n      position\n      title\n      description\n      status\n      periodStart\n      periodEnd\n      ownerMembershipId\n      ownerOrganisation {\n        id\n        name\n      }\n      indicatorCount\n      runningActivityCount\n      version\n    }\n  }\n": types.AgendaGoalsDocument,
    "\n  mutation MoveGoal($input: MoveGoalInput!) {\n    moveGoal(input: $input) {\n      id\n      title\n      parentId\n      position\n      version\n    }\n  }\n": types.MoveGoalDocument,
    "\n  mutation PublishAgreementVersion($input: PublishAgreementVersionInput!) {\n    publishAgreementVersion(input: $input) {\n      current {\n        id\n        number\n      }\n    }\n  }\n": types.PublishAgreementVersionDocument,
    "\n  mutation SignAgreement($input: SignAgreementInput!) {\n    signAgreement(input: $input) {\n      mySignature {\n        id\n        signedAt\n      }\n    }\n  }\n": types.SignAgreementDocument,
    "\n  mutation UpdateGoal($input: UpdateGoalInput!) {\n    updateGoal(input: $input) {\n      id\n      title\n      version\n    }\n  }\n": types.UpdateGoalDocument,
    "\n  mutation CreateAlliance($input: CreateAllianceInput!) {\n    createAlliance(input: $input) {\n      id\n      name\n      kind\n      lifecycle\n      myRole\n    }\n  }\n": types.CreateAllianceDocument,
    "\n  query Alliance($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      ...AllianceProfileFields\n      lifecycle\n      myRole\n      myIsAdmin\n      myMembershipId\n      myOrganisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.AllianceDocument,
    "\n  query MyAlliances {\n    myAlliances {\n      id\n      name\n      kind\n      lifecycle\n      periodStart\n      periodEnd\n      myRole\n      myIsAdmin\n      myMembershipId\n      myOrganisation {\n        id\n        name\n      }\n    }\n  }\n": types.MyAlliancesDocument,
    "\n  query AuditEvents($allianceId: ID!, $filter: AuditEventFilter, $page: PageInput) {\n    auditEvents(allianceId: $allianceId, filter: $filter, page: $page) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        actorUserId\n        actorName\n        action\n        entityType\n        entityId\n        before\n        after\n        occurredAt\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query AuditFacets($allianceId: ID!) {\n    auditFacets(allianceId: $allianceId) {\n      actors {\n        id\n        name\n      }\n      actions\n      entityTypes\n    }\n  }\n": types.AuditFacetsDocument,
    "\n  mutation CompletePlatformSetup($input: CompletePlatformSetupInput!) {\n    completePlatformSetup(input: $input) {\n      expiresAt\n      user {\n        id\n        email\n        name\n        locale\n        isPlatformAdmin\n        organisations {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.CompletePlatformSetupDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  query ColleagueInvitationPreview($token: String!) {\n    colleagueInvitationPreview(token: $token) {\n      organisationName\n      invitedByName\n      emailHint\n      accountExists\n      expiresAt\n    }\n  }\n": types.ColleagueInvitationPreviewDocument,
    "\n  mutation AcceptColleagueInvitation($input: AcceptColleagueInvitationInput!) {\n    acceptColleagueInvitation(input: $input) {\n      organisationId\n      allianceIds\n    }\n  }\n": types.AcceptColleagueInvitationDocument,
    "\n  query AdministeredOrganisations {\n    myOrganisations {\n      id\n      name\n      canAdminister\n    }\n  }\n": types.AdministeredOrganisationsDocument,
    "\n  query OrganisationColleagues($organisationId: ID!) {\n    organisationColleagues(organisationId: $organisationId) {\n      organisationId\n      organisationName\n      people {\n        userId\n        name\n        email\n        isAdmin\n        since\n        isMe\n      }\n      invitations {\n        id\n        email\n        createdAt\n        expiresAt\n      }\n    }\n  }\n": types.OrganisationColleaguesDocument,
    "\n  mutation InviteColleague($input: InviteColleagueInput!) {\n    inviteColleague(input: $input) {\n      id\n      email\n    }\n  }\n": types.InviteColleagueDocument,
    "\n  mutation RevokeColleagueInvitation($input: RevokeColleagueInvitationInput!) {\n    revokeColleagueInvitation(input: $input)\n  }\n": types.RevokeColleagueInvitationDocument,
    "\n  mutation RemoveColleague($input: RemoveColleagueInput!) {\n    removeColleague(input: $input)\n  }\n": types.RemoveColleagueDocument,
    "\n  mutation SetColleagueAdmin($input: SetColleagueAdminInput!) {\n    setColleagueAdmin(input: $input) {\n      userId\n      isAdmin\n    }\n  }\n": types.SetColleagueAdminDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation CastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      id\n      myVote {\n        vote\n        comment\n      }\n    }\n  }\n": types.CastVoteDocument,
    "\n  mutation CloseProposal($input: CloseProposalInput!) {\n    closeProposal(input: $input) {\n      id\n      state\n      outcome\n      decisionLogEntryId\n    }\n  }\n": types.CloseProposalDocument,
    "\n  mutation CompleteActionItem($input: CompleteActionItemInput!) {\n    completeActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n": types.CompleteActionItemDocument,
    "\n  mutation CreateActionItem($input: CreateActionItemInput!) {\n    createActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n": types.CreateActionItemDocument,
    "\n  mutation CreateLogEntry($input: CreateLogEntryInput!) {\n    createLogEntry(input: $input) {\n      id\n      version\n    }\n  }\n": types.CreateLogEntryDocument,
    "\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) {\n      id\n    }\n  }\n": types.CreateProposalDocument,
    "\n  mutation DeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input)\n  }\n": types.DeleteCommentDocument,
    "\n  fragment LogEntryFields on LogEntry {\n    id\n    type\n    title\n    body\n    occurredOn\n    createdAt\n    updatedAt\n    version\n    canEdit\n    commentCount\n    openActionItemCount\n    conflictState\n    resolution\n    resolvedAt\n    proposalId\n    authorMember {\n      membershipId\n      role\n      organisation {\n        id\n        name\n      }\n    }\n    authorUser {\n      id\n      name\n    }\n    participants {\n      membershipId\n      organisation {\n        id\n        name\n      }\n    }\n    goals {\n      id\n      title\n    }\n    indicators {\n      id\n      name\n    }\n  }\n": types.LogEntryFieldsFragmentDoc,
    "\n  fragment ActionItemFields on ActionItem {\n    id\n    title\n    dueOn\n    done\n    doneAt\n    overdue\n    version\n    logEntryId\n    logEntryTitle\n    owner {\n      membershipId\n      organisation {\n        id\n        name\n      }\n    }\n    ownerUser {\n      id\n      name\n    }\n    doneBy {\n      id\n      name\n    }\n  }\n": types.ActionItemFieldsFragmentDoc,
    "\n  fragment ProposalFields on Proposal {\n    id\n    title\n    body\n    state\n    outcome\n    closesAt\n    createdAt\n    decidedAt\n    votingOpen\n    version\n    decisionLogEntryId\n    createdBy {\n      id\n      name\n    }\n    createdByMember {\n      membershipId\n      organisation {\n        id\n        name\n      }\n    }\n    indicator {\n      id\n      name\n      unit\n    }\n    myVote {\n      vote\n      comment\n    }\n    tally {\n      ...VoteTallyFields\n    }\n  }\n": types.ProposalFieldsFragmentDoc,
    "\n  fragment VoteTallyFields on VoteTally {\n    agree\n    disagree\n    abstain\n    block\n    total\n  }\n": types.VoteTallyFieldsFragmentDoc,
    "\n  query LogContext($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      guestComments\n    }\n    members(allianceId: $allianceId) {\n      ...MemberOptionFields\n    }\n    goals(allianceId: $allianceId) {\n      id\n      title\n      depth\n    }\n    indicators(allianceId: $allianceId, page: { first: 100 }) {\n      nodes {\n        id\n        name\n        unit\n        status\n      }\n    }\n  }\n": types.LogContextDocument,
    "\n  query LogEntry($allianceId: ID!, $logEntryId: ID!) {\n    logEntry(allianceId: $allianceId, logEntryId: $logEntryId) {\n      id\n      type\n      title\n      body\n      occurredOn\n      createdAt\n      updatedAt\n      version\n      canEdit\n      commentCount\n      openActionItemCount\n      conflictState\n      resolution\n      resolvedAt\n      proposalId\n      authorMember {\n        membershipId\n        role\n        organisation {\n          id\n          name\n        }\n      }\n      authorUser {\n        id\n        name\n      }\n      participants {\n        membershipId\n        organisation {\n          id\n          name\n        }\n      }\n      goals {\n        id\n        title\n      }\n      indicators {\n        id\n        name\n      }\n      comments {\n        id\n        body\n        createdAt\n        canDelete\n        authorMember {\n          membershipId\n          organisation {\n            id\n            name\n          }\n        }\n        authorUser {\n          id\n          name\n        }\n      }\n      actionItems {\n        ...ActionItemFields\n      }\n    }\n  }\n": types.LogEntryDocument,
    "\n  query LogFeed($allianceId: ID!, $filter: LogFeedFilter, $page: PageInput) {\n    logFeed(allianceId: $allianceId, filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...LogEntryFields\n      }\n    }\n  }\n": types.LogFeedDocument,
    "\n  query MyActionItems($allianceId: ID!, $includeDone: Boolean!, $page: PageInput) {\n    myActionItems(allianceId: $allianceId, includeDone: $includeDone, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ActionItemFields\n      }\n    }\n  }\n": types.MyActionItemsDocument,
    "\n  query Proposal($allianceId: ID!, $proposalId: ID!) {\n    proposal(allianceId: $allianceId, proposalId: $proposalId) {\n      id\n      title\n      body\n      state\n      outcome\n      closesAt\n      createdAt\n      decidedAt\n      votingOpen\n      version\n      decisionLogEntryId\n      createdBy {\n        id\n        name\n      }\n      createdByMember {\n        membershipId\n        organisation {\n          id\n          name\n        }\n      }\n      indicator {\n        id\n        name\n        unit\n      }\n      indicatorSnapshot {\n        name\n        unit\n        aggregation\n        periods\n        values\n        reportCounts\n        takenAt\n      }\n      myVote {\n        vote\n        comment\n      }\n      tally {\n        ...VoteTallyFields\n      }\n      votes {\n        vote\n        comment\n        votedAt\n        votedBy {\n          id\n          name\n        }\n        member {\n          membershipId\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ProposalDocument,
    "\n  query Proposals($allianceId: ID!, $state: ProposalState, $page: PageInput) {\n    proposals(allianceId: $allianceId, state: $state, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ProposalFields\n      }\n    }\n  }\n": types.ProposalsDocument,
    "\n  mutation ReopenActionItem($input: ReopenActionItemInput!) {\n    reopenActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n": types.ReopenActionItemDocument,
    "\n  mutation ReopenConflict($input: ReopenConflictInput!) {\n    reopenConflict(input: $input) {\n      id\n      version\n      conflictState\n    }\n  }\n": types.ReopenConflictDocument,
    "\n  mutation ResolveConflict($input: ResolveConflictInput!) {\n    resolveConflict(input: $input) {\n      id\n      version\n      conflictState\n    }\n  }\n": types.ResolveConflictDocument,
    "\n  mutation UpdateLogEntry($input: UpdateLogEntryInput!) {\n    updateLogEntry(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateLogEntryDocument,
    "\n  mutation WithdrawProposal($input: WithdrawProposalInput!) {\n    withdrawProposal(input: $input) {\n      id\n      state\n    }\n  }\n": types.WithdrawProposalDocument,
    "\n  query AllianceHealth($allianceId: ID!) {\n    allianceHealth(allianceId: $allianceId) {\n      reportingCompleteness {\n        reportingPeriodId\n        periodKey\n        frequency\n        dueOn\n        expected\n        submitted\n        approved\n        missing\n        shareComplete\n      }\n      goalCoverage {\n        goalCount\n        goalsWithRunningActivity\n        share\n      }\n      logEntriesPerMonth {\n        months\n        counts\n      }\n      lastContributions {\n        membershipId\n        daysSince\n        lastContributionOn\n        organisation {\n          id\n          name\n        }\n      }\n      overdueActionItems {\n        count\n        items {\n          id\n          title\n          dueOn\n          daysOverdue\n          owner {\n            id\n            name\n          }\n        }\n      }\n      unsignedAgreement {\n        currentVersionNumber\n        unsignedMembers {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      pendingReviews {\n        count\n        oldestSubmittedAt\n      }\n    }\n  }\n": types.AllianceHealthDocument,
    "\n  query FundingPortfolio {\n    fundingPortfolio {\n      id\n      name\n      kind\n      lifecycle\n      reportingCompleteness {\n        periodKey\n        frequency\n        state\n        dueOn\n        expected\n        approved\n        shareComplete\n      }\n      indicators {\n        id\n        name\n        unit\n        decimals\n        direction\n        aggregation\n        latestPeriod\n        latestValue\n        target\n        progress\n        status\n        baseline\n        provisional {\n          periodKey\n          value\n          approvedReports\n          expectedReports\n        }\n        trend {\n          periods\n          values\n          provisional\n        }\n      }\n    }\n  }\n": types.FundingPortfolioDocument,
    "\n  query DashboardGoals($allianceId: ID!) {\n    goals(allianceId: $allianceId) {\n      id\n      depth\n      status\n    }\n  }\n": types.DashboardGoalsDocument,
    "\n  query DashboardIndicatorProgress($allianceId: ID!, $from: String!, $to: String!) {\n    indicatorProgress(allianceId: $allianceId, from: $from, to: $to) {\n      id\n      code\n      name\n      unit\n      decimals\n      direction\n      frequency\n      aggregation\n      baseline\n      periods\n      actual\n      target\n      approvedReports\n      expectedReports\n      provisional\n    }\n  }\n": types.DashboardIndicatorProgressDocument,
    "\n  query DashboardActionItems($allianceId: ID!) {\n    myActionItems(allianceId: $allianceId, page: { first: 5 }) {\n      totalCount\n      nodes {\n        id\n        title\n        dueOn\n        overdue\n      }\n    }\n  }\n": types.DashboardActionItemsDocument,
    "\n  query MyOpenReports($allianceId: ID!, $membershipId: ID!, $reportingPeriodId: ID!) {\n    measurements(allianceId: $allianceId, filter: { membershipId: $membershipId, reportingPeriodId: $reportingPeriodId }, page: { first: 100 }) {\n      nodes {\n        id\n        indicatorId\n        status\n      }\n    }\n  }\n": types.MyOpenReportsDocument,
    "\n  query ReportableIndicators($allianceId: ID!) {\n    indicators(allianceId: $allianceId, filter: { status: ACTIVE }, page: { first: 100 }) {\n      nodes {\n        id\n        frequency\n      }\n    }\n  }\n": types.ReportableIndicatorsDocument,
    "\n  query OpenReportingPeriods($allianceId: ID!) {\n    reportingPeriods(allianceId: $allianceId, state: OPEN, page: { first: 20 }) {\n      nodes {\n        id\n        periodKey\n        frequency\n        dueOn\n        state\n        counts {\n          expected\n          approved\n        }\n      }\n    }\n  }\n": types.OpenReportingPeriodsDocument,
    "\n  fragment ImportBatchFields on ImportBatchModel {\n    id\n    kind\n    fileName\n    fileType\n    encoding\n    separator\n    headers\n    columns {\n      field\n      column\n    }\n    fields {\n      key\n      label\n      required\n      type\n    }\n    numberFormat\n    rowCount\n    errorRows\n    processedRows\n    status\n    createdCount\n    updatedCount\n    failure\n    createdByName\n    createdAt\n    committedAt\n    undoneAt\n    version\n  }\n": types.ImportBatchFieldsFragmentDoc,
    "\n  query ImportBatch($allianceId: ID!, $batchId: ID!) {\n    importBatch(allianceId: $allianceId, batchId: $batchId) {\n      ...ImportBatchFields\n    }\n  }\n": types.ImportBatchDocument,
    "\n  query ImportBatches($allianceId: ID!) {\n    importBatches(allianceId: $allianceId, page: { first: 50 }) {\n      totalCount\n      nodes {\n        ...ImportBatchFields\n      }\n    }\n  }\n": types.ImportBatchesDocument,
    "\n  query ImportKinds($allianceId: ID!) {\n    importKinds(allianceId: $allianceId) {\n      name\n      fields {\n        key\n        label\n        required\n        type\n      }\n    }\n  }\n": types.ImportKindsDocument,
    "\n  query ImportRows($allianceId: ID!, $batchId: ID!, $onlyProblems: Boolean!, $page: PageInput) {\n    importRows(allianceId: $allianceId, batchId: $batchId, onlyProblems: $onlyProblems, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        rowNo\n        cells\n        problems {\n          field\n          code\n          message\n        }\n      }\n    }\n  }\n": types.ImportRowsDocument,
    "\n  mutation CheckImport($input: CheckImportInput!) {\n    checkImport(input: $input) {\n      ...ImportBatchFields\n    }\n  }\n": types.CheckImportDocument,
    "\n  mutation CommitImport($input: ImportBatchStepInput!) {\n    commitImport(input: $input) {\n      ...ImportBatchFields\n    }\n  }\n": types.CommitImportDocument,
    "\n  mutation UndoImport($input: ImportBatchStepInput!) {\n    undoImport(input: $input) {\n      ...ImportBatchFields\n    }\n  }\n": types.UndoImportDocument,
    "\n  mutation ArchiveIndicator($input: IndicatorVersionInput!) {\n    archiveIndicator(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.ArchiveIndicatorDocument,
    "\n  mutation RestoreIndicator($input: IndicatorVersionInput!) {\n    restoreIndicator(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.RestoreIndicatorDocument,
    "\n  fragment DimensionOptionFields on Dimension {\n    id\n    name\n    version\n    categories {\n      id\n      name\n    }\n  }\n": types.DimensionOptionFieldsFragmentDoc,
    "\n  query IndicatorDimensionOptions($allianceId: ID!) {\n    dimensions(allianceId: $allianceId) {\n      ...DimensionOptionFields\n    }\n  }\n": types.IndicatorDimensionOptionsDocument,
    "\n  mutation CreateDimension($input: CreateDimensionInput!) {\n    createDimension(input: $input) {\n      ...DimensionOptionFields\n    }\n  }\n": types.CreateDimensionDocument,
    "\n  mutation UpdateDimension($input: UpdateDimensionInput!) {\n    updateDimension(input: $input) {\n      ...DimensionOptionFields\n    }\n  }\n": types.UpdateDimensionDocument,
    "\n  fragment IndicatorTargetFields on Target {\n    id\n    periodKey\n    value\n    version\n  }\n": types.IndicatorTargetFieldsFragmentDoc,
    "\n  query IndicatorContributions($allianceId: ID!, $indicatorId: ID!, $periodKey: String!) {\n    contributions(allianceId: $allianceId, indicatorId: $indicatorId, periodKey: $periodKey) {\n      measurementId\n      membershipId\n      organisationName\n      reported\n      overlapDeducted\n      net\n      shareOfTotal\n      suppressed\n    }\n  }\n": types.IndicatorContributionsDocument,
    "\n  query IndicatorGoalOptions($allianceId: ID!) {\n    goals(allianceId: $allianceId) {\n      id\n      title\n      depth\n      status\n    }\n  }\n": types.IndicatorGoalOptionsDocument,
    "\n  query IndicatorSeries($allianceId: ID!, $indicatorIds: [ID!]!, $by: SeriesBreakdown!, $from: String!, $to: String!) {\n    indicatorSeries(allianceId: $allianceId, indicatorIds: $indicatorIds, by: $by, from: $from, to: $to) {\n      indicatorId\n      key\n      label\n      periods\n      actual\n      target\n      approvedReports\n      expectedReports\n      provisional\n    }\n  }\n": types.IndicatorSeriesDocument,
    "\n  query IndicatorDetail($allianceId: ID!, $indicatorId: ID!) {\n    indicator(allianceId: $allianceId, indicatorId: $indicatorId) {\n      id\n      code\n      name\n      definition\n      ...IndicatorValueRules\n      direction\n      frequency\n      rbaKind\n      collectionMethod\n      fromParticipation\n      baselineValue\n      baselinePeriod\n      status\n      version\n      goals {\n        id\n        title\n      }\n      dimensions {\n        id\n        name\n      }\n      targets {\n        ...IndicatorTargetFields\n      }\n    }\n  }\n": types.IndicatorDetailDocument,
    "\n  query IndicatorList($allianceId: ID!, $filter: IndicatorFilter, $page: PageInput!) {\n    indicators(allianceId: $allianceId, filter: $filter, page: $page) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        unit\n        direction\n        aggregation\n        frequency\n        decimals\n        baselineValue\n        status\n        version\n        goals {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.IndicatorListDocument,
    "\n  query ParticipationValues($allianceId: ID!, $indicatorId: ID!) {\n    participationIndicatorValues(allianceId: $allianceId, indicatorId: $indicatorId) {\n      values {\n        period\n        districtId\n        districtName\n        value\n        suppressed\n      }\n    }\n  }\n": types.ParticipationValuesDocument,
    "\n  query ReportingCompleteness($allianceId: ID!, $reportingPeriodId: ID!) {\n    reportingCompleteness(allianceId: $allianceId, reportingPeriodId: $reportingPeriodId) {\n      reportingPeriod {\n        id\n        periodKey\n        frequency\n        state\n        dueOn\n      }\n      expected\n      submitted\n      approved\n      missing\n      rows {\n        indicatorId\n        indicatorName\n        membershipId\n        organisationName\n        status\n      }\n    }\n  }\n": types.ReportingCompletenessDocument,
    "\n  query ReportingPeriodList($allianceId: ID!, $page: PageInput!) {\n    reportingPeriods(allianceId: $allianceId, page: $page) {\n      totalCount\n      nodes {\n        ...ReportingPeriodFields\n        closedAt\n        counts {\n          expected\n          approved\n        }\n      }\n    }\n  }\n": types.ReportingPeriodListDocument,
    "\n  mutation OpenReportingPeriod($input: OpenReportingPeriodInput!) {\n    openReportingPeriod(input: $input) {\n      id\n      periodKey\n      state\n      version\n    }\n  }\n": types.OpenReportingPeriodDocument,
    "\n  mutation CloseReportingPeriod($input: CloseReportingPeriodInput!) {\n    closeReportingPeriod(input: $input) {\n      id\n      state\n      version\n    }\n  }\n": types.CloseReportingPeriodDocument,
    "\n  mutation CreateIndicator($input: CreateIndicatorInput!) {\n    createIndicator(input: $input) {\n      id\n      version\n    }\n  }\n": types.CreateIndicatorDocument,
    "\n  mutation UpdateIndicator($input: UpdateIndicatorInput!) {\n    updateIndicator(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateIndicatorDocument,
    "\n  mutation SetIndicatorDimensions($input: SetIndicatorDimensionsInput!) {\n    setIndicatorDimensions(input: $input) {\n      id\n      version\n    }\n  }\n": types.SetIndicatorDimensionsDocument,
    "\n  mutation SetIndicatorGoals($input: SetIndicatorGoalsInput!) {\n    setIndicatorGoals(input: $input) {\n      id\n      version\n    }\n  }\n": types.SetIndicatorGoalsDocument,
    "\n  mutation SetTarget($input: SetTargetInput!) {\n    setTarget(input: $input) {\n      ...IndicatorTargetFields\n    }\n  }\n": types.SetTargetDocument,
    "\n  mutation DeleteTarget($input: DeleteTargetInput!) {\n    deleteTarget(input: $input)\n  }\n": types.DeleteTargetDocument,
    "\n  query MemberResources($allianceId: ID!) {\n    memberResources(allianceId: $allianceId) {\n      id\n      membershipId\n      organisation {\n        id\n        name\n      }\n      direction\n      category\n      field\n      districtId\n      districtName\n      targetGroup\n      note\n      version\n      editable\n    }\n  }\n": types.MemberResourcesDocument,
    "\n  query MatchingVocabulary($allianceId: ID!) {\n    matchingVocabulary(allianceId: $allianceId) {\n      districts {\n        id\n        name\n      }\n      targetGroups\n      fields\n    }\n  }\n": types.MatchingVocabularyDocument,
    "\n  query MatchSuggestions($allianceId: ID!, $membershipId: ID, $search: PartnerSearchInput) {\n    matchSuggestions(allianceId: $allianceId, membershipId: $membershipId, search: $search) {\n      membershipId\n      needCount\n      suggestions {\n        kind\n        membershipId\n        offerId\n        name\n        providerName\n        score\n        contactRequested\n        reasons {\n          kind\n          category\n          field\n          districtName\n          targetGroup\n        }\n      }\n    }\n  }\n": types.MatchSuggestionsDocument,
    "\n  mutation AddMemberResource($input: AddMemberResourceInput!) {\n    addMemberResource(input: $input) {\n      id\n    }\n  }\n": types.AddMemberResourceDocument,
    "\n  mutation UpdateMemberResource($input: UpdateMemberResourceInput!) {\n    updateMemberResource(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateMemberResourceDocument,
    "\n  mutation RemoveMemberResource($allianceId: ID!, $resourceId: ID!, $version: Int!) {\n    removeMemberResource(allianceId: $allianceId, resourceId: $resourceId, version: $version)\n  }\n": types.RemoveMemberResourceDocument,
    "\n  mutation RequestContact($input: RequestContactInput!) {\n    requestContact(input: $input) {\n      id\n      logEntryId\n    }\n  }\n": types.RequestContactDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      allianceId\n      membership {\n        id\n        role\n        state\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      id\n      role\n      state\n      version\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      allianceName\n      invitedByOrganisation\n      organisationName\n      role\n      emailHint\n      forOrganisationAdmins\n      expiresAt\n      state\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  query Members($allianceId: ID!) {\n    members(allianceId: $allianceId) {\n      id\n      role\n      state\n      version\n      joinedAt\n      leftAt\n      seatCount\n      organisation {\n        id\n        name\n        kind\n        city\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  query PendingInvitations($allianceId: ID!) {\n    pendingInvitations(allianceId: $allianceId) {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.PendingInvitationsDocument,
    "\n  mutation InviteOrganisation($input: InviteOrganisationInput!) {\n    inviteOrganisation(input: $input) {\n      token\n      acceptPath\n      mailedTo\n      invitation {\n        id\n        email\n        role\n        createdAt\n        expiresAt\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.InviteOrganisationDocument,
    "\n  mutation LeaveAlliance($input: LeaveAllianceInput!) {\n    leaveAlliance(input: $input) {\n      id\n      state\n    }\n  }\n": types.LeaveAllianceDocument,
    "\n  query MemberPeople($allianceId: ID!) {\n    memberPeople(allianceId: $allianceId) {\n      membershipId\n      userId\n      name\n      isAdmin\n    }\n  }\n": types.MemberPeopleDocument,
    "\n  query MyOrganisations {\n    myOrganisations {\n      id\n      name\n      city\n      findable\n      canAdminister\n    }\n  }\n": types.MyOrganisationsDocument,
    "\n  mutation SetOrganisationFindable($input: SetOrganisationFindableInput!) {\n    setOrganisationFindable(input: $input) {\n      id\n      findable\n    }\n  }\n": types.SetOrganisationFindableDocument,
    "\n  query OrganisationInvitations {\n    organisationInvitations {\n      id\n      allianceId\n      allianceName\n      invitedByOrganisation\n      organisationId\n      organisationName\n      role\n      expiresAt\n    }\n  }\n": types.OrganisationInvitationsDocument,
    "\n  mutation AcceptOrganisationInvitation($input: AcceptOrganisationInvitationInput!) {\n    acceptOrganisationInvitation(input: $input) {\n      allianceId\n    }\n  }\n": types.AcceptOrganisationInvitationDocument,
    "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input)\n  }\n": types.RevokeInvitationDocument,
    "\n  query OrganisationSearch($allianceId: ID!, $query: String!, $first: Int) {\n    organisationSearch(allianceId: $allianceId, query: $query, first: $first) {\n      id\n      name\n      city\n      membershipState\n    }\n  }\n": types.OrganisationSearchDocument,
    "\n  fragment NetworkFields on Network {\n    asOf\n    density\n    componentCount\n    statedDyads\n    reciprocity\n    quarters\n    nodes {\n      id\n      role\n      organisation {\n        id\n        name\n        kind\n        city\n      }\n      degree\n      betweenness\n      closeness\n      component\n      broker\n      isolated\n    }\n    ties {\n      a\n      b\n      weight\n      kinds\n      sources {\n        source\n        weight\n        since\n      }\n    }\n  }\n": types.NetworkFieldsFragmentDoc,
    "\n  query Network($allianceId: ID!, $filter: NetworkFilterInput) {\n    network(allianceId: $allianceId, filter: $filter) {\n      ...NetworkFields\n    }\n  }\n": types.NetworkDocument,
    "\n  query Relationships($allianceId: ID!) {\n    relationships(allianceId: $allianceId) {\n      id\n      fromMembershipId\n      toMembershipId\n      from {\n        id\n        name\n      }\n      to {\n        id\n        name\n      }\n      kind\n      directed\n      strength\n      since\n      until\n      note\n      version\n    }\n  }\n": types.RelationshipsDocument,
    "\n  mutation StateRelationship($input: StateRelationshipInput!) {\n    stateRelationship(input: $input) {\n      id\n    }\n  }\n": types.StateRelationshipDocument,
    "\n  mutation RemoveRelationship($allianceId: ID!, $relationshipId: ID!, $version: Int!) {\n    removeRelationship(allianceId: $allianceId, relationshipId: $relationshipId, version: $version)\n  }\n": types.RemoveRelationshipDocument,
    "\n  query NetworkPath($allianceId: ID!, $from: ID!, $to: ID!, $filter: NetworkFilterInput) {\n    networkPath(allianceId: $allianceId, fromMembershipId: $from, toMembershipId: $to, filter: $filter) {\n      distance\n      path {\n        id\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.NetworkPathDocument,
    "\n  fragment SurveyRoundFields on SurveyRound {\n    id\n    title\n    opensOn\n    closesOn\n    state\n    closedAt\n    version\n    respondentCount\n    submittedCount\n    responseRate\n    myResponseState\n  }\n": types.SurveyRoundFieldsFragmentDoc,
    "\n  query SurveyRounds($allianceId: ID!) {\n    surveyRounds(allianceId: $allianceId) {\n      ...SurveyRoundFields\n    }\n  }\n": types.SurveyRoundsDocument,
    "\n  query SurveyRound($allianceId: ID!, $roundId: ID!) {\n    surveyRound(allianceId: $allianceId, roundId: $roundId) {\n      round {\n        ...SurveyRoundFields\n      }\n      respondents {\n        id\n        state\n        submittedAt\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SurveyRoundDocument,
    "\n  query MySurveyResponse($allianceId: ID!, $roundId: ID!) {\n    mySurveyResponse(allianceId: $allianceId, roundId: $roundId) {\n      state\n      version\n      others {\n        id\n        organisation {\n          id\n          name\n        }\n      }\n      answers {\n        toMembershipId\n        kind\n        frequency\n        trust\n        value\n      }\n    }\n  }\n": types.MySurveyResponseDocument,
    "\n  query SurveyRoundNetwork($allianceId: ID!, $roundId: ID!, $filter: SurveyRoundNetworkFilterInput) {\n    surveyRoundNetwork(allianceId: $allianceId, roundId: $roundId, filter: $filter) {\n      meanTrust\n      meanValue\n      mutualDyads\n      answers {\n        fromMembershipId\n        toMembershipId\n        kind\n        frequency\n        trust\n        value\n      }\n      network {\n        ...NetworkFields\n      }\n    }\n  }\n": types.SurveyRoundNetworkDocument,
    "\n  query SurveyComparison($allianceId: ID!, $before: ID!, $after: ID!) {\n    compareSurveyRounds(allianceId: $allianceId, beforeRoundId: $before, afterRoundId: $after) {\n      newTies\n      lostTies\n      keptTies\n      densityChange\n      meanTrustChange\n      meanValueChange\n      reciprocityChange\n      before {\n        density\n        ties\n        meanTrust\n        meanValue\n        reciprocity\n        round {\n          id\n          title\n        }\n      }\n      after {\n        density\n        ties\n        meanTrust\n        meanValue\n        reciprocity\n        round {\n          id\n          title\n        }\n      }\n      pairs {\n        change\n        trustBefore\n        trustAfter\n        valueBefore\n        valueAfter\n        a {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n        b {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.SurveyComparisonDocument,
    "\n  mutation OpenSurveyRound($input: OpenSurveyRoundInput!) {\n    openSurveyRound(input: $input) {\n      id\n    }\n  }\n": types.OpenSurveyRoundDocument,
    "\n  mutation CloseSurveyRound($input: CloseSurveyRoundInput!) {\n    closeSurveyRound(input: $input) {\n      id\n      state\n    }\n  }\n": types.CloseSurveyRoundDocument,
    "\n  mutation SaveSurveyResponse($input: SaveSurveyResponseInput!) {\n    saveSurveyResponse(input: $input) {\n      state\n      version\n    }\n  }\n": types.SaveSurveyResponseDocument,
    "\n  query MyNotifications {\n    myNotifications(first: 30) {\n      id\n      allianceId\n      allianceName\n      kind\n      params\n      link\n      read\n      createdAt\n    }\n    unreadNotificationCount\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  mutation Unsubscribe($input: UnsubscribeInput!) {\n    unsubscribe(input: $input) {\n      kind\n    }\n  }\n": types.UnsubscribeDocument,
    "\n  mutation CreateAllianceForBackbone($input: CreateAllianceForBackboneInput!) {\n    createAllianceForBackbone(input: $input) {\n      allianceId\n      allianceName\n      organisationName\n      mailedTo\n      acceptPath\n    }\n  }\n": types.CreateAllianceForBackboneDocument,
    "\n  query JoinableAlliances($query: String!) {\n    joinableAlliances(query: $query) {\n      id\n      name\n      backboneName\n      city\n    }\n  }\n": types.JoinableAlliancesDocument,
    "\n  query JoinLinkPreview($token: String!) {\n    joinLinkPreview(token: $token) {\n      id\n      name\n      backboneName\n      city\n    }\n  }\n": types.JoinLinkPreviewDocument,
    "\n  query MyJoinRequests {\n    myJoinRequests {\n      id\n      allianceId\n      allianceName\n      state\n      role\n      declineReason\n      createdAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.MyJoinRequestsDocument,
    "\n  mutation RequestToJoin($input: RequestToJoinInput!) {\n    requestToJoin(input: $input) {\n      id\n      allianceName\n      state\n    }\n  }\n": types.RequestToJoinDocument,
    "\n  query JoinRequests($allianceId: ID!) {\n    joinRequests(allianceId: $allianceId) {\n      id\n      message\n      requestedByName\n      viaLink\n      version\n      createdAt\n      organisation {\n        id\n        name\n        kind\n        city\n      }\n    }\n  }\n": types.JoinRequestsDocument,
    "\n  mutation AcceptJoinRequest($input: AcceptJoinRequestInput!) {\n    acceptJoinRequest(input: $input) {\n      id\n      state\n      role\n    }\n  }\n": types.AcceptJoinRequestDocument,
    "\n  mutation DeclineJoinRequest($input: DeclineJoinRequestInput!) {\n    declineJoinRequest(input: $input) {\n      id\n      state\n    }\n  }\n": types.DeclineJoinRequestDocument,
    "\n  query JoinSettings($allianceId: ID!) {\n    joinSettings(allianceId: $allianceId) {\n      joinRequestsOpen\n      joinLinkPath\n    }\n  }\n": types.JoinSettingsDocument,
    "\n  mutation SetJoinRequestsOpen($input: SetJoinRequestsOpenInput!) {\n    setJoinRequestsOpen(input: $input) {\n      joinRequestsOpen\n      joinLinkPath\n    }\n  }\n": types.SetJoinRequestsOpenDocument,
    "\n  mutation RenewJoinLink($input: JoinLinkInput!) {\n    renewJoinLink(input: $input) {\n      joinRequestsOpen\n      joinLinkPath\n    }\n  }\n": types.RenewJoinLinkDocument,
    "\n  mutation RevokeJoinLink($input: JoinLinkInput!) {\n    revokeJoinLink(input: $input) {\n      joinRequestsOpen\n      joinLinkPath\n    }\n  }\n": types.RevokeJoinLinkDocument,
    "\n  query PlatformOrganisations($query: String!) {\n    platformOrganisations(query: $query) {\n      id\n      name\n      kind\n      city\n    }\n  }\n": types.PlatformOrganisationsDocument,
    "\n  query PlatformSettings {\n    platformSettings {\n      registrationOpen\n      updatedAt\n    }\n  }\n": types.PlatformSettingsDocument,
    "\n  mutation SetRegistrationOpen($input: SetRegistrationOpenInput!) {\n    setRegistrationOpen(input: $input) {\n      registrationOpen\n      updatedAt\n    }\n  }\n": types.SetRegistrationOpenDocument,
    "\n  mutation RegisterOrganisation($input: RegisterOrganisationInput!) {\n    registerOrganisation(input: $input)\n  }\n": types.RegisterOrganisationDocument,
    "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input)\n  }\n": types.VerifyEmailDocument,
    "\n  fragment ParticipationItemFields on ParticipationItem {\n    id\n    kind\n    offerId\n    offerTitle\n    category\n    targetGroup\n    districtName\n    address\n    lat\n    lng\n    text\n    rating\n    authorLabel\n    moderation\n    moderationReason\n    status\n    statusReason\n    publicAnswer\n    answeredByName\n    answeredAt\n    changedText\n    forwardedMembershipId\n    forwardedOrganisationName\n    forwardNote\n    forwardedAt\n    supportCount\n    abuseReports\n    hasEmail\n    hasPhoto\n    version\n    createdAt\n  }\n": types.ParticipationItemFieldsFragmentDoc,
    "\n  query ParticipationQueue($allianceId: ID!, $status: ModerationStatus!) {\n    participationQueue(allianceId: $allianceId, status: $status) {\n      ...ParticipationItemFields\n    }\n  }\n": types.ParticipationQueueDocument,
    "\n  query ParticipationPhoto($allianceId: ID!, $itemId: ID!) {\n    participationItem(allianceId: $allianceId, itemId: $itemId) {\n      id\n      photoDataUrl\n    }\n  }\n": types.ParticipationPhotoDocument,
    "\n  query ForwardedReports($allianceId: ID!) {\n    forwardedReports(allianceId: $allianceId) {\n      ...ParticipationItemFields\n    }\n  }\n": types.ForwardedReportsDocument,
    "\n  query OfferFeedback($allianceId: ID!) {\n    offerFeedback(allianceId: $allianceId) {\n      ...ParticipationItemFields\n    }\n  }\n": types.OfferFeedbackDocument,
    "\n  query ParticipationRights($allianceId: ID!) {\n    participationRights(allianceId: $allianceId) {\n      moderator\n      forwardedReports\n      answersFeedback\n    }\n  }\n": types.ParticipationRightsDocument,
    "\n  query ParticipationMembers($allianceId: ID!) {\n    members(allianceId: $allianceId) {\n      ...MemberOptionFields\n    }\n  }\n": types.ParticipationMembersDocument,
    "\n  mutation ModerateParticipation($input: ModerateParticipationInput!) {\n    moderateParticipation(input: $input) {\n      ...ParticipationItemFields\n    }\n  }\n": types.ModerateParticipationDocument,
    "\n  mutation MergeReports($input: MergeReportsInput!) {\n    mergeReports(input: $input) {\n      ...ParticipationItemFields\n    }\n  }\n": types.MergeReportsDocument,
    "\n  mutation ForwardReport($input: ForwardReportInput!) {\n    forwardReport(input: $input) {\n      ...ParticipationItemFields\n    }\n  }\n": types.ForwardReportDocument,
    "\n  mutation ResolveReport($input: ResolveReportInput!) {\n    resolveReport(input: $input) {\n      ...ParticipationItemFields\n    }\n  }\n": types.ResolveReportDocument,
    "\n  mutation AnswerFeedback($input: AnswerFeedbackInput!) {\n    answerFeedback(input: $input) {\n      ...ParticipationItemFields\n    }\n  }\n": types.AnswerFeedbackDocument,
    "\n  mutation MarkFeedbackChanged($input: MarkFeedbackChangedInput!) {\n    markFeedbackChanged(input: $input) {\n      ...ParticipationItemFields\n    }\n  }\n": types.MarkFeedbackChangedDocument,
    "\n  query DeadLetters {\n    mailDeadLetters {\n      id\n      kind\n      toAddress\n      subject\n      attempts\n      lastError\n      createdAt\n      deadAt\n    }\n  }\n": types.DeadLettersDocument,
    "\n  mutation RequeueDeadLetter($input: RequeueDeadLetterInput!) {\n    requeueDeadLetter(input: $input)\n  }\n": types.RequeueDeadLetterDocument,
    "\n  mutation RegisterPortalProvider($input: RegisterPortalProviderInput!) {\n    registerPortalProvider(input: $input)\n  }\n": types.RegisterPortalProviderDocument,
    "\n  fragment PortalOfferFields on PortalOffer {\n    id\n    status\n    providerName\n    version\n    publishedAt\n    confirmedAt\n    freshness\n    districtName\n    content {\n      title\n      summary\n      description\n      categories\n      targetGroups\n      ageMin\n      ageMax\n      districtId\n      street\n      postalCode\n      city\n      scheduleKind\n      scheduleNote\n      isFree\n      costNote\n      stepFree\n      signLanguage\n      easyLanguage\n      languages\n      registrationRequired\n      contactName\n      contactEmail\n      contactPhone\n      imageIds\n    }\n    openRevision {\n      id\n      state\n      version\n      returnReason\n      content {\n        title\n      }\n    }\n  }\n": types.PortalOfferFieldsFragmentDoc,
    "\n  query MyPortalOffers($allianceId: ID!) {\n    portalSettings(allianceId: $allianceId) {\n      name\n      enabled\n    }\n    myPortalOffers(allianceId: $allianceId) {\n      ...PortalOfferFields\n    }\n    portalDistricts(allianceId: $allianceId) {\n      id\n      name\n    }\n  }\n": types.MyPortalOffersDocument,
    "\n  mutation CreatePortalOffer($input: CreatePortalOfferInput!) {\n    createPortalOffer(input: $input) {\n      ...PortalOfferFields\n    }\n  }\n": types.CreatePortalOfferDocument,
    "\n  mutation UpdatePortalOffer($input: UpdatePortalOfferInput!) {\n    updatePortalOffer(input: $input) {\n      ...PortalOfferFields\n    }\n  }\n": types.UpdatePortalOfferDocument,
    "\n  mutation ConfirmPortalOffer($allianceId: ID!, $offerId: ID!, $version: Int!) {\n    confirmPortalOffer(allianceId: $allianceId, offerId: $offerId, version: $version) {\n      id\n      confirmedAt\n      version\n    }\n  }\n": types.ConfirmPortalOfferDocument,
    "\n  mutation UploadPortalImage($input: UploadPortalImageInput!) {\n    uploadPortalImage(input: $input) {\n      id\n      width\n      height\n    }\n  }\n": types.UploadPortalImageDocument,
    "\n  query PortalPlanning($allianceId: ID!) {\n    portalPlanning(allianceId: $allianceId) {\n      targetGroups\n      medianOffers\n      districts {\n        id\n        name\n        population\n        offers\n        perThousand\n      }\n      cells {\n        districtId\n        targetGroup\n        offers\n        perThousand\n        activities\n      }\n    }\n    portalDistricts(allianceId: $allianceId, withShapes: true) {\n      id\n      name\n      geojson\n    }\n  }\n": types.PortalPlanningDocument,
    "\n  query PortalFreshness($allianceId: ID!, $fromDay: String!, $toDay: String!) {\n    portalFreshness(allianceId: $allianceId, fromDay: $fromDay, toDay: $toDay) {\n      kind\n      id\n      title\n      count\n      owner\n      dueOn\n      state\n    }\n  }\n": types.PortalFreshnessDocument,
    "\n  query PortalReviewQueue($allianceId: ID!) {\n    portalReviewQueue(allianceId: $allianceId) {\n      id\n      offerId\n      version\n      providerName\n      submittedAt\n      submittedByName\n      baseContent {\n        title\n      }\n      content {\n        title\n      }\n      changes {\n        field\n        before\n        after\n      }\n    }\n    portalDistricts(allianceId: $allianceId) {\n      id\n      name\n    }\n  }\n": types.PortalReviewQueueDocument,
    "\n  mutation ApprovePortalOfferRevision($input: DecideOfferRevisionInput!) {\n    approvePortalOfferRevision(input: $input) {\n      id\n      status\n    }\n  }\n": types.ApprovePortalOfferRevisionDocument,
    "\n  mutation ReturnPortalOfferRevision($input: DecideOfferRevisionInput!) {\n    returnPortalOfferRevision(input: $input) {\n      id\n      status\n    }\n  }\n": types.ReturnPortalOfferRevisionDocument,
    "\n  query PortalRights($allianceId: ID!) {\n    portalRights(allianceId: $allianceId) {\n      editor\n      manager\n    }\n  }\n": types.PortalRightsDocument,
    "\n  query PortalSettingsPage($allianceId: ID!) {\n    portalSettings(allianceId: $allianceId) {\n      enabled\n      name\n      intro\n      primaryColor\n      accentColor\n      providerSignupOpen\n      reminderMonths\n      flagMonths\n      hideMonths\n      version\n      slug\n      mapStyleUrl\n      tileUrl\n      logoDataUrl\n    }\n    portalPlanning(allianceId: $allianceId) {\n      districts {\n        id\n        name\n        population\n      }\n    }\n  }\n": types.PortalSettingsPageDocument,
    "\n  mutation UpdatePortalSettings($input: UpdatePortalSettingsInput!) {\n    updatePortalSettings(input: $input) {\n      version\n    }\n  }\n": types.UpdatePortalSettingsDocument,
    "\n  mutation SetPortalLogo($input: SetPortalLogoInput!) {\n    setPortalLogo(input: $input) {\n      logoDataUrl\n    }\n  }\n": types.SetPortalLogoDocument,
    "\n  mutation SetDistrictPopulation($allianceId: ID!, $districtId: ID!, $population: Int) {\n    setDistrictPopulation(allianceId: $allianceId, districtId: $districtId, population: $population)\n  }\n": types.SetDistrictPopulationDocument,
    "\n  fragment ReportingMeasurementFields on Measurement {\n    id\n    indicatorId\n    indicatorName\n    membershipId\n    reportingPeriodId\n    periodKey\n    status\n    value\n    numerator\n    denominator\n    note\n    rejectionReason\n    submittedAt\n    submittedByName\n    reviewedAt\n    reviewedByName\n    updatedAt\n    version\n    organisation {\n      id\n      name\n    }\n    parts {\n      categoryId\n      categoryName\n      dimensionId\n      dimensionName\n      value\n    }\n    overlaps {\n      id\n      otherMembershipId\n      otherOrganisationName\n      amount\n      note\n    }\n  }\n": types.ReportingMeasurementFieldsFragmentDoc,
    "\n  fragment ReportingMeasurementWarning on MeasurementWarning {\n    code\n    field\n    previousPeriodKey\n    previousValue\n    value\n    change\n  }\n": types.ReportingMeasurementWarningFragmentDoc,
    "\n  query ReportingIndicators($allianceId: ID!) {\n    indicators(allianceId: $allianceId, filter: { status: ACTIVE }, page: { first: 100 }) {\n      nodes {\n        id\n        code\n        name\n        ...IndicatorValueRules\n        frequency\n        dimensions {\n          id\n          name\n          categories {\n            id\n            name\n            position\n          }\n        }\n      }\n    }\n  }\n": types.ReportingIndicatorsDocument,
    "\n  query ReportingMeasurements($allianceId: ID!, $filter: MeasurementFilter!, $first: Int!) {\n    measurements(allianceId: $allianceId, filter: $filter, page: { first: $first }) {\n      totalCount\n      nodes {\n        ...ReportingMeasurementFields\n      }\n    }\n  }\n": types.ReportingMeasurementsDocument,
    "\n  query ReportingOpenPeriods($allianceId: ID!) {\n    reportingPeriods(allianceId: $allianceId, state: OPEN, page: { first: 100 }) {\n      nodes {\n        ...ReportingPeriodFields\n      }\n    }\n  }\n": types.ReportingOpenPeriodsDocument,
    "\n  query ReportingOverlapMembers($allianceId: ID!) {\n    members(allianceId: $allianceId) {\n      ...MemberOptionFields\n    }\n  }\n": types.ReportingOverlapMembersDocument,
    "\n  query ReviewQueue($allianceId: ID!) {\n    reviewQueue(allianceId: $allianceId, page: { first: 100 }) {\n      totalCount\n      nodes {\n        ...ReportingMeasurementFields\n        previous {\n          periodKey\n          value\n          numerator\n          denominator\n          status\n        }\n        warnings {\n          ...ReportingMeasurementWarning\n        }\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  mutation DeclareOverlap($input: DeclareOverlapInput!) {\n    declareOverlap(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n": types.DeclareOverlapDocument,
    "\n  mutation RemoveOverlap($input: RemoveOverlapInput!) {\n    removeOverlap(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n": types.RemoveOverlapDocument,
    "\n  mutation ApproveMeasurement($input: ApproveMeasurementInput!) {\n    approveMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n": types.ApproveMeasurementDocument,
    "\n  mutation RejectMeasurement($input: RejectMeasurementInput!) {\n    rejectMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n": types.RejectMeasurementDocument,
    "\n  mutation ReopenMeasurement($input: ReopenMeasurementInput!) {\n    reopenMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n": types.ReopenMeasurementDocument,
    "\n  mutation ApproveMeasurements($input: ApproveMeasurementsInput!) {\n    approveMeasurements(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n": types.ApproveMeasurementsDocument,
    "\n  mutation SaveMeasurement($input: SaveMeasurementInput!) {\n    saveMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n      warnings {\n        ...ReportingMeasurementWarning\n      }\n    }\n  }\n": types.SaveMeasurementDocument,
    "\n  mutation SubmitMeasurement($input: SubmitMeasurementInput!) {\n    submitMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n      warnings {\n        ...ReportingMeasurementWarning\n      }\n    }\n  }\n": types.SubmitMeasurementDocument,
    "\n  mutation SubmitMeasurements($input: SubmitMeasurementsInput!) {\n    submitMeasurements(input: $input) {\n      ok\n      errors {\n        row\n        code\n        field\n        fieldCode\n        params\n        message\n      }\n      warnings {\n        row\n        code\n        field\n        previousPeriodKey\n        previousValue\n        value\n        change\n      }\n      saved {\n        ...ReportingMeasurementFields\n      }\n    }\n  }\n": types.SubmitMeasurementsDocument,
    "\n  mutation ChangeAllianceLifecycle($input: ChangeAllianceLifecycleInput!) {\n    changeAllianceLifecycle(input: $input) {\n      alliance {\n        id\n        lifecycle\n        version\n      }\n      warnings {\n        code\n        goalId\n        goalTitle\n      }\n    }\n  }\n": types.ChangeAllianceLifecycleDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        id\n        name\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation CreateDistrict($input: CreateDistrictInput!) {\n    createDistrict(input: $input) {\n      ...DistrictFields\n    }\n  }\n": types.CreateDistrictDocument,
    "\n  mutation UpdateDistrict($input: UpdateDistrictInput!) {\n    updateDistrict(input: $input) {\n      ...DistrictFields\n    }\n  }\n": types.UpdateDistrictDocument,
    "\n  mutation DeleteDistrict($input: DeleteDistrictInput!) {\n    deleteDistrict(input: $input) {\n      id\n      movedActivities\n    }\n  }\n": types.DeleteDistrictDocument,
    "\n  query AllianceLifecycle($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      lifecycle\n      version\n    }\n  }\n": types.AllianceLifecycleDocument,
    "\n  query ApiTokens($allianceId: ID!, $page: PageInput) {\n    apiTokens(allianceId: $allianceId, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        role\n        membershipId\n        memberName\n        tokenPrefix\n        createdByName\n        createdAt\n        expiresAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n": types.ApiTokensDocument,
    "\n  query TokenMembers($allianceId: ID!) {\n    members(allianceId: $allianceId) {\n      id\n      role\n      state\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.TokenMembersDocument,
    "\n  query PublicProgressSettings($allianceId: ID!) {\n    publicProgressSettings(allianceId: $allianceId) {\n      allianceId\n      published\n      slug\n      goalIds\n      indicatorIds\n      version\n    }\n    goals(allianceId: $allianceId) {\n      id\n      title\n      depth\n    }\n    indicators(allianceId: $allianceId, page: { first: 100 }) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.PublicProgressSettingsDocument,
    "\n  mutation UpdatePublicProgress($input: UpdatePublicProgressInput!) {\n    updatePublicProgress(input: $input) {\n      allianceId\n      published\n      slug\n      goalIds\n      indicatorIds\n      version\n    }\n  }\n": types.UpdatePublicProgressDocument,
    "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  mutation UpdateAllianceProfile($input: UpdateAllianceProfileInput!) {\n    updateAllianceProfile(input: $input) {\n      ...AllianceProfileFields\n    }\n  }\n": types.UpdateAllianceProfileDocument,
    "\n  mutation UpdateSmallNumberThreshold($input: UpdateSmallNumberThresholdInput!) {\n    updateSmallNumberThreshold(input: $input) {\n      allianceId\n      smallNumberThreshold\n      appliesToMe\n      version\n    }\n  }\n": types.UpdateSmallNumberThresholdDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      locale\n      isPlatformAdmin\n      organisations {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      twoFactorChallenge\n      user {\n        id\n        email\n        name\n        locale\n        isPlatformAdmin\n        organisations {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation LoginWithTwoFactor($input: LoginWithTwoFactorInput!) {\n    loginWithTwoFactor(input: $input) {\n      expiresAt\n      user {\n        id\n        email\n        name\n        locale\n        isPlatformAdmin\n        organisations {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.LoginWithTwoFactorDocument,
    "\n  mutation UpdateMyLocale($input: UpdateMyLocaleInput!) {\n    updateMyLocale(input: $input) {\n      id\n      locale\n    }\n  }\n": types.UpdateMyLocaleDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query DisclosureSettings($allianceId: ID!) {\n    disclosureSettings(allianceId: $allianceId) {\n      allianceId\n      smallNumberThreshold\n      appliesToMe\n      version\n    }\n  }\n": types.DisclosureSettingsDocument,
    "\n  fragment DistrictFields on District {\n    id\n    name\n    version\n    hasShape\n    activityCount\n  }\n": types.DistrictFieldsFragmentDoc,
    "\n  query AllianceDistricts($allianceId: ID!) {\n    districts(allianceId: $allianceId) {\n      ...DistrictFields\n    }\n  }\n": types.AllianceDistrictsDocument,
    "\n  fragment AllianceProfileFields on Alliance {\n    id\n    name\n    kind\n    problemStatement\n    vision\n    periodStart\n    periodEnd\n    guestComments\n    requireTwoFactorForAdmins\n    logoDataUrl\n    primaryColor\n    version\n  }\n": types.AllianceProfileFieldsFragmentDoc,
    "\n  fragment MemberOptionFields on Membership {\n    id\n    role\n    state\n    organisation {\n      id\n      name\n    }\n  }\n": types.MemberOptionFieldsFragmentDoc,
    "\n  fragment IndicatorValueRules on Indicator {\n    unit\n    decimals\n    aggregation\n    numeratorLabel\n    denominatorLabel\n    allowNegative\n    integerOnly\n    minValue\n    maxValue\n    allowRatioAboveOne\n    jumpWarningShare\n  }\n": types.IndicatorValueRulesFragmentDoc,
    "\n  fragment ReportingPeriodFields on ReportingPeriod {\n    id\n    periodKey\n    frequency\n    state\n    dueOn\n    startsOn\n    endsOn\n    version\n  }\n": types.ReportingPeriodFieldsFragmentDoc,
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
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      userAgent\n      ip\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      userAgent\n      ip\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeMySession($input: RevokeMySessionInput!) {\n    revokeMySession(input: $input)\n  }\n"): (typeof documents)["\n  mutation RevokeMySession($input: RevokeMySessionInput!) {\n    revokeMySession(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeMyOtherSessions {\n    revokeMyOtherSessions\n  }\n"): (typeof documents)["\n  mutation RevokeMyOtherSessions {\n    revokeMyOtherSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPersonalData {\n    myPersonalData\n  }\n"): (typeof documents)["\n  query MyPersonalData {\n    myPersonalData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EraseMyAccount($input: EraseMyAccountInput!) {\n    eraseMyAccount(input: $input)\n  }\n"): (typeof documents)["\n  mutation EraseMyAccount($input: EraseMyAccountInput!) {\n    eraseMyAccount(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotificationSettings {\n    myNotificationSettings {\n      reportDueDays\n      preferences {\n        kind\n        email\n        emailByDefault\n      }\n    }\n    myCalendarFeed {\n      url\n    }\n  }\n"): (typeof documents)["\n  query MyNotificationSettings {\n    myNotificationSettings {\n      reportDueDays\n      preferences {\n        kind\n        email\n        emailByDefault\n      }\n    }\n    myCalendarFeed {\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationEmail($input: SetNotificationEmailInput!) {\n    setNotificationEmail(input: $input) {\n      reportDueDays\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationEmail($input: SetNotificationEmailInput!) {\n    setNotificationEmail(input: $input) {\n      reportDueDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetReportDueDays($input: SetReportDueDaysInput!) {\n    setReportDueDays(input: $input) {\n      reportDueDays\n    }\n  }\n"): (typeof documents)["\n  mutation SetReportDueDays($input: SetReportDueDaysInput!) {\n    setReportDueDays(input: $input) {\n      reportDueDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewCalendarFeed {\n    renewCalendarFeed {\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation RenewCalendarFeed {\n    renewCalendarFeed {\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTwoFactor {\n    myTwoFactor {\n      enabled\n      recoveryCodesLeft\n    }\n  }\n"): (typeof documents)["\n  query MyTwoFactor {\n    myTwoFactor {\n      enabled\n      recoveryCodesLeft\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTwoFactor($input: StartTwoFactorInput!) {\n    startTwoFactor(input: $input) {\n      secret\n      otpauthUri\n      qrSvg\n    }\n  }\n"): (typeof documents)["\n  mutation StartTwoFactor($input: StartTwoFactorInput!) {\n    startTwoFactor(input: $input) {\n      secret\n      otpauthUri\n      qrSvg\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTwoFactor($input: TwoFactorCodeInput!) {\n    confirmTwoFactor(input: $input) {\n      recoveryCodes\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmTwoFactor($input: TwoFactorCodeInput!) {\n    confirmTwoFactor(input: $input) {\n      recoveryCodes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableTwoFactor($input: TwoFactorCodeInput!) {\n    disableTwoFactor(input: $input)\n  }\n"): (typeof documents)["\n  mutation DisableTwoFactor($input: TwoFactorCodeInput!) {\n    disableTwoFactor(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeActivityStatus($input: ChangeActivityStatusInput!) {\n    changeActivityStatus(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeActivityStatus($input: ChangeActivityStatusInput!) {\n    changeActivityStatus(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      ...ActivitySavedFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      ...ActivitySavedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteActivity($input: DeleteActivityInput!) {\n    deleteActivity(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteActivity($input: DeleteActivityInput!) {\n    deleteActivity(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivitySavedFields on Activity {\n    id\n    title\n    status\n    version\n  }\n"): (typeof documents)["\n  fragment ActivitySavedFields on Activity {\n    id\n    title\n    status\n    version\n  }\n"];
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
export function graphql(source: "\n  query ActivityOptions($allianceId: ID!) {\n    goals(allianceId: $allianceId) {\n      id\n      parentId\n      depth\n      title\n      status\n    }\n    members(allianceId: $allianceId) {\n      ...MemberOptionFields\n    }\n    indicators(allianceId: $allianceId, filter: { status: ACTIVE }, page: { first: 100 }) {\n      nodes {\n        id\n        name\n      }\n    }\n    districts(allianceId: $allianceId) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ActivityOptions($allianceId: ID!) {\n    goals(allianceId: $allianceId) {\n      id\n      parentId\n      depth\n      title\n      status\n    }\n    members(allianceId: $allianceId) {\n      ...MemberOptionFields\n    }\n    indicators(allianceId: $allianceId, filter: { status: ACTIVE }, page: { first: 100 }) {\n      nodes {\n        id\n        name\n      }\n    }\n    districts(allianceId: $allianceId) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Activity($allianceId: ID!, $activityId: ID!) {\n    activity(allianceId: $allianceId, activityId: $activityId) {\n      id\n      title\n      description\n      status\n      version\n      districtId\n      district\n      place\n      periodStart\n      periodEnd\n      targetGroups\n      resources\n      budgetEur\n      staffHoursPerMonth\n      membershipId\n      organisation {\n        id\n        name\n      }\n      goals {\n        id\n        title\n      }\n      indicators {\n        id\n        name\n      }\n      createdAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query Activity($allianceId: ID!, $activityId: ID!) {\n    activity(allianceId: $allianceId, activityId: $activityId) {\n      id\n      title\n      description\n      status\n      version\n      districtId\n      district\n      place\n      periodStart\n      periodEnd\n      targetGroups\n      resources\n      budgetEur\n      staffHoursPerMonth\n      membershipId\n      organisation {\n        id\n        name\n      }\n      goals {\n        id\n        title\n      }\n      indicators {\n        id\n        name\n      }\n      createdAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      ...ActivitySavedFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      ...ActivitySavedFields\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment AgreementVersionFields on AgreementVersion {\n    id\n    number\n    title\n    body\n    conflictProcedure\n    publishedAt\n    publishedByName\n    signatureCount\n  }\n"): (typeof documents)["\n  fragment AgreementVersionFields on AgreementVersion {\n    id\n    number\n    title\n    body\n    conflictProcedure\n    publishedAt\n    publishedByName\n    signatureCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agreement($allianceId: ID!) {\n    agreement(allianceId: $allianceId) {\n      current {\n        ...AgreementVersionFields\n      }\n      mySignature {\n        id\n        signedAt\n        signedByName\n      }\n      signatures {\n        id\n        membershipId\n        signedAt\n        signedByName\n        organisation {\n          id\n          name\n        }\n      }\n      unsignedMembers {\n        id\n        role\n        organisation {\n          id\n          name\n        }\n      }\n      versions {\n        ...AgreementVersionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Agreement($allianceId: ID!) {\n    agreement(allianceId: $allianceId) {\n      current {\n        ...AgreementVersionFields\n      }\n      mySignature {\n        id\n        signedAt\n        signedByName\n      }\n      signatures {\n        id\n        membershipId\n        signedAt\n        signedByName\n        organisation {\n          id\n          name\n        }\n      }\n      unsignedMembers {\n        id\n        role\n        organisation {\n          id\n          name\n        }\n      }\n      versions {\n        ...AgreementVersionFields\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query Alliance($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      ...AllianceProfileFields\n      lifecycle\n      myRole\n      myIsAdmin\n      myMembershipId\n      myOrganisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query Alliance($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      ...AllianceProfileFields\n      lifecycle\n      myRole\n      myIsAdmin\n      myMembershipId\n      myOrganisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAlliances {\n    myAlliances {\n      id\n      name\n      kind\n      lifecycle\n      periodStart\n      periodEnd\n      myRole\n      myIsAdmin\n      myMembershipId\n      myOrganisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyAlliances {\n    myAlliances {\n      id\n      name\n      kind\n      lifecycle\n      periodStart\n      periodEnd\n      myRole\n      myIsAdmin\n      myMembershipId\n      myOrganisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($allianceId: ID!, $filter: AuditEventFilter, $page: PageInput) {\n    auditEvents(allianceId: $allianceId, filter: $filter, page: $page) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        actorUserId\n        actorName\n        action\n        entityType\n        entityId\n        before\n        after\n        occurredAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($allianceId: ID!, $filter: AuditEventFilter, $page: PageInput) {\n    auditEvents(allianceId: $allianceId, filter: $filter, page: $page) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        actorUserId\n        actorName\n        action\n        entityType\n        entityId\n        before\n        after\n        occurredAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditFacets($allianceId: ID!) {\n    auditFacets(allianceId: $allianceId) {\n      actors {\n        id\n        name\n      }\n      actions\n      entityTypes\n    }\n  }\n"): (typeof documents)["\n  query AuditFacets($allianceId: ID!) {\n    auditFacets(allianceId: $allianceId) {\n      actors {\n        id\n        name\n      }\n      actions\n      entityTypes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompletePlatformSetup($input: CompletePlatformSetupInput!) {\n    completePlatformSetup(input: $input) {\n      expiresAt\n      user {\n        id\n        email\n        name\n        locale\n        isPlatformAdmin\n        organisations {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompletePlatformSetup($input: CompletePlatformSetupInput!) {\n    completePlatformSetup(input: $input) {\n      expiresAt\n      user {\n        id\n        email\n        name\n        locale\n        isPlatformAdmin\n        organisations {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ColleagueInvitationPreview($token: String!) {\n    colleagueInvitationPreview(token: $token) {\n      organisationName\n      invitedByName\n      emailHint\n      accountExists\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query ColleagueInvitationPreview($token: String!) {\n    colleagueInvitationPreview(token: $token) {\n      organisationName\n      invitedByName\n      emailHint\n      accountExists\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptColleagueInvitation($input: AcceptColleagueInvitationInput!) {\n    acceptColleagueInvitation(input: $input) {\n      organisationId\n      allianceIds\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptColleagueInvitation($input: AcceptColleagueInvitationInput!) {\n    acceptColleagueInvitation(input: $input) {\n      organisationId\n      allianceIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdministeredOrganisations {\n    myOrganisations {\n      id\n      name\n      canAdminister\n    }\n  }\n"): (typeof documents)["\n  query AdministeredOrganisations {\n    myOrganisations {\n      id\n      name\n      canAdminister\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationColleagues($organisationId: ID!) {\n    organisationColleagues(organisationId: $organisationId) {\n      organisationId\n      organisationName\n      people {\n        userId\n        name\n        email\n        isAdmin\n        since\n        isMe\n      }\n      invitations {\n        id\n        email\n        createdAt\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationColleagues($organisationId: ID!) {\n    organisationColleagues(organisationId: $organisationId) {\n      organisationId\n      organisationName\n      people {\n        userId\n        name\n        email\n        isAdmin\n        since\n        isMe\n      }\n      invitations {\n        id\n        email\n        createdAt\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteColleague($input: InviteColleagueInput!) {\n    inviteColleague(input: $input) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation InviteColleague($input: InviteColleagueInput!) {\n    inviteColleague(input: $input) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeColleagueInvitation($input: RevokeColleagueInvitationInput!) {\n    revokeColleagueInvitation(input: $input)\n  }\n"): (typeof documents)["\n  mutation RevokeColleagueInvitation($input: RevokeColleagueInvitationInput!) {\n    revokeColleagueInvitation(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveColleague($input: RemoveColleagueInput!) {\n    removeColleague(input: $input)\n  }\n"): (typeof documents)["\n  mutation RemoveColleague($input: RemoveColleagueInput!) {\n    removeColleague(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetColleagueAdmin($input: SetColleagueAdminInput!) {\n    setColleagueAdmin(input: $input) {\n      userId\n      isAdmin\n    }\n  }\n"): (typeof documents)["\n  mutation SetColleagueAdmin($input: SetColleagueAdminInput!) {\n    setColleagueAdmin(input: $input) {\n      userId\n      isAdmin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      id\n      myVote {\n        vote\n        comment\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      id\n      myVote {\n        vote\n        comment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseProposal($input: CloseProposalInput!) {\n    closeProposal(input: $input) {\n      id\n      state\n      outcome\n      decisionLogEntryId\n    }\n  }\n"): (typeof documents)["\n  mutation CloseProposal($input: CloseProposalInput!) {\n    closeProposal(input: $input) {\n      id\n      state\n      outcome\n      decisionLogEntryId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteActionItem($input: CompleteActionItemInput!) {\n    completeActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteActionItem($input: CompleteActionItemInput!) {\n    completeActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActionItem($input: CreateActionItemInput!) {\n    createActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateActionItem($input: CreateActionItemInput!) {\n    createActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLogEntry($input: CreateLogEntryInput!) {\n    createLogEntry(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLogEntry($input: CreateLogEntryInput!) {\n    createLogEntry(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LogEntryFields on LogEntry {\n    id\n    type\n    title\n    body\n    occurredOn\n    createdAt\n    updatedAt\n    version\n    canEdit\n    commentCount\n    openActionItemCount\n    conflictState\n    resolution\n    resolvedAt\n    proposalId\n    authorMember {\n      membershipId\n      role\n      organisation {\n        id\n        name\n      }\n    }\n    authorUser {\n      id\n      name\n    }\n    participants {\n      membershipId\n      organisation {\n        id\n        name\n      }\n    }\n    goals {\n      id\n      title\n    }\n    indicators {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment LogEntryFields on LogEntry {\n    id\n    type\n    title\n    body\n    occurredOn\n    createdAt\n    updatedAt\n    version\n    canEdit\n    commentCount\n    openActionItemCount\n    conflictState\n    resolution\n    resolvedAt\n    proposalId\n    authorMember {\n      membershipId\n      role\n      organisation {\n        id\n        name\n      }\n    }\n    authorUser {\n      id\n      name\n    }\n    participants {\n      membershipId\n      organisation {\n        id\n        name\n      }\n    }\n    goals {\n      id\n      title\n    }\n    indicators {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionItemFields on ActionItem {\n    id\n    title\n    dueOn\n    done\n    doneAt\n    overdue\n    version\n    logEntryId\n    logEntryTitle\n    owner {\n      membershipId\n      organisation {\n        id\n        name\n      }\n    }\n    ownerUser {\n      id\n      name\n    }\n    doneBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ActionItemFields on ActionItem {\n    id\n    title\n    dueOn\n    done\n    doneAt\n    overdue\n    version\n    logEntryId\n    logEntryTitle\n    owner {\n      membershipId\n      organisation {\n        id\n        name\n      }\n    }\n    ownerUser {\n      id\n      name\n    }\n    doneBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalFields on Proposal {\n    id\n    title\n    body\n    state\n    outcome\n    closesAt\n    createdAt\n    decidedAt\n    votingOpen\n    version\n    decisionLogEntryId\n    createdBy {\n      id\n      name\n    }\n    createdByMember {\n      membershipId\n      organisation {\n        id\n        name\n      }\n    }\n    indicator {\n      id\n      name\n      unit\n    }\n    myVote {\n      vote\n      comment\n    }\n    tally {\n      ...VoteTallyFields\n    }\n  }\n"): (typeof documents)["\n  fragment ProposalFields on Proposal {\n    id\n    title\n    body\n    state\n    outcome\n    closesAt\n    createdAt\n    decidedAt\n    votingOpen\n    version\n    decisionLogEntryId\n    createdBy {\n      id\n      name\n    }\n    createdByMember {\n      membershipId\n      organisation {\n        id\n        name\n      }\n    }\n    indicator {\n      id\n      name\n      unit\n    }\n    myVote {\n      vote\n      comment\n    }\n    tally {\n      ...VoteTallyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VoteTallyFields on VoteTally {\n    agree\n    disagree\n    abstain\n    block\n    total\n  }\n"): (typeof documents)["\n  fragment VoteTallyFields on VoteTally {\n    agree\n    disagree\n    abstain\n    block\n    total\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LogContext($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      guestComments\n    }\n    members(allianceId: $allianceId) {\n      ...MemberOptionFields\n    }\n    goals(allianceId: $allianceId) {\n      id\n      title\n      depth\n    }\n    indicators(allianceId: $allianceId, page: { first: 100 }) {\n      nodes {\n        id\n        name\n        unit\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query LogContext($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      guestComments\n    }\n    members(allianceId: $allianceId) {\n      ...MemberOptionFields\n    }\n    goals(allianceId: $allianceId) {\n      id\n      title\n      depth\n    }\n    indicators(allianceId: $allianceId, page: { first: 100 }) {\n      nodes {\n        id\n        name\n        unit\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LogEntry($allianceId: ID!, $logEntryId: ID!) {\n    logEntry(allianceId: $allianceId, logEntryId: $logEntryId) {\n      id\n      type\n      title\n      body\n      occurredOn\n      createdAt\n      updatedAt\n      version\n      canEdit\n      commentCount\n      openActionItemCount\n      conflictState\n      resolution\n      resolvedAt\n      proposalId\n      authorMember {\n        membershipId\n        role\n        organisation {\n          id\n          name\n        }\n      }\n      authorUser {\n        id\n        name\n      }\n      participants {\n        membershipId\n        organisation {\n          id\n          name\n        }\n      }\n      goals {\n        id\n        title\n      }\n      indicators {\n        id\n        name\n      }\n      comments {\n        id\n        body\n        createdAt\n        canDelete\n        authorMember {\n          membershipId\n          organisation {\n            id\n            name\n          }\n        }\n        authorUser {\n          id\n          name\n        }\n      }\n      actionItems {\n        ...ActionItemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query LogEntry($allianceId: ID!, $logEntryId: ID!) {\n    logEntry(allianceId: $allianceId, logEntryId: $logEntryId) {\n      id\n      type\n      title\n      body\n      occurredOn\n      createdAt\n      updatedAt\n      version\n      canEdit\n      commentCount\n      openActionItemCount\n      conflictState\n      resolution\n      resolvedAt\n      proposalId\n      authorMember {\n        membershipId\n        role\n        organisation {\n          id\n          name\n        }\n      }\n      authorUser {\n        id\n        name\n      }\n      participants {\n        membershipId\n        organisation {\n          id\n          name\n        }\n      }\n      goals {\n        id\n        title\n      }\n      indicators {\n        id\n        name\n      }\n      comments {\n        id\n        body\n        createdAt\n        canDelete\n        authorMember {\n          membershipId\n          organisation {\n            id\n            name\n          }\n        }\n        authorUser {\n          id\n          name\n        }\n      }\n      actionItems {\n        ...ActionItemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LogFeed($allianceId: ID!, $filter: LogFeedFilter, $page: PageInput) {\n    logFeed(allianceId: $allianceId, filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...LogEntryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query LogFeed($allianceId: ID!, $filter: LogFeedFilter, $page: PageInput) {\n    logFeed(allianceId: $allianceId, filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...LogEntryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyActionItems($allianceId: ID!, $includeDone: Boolean!, $page: PageInput) {\n    myActionItems(allianceId: $allianceId, includeDone: $includeDone, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ActionItemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyActionItems($allianceId: ID!, $includeDone: Boolean!, $page: PageInput) {\n    myActionItems(allianceId: $allianceId, includeDone: $includeDone, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ActionItemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Proposal($allianceId: ID!, $proposalId: ID!) {\n    proposal(allianceId: $allianceId, proposalId: $proposalId) {\n      id\n      title\n      body\n      state\n      outcome\n      closesAt\n      createdAt\n      decidedAt\n      votingOpen\n      version\n      decisionLogEntryId\n      createdBy {\n        id\n        name\n      }\n      createdByMember {\n        membershipId\n        organisation {\n          id\n          name\n        }\n      }\n      indicator {\n        id\n        name\n        unit\n      }\n      indicatorSnapshot {\n        name\n        unit\n        aggregation\n        periods\n        values\n        reportCounts\n        takenAt\n      }\n      myVote {\n        vote\n        comment\n      }\n      tally {\n        ...VoteTallyFields\n      }\n      votes {\n        vote\n        comment\n        votedAt\n        votedBy {\n          id\n          name\n        }\n        member {\n          membershipId\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Proposal($allianceId: ID!, $proposalId: ID!) {\n    proposal(allianceId: $allianceId, proposalId: $proposalId) {\n      id\n      title\n      body\n      state\n      outcome\n      closesAt\n      createdAt\n      decidedAt\n      votingOpen\n      version\n      decisionLogEntryId\n      createdBy {\n        id\n        name\n      }\n      createdByMember {\n        membershipId\n        organisation {\n          id\n          name\n        }\n      }\n      indicator {\n        id\n        name\n        unit\n      }\n      indicatorSnapshot {\n        name\n        unit\n        aggregation\n        periods\n        values\n        reportCounts\n        takenAt\n      }\n      myVote {\n        vote\n        comment\n      }\n      tally {\n        ...VoteTallyFields\n      }\n      votes {\n        vote\n        comment\n        votedAt\n        votedBy {\n          id\n          name\n        }\n        member {\n          membershipId\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Proposals($allianceId: ID!, $state: ProposalState, $page: PageInput) {\n    proposals(allianceId: $allianceId, state: $state, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ProposalFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Proposals($allianceId: ID!, $state: ProposalState, $page: PageInput) {\n    proposals(allianceId: $allianceId, state: $state, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ProposalFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenActionItem($input: ReopenActionItemInput!) {\n    reopenActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenActionItem($input: ReopenActionItemInput!) {\n    reopenActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenConflict($input: ReopenConflictInput!) {\n    reopenConflict(input: $input) {\n      id\n      version\n      conflictState\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenConflict($input: ReopenConflictInput!) {\n    reopenConflict(input: $input) {\n      id\n      version\n      conflictState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveConflict($input: ResolveConflictInput!) {\n    resolveConflict(input: $input) {\n      id\n      version\n      conflictState\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveConflict($input: ResolveConflictInput!) {\n    resolveConflict(input: $input) {\n      id\n      version\n      conflictState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLogEntry($input: UpdateLogEntryInput!) {\n    updateLogEntry(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLogEntry($input: UpdateLogEntryInput!) {\n    updateLogEntry(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawProposal($input: WithdrawProposalInput!) {\n    withdrawProposal(input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawProposal($input: WithdrawProposalInput!) {\n    withdrawProposal(input: $input) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllianceHealth($allianceId: ID!) {\n    allianceHealth(allianceId: $allianceId) {\n      reportingCompleteness {\n        reportingPeriodId\n        periodKey\n        frequency\n        dueOn\n        expected\n        submitted\n        approved\n        missing\n        shareComplete\n      }\n      goalCoverage {\n        goalCount\n        goalsWithRunningActivity\n        share\n      }\n      logEntriesPerMonth {\n        months\n        counts\n      }\n      lastContributions {\n        membershipId\n        daysSince\n        lastContributionOn\n        organisation {\n          id\n          name\n        }\n      }\n      overdueActionItems {\n        count\n        items {\n          id\n          title\n          dueOn\n          daysOverdue\n          owner {\n            id\n            name\n          }\n        }\n      }\n      unsignedAgreement {\n        currentVersionNumber\n        unsignedMembers {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      pendingReviews {\n        count\n        oldestSubmittedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AllianceHealth($allianceId: ID!) {\n    allianceHealth(allianceId: $allianceId) {\n      reportingCompleteness {\n        reportingPeriodId\n        periodKey\n        frequency\n        dueOn\n        expected\n        submitted\n        approved\n        missing\n        shareComplete\n      }\n      goalCoverage {\n        goalCount\n        goalsWithRunningActivity\n        share\n      }\n      logEntriesPerMonth {\n        months\n        counts\n      }\n      lastContributions {\n        membershipId\n        daysSince\n        lastContributionOn\n        organisation {\n          id\n          name\n        }\n      }\n      overdueActionItems {\n        count\n        items {\n          id\n          title\n          dueOn\n          daysOverdue\n          owner {\n            id\n            name\n          }\n        }\n      }\n      unsignedAgreement {\n        currentVersionNumber\n        unsignedMembers {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      pendingReviews {\n        count\n        oldestSubmittedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundingPortfolio {\n    fundingPortfolio {\n      id\n      name\n      kind\n      lifecycle\n      reportingCompleteness {\n        periodKey\n        frequency\n        state\n        dueOn\n        expected\n        approved\n        shareComplete\n      }\n      indicators {\n        id\n        name\n        unit\n        decimals\n        direction\n        aggregation\n        latestPeriod\n        latestValue\n        target\n        progress\n        status\n        baseline\n        provisional {\n          periodKey\n          value\n          approvedReports\n          expectedReports\n        }\n        trend {\n          periods\n          values\n          provisional\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FundingPortfolio {\n    fundingPortfolio {\n      id\n      name\n      kind\n      lifecycle\n      reportingCompleteness {\n        periodKey\n        frequency\n        state\n        dueOn\n        expected\n        approved\n        shareComplete\n      }\n      indicators {\n        id\n        name\n        unit\n        decimals\n        direction\n        aggregation\n        latestPeriod\n        latestValue\n        target\n        progress\n        status\n        baseline\n        provisional {\n          periodKey\n          value\n          approvedReports\n          expectedReports\n        }\n        trend {\n          periods\n          values\n          provisional\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardGoals($allianceId: ID!) {\n    goals(allianceId: $allianceId) {\n      id\n      depth\n      status\n    }\n  }\n"): (typeof documents)["\n  query DashboardGoals($allianceId: ID!) {\n    goals(allianceId: $allianceId) {\n      id\n      depth\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardIndicatorProgress($allianceId: ID!, $from: String!, $to: String!) {\n    indicatorProgress(allianceId: $allianceId, from: $from, to: $to) {\n      id\n      code\n      name\n      unit\n      decimals\n      direction\n      frequency\n      aggregation\n      baseline\n      periods\n      actual\n      target\n      approvedReports\n      expectedReports\n      provisional\n    }\n  }\n"): (typeof documents)["\n  query DashboardIndicatorProgress($allianceId: ID!, $from: String!, $to: String!) {\n    indicatorProgress(allianceId: $allianceId, from: $from, to: $to) {\n      id\n      code\n      name\n      unit\n      decimals\n      direction\n      frequency\n      aggregation\n      baseline\n      periods\n      actual\n      target\n      approvedReports\n      expectedReports\n      provisional\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment ImportBatchFields on ImportBatchModel {\n    id\n    kind\n    fileName\n    fileType\n    encoding\n    separator\n    headers\n    columns {\n      field\n      column\n    }\n    fields {\n      key\n      label\n      required\n      type\n    }\n    numberFormat\n    rowCount\n    errorRows\n    processedRows\n    status\n    createdCount\n    updatedCount\n    failure\n    createdByName\n    createdAt\n    committedAt\n    undoneAt\n    version\n  }\n"): (typeof documents)["\n  fragment ImportBatchFields on ImportBatchModel {\n    id\n    kind\n    fileName\n    fileType\n    encoding\n    separator\n    headers\n    columns {\n      field\n      column\n    }\n    fields {\n      key\n      label\n      required\n      type\n    }\n    numberFormat\n    rowCount\n    errorRows\n    processedRows\n    status\n    createdCount\n    updatedCount\n    failure\n    createdByName\n    createdAt\n    committedAt\n    undoneAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportBatch($allianceId: ID!, $batchId: ID!) {\n    importBatch(allianceId: $allianceId, batchId: $batchId) {\n      ...ImportBatchFields\n    }\n  }\n"): (typeof documents)["\n  query ImportBatch($allianceId: ID!, $batchId: ID!) {\n    importBatch(allianceId: $allianceId, batchId: $batchId) {\n      ...ImportBatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportBatches($allianceId: ID!) {\n    importBatches(allianceId: $allianceId, page: { first: 50 }) {\n      totalCount\n      nodes {\n        ...ImportBatchFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportBatches($allianceId: ID!) {\n    importBatches(allianceId: $allianceId, page: { first: 50 }) {\n      totalCount\n      nodes {\n        ...ImportBatchFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportKinds($allianceId: ID!) {\n    importKinds(allianceId: $allianceId) {\n      name\n      fields {\n        key\n        label\n        required\n        type\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportKinds($allianceId: ID!) {\n    importKinds(allianceId: $allianceId) {\n      name\n      fields {\n        key\n        label\n        required\n        type\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportRows($allianceId: ID!, $batchId: ID!, $onlyProblems: Boolean!, $page: PageInput) {\n    importRows(allianceId: $allianceId, batchId: $batchId, onlyProblems: $onlyProblems, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        rowNo\n        cells\n        problems {\n          field\n          code\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportRows($allianceId: ID!, $batchId: ID!, $onlyProblems: Boolean!, $page: PageInput) {\n    importRows(allianceId: $allianceId, batchId: $batchId, onlyProblems: $onlyProblems, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        rowNo\n        cells\n        problems {\n          field\n          code\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckImport($input: CheckImportInput!) {\n    checkImport(input: $input) {\n      ...ImportBatchFields\n    }\n  }\n"): (typeof documents)["\n  mutation CheckImport($input: CheckImportInput!) {\n    checkImport(input: $input) {\n      ...ImportBatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitImport($input: ImportBatchStepInput!) {\n    commitImport(input: $input) {\n      ...ImportBatchFields\n    }\n  }\n"): (typeof documents)["\n  mutation CommitImport($input: ImportBatchStepInput!) {\n    commitImport(input: $input) {\n      ...ImportBatchFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoImport($input: ImportBatchStepInput!) {\n    undoImport(input: $input) {\n      ...ImportBatchFields\n    }\n  }\n"): (typeof documents)["\n  mutation UndoImport($input: ImportBatchStepInput!) {\n    undoImport(input: $input) {\n      ...ImportBatchFields\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment DimensionOptionFields on Dimension {\n    id\n    name\n    version\n    categories {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment DimensionOptionFields on Dimension {\n    id\n    name\n    version\n    categories {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorDimensionOptions($allianceId: ID!) {\n    dimensions(allianceId: $allianceId) {\n      ...DimensionOptionFields\n    }\n  }\n"): (typeof documents)["\n  query IndicatorDimensionOptions($allianceId: ID!) {\n    dimensions(allianceId: $allianceId) {\n      ...DimensionOptionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDimension($input: CreateDimensionInput!) {\n    createDimension(input: $input) {\n      ...DimensionOptionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDimension($input: CreateDimensionInput!) {\n    createDimension(input: $input) {\n      ...DimensionOptionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDimension($input: UpdateDimensionInput!) {\n    updateDimension(input: $input) {\n      ...DimensionOptionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDimension($input: UpdateDimensionInput!) {\n    updateDimension(input: $input) {\n      ...DimensionOptionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IndicatorTargetFields on Target {\n    id\n    periodKey\n    value\n    version\n  }\n"): (typeof documents)["\n  fragment IndicatorTargetFields on Target {\n    id\n    periodKey\n    value\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorContributions($allianceId: ID!, $indicatorId: ID!, $periodKey: String!) {\n    contributions(allianceId: $allianceId, indicatorId: $indicatorId, periodKey: $periodKey) {\n      measurementId\n      membershipId\n      organisationName\n      reported\n      overlapDeducted\n      net\n      shareOfTotal\n      suppressed\n    }\n  }\n"): (typeof documents)["\n  query IndicatorContributions($allianceId: ID!, $indicatorId: ID!, $periodKey: String!) {\n    contributions(allianceId: $allianceId, indicatorId: $indicatorId, periodKey: $periodKey) {\n      measurementId\n      membershipId\n      organisationName\n      reported\n      overlapDeducted\n      net\n      shareOfTotal\n      suppressed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorGoalOptions($allianceId: ID!) {\n    goals(allianceId: $allianceId) {\n      id\n      title\n      depth\n      status\n    }\n  }\n"): (typeof documents)["\n  query IndicatorGoalOptions($allianceId: ID!) {\n    goals(allianceId: $allianceId) {\n      id\n      title\n      depth\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorSeries($allianceId: ID!, $indicatorIds: [ID!]!, $by: SeriesBreakdown!, $from: String!, $to: String!) {\n    indicatorSeries(allianceId: $allianceId, indicatorIds: $indicatorIds, by: $by, from: $from, to: $to) {\n      indicatorId\n      key\n      label\n      periods\n      actual\n      target\n      approvedReports\n      expectedReports\n      provisional\n    }\n  }\n"): (typeof documents)["\n  query IndicatorSeries($allianceId: ID!, $indicatorIds: [ID!]!, $by: SeriesBreakdown!, $from: String!, $to: String!) {\n    indicatorSeries(allianceId: $allianceId, indicatorIds: $indicatorIds, by: $by, from: $from, to: $to) {\n      indicatorId\n      key\n      label\n      periods\n      actual\n      target\n      approvedReports\n      expectedReports\n      provisional\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorDetail($allianceId: ID!, $indicatorId: ID!) {\n    indicator(allianceId: $allianceId, indicatorId: $indicatorId) {\n      id\n      code\n      name\n      definition\n      ...IndicatorValueRules\n      direction\n      frequency\n      rbaKind\n      collectionMethod\n      fromParticipation\n      baselineValue\n      baselinePeriod\n      status\n      version\n      goals {\n        id\n        title\n      }\n      dimensions {\n        id\n        name\n      }\n      targets {\n        ...IndicatorTargetFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndicatorDetail($allianceId: ID!, $indicatorId: ID!) {\n    indicator(allianceId: $allianceId, indicatorId: $indicatorId) {\n      id\n      code\n      name\n      definition\n      ...IndicatorValueRules\n      direction\n      frequency\n      rbaKind\n      collectionMethod\n      fromParticipation\n      baselineValue\n      baselinePeriod\n      status\n      version\n      goals {\n        id\n        title\n      }\n      dimensions {\n        id\n        name\n      }\n      targets {\n        ...IndicatorTargetFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorList($allianceId: ID!, $filter: IndicatorFilter, $page: PageInput!) {\n    indicators(allianceId: $allianceId, filter: $filter, page: $page) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        unit\n        direction\n        aggregation\n        frequency\n        decimals\n        baselineValue\n        status\n        version\n        goals {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndicatorList($allianceId: ID!, $filter: IndicatorFilter, $page: PageInput!) {\n    indicators(allianceId: $allianceId, filter: $filter, page: $page) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        unit\n        direction\n        aggregation\n        frequency\n        decimals\n        baselineValue\n        status\n        version\n        goals {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipationValues($allianceId: ID!, $indicatorId: ID!) {\n    participationIndicatorValues(allianceId: $allianceId, indicatorId: $indicatorId) {\n      values {\n        period\n        districtId\n        districtName\n        value\n        suppressed\n      }\n    }\n  }\n"): (typeof documents)["\n  query ParticipationValues($allianceId: ID!, $indicatorId: ID!) {\n    participationIndicatorValues(allianceId: $allianceId, indicatorId: $indicatorId) {\n      values {\n        period\n        districtId\n        districtName\n        value\n        suppressed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportingCompleteness($allianceId: ID!, $reportingPeriodId: ID!) {\n    reportingCompleteness(allianceId: $allianceId, reportingPeriodId: $reportingPeriodId) {\n      reportingPeriod {\n        id\n        periodKey\n        frequency\n        state\n        dueOn\n      }\n      expected\n      submitted\n      approved\n      missing\n      rows {\n        indicatorId\n        indicatorName\n        membershipId\n        organisationName\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportingCompleteness($allianceId: ID!, $reportingPeriodId: ID!) {\n    reportingCompleteness(allianceId: $allianceId, reportingPeriodId: $reportingPeriodId) {\n      reportingPeriod {\n        id\n        periodKey\n        frequency\n        state\n        dueOn\n      }\n      expected\n      submitted\n      approved\n      missing\n      rows {\n        indicatorId\n        indicatorName\n        membershipId\n        organisationName\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportingPeriodList($allianceId: ID!, $page: PageInput!) {\n    reportingPeriods(allianceId: $allianceId, page: $page) {\n      totalCount\n      nodes {\n        ...ReportingPeriodFields\n        closedAt\n        counts {\n          expected\n          approved\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportingPeriodList($allianceId: ID!, $page: PageInput!) {\n    reportingPeriods(allianceId: $allianceId, page: $page) {\n      totalCount\n      nodes {\n        ...ReportingPeriodFields\n        closedAt\n        counts {\n          expected\n          approved\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation SetTarget($input: SetTargetInput!) {\n    setTarget(input: $input) {\n      ...IndicatorTargetFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetTarget($input: SetTargetInput!) {\n    setTarget(input: $input) {\n      ...IndicatorTargetFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTarget($input: DeleteTargetInput!) {\n    deleteTarget(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteTarget($input: DeleteTargetInput!) {\n    deleteTarget(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberResources($allianceId: ID!) {\n    memberResources(allianceId: $allianceId) {\n      id\n      membershipId\n      organisation {\n        id\n        name\n      }\n      direction\n      category\n      field\n      districtId\n      districtName\n      targetGroup\n      note\n      version\n      editable\n    }\n  }\n"): (typeof documents)["\n  query MemberResources($allianceId: ID!) {\n    memberResources(allianceId: $allianceId) {\n      id\n      membershipId\n      organisation {\n        id\n        name\n      }\n      direction\n      category\n      field\n      districtId\n      districtName\n      targetGroup\n      note\n      version\n      editable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchingVocabulary($allianceId: ID!) {\n    matchingVocabulary(allianceId: $allianceId) {\n      districts {\n        id\n        name\n      }\n      targetGroups\n      fields\n    }\n  }\n"): (typeof documents)["\n  query MatchingVocabulary($allianceId: ID!) {\n    matchingVocabulary(allianceId: $allianceId) {\n      districts {\n        id\n        name\n      }\n      targetGroups\n      fields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchSuggestions($allianceId: ID!, $membershipId: ID, $search: PartnerSearchInput) {\n    matchSuggestions(allianceId: $allianceId, membershipId: $membershipId, search: $search) {\n      membershipId\n      needCount\n      suggestions {\n        kind\n        membershipId\n        offerId\n        name\n        providerName\n        score\n        contactRequested\n        reasons {\n          kind\n          category\n          field\n          districtName\n          targetGroup\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchSuggestions($allianceId: ID!, $membershipId: ID, $search: PartnerSearchInput) {\n    matchSuggestions(allianceId: $allianceId, membershipId: $membershipId, search: $search) {\n      membershipId\n      needCount\n      suggestions {\n        kind\n        membershipId\n        offerId\n        name\n        providerName\n        score\n        contactRequested\n        reasons {\n          kind\n          category\n          field\n          districtName\n          targetGroup\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMemberResource($input: AddMemberResourceInput!) {\n    addMemberResource(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddMemberResource($input: AddMemberResourceInput!) {\n    addMemberResource(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMemberResource($input: UpdateMemberResourceInput!) {\n    updateMemberResource(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMemberResource($input: UpdateMemberResourceInput!) {\n    updateMemberResource(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMemberResource($allianceId: ID!, $resourceId: ID!, $version: Int!) {\n    removeMemberResource(allianceId: $allianceId, resourceId: $resourceId, version: $version)\n  }\n"): (typeof documents)["\n  mutation RemoveMemberResource($allianceId: ID!, $resourceId: ID!, $version: Int!) {\n    removeMemberResource(allianceId: $allianceId, resourceId: $resourceId, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestContact($input: RequestContactInput!) {\n    requestContact(input: $input) {\n      id\n      logEntryId\n    }\n  }\n"): (typeof documents)["\n  mutation RequestContact($input: RequestContactInput!) {\n    requestContact(input: $input) {\n      id\n      logEntryId\n    }\n  }\n"];
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
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      allianceName\n      invitedByOrganisation\n      organisationName\n      role\n      emailHint\n      forOrganisationAdmins\n      expiresAt\n      state\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      allianceName\n      invitedByOrganisation\n      organisationName\n      role\n      emailHint\n      forOrganisationAdmins\n      expiresAt\n      state\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation InviteOrganisation($input: InviteOrganisationInput!) {\n    inviteOrganisation(input: $input) {\n      token\n      acceptPath\n      mailedTo\n      invitation {\n        id\n        email\n        role\n        createdAt\n        expiresAt\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteOrganisation($input: InviteOrganisationInput!) {\n    inviteOrganisation(input: $input) {\n      token\n      acceptPath\n      mailedTo\n      invitation {\n        id\n        email\n        role\n        createdAt\n        expiresAt\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveAlliance($input: LeaveAllianceInput!) {\n    leaveAlliance(input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveAlliance($input: LeaveAllianceInput!) {\n    leaveAlliance(input: $input) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberPeople($allianceId: ID!) {\n    memberPeople(allianceId: $allianceId) {\n      membershipId\n      userId\n      name\n      isAdmin\n    }\n  }\n"): (typeof documents)["\n  query MemberPeople($allianceId: ID!) {\n    memberPeople(allianceId: $allianceId) {\n      membershipId\n      userId\n      name\n      isAdmin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrganisations {\n    myOrganisations {\n      id\n      name\n      city\n      findable\n      canAdminister\n    }\n  }\n"): (typeof documents)["\n  query MyOrganisations {\n    myOrganisations {\n      id\n      name\n      city\n      findable\n      canAdminister\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOrganisationFindable($input: SetOrganisationFindableInput!) {\n    setOrganisationFindable(input: $input) {\n      id\n      findable\n    }\n  }\n"): (typeof documents)["\n  mutation SetOrganisationFindable($input: SetOrganisationFindableInput!) {\n    setOrganisationFindable(input: $input) {\n      id\n      findable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationInvitations {\n    organisationInvitations {\n      id\n      allianceId\n      allianceName\n      invitedByOrganisation\n      organisationId\n      organisationName\n      role\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query OrganisationInvitations {\n    organisationInvitations {\n      id\n      allianceId\n      allianceName\n      invitedByOrganisation\n      organisationId\n      organisationName\n      role\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptOrganisationInvitation($input: AcceptOrganisationInvitationInput!) {\n    acceptOrganisationInvitation(input: $input) {\n      allianceId\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptOrganisationInvitation($input: AcceptOrganisationInvitationInput!) {\n    acceptOrganisationInvitation(input: $input) {\n      allianceId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input)\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($input: RevokeInvitationInput!) {\n    revokeInvitation(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationSearch($allianceId: ID!, $query: String!, $first: Int) {\n    organisationSearch(allianceId: $allianceId, query: $query, first: $first) {\n      id\n      name\n      city\n      membershipState\n    }\n  }\n"): (typeof documents)["\n  query OrganisationSearch($allianceId: ID!, $query: String!, $first: Int) {\n    organisationSearch(allianceId: $allianceId, query: $query, first: $first) {\n      id\n      name\n      city\n      membershipState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NetworkFields on Network {\n    asOf\n    density\n    componentCount\n    statedDyads\n    reciprocity\n    quarters\n    nodes {\n      id\n      role\n      organisation {\n        id\n        name\n        kind\n        city\n      }\n      degree\n      betweenness\n      closeness\n      component\n      broker\n      isolated\n    }\n    ties {\n      a\n      b\n      weight\n      kinds\n      sources {\n        source\n        weight\n        since\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment NetworkFields on Network {\n    asOf\n    density\n    componentCount\n    statedDyads\n    reciprocity\n    quarters\n    nodes {\n      id\n      role\n      organisation {\n        id\n        name\n        kind\n        city\n      }\n      degree\n      betweenness\n      closeness\n      component\n      broker\n      isolated\n    }\n    ties {\n      a\n      b\n      weight\n      kinds\n      sources {\n        source\n        weight\n        since\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Network($allianceId: ID!, $filter: NetworkFilterInput) {\n    network(allianceId: $allianceId, filter: $filter) {\n      ...NetworkFields\n    }\n  }\n"): (typeof documents)["\n  query Network($allianceId: ID!, $filter: NetworkFilterInput) {\n    network(allianceId: $allianceId, filter: $filter) {\n      ...NetworkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Relationships($allianceId: ID!) {\n    relationships(allianceId: $allianceId) {\n      id\n      fromMembershipId\n      toMembershipId\n      from {\n        id\n        name\n      }\n      to {\n        id\n        name\n      }\n      kind\n      directed\n      strength\n      since\n      until\n      note\n      version\n    }\n  }\n"): (typeof documents)["\n  query Relationships($allianceId: ID!) {\n    relationships(allianceId: $allianceId) {\n      id\n      fromMembershipId\n      toMembershipId\n      from {\n        id\n        name\n      }\n      to {\n        id\n        name\n      }\n      kind\n      directed\n      strength\n      since\n      until\n      note\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StateRelationship($input: StateRelationshipInput!) {\n    stateRelationship(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation StateRelationship($input: StateRelationshipInput!) {\n    stateRelationship(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveRelationship($allianceId: ID!, $relationshipId: ID!, $version: Int!) {\n    removeRelationship(allianceId: $allianceId, relationshipId: $relationshipId, version: $version)\n  }\n"): (typeof documents)["\n  mutation RemoveRelationship($allianceId: ID!, $relationshipId: ID!, $version: Int!) {\n    removeRelationship(allianceId: $allianceId, relationshipId: $relationshipId, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkPath($allianceId: ID!, $from: ID!, $to: ID!, $filter: NetworkFilterInput) {\n    networkPath(allianceId: $allianceId, fromMembershipId: $from, toMembershipId: $to, filter: $filter) {\n      distance\n      path {\n        id\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NetworkPath($allianceId: ID!, $from: ID!, $to: ID!, $filter: NetworkFilterInput) {\n    networkPath(allianceId: $allianceId, fromMembershipId: $from, toMembershipId: $to, filter: $filter) {\n      distance\n      path {\n        id\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyRoundFields on SurveyRound {\n    id\n    title\n    opensOn\n    closesOn\n    state\n    closedAt\n    version\n    respondentCount\n    submittedCount\n    responseRate\n    myResponseState\n  }\n"): (typeof documents)["\n  fragment SurveyRoundFields on SurveyRound {\n    id\n    title\n    opensOn\n    closesOn\n    state\n    closedAt\n    version\n    respondentCount\n    submittedCount\n    responseRate\n    myResponseState\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyRounds($allianceId: ID!) {\n    surveyRounds(allianceId: $allianceId) {\n      ...SurveyRoundFields\n    }\n  }\n"): (typeof documents)["\n  query SurveyRounds($allianceId: ID!) {\n    surveyRounds(allianceId: $allianceId) {\n      ...SurveyRoundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyRound($allianceId: ID!, $roundId: ID!) {\n    surveyRound(allianceId: $allianceId, roundId: $roundId) {\n      round {\n        ...SurveyRoundFields\n      }\n      respondents {\n        id\n        state\n        submittedAt\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveyRound($allianceId: ID!, $roundId: ID!) {\n    surveyRound(allianceId: $allianceId, roundId: $roundId) {\n      round {\n        ...SurveyRoundFields\n      }\n      respondents {\n        id\n        state\n        submittedAt\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySurveyResponse($allianceId: ID!, $roundId: ID!) {\n    mySurveyResponse(allianceId: $allianceId, roundId: $roundId) {\n      state\n      version\n      others {\n        id\n        organisation {\n          id\n          name\n        }\n      }\n      answers {\n        toMembershipId\n        kind\n        frequency\n        trust\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query MySurveyResponse($allianceId: ID!, $roundId: ID!) {\n    mySurveyResponse(allianceId: $allianceId, roundId: $roundId) {\n      state\n      version\n      others {\n        id\n        organisation {\n          id\n          name\n        }\n      }\n      answers {\n        toMembershipId\n        kind\n        frequency\n        trust\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyRoundNetwork($allianceId: ID!, $roundId: ID!, $filter: SurveyRoundNetworkFilterInput) {\n    surveyRoundNetwork(allianceId: $allianceId, roundId: $roundId, filter: $filter) {\n      meanTrust\n      meanValue\n      mutualDyads\n      answers {\n        fromMembershipId\n        toMembershipId\n        kind\n        frequency\n        trust\n        value\n      }\n      network {\n        ...NetworkFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveyRoundNetwork($allianceId: ID!, $roundId: ID!, $filter: SurveyRoundNetworkFilterInput) {\n    surveyRoundNetwork(allianceId: $allianceId, roundId: $roundId, filter: $filter) {\n      meanTrust\n      meanValue\n      mutualDyads\n      answers {\n        fromMembershipId\n        toMembershipId\n        kind\n        frequency\n        trust\n        value\n      }\n      network {\n        ...NetworkFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyComparison($allianceId: ID!, $before: ID!, $after: ID!) {\n    compareSurveyRounds(allianceId: $allianceId, beforeRoundId: $before, afterRoundId: $after) {\n      newTies\n      lostTies\n      keptTies\n      densityChange\n      meanTrustChange\n      meanValueChange\n      reciprocityChange\n      before {\n        density\n        ties\n        meanTrust\n        meanValue\n        reciprocity\n        round {\n          id\n          title\n        }\n      }\n      after {\n        density\n        ties\n        meanTrust\n        meanValue\n        reciprocity\n        round {\n          id\n          title\n        }\n      }\n      pairs {\n        change\n        trustBefore\n        trustAfter\n        valueBefore\n        valueAfter\n        a {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n        b {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveyComparison($allianceId: ID!, $before: ID!, $after: ID!) {\n    compareSurveyRounds(allianceId: $allianceId, beforeRoundId: $before, afterRoundId: $after) {\n      newTies\n      lostTies\n      keptTies\n      densityChange\n      meanTrustChange\n      meanValueChange\n      reciprocityChange\n      before {\n        density\n        ties\n        meanTrust\n        meanValue\n        reciprocity\n        round {\n          id\n          title\n        }\n      }\n      after {\n        density\n        ties\n        meanTrust\n        meanValue\n        reciprocity\n        round {\n          id\n          title\n        }\n      }\n      pairs {\n        change\n        trustBefore\n        trustAfter\n        valueBefore\n        valueAfter\n        a {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n        b {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenSurveyRound($input: OpenSurveyRoundInput!) {\n    openSurveyRound(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OpenSurveyRound($input: OpenSurveyRoundInput!) {\n    openSurveyRound(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseSurveyRound($input: CloseSurveyRoundInput!) {\n    closeSurveyRound(input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation CloseSurveyRound($input: CloseSurveyRoundInput!) {\n    closeSurveyRound(input: $input) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSurveyResponse($input: SaveSurveyResponseInput!) {\n    saveSurveyResponse(input: $input) {\n      state\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSurveyResponse($input: SaveSurveyResponseInput!) {\n    saveSurveyResponse(input: $input) {\n      state\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications {\n    myNotifications(first: 30) {\n      id\n      allianceId\n      allianceName\n      kind\n      params\n      link\n      read\n      createdAt\n    }\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query MyNotifications {\n    myNotifications(first: 30) {\n      id\n      allianceId\n      allianceName\n      kind\n      params\n      link\n      read\n      createdAt\n    }\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unsubscribe($input: UnsubscribeInput!) {\n    unsubscribe(input: $input) {\n      kind\n    }\n  }\n"): (typeof documents)["\n  mutation Unsubscribe($input: UnsubscribeInput!) {\n    unsubscribe(input: $input) {\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAllianceForBackbone($input: CreateAllianceForBackboneInput!) {\n    createAllianceForBackbone(input: $input) {\n      allianceId\n      allianceName\n      organisationName\n      mailedTo\n      acceptPath\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAllianceForBackbone($input: CreateAllianceForBackboneInput!) {\n    createAllianceForBackbone(input: $input) {\n      allianceId\n      allianceName\n      organisationName\n      mailedTo\n      acceptPath\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JoinableAlliances($query: String!) {\n    joinableAlliances(query: $query) {\n      id\n      name\n      backboneName\n      city\n    }\n  }\n"): (typeof documents)["\n  query JoinableAlliances($query: String!) {\n    joinableAlliances(query: $query) {\n      id\n      name\n      backboneName\n      city\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JoinLinkPreview($token: String!) {\n    joinLinkPreview(token: $token) {\n      id\n      name\n      backboneName\n      city\n    }\n  }\n"): (typeof documents)["\n  query JoinLinkPreview($token: String!) {\n    joinLinkPreview(token: $token) {\n      id\n      name\n      backboneName\n      city\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyJoinRequests {\n    myJoinRequests {\n      id\n      allianceId\n      allianceName\n      state\n      role\n      declineReason\n      createdAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyJoinRequests {\n    myJoinRequests {\n      id\n      allianceId\n      allianceName\n      state\n      role\n      declineReason\n      createdAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestToJoin($input: RequestToJoinInput!) {\n    requestToJoin(input: $input) {\n      id\n      allianceName\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation RequestToJoin($input: RequestToJoinInput!) {\n    requestToJoin(input: $input) {\n      id\n      allianceName\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JoinRequests($allianceId: ID!) {\n    joinRequests(allianceId: $allianceId) {\n      id\n      message\n      requestedByName\n      viaLink\n      version\n      createdAt\n      organisation {\n        id\n        name\n        kind\n        city\n      }\n    }\n  }\n"): (typeof documents)["\n  query JoinRequests($allianceId: ID!) {\n    joinRequests(allianceId: $allianceId) {\n      id\n      message\n      requestedByName\n      viaLink\n      version\n      createdAt\n      organisation {\n        id\n        name\n        kind\n        city\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptJoinRequest($input: AcceptJoinRequestInput!) {\n    acceptJoinRequest(input: $input) {\n      id\n      state\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptJoinRequest($input: AcceptJoinRequestInput!) {\n    acceptJoinRequest(input: $input) {\n      id\n      state\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineJoinRequest($input: DeclineJoinRequestInput!) {\n    declineJoinRequest(input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineJoinRequest($input: DeclineJoinRequestInput!) {\n    declineJoinRequest(input: $input) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JoinSettings($allianceId: ID!) {\n    joinSettings(allianceId: $allianceId) {\n      joinRequestsOpen\n      joinLinkPath\n    }\n  }\n"): (typeof documents)["\n  query JoinSettings($allianceId: ID!) {\n    joinSettings(allianceId: $allianceId) {\n      joinRequestsOpen\n      joinLinkPath\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetJoinRequestsOpen($input: SetJoinRequestsOpenInput!) {\n    setJoinRequestsOpen(input: $input) {\n      joinRequestsOpen\n      joinLinkPath\n    }\n  }\n"): (typeof documents)["\n  mutation SetJoinRequestsOpen($input: SetJoinRequestsOpenInput!) {\n    setJoinRequestsOpen(input: $input) {\n      joinRequestsOpen\n      joinLinkPath\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenewJoinLink($input: JoinLinkInput!) {\n    renewJoinLink(input: $input) {\n      joinRequestsOpen\n      joinLinkPath\n    }\n  }\n"): (typeof documents)["\n  mutation RenewJoinLink($input: JoinLinkInput!) {\n    renewJoinLink(input: $input) {\n      joinRequestsOpen\n      joinLinkPath\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeJoinLink($input: JoinLinkInput!) {\n    revokeJoinLink(input: $input) {\n      joinRequestsOpen\n      joinLinkPath\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeJoinLink($input: JoinLinkInput!) {\n    revokeJoinLink(input: $input) {\n      joinRequestsOpen\n      joinLinkPath\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformOrganisations($query: String!) {\n    platformOrganisations(query: $query) {\n      id\n      name\n      kind\n      city\n    }\n  }\n"): (typeof documents)["\n  query PlatformOrganisations($query: String!) {\n    platformOrganisations(query: $query) {\n      id\n      name\n      kind\n      city\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformSettings {\n    platformSettings {\n      registrationOpen\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query PlatformSettings {\n    platformSettings {\n      registrationOpen\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRegistrationOpen($input: SetRegistrationOpenInput!) {\n    setRegistrationOpen(input: $input) {\n      registrationOpen\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetRegistrationOpen($input: SetRegistrationOpenInput!) {\n    setRegistrationOpen(input: $input) {\n      registrationOpen\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterOrganisation($input: RegisterOrganisationInput!) {\n    registerOrganisation(input: $input)\n  }\n"): (typeof documents)["\n  mutation RegisterOrganisation($input: RegisterOrganisationInput!) {\n    registerOrganisation(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input)\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipationItemFields on ParticipationItem {\n    id\n    kind\n    offerId\n    offerTitle\n    category\n    targetGroup\n    districtName\n    address\n    lat\n    lng\n    text\n    rating\n    authorLabel\n    moderation\n    moderationReason\n    status\n    statusReason\n    publicAnswer\n    answeredByName\n    answeredAt\n    changedText\n    forwardedMembershipId\n    forwardedOrganisationName\n    forwardNote\n    forwardedAt\n    supportCount\n    abuseReports\n    hasEmail\n    hasPhoto\n    version\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ParticipationItemFields on ParticipationItem {\n    id\n    kind\n    offerId\n    offerTitle\n    category\n    targetGroup\n    districtName\n    address\n    lat\n    lng\n    text\n    rating\n    authorLabel\n    moderation\n    moderationReason\n    status\n    statusReason\n    publicAnswer\n    answeredByName\n    answeredAt\n    changedText\n    forwardedMembershipId\n    forwardedOrganisationName\n    forwardNote\n    forwardedAt\n    supportCount\n    abuseReports\n    hasEmail\n    hasPhoto\n    version\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipationQueue($allianceId: ID!, $status: ModerationStatus!) {\n    participationQueue(allianceId: $allianceId, status: $status) {\n      ...ParticipationItemFields\n    }\n  }\n"): (typeof documents)["\n  query ParticipationQueue($allianceId: ID!, $status: ModerationStatus!) {\n    participationQueue(allianceId: $allianceId, status: $status) {\n      ...ParticipationItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipationPhoto($allianceId: ID!, $itemId: ID!) {\n    participationItem(allianceId: $allianceId, itemId: $itemId) {\n      id\n      photoDataUrl\n    }\n  }\n"): (typeof documents)["\n  query ParticipationPhoto($allianceId: ID!, $itemId: ID!) {\n    participationItem(allianceId: $allianceId, itemId: $itemId) {\n      id\n      photoDataUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForwardedReports($allianceId: ID!) {\n    forwardedReports(allianceId: $allianceId) {\n      ...ParticipationItemFields\n    }\n  }\n"): (typeof documents)["\n  query ForwardedReports($allianceId: ID!) {\n    forwardedReports(allianceId: $allianceId) {\n      ...ParticipationItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferFeedback($allianceId: ID!) {\n    offerFeedback(allianceId: $allianceId) {\n      ...ParticipationItemFields\n    }\n  }\n"): (typeof documents)["\n  query OfferFeedback($allianceId: ID!) {\n    offerFeedback(allianceId: $allianceId) {\n      ...ParticipationItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipationRights($allianceId: ID!) {\n    participationRights(allianceId: $allianceId) {\n      moderator\n      forwardedReports\n      answersFeedback\n    }\n  }\n"): (typeof documents)["\n  query ParticipationRights($allianceId: ID!) {\n    participationRights(allianceId: $allianceId) {\n      moderator\n      forwardedReports\n      answersFeedback\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipationMembers($allianceId: ID!) {\n    members(allianceId: $allianceId) {\n      ...MemberOptionFields\n    }\n  }\n"): (typeof documents)["\n  query ParticipationMembers($allianceId: ID!) {\n    members(allianceId: $allianceId) {\n      ...MemberOptionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModerateParticipation($input: ModerateParticipationInput!) {\n    moderateParticipation(input: $input) {\n      ...ParticipationItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation ModerateParticipation($input: ModerateParticipationInput!) {\n    moderateParticipation(input: $input) {\n      ...ParticipationItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeReports($input: MergeReportsInput!) {\n    mergeReports(input: $input) {\n      ...ParticipationItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation MergeReports($input: MergeReportsInput!) {\n    mergeReports(input: $input) {\n      ...ParticipationItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForwardReport($input: ForwardReportInput!) {\n    forwardReport(input: $input) {\n      ...ParticipationItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation ForwardReport($input: ForwardReportInput!) {\n    forwardReport(input: $input) {\n      ...ParticipationItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveReport($input: ResolveReportInput!) {\n    resolveReport(input: $input) {\n      ...ParticipationItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveReport($input: ResolveReportInput!) {\n    resolveReport(input: $input) {\n      ...ParticipationItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerFeedback($input: AnswerFeedbackInput!) {\n    answerFeedback(input: $input) {\n      ...ParticipationItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerFeedback($input: AnswerFeedbackInput!) {\n    answerFeedback(input: $input) {\n      ...ParticipationItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkFeedbackChanged($input: MarkFeedbackChangedInput!) {\n    markFeedbackChanged(input: $input) {\n      ...ParticipationItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkFeedbackChanged($input: MarkFeedbackChangedInput!) {\n    markFeedbackChanged(input: $input) {\n      ...ParticipationItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeadLetters {\n    mailDeadLetters {\n      id\n      kind\n      toAddress\n      subject\n      attempts\n      lastError\n      createdAt\n      deadAt\n    }\n  }\n"): (typeof documents)["\n  query DeadLetters {\n    mailDeadLetters {\n      id\n      kind\n      toAddress\n      subject\n      attempts\n      lastError\n      createdAt\n      deadAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequeueDeadLetter($input: RequeueDeadLetterInput!) {\n    requeueDeadLetter(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequeueDeadLetter($input: RequeueDeadLetterInput!) {\n    requeueDeadLetter(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterPortalProvider($input: RegisterPortalProviderInput!) {\n    registerPortalProvider(input: $input)\n  }\n"): (typeof documents)["\n  mutation RegisterPortalProvider($input: RegisterPortalProviderInput!) {\n    registerPortalProvider(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalOfferFields on PortalOffer {\n    id\n    status\n    providerName\n    version\n    publishedAt\n    confirmedAt\n    freshness\n    districtName\n    content {\n      title\n      summary\n      description\n      categories\n      targetGroups\n      ageMin\n      ageMax\n      districtId\n      street\n      postalCode\n      city\n      scheduleKind\n      scheduleNote\n      isFree\n      costNote\n      stepFree\n      signLanguage\n      easyLanguage\n      languages\n      registrationRequired\n      contactName\n      contactEmail\n      contactPhone\n      imageIds\n    }\n    openRevision {\n      id\n      state\n      version\n      returnReason\n      content {\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PortalOfferFields on PortalOffer {\n    id\n    status\n    providerName\n    version\n    publishedAt\n    confirmedAt\n    freshness\n    districtName\n    content {\n      title\n      summary\n      description\n      categories\n      targetGroups\n      ageMin\n      ageMax\n      districtId\n      street\n      postalCode\n      city\n      scheduleKind\n      scheduleNote\n      isFree\n      costNote\n      stepFree\n      signLanguage\n      easyLanguage\n      languages\n      registrationRequired\n      contactName\n      contactEmail\n      contactPhone\n      imageIds\n    }\n    openRevision {\n      id\n      state\n      version\n      returnReason\n      content {\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPortalOffers($allianceId: ID!) {\n    portalSettings(allianceId: $allianceId) {\n      name\n      enabled\n    }\n    myPortalOffers(allianceId: $allianceId) {\n      ...PortalOfferFields\n    }\n    portalDistricts(allianceId: $allianceId) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query MyPortalOffers($allianceId: ID!) {\n    portalSettings(allianceId: $allianceId) {\n      name\n      enabled\n    }\n    myPortalOffers(allianceId: $allianceId) {\n      ...PortalOfferFields\n    }\n    portalDistricts(allianceId: $allianceId) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePortalOffer($input: CreatePortalOfferInput!) {\n    createPortalOffer(input: $input) {\n      ...PortalOfferFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePortalOffer($input: CreatePortalOfferInput!) {\n    createPortalOffer(input: $input) {\n      ...PortalOfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePortalOffer($input: UpdatePortalOfferInput!) {\n    updatePortalOffer(input: $input) {\n      ...PortalOfferFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePortalOffer($input: UpdatePortalOfferInput!) {\n    updatePortalOffer(input: $input) {\n      ...PortalOfferFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmPortalOffer($allianceId: ID!, $offerId: ID!, $version: Int!) {\n    confirmPortalOffer(allianceId: $allianceId, offerId: $offerId, version: $version) {\n      id\n      confirmedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmPortalOffer($allianceId: ID!, $offerId: ID!, $version: Int!) {\n    confirmPortalOffer(allianceId: $allianceId, offerId: $offerId, version: $version) {\n      id\n      confirmedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadPortalImage($input: UploadPortalImageInput!) {\n    uploadPortalImage(input: $input) {\n      id\n      width\n      height\n    }\n  }\n"): (typeof documents)["\n  mutation UploadPortalImage($input: UploadPortalImageInput!) {\n    uploadPortalImage(input: $input) {\n      id\n      width\n      height\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalPlanning($allianceId: ID!) {\n    portalPlanning(allianceId: $allianceId) {\n      targetGroups\n      medianOffers\n      districts {\n        id\n        name\n        population\n        offers\n        perThousand\n      }\n      cells {\n        districtId\n        targetGroup\n        offers\n        perThousand\n        activities\n      }\n    }\n    portalDistricts(allianceId: $allianceId, withShapes: true) {\n      id\n      name\n      geojson\n    }\n  }\n"): (typeof documents)["\n  query PortalPlanning($allianceId: ID!) {\n    portalPlanning(allianceId: $allianceId) {\n      targetGroups\n      medianOffers\n      districts {\n        id\n        name\n        population\n        offers\n        perThousand\n      }\n      cells {\n        districtId\n        targetGroup\n        offers\n        perThousand\n        activities\n      }\n    }\n    portalDistricts(allianceId: $allianceId, withShapes: true) {\n      id\n      name\n      geojson\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalFreshness($allianceId: ID!, $fromDay: String!, $toDay: String!) {\n    portalFreshness(allianceId: $allianceId, fromDay: $fromDay, toDay: $toDay) {\n      kind\n      id\n      title\n      count\n      owner\n      dueOn\n      state\n    }\n  }\n"): (typeof documents)["\n  query PortalFreshness($allianceId: ID!, $fromDay: String!, $toDay: String!) {\n    portalFreshness(allianceId: $allianceId, fromDay: $fromDay, toDay: $toDay) {\n      kind\n      id\n      title\n      count\n      owner\n      dueOn\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalReviewQueue($allianceId: ID!) {\n    portalReviewQueue(allianceId: $allianceId) {\n      id\n      offerId\n      version\n      providerName\n      submittedAt\n      submittedByName\n      baseContent {\n        title\n      }\n      content {\n        title\n      }\n      changes {\n        field\n        before\n        after\n      }\n    }\n    portalDistricts(allianceId: $allianceId) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query PortalReviewQueue($allianceId: ID!) {\n    portalReviewQueue(allianceId: $allianceId) {\n      id\n      offerId\n      version\n      providerName\n      submittedAt\n      submittedByName\n      baseContent {\n        title\n      }\n      content {\n        title\n      }\n      changes {\n        field\n        before\n        after\n      }\n    }\n    portalDistricts(allianceId: $allianceId) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovePortalOfferRevision($input: DecideOfferRevisionInput!) {\n    approvePortalOfferRevision(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovePortalOfferRevision($input: DecideOfferRevisionInput!) {\n    approvePortalOfferRevision(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnPortalOfferRevision($input: DecideOfferRevisionInput!) {\n    returnPortalOfferRevision(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnPortalOfferRevision($input: DecideOfferRevisionInput!) {\n    returnPortalOfferRevision(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalRights($allianceId: ID!) {\n    portalRights(allianceId: $allianceId) {\n      editor\n      manager\n    }\n  }\n"): (typeof documents)["\n  query PortalRights($allianceId: ID!) {\n    portalRights(allianceId: $allianceId) {\n      editor\n      manager\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalSettingsPage($allianceId: ID!) {\n    portalSettings(allianceId: $allianceId) {\n      enabled\n      name\n      intro\n      primaryColor\n      accentColor\n      providerSignupOpen\n      reminderMonths\n      flagMonths\n      hideMonths\n      version\n      slug\n      mapStyleUrl\n      tileUrl\n      logoDataUrl\n    }\n    portalPlanning(allianceId: $allianceId) {\n      districts {\n        id\n        name\n        population\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalSettingsPage($allianceId: ID!) {\n    portalSettings(allianceId: $allianceId) {\n      enabled\n      name\n      intro\n      primaryColor\n      accentColor\n      providerSignupOpen\n      reminderMonths\n      flagMonths\n      hideMonths\n      version\n      slug\n      mapStyleUrl\n      tileUrl\n      logoDataUrl\n    }\n    portalPlanning(allianceId: $allianceId) {\n      districts {\n        id\n        name\n        population\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePortalSettings($input: UpdatePortalSettingsInput!) {\n    updatePortalSettings(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePortalSettings($input: UpdatePortalSettingsInput!) {\n    updatePortalSettings(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPortalLogo($input: SetPortalLogoInput!) {\n    setPortalLogo(input: $input) {\n      logoDataUrl\n    }\n  }\n"): (typeof documents)["\n  mutation SetPortalLogo($input: SetPortalLogoInput!) {\n    setPortalLogo(input: $input) {\n      logoDataUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDistrictPopulation($allianceId: ID!, $districtId: ID!, $population: Int) {\n    setDistrictPopulation(allianceId: $allianceId, districtId: $districtId, population: $population)\n  }\n"): (typeof documents)["\n  mutation SetDistrictPopulation($allianceId: ID!, $districtId: ID!, $population: Int) {\n    setDistrictPopulation(allianceId: $allianceId, districtId: $districtId, population: $population)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportingMeasurementFields on Measurement {\n    id\n    indicatorId\n    indicatorName\n    membershipId\n    reportingPeriodId\n    periodKey\n    status\n    value\n    numerator\n    denominator\n    note\n    rejectionReason\n    submittedAt\n    submittedByName\n    reviewedAt\n    reviewedByName\n    updatedAt\n    version\n    organisation {\n      id\n      name\n    }\n    parts {\n      categoryId\n      categoryName\n      dimensionId\n      dimensionName\n      value\n    }\n    overlaps {\n      id\n      otherMembershipId\n      otherOrganisationName\n      amount\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment ReportingMeasurementFields on Measurement {\n    id\n    indicatorId\n    indicatorName\n    membershipId\n    reportingPeriodId\n    periodKey\n    status\n    value\n    numerator\n    denominator\n    note\n    rejectionReason\n    submittedAt\n    submittedByName\n    reviewedAt\n    reviewedByName\n    updatedAt\n    version\n    organisation {\n      id\n      name\n    }\n    parts {\n      categoryId\n      categoryName\n      dimensionId\n      dimensionName\n      value\n    }\n    overlaps {\n      id\n      otherMembershipId\n      otherOrganisationName\n      amount\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportingMeasurementWarning on MeasurementWarning {\n    code\n    field\n    previousPeriodKey\n    previousValue\n    value\n    change\n  }\n"): (typeof documents)["\n  fragment ReportingMeasurementWarning on MeasurementWarning {\n    code\n    field\n    previousPeriodKey\n    previousValue\n    value\n    change\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportingIndicators($allianceId: ID!) {\n    indicators(allianceId: $allianceId, filter: { status: ACTIVE }, page: { first: 100 }) {\n      nodes {\n        id\n        code\n        name\n        ...IndicatorValueRules\n        frequency\n        dimensions {\n          id\n          name\n          categories {\n            id\n            name\n            position\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportingIndicators($allianceId: ID!) {\n    indicators(allianceId: $allianceId, filter: { status: ACTIVE }, page: { first: 100 }) {\n      nodes {\n        id\n        code\n        name\n        ...IndicatorValueRules\n        frequency\n        dimensions {\n          id\n          name\n          categories {\n            id\n            name\n            position\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportingMeasurements($allianceId: ID!, $filter: MeasurementFilter!, $first: Int!) {\n    measurements(allianceId: $allianceId, filter: $filter, page: { first: $first }) {\n      totalCount\n      nodes {\n        ...ReportingMeasurementFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportingMeasurements($allianceId: ID!, $filter: MeasurementFilter!, $first: Int!) {\n    measurements(allianceId: $allianceId, filter: $filter, page: { first: $first }) {\n      totalCount\n      nodes {\n        ...ReportingMeasurementFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportingOpenPeriods($allianceId: ID!) {\n    reportingPeriods(allianceId: $allianceId, state: OPEN, page: { first: 100 }) {\n      nodes {\n        ...ReportingPeriodFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportingOpenPeriods($allianceId: ID!) {\n    reportingPeriods(allianceId: $allianceId, state: OPEN, page: { first: 100 }) {\n      nodes {\n        ...ReportingPeriodFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportingOverlapMembers($allianceId: ID!) {\n    members(allianceId: $allianceId) {\n      ...MemberOptionFields\n    }\n  }\n"): (typeof documents)["\n  query ReportingOverlapMembers($allianceId: ID!) {\n    members(allianceId: $allianceId) {\n      ...MemberOptionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue($allianceId: ID!) {\n    reviewQueue(allianceId: $allianceId, page: { first: 100 }) {\n      totalCount\n      nodes {\n        ...ReportingMeasurementFields\n        previous {\n          periodKey\n          value\n          numerator\n          denominator\n          status\n        }\n        warnings {\n          ...ReportingMeasurementWarning\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewQueue($allianceId: ID!) {\n    reviewQueue(allianceId: $allianceId, page: { first: 100 }) {\n      totalCount\n      nodes {\n        ...ReportingMeasurementFields\n        previous {\n          periodKey\n          value\n          numerator\n          denominator\n          status\n        }\n        warnings {\n          ...ReportingMeasurementWarning\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareOverlap($input: DeclareOverlapInput!) {\n    declareOverlap(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclareOverlap($input: DeclareOverlapInput!) {\n    declareOverlap(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveOverlap($input: RemoveOverlapInput!) {\n    removeOverlap(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveOverlap($input: RemoveOverlapInput!) {\n    removeOverlap(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMeasurement($input: ApproveMeasurementInput!) {\n    approveMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveMeasurement($input: ApproveMeasurementInput!) {\n    approveMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectMeasurement($input: RejectMeasurementInput!) {\n    rejectMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n"): (typeof documents)["\n  mutation RejectMeasurement($input: RejectMeasurementInput!) {\n    rejectMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenMeasurement($input: ReopenMeasurementInput!) {\n    reopenMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenMeasurement($input: ReopenMeasurementInput!) {\n    reopenMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMeasurements($input: ApproveMeasurementsInput!) {\n    approveMeasurements(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveMeasurements($input: ApproveMeasurementsInput!) {\n    approveMeasurements(input: $input) {\n      ...ReportingMeasurementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMeasurement($input: SaveMeasurementInput!) {\n    saveMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n      warnings {\n        ...ReportingMeasurementWarning\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveMeasurement($input: SaveMeasurementInput!) {\n    saveMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n      warnings {\n        ...ReportingMeasurementWarning\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitMeasurement($input: SubmitMeasurementInput!) {\n    submitMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n      warnings {\n        ...ReportingMeasurementWarning\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitMeasurement($input: SubmitMeasurementInput!) {\n    submitMeasurement(input: $input) {\n      ...ReportingMeasurementFields\n      warnings {\n        ...ReportingMeasurementWarning\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitMeasurements($input: SubmitMeasurementsInput!) {\n    submitMeasurements(input: $input) {\n      ok\n      errors {\n        row\n        code\n        field\n        fieldCode\n        params\n        message\n      }\n      warnings {\n        row\n        code\n        field\n        previousPeriodKey\n        previousValue\n        value\n        change\n      }\n      saved {\n        ...ReportingMeasurementFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitMeasurements($input: SubmitMeasurementsInput!) {\n    submitMeasurements(input: $input) {\n      ok\n      errors {\n        row\n        code\n        field\n        fieldCode\n        params\n        message\n      }\n      warnings {\n        row\n        code\n        field\n        previousPeriodKey\n        previousValue\n        value\n        change\n      }\n      saved {\n        ...ReportingMeasurementFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeAllianceLifecycle($input: ChangeAllianceLifecycleInput!) {\n    changeAllianceLifecycle(input: $input) {\n      alliance {\n        id\n        lifecycle\n        version\n      }\n      warnings {\n        code\n        goalId\n        goalTitle\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeAllianceLifecycle($input: ChangeAllianceLifecycleInput!) {\n    changeAllianceLifecycle(input: $input) {\n      alliance {\n        id\n        lifecycle\n        version\n      }\n      warnings {\n        code\n        goalId\n        goalTitle\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDistrict($input: CreateDistrictInput!) {\n    createDistrict(input: $input) {\n      ...DistrictFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDistrict($input: CreateDistrictInput!) {\n    createDistrict(input: $input) {\n      ...DistrictFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDistrict($input: UpdateDistrictInput!) {\n    updateDistrict(input: $input) {\n      ...DistrictFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDistrict($input: UpdateDistrictInput!) {\n    updateDistrict(input: $input) {\n      ...DistrictFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDistrict($input: DeleteDistrictInput!) {\n    deleteDistrict(input: $input) {\n      id\n      movedActivities\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteDistrict($input: DeleteDistrictInput!) {\n    deleteDistrict(input: $input) {\n      id\n      movedActivities\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllianceLifecycle($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      lifecycle\n      version\n    }\n  }\n"): (typeof documents)["\n  query AllianceLifecycle($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      lifecycle\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens($allianceId: ID!, $page: PageInput) {\n    apiTokens(allianceId: $allianceId, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        role\n        membershipId\n        memberName\n        tokenPrefix\n        createdByName\n        createdAt\n        expiresAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens($allianceId: ID!, $page: PageInput) {\n    apiTokens(allianceId: $allianceId, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        name\n        role\n        membershipId\n        memberName\n        tokenPrefix\n        createdByName\n        createdAt\n        expiresAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TokenMembers($allianceId: ID!) {\n    members(allianceId: $allianceId) {\n      id\n      role\n      state\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query TokenMembers($allianceId: ID!) {\n    members(allianceId: $allianceId) {\n      id\n      role\n      state\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicProgressSettings($allianceId: ID!) {\n    publicProgressSettings(allianceId: $allianceId) {\n      allianceId\n      published\n      slug\n      goalIds\n      indicatorIds\n      version\n    }\n    goals(allianceId: $allianceId) {\n      id\n      title\n      depth\n    }\n    indicators(allianceId: $allianceId, page: { first: 100 }) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicProgressSettings($allianceId: ID!) {\n    publicProgressSettings(allianceId: $allianceId) {\n      allianceId\n      published\n      slug\n      goalIds\n      indicatorIds\n      version\n    }\n    goals(allianceId: $allianceId) {\n      id\n      title\n      depth\n    }\n    indicators(allianceId: $allianceId, page: { first: 100 }) {\n      nodes {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePublicProgress($input: UpdatePublicProgressInput!) {\n    updatePublicProgress(input: $input) {\n      allianceId\n      published\n      slug\n      goalIds\n      indicatorIds\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePublicProgress($input: UpdatePublicProgressInput!) {\n    updatePublicProgress(input: $input) {\n      allianceId\n      published\n      slug\n      goalIds\n      indicatorIds\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAllianceProfile($input: UpdateAllianceProfileInput!) {\n    updateAllianceProfile(input: $input) {\n      ...AllianceProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAllianceProfile($input: UpdateAllianceProfileInput!) {\n    updateAllianceProfile(input: $input) {\n      ...AllianceProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSmallNumberThreshold($input: UpdateSmallNumberThresholdInput!) {\n    updateSmallNumberThreshold(input: $input) {\n      allianceId\n      smallNumberThreshold\n      appliesToMe\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSmallNumberThreshold($input: UpdateSmallNumberThresholdInput!) {\n    updateSmallNumberThreshold(input: $input) {\n      allianceId\n      smallNumberThreshold\n      appliesToMe\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      name\n      locale\n      isPlatformAdmin\n      organisations {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      name\n      locale\n      isPlatformAdmin\n      organisations {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      twoFactorChallenge\n      user {\n        id\n        email\n        name\n        locale\n        isPlatformAdmin\n        organisations {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      twoFactorChallenge\n      user {\n        id\n        email\n        name\n        locale\n        isPlatformAdmin\n        organisations {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginWithTwoFactor($input: LoginWithTwoFactorInput!) {\n    loginWithTwoFactor(input: $input) {\n      expiresAt\n      user {\n        id\n        email\n        name\n        locale\n        isPlatformAdmin\n        organisations {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LoginWithTwoFactor($input: LoginWithTwoFactorInput!) {\n    loginWithTwoFactor(input: $input) {\n      expiresAt\n      user {\n        id\n        email\n        name\n        locale\n        isPlatformAdmin\n        organisations {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyLocale($input: UpdateMyLocaleInput!) {\n    updateMyLocale(input: $input) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyLocale($input: UpdateMyLocaleInput!) {\n    updateMyLocale(input: $input) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DisclosureSettings($allianceId: ID!) {\n    disclosureSettings(allianceId: $allianceId) {\n      allianceId\n      smallNumberThreshold\n      appliesToMe\n      version\n    }\n  }\n"): (typeof documents)["\n  query DisclosureSettings($allianceId: ID!) {\n    disclosureSettings(allianceId: $allianceId) {\n      allianceId\n      smallNumberThreshold\n      appliesToMe\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DistrictFields on District {\n    id\n    name\n    version\n    hasShape\n    activityCount\n  }\n"): (typeof documents)["\n  fragment DistrictFields on District {\n    id\n    name\n    version\n    hasShape\n    activityCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllianceDistricts($allianceId: ID!) {\n    districts(allianceId: $allianceId) {\n      ...DistrictFields\n    }\n  }\n"): (typeof documents)["\n  query AllianceDistricts($allianceId: ID!) {\n    districts(allianceId: $allianceId) {\n      ...DistrictFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AllianceProfileFields on Alliance {\n    id\n    name\n    kind\n    problemStatement\n    vision\n    periodStart\n    periodEnd\n    guestComments\n    requireTwoFactorForAdmins\n    logoDataUrl\n    primaryColor\n    version\n  }\n"): (typeof documents)["\n  fragment AllianceProfileFields on Alliance {\n    id\n    name\n    kind\n    problemStatement\n    vision\n    periodStart\n    periodEnd\n    guestComments\n    requireTwoFactorForAdmins\n    logoDataUrl\n    primaryColor\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberOptionFields on Membership {\n    id\n    role\n    state\n    organisation {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MemberOptionFields on Membership {\n    id\n    role\n    state\n    organisation {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IndicatorValueRules on Indicator {\n    unit\n    decimals\n    aggregation\n    numeratorLabel\n    denominatorLabel\n    allowNegative\n    integerOnly\n    minValue\n    maxValue\n    allowRatioAboveOne\n    jumpWarningShare\n  }\n"): (typeof documents)["\n  fragment IndicatorValueRules on Indicator {\n    unit\n    decimals\n    aggregation\n    numeratorLabel\n    denominatorLabel\n    allowNegative\n    integerOnly\n    minValue\n    maxValue\n    allowRatioAboveOne\n    jumpWarningShare\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportingPeriodFields on ReportingPeriod {\n    id\n    periodKey\n    frequency\n    state\n    dueOn\n    startsOn\n    endsOn\n    version\n  }\n"): (typeof documents)["\n  fragment ReportingPeriodFields on ReportingPeriod {\n    id\n    periodKey\n    frequency\n    state\n    dueOn\n    startsOn\n    endsOn\n    version\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;