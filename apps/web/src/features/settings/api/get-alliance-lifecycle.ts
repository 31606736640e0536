import { queryOptions } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { AllianceLifecycleQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';

const AllianceLifecycleDocument = graphql(`
  query AllianceLifecycle($allianceId: ID!) {
    alliance(allianceId: $allianceId) {
      id
      lifecycle
      version
    }
  }
`);

export type StoredLifecycle = AllianceLifecycleQuery['alliance'];

/** The alliance's phase and version as stored now: what a stale phase change is checked against. */
export async function getAllianceLifecycle(allianceId: string): Promise<StoredLifecycle> {
  return (await request(AllianceLifecycleDocument, { allianceId })).alliance;
}

export const allianceLifecycleQueryOptions = (allianceId: string) =>
  queryOptions({ queryKey: [...allianceKey(allianceId), 'settings', 'lifecycle'] as const, queryFn: () => getAllianceLifecycle(allianceId) });
