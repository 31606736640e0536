import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Type } from '@nestjs/common';
import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DomainError } from '../errors';

/** Cursor pagination arguments shared by every list that can grow. */
@InputType()
export class PageInput {
  @Field(() => Int, { defaultValue: 25, description: 'Page size (1–100).' }) @IsInt() @Min(1) @Max(100) first: number;
  @Field({ nullable: true, description: 'endCursor of the previous page.' }) @IsOptional() @IsString() @MaxLength(2000) after?: string;
}

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true }) endCursor: string | null;
  @Field() hasNextPage: boolean;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** `@ObjectType() class FooPage extends Paginated(FooModel) {}` */
export function Paginated<T>(item: Type<T>): Type<Page<T>> {
  @ObjectType({ isAbstract: true })
  abstract class PageType implements Page<T> {
    @Field(() => [item]) nodes: T[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int) totalCount: number;
  }
  return PageType as unknown as Type<Page<T>>;
}

/**
 * Keyset cursors. A cursor is the sort values of a page's last row, which come back from the
 * client and go into SQL: so it is signed (HMAC-SHA256 with a server key, bound to the one
 * connection that issued it) and its decoded tuple is checked against that connection's shape
 * (count and type of every part). Either failure is a VALIDATION_FAILED on `after`, never a
 * database error; the schema check still holds should the key ever leak.
 */
export type CursorPart = 'uuid' | 'date' | 'timestamp' | 'text' | 'bool' | 'micros';

export interface CursorSpec<C extends unknown[]> {
  readonly name: string;
  readonly parts: readonly CursorPart[];
  /** Phantom: the tuple type decoded values have. */
  readonly _tuple?: C;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PART_CHECKS: Record<CursorPart, (v: unknown) => boolean> = {
  uuid: (v) => typeof v === 'string' && UUID.test(v),
  // A date column as PostgreSQL prints it (open ends sort as infinity).
  date: (v) => typeof v === 'string' && /^(\d{4}-\d{2}-\d{2}|-?infinity)$/.test(v),
  // timestamptz::text in the ISO DateStyle.
  timestamp: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2}$/.test(v),
  text: (v) => typeof v === 'string' && v.length <= 1000 && !v.includes('\u0000'),
  bool: (v) => typeof v === 'boolean',
  // Microseconds since the epoch as a bigint printed by PostgreSQL.
  micros: (v) => typeof v === 'string' && /^-?\d{1,19}$/.test(v),
};

export function cursorSpec<C extends unknown[]>(name: string, ...parts: CursorPart[]): CursorSpec<C> {
  return { name, parts };
}

let cursorKey: Buffer = randomBytes(32);

/**
 * Set once at start-up (createApp). Without a configured key each process signs with a random
 * one, so cursors would not survive a restart; see deriveCursorKey.
 */
export function useCursorKey(key: Buffer): void {
  cursorKey = key;
}

/**
 * CURSOR_SECRET when configured; otherwise derived from a database password (the app role's,
 * else the owner's: generated per data dir for the embedded server, configured otherwise), which
 * every instance of one installation shares and no client knows. Undefined when there is none.
 */
export function deriveCursorKey(secret: string | undefined, ...databaseUrls: string[]): Buffer | undefined {
  const passwordOf = (url: string) => {
    try {
      return decodeURIComponent(new URL(url).password);
    } catch {
      return '';
    }
  };
  const material = secret || databaseUrls.map(passwordOf).find(Boolean);
  return material ? createHmac('sha256', 'gemeinwerk/cursor/v1').update(material).digest() : undefined;
}

function mac(key: Buffer, name: string, payload: string): string {
  return createHmac('sha256', key).update(`${name}\n${payload}`).digest('base64url').slice(0, 32);
}

/** A cursor for `spec` signed with `key` (exported for tests that forge cursors with a known key). */
export function signCursor(key: Buffer, name: string, values: unknown[]): string {
  const payload = Buffer.from(JSON.stringify(values)).toString('base64url');
  return `${payload}.${mac(key, name, payload)}`;
}

export function encodeCursor<C extends unknown[]>(spec: CursorSpec<C>, values: C): string {
  return signCursor(cursorKey, spec.name, values);
}

const badCursor = () => new DomainError('VALIDATION_FAILED', {}, [{ field: 'after', code: 'invalid' }]);

export function decodeCursor<C extends unknown[]>(cursor: string | undefined | null, spec: CursorSpec<C>): C | undefined {
  if (!cursor) return undefined;
  const [payload, signature, ...rest] = cursor.split('.');
  if (rest.length || !payload || !signature) throw badCursor();
  const expected = Buffer.from(mac(cursorKey, spec.name, payload));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw badCursor();
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(values) || values.length !== spec.parts.length || !spec.parts.every((p, i) => PART_CHECKS[p](values[i]))) throw badCursor();
  return values as C;
}

/**
 * Builds a page from rows fetched with LIMIT first + 1 (the extra row tells whether more follow).
 */
export function toPage<T, C extends unknown[]>(rows: T[], first: number, totalCount: number, spec: CursorSpec<C>, cursorOf: (row: T) => C): Page<T> {
  const nodes = rows.slice(0, first);
  const last = nodes[nodes.length - 1];
  return { nodes, totalCount, pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor(spec, cursorOf(last)) : null } };
}
