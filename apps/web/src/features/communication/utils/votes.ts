import type { Vote } from '@/gql/graphql';

export const VOTES: Vote[] = ['AGREE', 'DISAGREE', 'ABSTAIN', 'BLOCK'];

export interface Tally {
  agree: number;
  disagree: number;
  abstain: number;
  block: number;
  total: number;
}

export interface VoteResult {
  vote: Vote;
  count: number;
  /** Share of all votes cast, 0 when nobody voted. */
  share: number;
}

const FIELD: Record<Vote, keyof Omit<Tally, 'total'>> = { AGREE: 'agree', DISAGREE: 'disagree', ABSTAIN: 'abstain', BLOCK: 'block' };

/** One row per option in a fixed order, with its share of the votes cast. */
export function voteResults(tally: Tally): VoteResult[] {
  return VOTES.map((vote) => {
    const count = tally[FIELD[vote]];
    return { vote, count, share: tally.total > 0 ? count / tally.total : 0 };
  });
}
