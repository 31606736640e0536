import { Type } from '@nestjs/common';
import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DomainError } from '../errors';

/** Cursor pagination arguments shared by every list that can grow. */
@InputType()
export class PageInput {
  @Field(() => Int, { defaultValue: 25, description: 'Page size (1–100).' }) @IsInt() @Min(1) @Max(100) first: number;
  @Field({ nullable: true, description: 'endCursor of the previous page.' }) @IsOptional() @IsString() @MaxLength(200) after?: string;
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

/** Opaque keyset cursor: the sort values of the last row, base64url-encoded JSON. */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor<T extends unknown[]>(cursor: string | undefined, arity: number): T | undefined {
  if (!cursor) return undefined;
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === arity) return values as T;
  } catch {
    /* fall through */
  }
  throw new DomainError('VALIDATION_FAILED', {}, [{ field: 'after', code: 'invalid' }]);
}

/**
 * Builds a page from rows fetched with LIMIT first + 1 (the extra row tells whether more follow).
 */
export function toPage<T>(rows: T[], first: number, totalCount: number, cursorOf: (row: T) => unknown[]): Page<T> {
  const nodes = rows.slice(0, first);
  const last = nodes[nodes.length - 1];
  return { nodes, totalCount, pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor(cursorOf(last)) : null } };
}
