/** GraphQL operations the communication specs share. */

export const ENTRY_FIELDS = `id type title body occurredOn version conflictState resolution resolvedAt canEdit proposalId commentCount openActionItemCount
  authorUser { id name } authorMember { membershipId role organisation { name } }
  participants { membershipId } goals { id title } indicators { id name unit }`;

export const CREATE_ENTRY = `mutation($i: CreateLogEntryInput!) { createLogEntry(input: $i) { ${ENTRY_FIELDS} } }`;
export const UPDATE_ENTRY = `mutation($i: UpdateLogEntryInput!) { updateLogEntry(input: $i) { ${ENTRY_FIELDS} } }`;
export const RESOLVE = `mutation($i: ResolveConflictInput!) { resolveConflict(input: $i) { ${ENTRY_FIELDS} } }`;
export const REOPEN = `mutation($i: ReopenConflictInput!) { reopenConflict(input: $i) { ${ENTRY_FIELDS} } }`;
export const ENTRY = `query($a: ID!, $id: ID!) { logEntry(allianceId: $a, logEntryId: $id) { ${ENTRY_FIELDS}
  comments { id body canDelete authorUser { id } authorMember { membershipId } }
  actionItems { id title done overdue dueOn owner { membershipId } ownerUser { id } } } }`;
export const FEED = `query($a: ID!, $f: LogFeedFilter, $p: PageInput) { logFeed(allianceId: $a, filter: $f, page: $p) {
  totalCount pageInfo { endCursor hasNextPage } nodes { id title type occurredOn commentCount openActionItemCount } } }`;

export const ADD_COMMENT = `mutation($i: AddCommentInput!) { addComment(input: $i) { id body canDelete authorMember { membershipId } } }`;
export const DELETE_COMMENT = `mutation($i: DeleteCommentInput!) { deleteComment(input: $i) }`;

const ITEM_FIELDS = `id title done overdue dueOn version logEntryId logEntryTitle owner { membershipId } ownerUser { id name } doneBy { id }`;
export const CREATE_ITEM = `mutation($i: CreateActionItemInput!) { createActionItem(input: $i) { ${ITEM_FIELDS} } }`;
export const COMPLETE_ITEM = `mutation($i: CompleteActionItemInput!) { completeActionItem(input: $i) { ${ITEM_FIELDS} } }`;
export const REOPEN_ITEM = `mutation($i: ReopenActionItemInput!) { reopenActionItem(input: $i) { ${ITEM_FIELDS} } }`;
export const MY_ITEMS = `query($a: ID!, $d: Boolean, $p: PageInput) { myActionItems(allianceId: $a, includeDone: $d, page: $p) {
  totalCount pageInfo { endCursor hasNextPage } nodes { ${ITEM_FIELDS} } } }`;

const PROPOSAL_FIELDS = `id title state votingOpen outcome decidedAt decisionLogEntryId version closesAt
  tally { agree abstain disagree block total } myVote { vote comment member { membershipId } }
  indicator { id name } indicatorSnapshot { indicatorId name unit aggregation takenAt periods values reportCounts }`;
export const CREATE_PROPOSAL = `mutation($i: CreateProposalInput!) { createProposal(input: $i) { ${PROPOSAL_FIELDS} } }`;
export const VOTE = `mutation($i: CastVoteInput!) { castVote(input: $i) { ${PROPOSAL_FIELDS} } }`;
export const CLOSE = `mutation($i: CloseProposalInput!) { closeProposal(input: $i) { ${PROPOSAL_FIELDS} votes { vote member { membershipId } } } }`;
export const WITHDRAW = `mutation($i: WithdrawProposalInput!) { withdrawProposal(input: $i) { ${PROPOSAL_FIELDS} } }`;
export const PROPOSAL = `query($a: ID!, $id: ID!) { proposal(allianceId: $a, proposalId: $id) { ${PROPOSAL_FIELDS}
  votes { vote comment member { membershipId organisation { name } } votedBy { id } } } }`;
export const PROPOSALS = `query($a: ID!, $s: ProposalState, $p: PageInput) { proposals(allianceId: $a, state: $s, page: $p) {
  totalCount pageInfo { endCursor hasNextPage } nodes { id title state tally { total } myVote { vote } } } }`;

/** An ISO timestamp `days` from now. */
export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
/** An ISO date `days` from today (UTC). */
export const dateIn = (days: number) => inDays(days).slice(0, 10);
