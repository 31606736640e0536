import type { NetworkSource, RelationshipKind } from '@/gql/graphql';

export const NETWORK_SOURCES: NetworkSource[] = ['STATED', 'ACTIVITY', 'INDICATOR', 'OVERLAP', 'DECISION', 'MEETING'] as NetworkSource[];
export const RELATIONSHIP_KINDS: RelationshipKind[] = [
  'INFORMATION',
  'COORDINATION',
  'JOINT_ACTIVITY',
  'FUNDING',
  'REFERRAL',
  'SHARED_RESOURCES',
] as RelationshipKind[];
