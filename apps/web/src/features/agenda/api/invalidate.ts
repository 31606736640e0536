import type { QueryClient } from '@tanstack/react-query';
import { allianceKey } from '@/lib/query-keys';

/**
 * Refetches the changed list now and marks the rest of the alliance stale without fetching it:
 * goals and signatures also appear in other areas (indicators, activities, the backbone's health
 * view), which then load fresh data when they are next shown.
 */
export async function refreshAfterChange(client: QueryClient, allianceId: string, changed: readonly unknown[]): Promise<void> {
  await client.invalidateQueries({ queryKey: changed });
  await client.invalidateQueries({ queryKey: allianceKey(allianceId), refetchType: 'none' });
}
