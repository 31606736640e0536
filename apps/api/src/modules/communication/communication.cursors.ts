import { invalid } from '../../core/errors';
import { decodeCursor } from '../../core/graphql/pagination';
import { isUuid } from '../../core/tenancy/tenancy.service';

const DATE = /^(\d{4}-\d{2}-\d{2}|infinity)$/;
/** created_at::text as PostgreSQL prints it (ISO DateStyle). */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2}$/;

const bad = () => invalid([{ field: 'after', code: 'invalid' }]);

/**
 * Cursors come back from clients: their parts are checked before they reach SQL so that a
 * tampered cursor is a VALIDATION_FAILED, not a database error.
 */
export function logFeedCursor(after?: string): [string, string, string] | undefined {
  const c = decodeCursor<[string, string, string]>(after, 3);
  if (c && !(typeof c[0] === 'string' && DATE.test(c[0]) && TIMESTAMP.test(String(c[1])) && isUuid(c[2]))) throw bad();
  return c;
}

export function actionItemCursor(after?: string): [boolean, string, string, string] | undefined {
  const c = decodeCursor<[boolean, string, string, string]>(after, 4);
  if (c && !(typeof c[0] === 'boolean' && DATE.test(String(c[1])) && TIMESTAMP.test(String(c[2])) && isUuid(c[3]))) throw bad();
  return c;
}

export function proposalCursor(after?: string): [string, string] | undefined {
  const c = decodeCursor<[string, string]>(after, 2);
  if (c && !(TIMESTAMP.test(String(c[0])) && isUuid(c[1]))) throw bad();
  return c;
}
