import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { DeadLettersQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

const DeadLettersDocument = graphql(`
  query DeadLetters {
    mailDeadLetters {
      id
      kind
      toAddress
      subject
      attempts
      lastError
      createdAt
      deadAt
    }
  }
`);

export type DeadLetter = DeadLettersQuery['mailDeadLetters'][number];

/** Platform data, not an alliance's: its key has its own root. */
export const deadLettersKey = ['platform', 'dead-letters'] as const;

export async function getDeadLetters(): Promise<DeadLetter[]> {
  return (await request(DeadLettersDocument)).mailDeadLetters;
}

export const deadLettersQueryOptions = () => queryOptions({ queryKey: deadLettersKey, queryFn: getDeadLetters });

export function useDeadLetters() {
  return useQuery(deadLettersQueryOptions());
}
