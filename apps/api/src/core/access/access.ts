import type { MembershipRoleName } from '@gemeinwerk/shared';
import { forbidden } from '../errors';
import type { AllianceContext } from '../tenancy/alliance-context';
import { PERMISSIONS, type Grant, type Permission } from './permissions';

export type { Permission } from './permissions';

/** Who is asking: the alliance context, or the part of it an access decision reads. */
export type AccessSubject = Pick<AllianceContext, 'role' | 'membershipId' | 'isAdmin'>;

/**
 * What the decision may need besides the caller. `owner` is the membership that owns the row in
 * question (several: any of them counts, e.g. an action item's owner or the author of its log
 * entry); without it the role-level question is answered ("may this role do it to some rows").
 * `guestComments` is asked only when a `guest` grant decides (a function: looked up lazily).
 */
export interface AccessFacts {
  owner?: string | null | readonly (string | null | undefined)[];
  guestComments?: boolean | (() => Promise<boolean>);
}

type SyncFacts = Omit<AccessFacts, 'guestComments'> & { guestComments?: boolean };

const grantOf = (ctx: AccessSubject, permission: Permission): Grant | undefined => (PERMISSIONS[permission].grants as Partial<Record<string, Grant>>)[ctx.role];

const owns = (ctx: AccessSubject, owner: AccessFacts['owner']): boolean =>
  owner === undefined || (Array.isArray(owner) ? owner.includes(ctx.membershipId) : owner === ctx.membershipId);

/** The code `forbidden(…)` names when the answer is no, or null when it is yes. */
function refusal(ctx: AccessSubject, permission: Permission, facts: SyncFacts): string | null {
  const rule: { missing: string; notOwn?: string; notAdmin?: string } = PERMISSIONS[permission];
  switch (grantOf(ctx, permission)) {
    case 'all':
      return null;
    case 'own':
      return owns(ctx, facts.owner) ? null : (rule.notOwn ?? rule.missing);
    case 'admin':
      return ctx.isAdmin ? null : (rule.notAdmin ?? rule.missing);
    case 'guest':
      return facts.guestComments === true ? null : rule.missing;
    default:
      return rule.missing;
  }
}

/** Yes or no, without throwing (for flags such as `canEdit`). A `guest` grant needs `guestComments` given as a value. */
export function may(ctx: AccessSubject, permission: Permission, facts: SyncFacts = {}): boolean {
  return refusal(ctx, permission, facts) === null;
}

/**
 * The access check a service method starts with: FORBIDDEN naming what is missing (the same
 * codes the API always answered), or nothing.
 */
export async function requireAccess(ctx: AccessSubject, permission: Permission, facts: AccessFacts = {}): Promise<void> {
  const code = refusal(ctx, permission, await resolve(ctx, permission, facts));
  if (code !== null) throw forbidden(code);
}

/** Like requireAccess, as a boolean. */
export async function check(ctx: AccessSubject, permission: Permission, facts: AccessFacts = {}): Promise<boolean> {
  return refusal(ctx, permission, await resolve(ctx, permission, facts)) === null;
}

/**
 * Many rows at once (immich's checkAccess): of the ids, those the caller may act on. `owners`
 * maps each id to its owning membership, as the area's repository looks them up in one query;
 * an id missing from the map is not allowed.
 */
export function allowedIds(ctx: AccessSubject, permission: Permission, owners: ReadonlyMap<string, string | null>, facts: SyncFacts = {}): Set<string> {
  const allowed = new Set<string>();
  for (const [id, owner] of owners) if (refusal(ctx, permission, { ...facts, owner }) === null) allowed.add(id);
  return allowed;
}

/**
 * The same rule as a filter for SQL that lists rows: `all` — every row; `ownMembershipId` — the
 * rows of this membership (null: none beyond what the query shows everyone).
 */
export function readScope(ctx: AccessSubject, permission: Permission): { all: boolean; ownMembershipId: string | null } {
  const grant = grantOf(ctx, permission);
  return { all: grant === 'all', ownMembershipId: grant === 'own' ? ctx.membershipId : null };
}

/** The roles a permission grants this far (for SQL that reaches several alliances at once, where no single caller role applies). */
export function rolesWith(permission: Permission, grant: Grant): MembershipRoleName[] {
  return Object.entries(PERMISSIONS[permission].grants)
    .filter(([, g]) => g === grant)
    .map(([role]) => role as MembershipRoleName);
}

async function resolve(ctx: AccessSubject, permission: Permission, facts: AccessFacts): Promise<SyncFacts> {
  const { guestComments, ...rest } = facts;
  if (typeof guestComments !== 'function') return { ...rest, guestComments };
  return { ...rest, guestComments: grantOf(ctx, permission) === 'guest' ? await guestComments() : undefined };
}
