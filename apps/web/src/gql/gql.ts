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
    "\n  fragment ProposalFields on Proposal {\n    id\n    title\n    body\n    state\n    outcome\n    closesAt\n    createdAt\n    decidedAt\n    votingOpen\n    version\n    decisionLogEntryId\n    createdBy {\n      id\n      name\n    }\n    createdByMember {\n      membershipId\n      organisation {\n        id\n        name\n      }\n    }\n    indicator {\n      id\n      name\n      unit\n    }\n    myVote {\n      vote\n      comment\n    }\n    tally {\n      agree\n      disagree\n      abstain\n      block\n      total\n    }\n  }\n": typeof types.ProposalFieldsFragmentDoc,
    "\n  query LogContext($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      guestComments\n    }\n    members(allianceId: $allianceId) {\n      id\n      role\n      state\n      organisation {\n        id\n        name\n      }\n    }\n    goals(allianceId: $allianceId) {\n      id\n      title\n      depth\n    }\n    indicators(allianceId: $allianceId, page: { first: 100 }) {\n      nodes {\n        id\n        name\n        unit\n        status\n      }\n    }\n  }\n": typeof types.LogContextDocument,
    "\n  query LogEntry($allianceId: ID!, $logEntryId: ID!) {\n    logEntry(allianceId: $allianceId, logEntryId: $logEntryId) {\n      id\n      type\n      title\n      body\n      occurredOn\n      createdAt\n      updatedAt\n      version\n      canEdit\n      commentCount\n      openActionItemCount\n      conflictState\n      resolution\n      resolvedAt\n      proposalId\n      authorMember {\n        membershipId\n        role\n        organisation {\n          id\n          name\n        }\n      }\n      authorUser {\n        id\n        name\n      }\n      participants {\n        membershipId\n        organisation {\n          id\n          name\n        }\n      }\n      goals {\n        id\n        title\n      }\n      indicators {\n        id\n        name\n      }\n      comments {\n        id\n        body\n        createdAt\n        canDelete\n        authorMember {\n          membershipId\n          organisation {\n            id\n            name\n          }\n        }\n        authorUser {\n          id\n          name\n        }\n      }\n      actionItems {\n        ...ActionItemFields\n      }\n    }\n  }\n": typeof types.LogEntryDocument,
    "\n  query LogFeed($allianceId: ID!, $filter: LogFeedFilter, $page: PageInput) {\n    logFeed(allianceId: $allianceId, filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...LogEntryFields\n      }\n    }\n  }\n": typeof types.LogFeedDocument,
    "\n  query MyActionItems($allianceId: ID!, $includeDone: Boolean!, $page: PageInput) {\n    myActionItems(allianceId: $allianceId, includeDone: $includeDone, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ActionItemFields\n      }\n    }\n  }\n": typeof types.MyActionItemsDocument,
    "\n  query Proposal($allianceId: ID!, $proposalId: ID!) {\n    proposal(allianceId: $allianceId, proposalId: $proposalId) {\n      id\n      title\n      body\n      state\n      outcome\n      closesAt\n      createdAt\n      decidedAt\n      votingOpen\n      version\n      decisionLogEntryId\n      createdBy {\n        id\n        name\n      }\n      createdByMember {\n        membershipId\n        organisation {\n          id\n          name\n        }\n      }\n      indicator {\n        id\n        name\n        unit\n      }\n      indicatorSnapshot {\n        name\n        unit\n        aggregation\n        periods\n        values\n        reportCounts\n        takenAt\n      }\n      myVote {\n        vote\n        comment\n      }\n      tally {\n        agree\n        disagree\n        abstain\n        block\n        total\n      }\n      votes {\n        vote\n        comment\n        votedAt\n        votedBy {\n          id\n          name\n        }\n        member {\n          membershipId\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProposalDocument,
    "\n  query Proposals($allianceId: ID!, $state: ProposalState, $page: PageInput) {\n    proposals(allianceId: $allianceId, state: $state, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ProposalFields\n      }\n    }\n  }\n": typeof types.ProposalsDocument,
    "\n  mutation ReopenActionItem($input: ReopenActionItemInput!) {\n    reopenActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n": typeof types.ReopenActionItemDocument,
    "\n  mutation ReopenConflict($input: ReopenConflictInput!) {\n    reopenConflict(input: $input) {\n      id\n      version\n      conflictState\n    }\n  }\n": typeof types.ReopenConflictDocument,
    "\n  mutation ResolveConflict($input: ResolveConflictInput!) {\n    resolveConflict(input: $input) {\n      id\n      version\n      conflictState\n    }\n  }\n": typeof types.ResolveConflictDocument,
    "\n  mutation UpdateLogEntry($input: UpdateLogEntryInput!) {\n    updateLogEntry(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateLogEntryDocument,
    "\n  mutation WithdrawProposal($input: WithdrawProposalInput!) {\n    withdrawProposal(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.WithdrawProposalDocument,
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
    "\n  fragment ProposalFields on Proposal {\n    id\n    title\n    body\n    state\n    outcome\n    closesAt\n    createdAt\n    decidedAt\n    votingOpen\n    version\n    decisionLogEntryId\n    createdBy {\n      id\n      name\n    }\n    createdByMember {\n      membershipId\n      organisation {\n        id\n        name\n      }\n    }\n    indicator {\n      id\n      name\n      unit\n    }\n    myVote {\n      vote\n      comment\n    }\n    tally {\n      agree\n      disagree\n      abstain\n      block\n      total\n    }\n  }\n": types.ProposalFieldsFragmentDoc,
    "\n  query LogContext($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      guestComments\n    }\n    members(allianceId: $allianceId) {\n      id\n      role\n      state\n      organisation {\n        id\n        name\n      }\n    }\n    goals(allianceId: $allianceId) {\n      id\n      title\n      depth\n    }\n    indicators(allianceId: $allianceId, page: { first: 100 }) {\n      nodes {\n        id\n        name\n        unit\n        status\n      }\n    }\n  }\n": types.LogContextDocument,
    "\n  query LogEntry($allianceId: ID!, $logEntryId: ID!) {\n    logEntry(allianceId: $allianceId, logEntryId: $logEntryId) {\n      id\n      type\n      title\n      body\n      occurredOn\n      createdAt\n      updatedAt\n      version\n      canEdit\n      commentCount\n      openActionItemCount\n      conflictState\n      resolution\n      resolvedAt\n      proposalId\n      authorMember {\n        membershipId\n        role\n        organisation {\n          id\n          name\n        }\n      }\n      authorUser {\n        id\n        name\n      }\n      participants {\n        membershipId\n        organisation {\n          id\n          name\n        }\n      }\n      goals {\n        id\n        title\n      }\n      indicators {\n        id\n        name\n      }\n      comments {\n        id\n        body\n        createdAt\n        canDelete\n        authorMember {\n          membershipId\n          organisation {\n            id\n            name\n          }\n        }\n        authorUser {\n          id\n          name\n        }\n      }\n      actionItems {\n        ...ActionItemFields\n      }\n    }\n  }\n": types.LogEntryDocument,
    "\n  query LogFeed($allianceId: ID!, $filter: LogFeedFilter, $page: PageInput) {\n    logFeed(allianceId: $allianceId, filter: $filter, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...LogEntryFields\n      }\n    }\n  }\n": types.LogFeedDocument,
    "\n  query MyActionItems($allianceId: ID!, $includeDone: Boolean!, $page: PageInput) {\n    myActionItems(allianceId: $allianceId, includeDone: $includeDone, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ActionItemFields\n      }\n    }\n  }\n": types.MyActionItemsDocument,
    "\n  query Proposal($allianceId: ID!, $proposalId: ID!) {\n    proposal(allianceId: $allianceId, proposalId: $proposalId) {\n      id\n      title\n      body\n      state\n      outcome\n      closesAt\n      createdAt\n      decidedAt\n      votingOpen\n      version\n      decisionLogEntryId\n      createdBy {\n        id\n        name\n      }\n      createdByMember {\n        membershipId\n        organisation {\n          id\n          name\n        }\n      }\n      indicator {\n        id\n        name\n        unit\n      }\n      indicatorSnapshot {\n        name\n        unit\n        aggregation\n        periods\n        values\n        reportCounts\n        takenAt\n      }\n      myVote {\n        vote\n        comment\n      }\n      tally {\n        agree\n        disagree\n        abstain\n        block\n        total\n      }\n      votes {\n        vote\n        comment\n        votedAt\n        votedBy {\n          id\n          name\n        }\n        member {\n          membershipId\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ProposalDocument,
    "\n  query Proposals($allianceId: ID!, $state: ProposalState, $page: PageInput) {\n    proposals(allianceId: $allianceId, state: $state, page: $page) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        ...ProposalFields\n      }\n    }\n  }\n": types.ProposalsDocument,
    "\n  mutation ReopenActionItem($input: ReopenActionItemInput!) {\n    reopenActionItem(input: $input) {\n      ...ActionItemFields\n    }\n  }\n": types.ReopenActionItemDocument,
    "\n  mutation ReopenConflict($input: ReopenConflictInput!) {\n    reopenConflict(input: $input) {\n      id\n      version\n      conflictState\n    }\n  }\n": types.ReopenConflictDocument,
    "\n  mutation ResolveConflict($input: ResolveConflictInput!) {\n    resolveConflict(input: $input) {\n      id\n      version\n      conflictState\n    }\n  }\n": types.ResolveConflictDocument,
    "\n  mutation UpdateLogEntry($input: UpdateLogEntryInput!) {\n    updateLogEntry(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateLogEntryDocument,
    "\n  mutation WithdrawProposal($input: WithdrawProposalInput!) {\n    withdrawProposal(input: $input) {\n      id\n      state\n    }\n  }\n": types.WithdrawProposalDocument,
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
export function graphql(source: "\n  fragment ProposalFields on Proposal {\n    id\n    title\n    body\n    state\n    outcome\n    closesAt\n    createdAt\n    decidedAt\n    votingOpen\n    version\n    decisionLogEntryId\n    createdBy {\n      id\n      name\n    }\n    createdByMember {\n      membershipId\n      organisation {\n        id\n        name\n      }\n    }\n    indicator {\n      id\n      name\n      unit\n    }\n    myVote {\n      vote\n      comment\n    }\n    tally {\n      agree\n      disagree\n      abstain\n      block\n      total\n    }\n  }\n"): (typeof documents)["\n  fragment ProposalFields on Proposal {\n    id\n    title\n    body\n    state\n    outcome\n    closesAt\n    createdAt\n    decidedAt\n    votingOpen\n    version\n    decisionLogEntryId\n    createdBy {\n      id\n      name\n    }\n    createdByMember {\n      membershipId\n      organisation {\n        id\n        name\n      }\n    }\n    indicator {\n      id\n      name\n      unit\n    }\n    myVote {\n      vote\n      comment\n    }\n    tally {\n      agree\n      disagree\n      abstain\n      block\n      total\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LogContext($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      guestComments\n    }\n    members(allianceId: $allianceId) {\n      id\n      role\n      state\n      organisation {\n        id\n        name\n      }\n    }\n    goals(allianceId: $allianceId) {\n      id\n      title\n      depth\n    }\n    indicators(allianceId: $allianceId, page: { first: 100 }) {\n      nodes {\n        id\n        name\n        unit\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query LogContext($allianceId: ID!) {\n    alliance(allianceId: $allianceId) {\n      id\n      guestComments\n    }\n    members(allianceId: $allianceId) {\n      id\n      role\n      state\n      organisation {\n        id\n        name\n      }\n    }\n    goals(allianceId: $allianceId) {\n      id\n      title\n      depth\n    }\n    indicators(allianceId: $allianceId, page: { first: 100 }) {\n      nodes {\n        id\n        name\n        unit\n        status\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query Proposal($allianceId: ID!, $proposalId: ID!) {\n    proposal(allianceId: $allianceId, proposalId: $proposalId) {\n      id\n      title\n      body\n      state\n      outcome\n      closesAt\n      createdAt\n      decidedAt\n      votingOpen\n      version\n      decisionLogEntryId\n      createdBy {\n        id\n        name\n      }\n      createdByMember {\n        membershipId\n        organisation {\n          id\n          name\n        }\n      }\n      indicator {\n        id\n        name\n        unit\n      }\n      indicatorSnapshot {\n        name\n        unit\n        aggregation\n        periods\n        values\n        reportCounts\n        takenAt\n      }\n      myVote {\n        vote\n        comment\n      }\n      tally {\n        agree\n        disagree\n        abstain\n        block\n        total\n      }\n      votes {\n        vote\n        comment\n        votedAt\n        votedBy {\n          id\n          name\n        }\n        member {\n          membershipId\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Proposal($allianceId: ID!, $proposalId: ID!) {\n    proposal(allianceId: $allianceId, proposalId: $proposalId) {\n      id\n      title\n      body\n      state\n      outcome\n      closesAt\n      createdAt\n      decidedAt\n      votingOpen\n      version\n      decisionLogEntryId\n      createdBy {\n        id\n        name\n      }\n      createdByMember {\n        membershipId\n        organisation {\n          id\n          name\n        }\n      }\n      indicator {\n        id\n        name\n        unit\n      }\n      indicatorSnapshot {\n        name\n        unit\n        aggregation\n        periods\n        values\n        reportCounts\n        takenAt\n      }\n      myVote {\n        vote\n        comment\n      }\n      tally {\n        agree\n        disagree\n        abstain\n        block\n        total\n      }\n      votes {\n        vote\n        comment\n        votedAt\n        votedBy {\n          id\n          name\n        }\n        member {\n          membershipId\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
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