import { EntityManager } from 'typeorm';
import { conflict, notFound } from '../core/errors';

/** Rows of a query (any statement with RETURNING, too). */
export async function rows<T>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  try {
    const result = await em.queryRunner!.query(sql, params, true);
    return result.records as T[];
  } catch (e) {
    // An id argument that is not a UUID names nothing: the same answer as an unknown id.
    if (/invalid input syntax for type uuid/.test(String((e as Error).message))) throw notFound('Record');
    throw e;
  }
}

/** `text` for LIKE/ILIKE with its own `%`, `_` and `\` taken literally (backslash is PostgreSQL's default escape). */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** An ILIKE pattern that finds `text` anywhere, literally: a user's "50%" means fifty per cent. */
export const containsPattern = (text: string) => `%${escapeLike(text)}%`;

export async function one<T>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T | undefined> {
  return (await rows<T>(em, sql, params))[0];
}

/**
 * Optimistic update: the statement must carry `WHERE … AND version = $n` and RETURNING.
 * No row back means stale version (CONFLICT) or no such row (NOT_FOUND), told apart by `exists`.
 */
export async function updateVersioned<T>(em: EntityManager, entity: string, sql: string, params: unknown[], exists: () => Promise<boolean>): Promise<T> {
  const updated = await rows<T>(em, sql, params);
  if (updated.length === 1) return updated[0];
  if (await exists()) throw conflict(entity);
  throw notFound(entity);
}
