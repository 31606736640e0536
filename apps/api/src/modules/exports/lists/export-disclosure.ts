import type { DisclosurePolicy } from '../../disclosure/disclosure.policy';

/**
 * Small-number protection in exports: the read services (measurements, roll-ups) return what the
 * caller may not see as null with `suppressed`, decided by the disclosure module's one rule for
 * every caller it applies to (funders, observers, read-only tokens; partners for other members'
 * values). An export writes such a cell as "< k", never as its value.
 */
export const hiddenText = (policy: DisclosurePolicy) => `< ${policy.k}`;
