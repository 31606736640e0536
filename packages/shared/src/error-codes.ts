/**
 * Stable error codes the API puts in `extensions.code`. The web app translates by code;
 * the API also sends a message in the caller's language (Accept-Language, German first).
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'VALIDATION_FAILED',
  'BAD_REQUEST',
  'INVALID_TRANSITION',
  'INVITATION_INVALID',
  'ORGANISATION_REQUIRED',
  'LAST_BACKBONE',
  'ALREADY_MEMBER',
  'TOO_MANY_REQUESTS',
  'INTERNAL_SERVER_ERROR',
  // ── communication ──
  'NOT_A_CONFLICT',
  'VOTING_CLOSED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
