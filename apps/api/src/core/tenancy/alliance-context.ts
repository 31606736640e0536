import type { MembershipRoleName } from '@gemeinwerk/shared';
import type { EntityManager } from 'typeorm';

/**
 * Who acts in which alliance, resolved once per request by the TenancyInterceptor from the
 * alliance id the operation names and the caller's active seat. Every service method that
 * touches tenant data takes it as its first argument; `em` runs inside the request's
 * transaction, where row-level security already limits rows to this alliance. What the caller
 * may do is asked of core/access (`requireAccess(ctx, permission, facts)`), never of `role` directly.
 */
export interface AllianceContext {
  allianceId: string;
  userId: string;
  membershipId: string;
  organisationId: string;
  role: MembershipRoleName;
  /** The user administers their organisation's membership (may leave, invite colleagues). */
  isAdmin: boolean;
  /** Set when an integration acts with an API token (never an admin; its operations are listed in api-token-surface.ts). */
  apiToken?: { id: string; role: 'READ_ONLY' | 'REPORTING' };
  em: EntityManager;
}
