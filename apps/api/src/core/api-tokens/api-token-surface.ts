import type { ApiTokenRole } from './api-token-credentials';

/**
 * The operations an API token may call, by role; every other operation is refused before it runs
 * (TenancyInterceptor). Deliberately small: an integration reads the alliance's data or reports
 * one member's values. Nothing about accounts (login, password, personal data, erasure, sessions),
 * the tokens themselves, invitations or memberships is here, nor any review or configuration.
 * Every operation listed is alliance-scoped, so it runs inside the token's alliance under
 * row-level security, with the rights of the role the token acts in (observer for READ_ONLY, the
 * member's role for REPORTING). Adding an operation here is a security decision: say why in the
 * commit and extend api-tokens.surface.spec.ts.
 */
export const API_TOKEN_SURFACE: Record<ApiTokenRole, readonly string[]> = {
  READ_ONLY: [
    'alliance',
    'goals',
    'indicators',
    'indicator',
    'dimensions',
    'indicatorSeries',
    'indicatorProgress',
    'rollup',
    'reportingPeriods',
    'activities',
    'activity',
  ],
  REPORTING: ['indicators', 'indicator', 'dimensions', 'reportingPeriods', 'measurements', 'saveMeasurement', 'submitMeasurement', 'submitMeasurements'],
};

export const apiTokenMayCall = (role: ApiTokenRole, operation: string) => API_TOKEN_SURFACE[role].includes(operation);
