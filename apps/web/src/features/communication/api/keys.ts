import { allianceKey } from '@/lib/query-keys';

/** Every key of the communication area starts here, so one invalidation refreshes the whole log. */
export const communicationKey = (allianceId: string) => [...allianceKey(allianceId), 'communication'] as const;
