import { cursorSpec } from './pagination';

/**
 * The shape of every connection's cursor, in one place: the sort values of its last row, in
 * ORDER BY order. A cursor signed for one connection is refused by every other.
 */
export const CURSORS = {
  /** code IS NULL, code, name, id */
  indicators: cursorSpec<[boolean, string, string, string]>('indicators', 'bool', 'text', 'text', 'uuid'),
  /** title, id */
  activities: cursorSpec<[string, string]>('activities', 'text', 'uuid'),
  /** done, due date (infinity when none), created_at, id */
  actionItems: cursorSpec<[boolean, string, string, string]>('actionItems', 'bool', 'date', 'timestamp', 'uuid'),
  /** occurredOn, created_at, id */
  logFeed: cursorSpec<[string, string, string]>('logFeed', 'date', 'timestamp', 'uuid'),
  /** created_at, id */
  proposals: cursorSpec<[string, string]>('proposals', 'timestamp', 'uuid'),
  /** startsOn, id */
  reportingPeriods: cursorSpec<[string, string]>('reportingPeriods', 'date', 'uuid'),
  /** the period's startsOn, id */
  measurements: cursorSpec<[string, string]>('measurements', 'date', 'uuid'),
  /** submitted_at, id */
  reviewQueue: cursorSpec<[string, string]>('reviewQueue', 'timestamp', 'uuid'),
  /** occurred_at in microseconds, id */
  auditEvents: cursorSpec<[string, string]>('auditEvents', 'micros', 'uuid'),
  /** created_at, id */
  apiTokens: cursorSpec<[string, string]>('apiTokens', 'timestamp', 'uuid'),
  /** created_at, id (newest first) */
  importBatches: cursorSpec<[string, string]>('importBatches', 'timestamp', 'uuid'),
  /** row number in the file, as text */
  importRows: cursorSpec<[string]>('importRows', 'text'),
};
