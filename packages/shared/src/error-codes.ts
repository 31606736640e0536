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
  'LAST_ORGANISATION_ADMIN',
  'ALREADY_COLLEAGUE',
  'TOO_MANY_REQUESTS',
  'TWO_FACTOR_CODE_INVALID',
  'TWO_FACTOR_CHALLENGE_INVALID',
  'TWO_FACTOR_ALREADY_ENABLED',
  'TWO_FACTOR_NOT_STARTED',
  'TWO_FACTOR_NOT_ENABLED',
  'TWO_FACTOR_ENROLMENT_REQUIRED',
  'INTERNAL_SERVER_ERROR',
  // ── agenda ──
  'GOAL_IN_USE',
  'GOAL_CYCLE',
  'AGREEMENT_NOT_CURRENT',
  'ALREADY_SIGNED',
  // ── indicators ──
  'INDICATOR_IN_USE',
  'DIMENSION_IN_USE',
  'CATEGORY_IN_USE',
  // ── measurements ──
  'REPORTING_PERIOD_ALREADY_OPEN',
  'REPORTING_PERIOD_CLOSED',
  'FREQUENCY_MISMATCH',
  'MEASUREMENT_LOCKED',
  'PARTS_DO_NOT_ADD_UP',
  'OVERLAP_ONLY_FOR_SUM',
  // ── activities ──
  'ACTIVITY_NOT_DELETABLE',
  // ── communication ──
  'NOT_A_CONFLICT',
  'VOTING_CLOSED',
  // ── privacy ──
  'SOLE_BACKBONE_ADMIN',
  // ── people and mail ──
  'RESET_LINK_INVALID',
  'SETUP_LINK_INVALID',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
