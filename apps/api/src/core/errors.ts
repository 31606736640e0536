import { ErrorCode } from '@gemeinwerk/shared';

export interface FieldProblem {
  field: string;
  code: string;
  /** What the message needs to say (e.g. the bound: `{ min: 0 }`); also sent to clients in `extensions.fields`. */
  params?: Record<string, string | number>;
}

/**
 * A rule was broken. Services throw these with a stable code; the GraphQL error formatter
 * turns them into a translated message. Anything else that escapes becomes an opaque
 * INTERNAL_SERVER_ERROR.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly fields: FieldProblem[] = [],
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

export const notFound = (entity: string) => new DomainError('NOT_FOUND', { entity });
export const forbidden = (required: string) => new DomainError('FORBIDDEN', { required });
export const conflict = (entity: string) => new DomainError('CONFLICT', { entity });
export const invalid = (fields: FieldProblem[]) => new DomainError('VALIDATION_FAILED', {}, fields);
