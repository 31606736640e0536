import type { AllianceLifecycle } from '@/gql/graphql';

/** The moves the API allows (see changeAllianceLifecycle); a concluded alliance only comes back renewed. */
const NEXT: Record<AllianceLifecycle, AllianceLifecycle[]> = {
  FORMING: ['ACTIVE'],
  ACTIVE: ['CONCLUDED', 'RENEWED'],
  CONCLUDED: ['RENEWED'],
  RENEWED: ['ACTIVE', 'CONCLUDED'],
};

export function nextLifecycles(from: AllianceLifecycle): AllianceLifecycle[] {
  return NEXT[from] ?? [];
}
