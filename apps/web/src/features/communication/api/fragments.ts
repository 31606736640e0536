import { graphql } from '@/gql';

/** Fields of an entry as the timeline shows it; the detail adds comments and action items. */
export const LogEntryFieldsFragment = graphql(`
  fragment LogEntryFields on LogEntry {
    id
    type
    title
    body
    occurredOn
    createdAt
    updatedAt
    version
    canEdit
    commentCount
    openActionItemCount
    conflictState
    resolution
    resolvedAt
    proposalId
    authorMember {
      membershipId
      role
      organisation {
        id
        name
      }
    }
    authorUser {
      id
      name
    }
    participants {
      membershipId
      organisation {
        id
        name
      }
    }
    goals {
      id
      title
    }
    indicators {
      id
      name
    }
  }
`);

export const ActionItemFieldsFragment = graphql(`
  fragment ActionItemFields on ActionItem {
    id
    title
    dueOn
    done
    doneAt
    overdue
    version
    logEntryId
    logEntryTitle
    owner {
      membershipId
      organisation {
        id
        name
      }
    }
    ownerUser {
      id
      name
    }
    doneBy {
      id
      name
    }
  }
`);

export const ProposalFieldsFragment = graphql(`
  fragment ProposalFields on Proposal {
    id
    title
    body
    state
    outcome
    closesAt
    createdAt
    decidedAt
    votingOpen
    version
    decisionLogEntryId
    createdBy {
      id
      name
    }
    createdByMember {
      membershipId
      organisation {
        id
        name
      }
    }
    indicator {
      id
      name
      unit
    }
    myVote {
      vote
      comment
    }
    tally {
      ...VoteTallyFields
    }
  }
`);

/** The count of a proposal's votes, in the list and on the proposal's page alike. */
export const VoteTallyFieldsFragment = graphql(`
  fragment VoteTallyFields on VoteTally {
    agree
    disagree
    abstain
    block
    total
  }
`);
