import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { AllianceHealthQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { allianceKey } from '@/lib/query-keys';

const AllianceHealthDocument = graphql(`
  query AllianceHealth($allianceId: ID!) {
    allianceHealth(allianceId: $allianceId) {
      reportingCompleteness {
        reportingPeriodId
        periodKey
        frequency
        dueOn
        expected
        submitted
        approved
        missing
        shareComplete
      }
      goalCoverage {
        goalCount
        goalsWithRunningActivity
        share
      }
      logEntriesPerMonth {
        months
        counts
      }
      lastContributions {
        membershipId
        daysSince
        lastContributionOn
        organisation {
          id
          name
        }
      }
      overdueActionItems {
        count
        items {
          id
          title
          dueOn
          daysOverdue
          owner {
            id
            name
          }
        }
      }
      unsignedAgreement {
        currentVersionNumber
        unsignedMembers {
          id
          organisation {
            id
            name
          }
        }
      }
      pendingReviews {
        count
        oldestSubmittedAt
      }
    }
  }
`);

export type AllianceHealth = AllianceHealthQuery['allianceHealth'];

export async function getAllianceHealth(allianceId: string): Promise<AllianceHealth> {
  return (await request(AllianceHealthDocument, { allianceId })).allianceHealth;
}

export const allianceHealthQueryOptions = (allianceId: string) =>
  queryOptions({ queryKey: [...allianceKey(allianceId), 'dashboard', 'health'] as const, queryFn: () => getAllianceHealth(allianceId) });

export function useAllianceHealth(allianceId: string) {
  return useQuery(allianceHealthQueryOptions(allianceId));
}
