import type { QueryClient } from '@tanstack/react-query';
import { allianceKey } from '@/lib/query-keys';

/**
 * A measurement's status decides what roll-ups, charts, completeness and the dashboard show, and
 * those belong to other features' keys; refreshing the alliance's root keeps them all honest.
 */
export function invalidateAfterMeasurementChange(client: QueryClient, allianceId: string) {
  return client.invalidateQueries({ queryKey: allianceKey(allianceId) });
}
