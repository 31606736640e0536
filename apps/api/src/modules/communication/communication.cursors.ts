import { CURSORS } from '../../core/graphql/cursors';
import { decodeCursor } from '../../core/graphql/pagination';

/** The communication connections' cursors, checked (signature, shape) before they reach SQL. */
export const logFeedCursor = (after?: string) => decodeCursor(after, CURSORS.logFeed);
export const actionItemCursor = (after?: string) => decodeCursor(after, CURSORS.actionItems);
export const proposalCursor = (after?: string) => decodeCursor(after, CURSORS.proposals);
