import { readScope, type AccessSubject } from '../../core/access/access';
import { DEFAULT_SMALL_NUMBER_THRESHOLD } from './small-numbers.rules';

/**
 * Whose numbers are hidden from whom. `suppress` false: the viewer sees the true values (the
 * backbone). `ownMembershipId`: values the viewer knows anyway (a partner's own organisation),
 * never hidden from it and treated as visible when protecting the others.
 */
export interface DisclosurePolicy {
  suppress: boolean;
  k: number;
  ownMembershipId: string | null;
}

/** The backbone sees every value; partners their own; funders, observers (and read-only API tokens) and the public get the rule. */
export const suppressesFor = (ctx: AccessSubject) => !readScope(ctx, 'smallCounts.see').all;

/** The public page's policy: nothing is known to the viewer. */
export const publicPolicy = (k: number): DisclosurePolicy => ({ suppress: true, k, ownMembershipId: null });

/** The backbone's policy (and any trusted internal reader): nothing hidden. */
export const NO_SUPPRESSION: DisclosurePolicy = { suppress: false, k: DEFAULT_SMALL_NUMBER_THRESHOLD, ownMembershipId: null };
