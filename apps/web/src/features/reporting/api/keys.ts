import { allianceKey } from '@/lib/query-keys';

/** Everything this feature reads hangs below one alliance-rooted key, so a mutation can refresh it at once. */
export const reportingKey = (allianceId: string) => [...allianceKey(allianceId), 'reporting'] as const;
