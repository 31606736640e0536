/**
 * Roots of the query keys that more than one feature touches. Each feature's api file builds
 * its own keys on these (for example `[...allianceKey(id), 'members']`), so invalidating an
 * alliance's root refreshes everything of that alliance and nothing of another.
 */
export const allianceKey = (allianceId: string) => ['alliance', allianceId] as const;

/** The caller's alliances: not tenant data, but changes when they join, leave or create one. */
export const myAlliancesKey = ['my-alliances'] as const;
